package io.spikesdk.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.ResultCode;
import com.aerospike.client.admin.Privilege;
import com.aerospike.client.admin.PrivilegeCode;
import com.aerospike.client.admin.Role;
import com.aerospike.client.admin.User;
import io.spikesdk.it.TestTarget;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The official Java client's admin API against the secure embedded server (quotas enabled): results and errors. */
class AdminApiTest {
    private static SecureServer secure;
    private static AerospikeClient admin;

    @BeforeAll
    static void start() {
        assumeFalse(TestTarget.isRealServer(), "security needs the embedded server (CE has none)");
        secure = new SecureServer(o -> o.enableQuotas(true));
        admin = secure.client("admin", "admin");
    }

    @AfterAll
    static void stop() {
        if (secure != null) {
            admin.close();
            secure.close();
        }
    }

    @AfterEach
    void reset() {
        secure.server.reset();
    }

    private static Privilege privilege(PrivilegeCode code, String ns, String set) {
        Privilege p = new Privilege();
        p.code = code;
        p.namespace = ns;
        p.setName = set;
        return p;
    }

    private static void assertCode(int expected, Executable call) {
        AerospikeException e = assertThrows(AerospikeException.class, call);
        assertEquals(expected, e.getResultCode(), e.getMessage());
    }

    @Test
    void usersAreCreatedQueriedGrantedRevokedAndDropped() {
        admin.createUser(null, "alice", "pw", List.of("read", "write"));
        User alice = admin.queryUser(null, "alice");
        assertEquals("alice", alice.name);
        assertEquals(List.of("read", "write"), alice.roles);
        assertEquals(4, alice.readInfo.size());

        admin.grantRoles(null, "alice", List.of("sys-admin"));
        admin.revokeRoles(null, "alice", List.of("read"));
        assertEquals(List.of("write", "sys-admin"), admin.queryUser(null, "alice").roles);

        Set<String> names = admin.queryUsers(null).stream().map(u -> u.name).collect(Collectors.toSet());
        assertEquals(Set.of("admin", "alice"), names);

        admin.changePassword(null, "alice", "pw2");
        admin.dropUser(null, "alice");
        assertCode(ResultCode.INVALID_USER, () -> admin.queryUser(null, "alice"));
    }

    @Test
    void userErrorsHaveTheEnterpriseCodes() {
        admin.createUser(null, "bob", "pw", List.of("read"));
        assertCode(ResultCode.USER_ALREADY_EXISTS, () -> admin.createUser(null, "bob", "pw", List.of("read")));
        assertCode(ResultCode.INVALID_ROLE, () -> admin.createUser(null, "carol", "pw", List.of("no-such-role")));
        assertCode(ResultCode.INVALID_USER, () -> admin.dropUser(null, "nobody"));
        assertCode(ResultCode.INVALID_USER, () -> admin.grantRoles(null, "nobody", List.of("read")));
        assertCode(ResultCode.INVALID_ROLE, () -> admin.grantRoles(null, "bob", List.of("no-such-role")));
        assertCode(ResultCode.INVALID_USER, () -> admin.changePassword(null, "nobody", "x"));
        try (AerospikeClient bob = secure.client("bob", "pw")) {
            assertCode(ResultCode.ROLE_VIOLATION, () -> bob.createUser(null, "eve", "pw", List.of("read")));
            assertCode(ResultCode.ROLE_VIOLATION, () -> bob.queryUsers(null));
            assertCode(ResultCode.ROLE_VIOLATION, () -> bob.createRole(null, "r", List.of()));
        }
    }

