package io.spikesdk.it.admin;

import io.spikesdk.admin.AdminClient;
import io.spikesdk.admin.Privilege;
import io.spikesdk.admin.PrivilegeCode;
import io.spikesdk.admin.Role;
import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AuthenticationException;
import io.spikesdk.api.ResultCode;
import io.spikesdk.it.TestTarget;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A server without security (a Community Edition server, or the embedded server as the tests start it) answers every
 * admin call 51: each {@link AdminClient} call fails with an {@link AuthenticationException} saying so, and the client
 * keeps working.
 */
class AdminNotSupportedTest {
    private static AerospikeClient client;
    private static AdminClient admin;

    @BeforeAll
    static void connect() {
        client = Aerospike.client(TestTarget.config().build()).connect();
        admin = AdminClient.of(client);
    }

    @AfterAll
    static void close() {
        client.close();
    }

    private static Map<String, Executable> calls() {
        List<Privilege> privileges = List.of(Privilege.of(PrivilegeCode.READ_WRITE, TestTarget.NAMESPACE, "s"));
        Map<String, Executable> calls = new LinkedHashMap<>();
        calls.put("createUser", () -> admin.createUser("it-user", "pw", List.of(Role.READ)));
        calls.put("createPkiUser", () -> admin.createPkiUser("it-pki", List.of(Role.READ)));
        calls.put("dropUser", () -> admin.dropUser("it-user"));
        calls.put("setPassword", () -> admin.setPassword("it-user", "pw2"));
        calls.put("changePassword", () -> admin.changePassword("it-user", "pw", "pw2"));
        calls.put("grantRoles", () -> admin.grantRoles("it-user", List.of(Role.WRITE)));
        calls.put("revokeRoles", () -> admin.revokeRoles("it-user", List.of(Role.WRITE)));
        calls.put("queryUser", () -> admin.queryUser("it-user"));
        calls.put("queryUsers", admin::queryUsers);
        calls.put("createRole", () -> admin.createRole("it-role", privileges));
        calls.put("createRole with allowlist and quotas",
            () -> admin.createRole("it-role", privileges, List.of("127.0.0.1"), 10, 20));
        calls.put("dropRole", () -> admin.dropRole("it-role"));
        calls.put("grantPrivileges", () -> admin.grantPrivileges("it-role", privileges));
        calls.put("revokePrivileges", () -> admin.revokePrivileges("it-role", privileges));
        calls.put("setAllowlist", () -> admin.setAllowlist("it-role", List.of("127.0.0.1")));
        calls.put("setQuotas", () -> admin.setQuotas("it-role", 1, 2));
        calls.put("queryRole", () -> admin.queryRole("it-role"));
        calls.put("queryRoles", admin::queryRoles);
        return calls;
    }

    @TestFactory
    Stream<DynamicTest> everyCallIsRefusedWithTheNotSupportedError() {
        return calls().entrySet().stream().map(call -> DynamicTest.dynamicTest(call.getKey(), () -> {
            AuthenticationException e = assertThrows(AuthenticationException.class, call.getValue());
            assertEquals(ResultCode.SECURITY_NOT_SUPPORTED, e.resultCode());
            assertTrue(e.getMessage().startsWith("SECURITY_NOT_SUPPORTED (51): security is not supported by this "
                + "server (Community Edition)"), e.getMessage());
            assertTrue(client.isConnected());
            assertTrue(client.info("namespaces").contains(TestTarget.NAMESPACE), "the client still works");
        }));
    }
}