    @Test
    void rolesCarryPrivilegesAllowlistsAndQuotas() {
        admin.createRole(null, "reporting", List.of(privilege(PrivilegeCode.READ, "test", "reports"),
                privilege(PrivilegeCode.SINDEX_ADMIN, null, null)), List.of("10.0.0.0/8", "127.0.0.1"), 100, 20);
        Role role = admin.queryRole(null, "reporting");
        assertEquals("reporting", role.name);
        assertEquals(2, role.privileges.size());
        assertEquals(PrivilegeCode.READ, role.privileges.get(0).code);
        assertEquals("test", role.privileges.get(0).namespace);
        assertEquals("reports", role.privileges.get(0).setName);
        assertEquals(PrivilegeCode.SINDEX_ADMIN, role.privileges.get(1).code);
        assertEquals(List.of("10.0.0.0/8", "127.0.0.1"), role.whitelist);
        assertEquals(100, role.readQuota);
        assertEquals(20, role.writeQuota);

        admin.grantPrivileges(null, "reporting", List.of(privilege(PrivilegeCode.WRITE, "bar", "")));
        admin.revokePrivileges(null, "reporting", List.of(privilege(PrivilegeCode.SINDEX_ADMIN, null, null)));
        admin.revokePrivileges(null, "reporting", List.of(privilege(PrivilegeCode.TRUNCATE, null, null)));
        admin.setWhitelist(null, "reporting", List.of("192.168.1.0/24"));
        admin.setQuotas(null, "reporting", 5, 0);
        role = admin.queryRole(null, "reporting");
        assertEquals(List.of(PrivilegeCode.READ, PrivilegeCode.WRITE),
                role.privileges.stream().map(p -> p.code).toList());
        assertEquals("bar", role.privileges.get(1).namespace);
        assertEquals(List.of("192.168.1.0/24"), role.whitelist);
        assertEquals(5, role.readQuota);
        assertEquals(0, role.writeQuota);

        admin.setWhitelist(null, "reporting", null);
        assertTrue(admin.queryRole(null, "reporting").whitelist.isEmpty());

        admin.createUser(null, "rep", "pw", List.of("reporting"));
        admin.dropRole(null, "reporting");
        assertCode(ResultCode.INVALID_ROLE, () -> admin.queryRole(null, "reporting"));
        assertEquals(List.of(), admin.queryUser(null, "rep").roles);
    }

    @Test
    void predefinedRolesExistAndCannotBeDroppedOrChanged() {
        Set<String> names = admin.queryRoles(null).stream().map(r -> r.name).collect(Collectors.toSet());
        assertEquals(Set.of("user-admin", "sys-admin", "data-admin", "udf-admin", "sindex-admin", "read",
                "read-write", "read-write-udf", "write", "truncate"), names);
        Role readWrite = admin.queryRole(null, "read-write");
        assertEquals(PrivilegeCode.READ_WRITE, readWrite.privileges.get(0).code);
        assertEquals("", readWrite.privileges.get(0).namespace);
        assertCode(ResultCode.INVALID_ROLE, () -> admin.dropRole(null, "read"));
        assertCode(ResultCode.ROLE_ALREADY_EXISTS, () -> admin.createRole(null, "read", List.of()));
        assertCode(ResultCode.INVALID_ROLE, () -> admin.grantPrivileges(null, "read",
                List.of(privilege(PrivilegeCode.WRITE, null, null))));
    }

    @Test
    void roleErrorsHaveTheEnterpriseCodes() {
        admin.createRole(null, "r1", List.of(privilege(PrivilegeCode.READ, "test", null)));
        assertCode(ResultCode.ROLE_ALREADY_EXISTS, () -> admin.createRole(null, "r1", List.of()));
        assertCode(ResultCode.INVALID_ROLE, () -> admin.dropRole(null, "nope"));
        assertCode(ResultCode.INVALID_ROLE, () -> admin.setQuotas(null, "nope", 1, 1));
        assertCode(ResultCode.INVALID_WHITELIST, () -> admin.setWhitelist(null, "r1", List.of("not-an-address")));
        assertCode(ResultCode.INVALID_WHITELIST, () -> admin.setWhitelist(null, "r1", List.of("10.0.0.0/33")));
        assertCode(ResultCode.INVALID_QUOTA, () -> admin.setQuotas(null, "r1", -1, 0));
        assertCode(ResultCode.INVALID_PRIVILEGE, () -> admin.grantPrivileges(null, "r1", List.of()));
    }

    @Test
    void quotasNeedQuotasEnabled() {
        try (SecureServer plain = new SecureServer(o -> { }); AerospikeClient a = plain.client("admin", "admin")) {
            a.createRole(null, "r", List.of(privilege(PrivilegeCode.READ, null, null)));
            assertCode(ResultCode.QUOTAS_NOT_ENABLED, () -> a.setQuotas(null, "r", 10, 10));
            assertCode(ResultCode.QUOTAS_NOT_ENABLED, () -> a.createRole(null, "q",
                    List.of(privilege(PrivilegeCode.READ, null, null)), List.of(), 10, 0));
            assertNotNull(a.queryRole(null, "r"));
        }
    }
}
