package io.spikesdk.admin;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.AuthenticationException;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.CommandTimeoutException;
import io.spikesdk.api.Host;
import io.spikesdk.api.ParameterException;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.SpikeClientProvider;
import io.spikesdk.core.internal.security.AdminMessageWriter;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdminClientTest {
    private ScriptedNode node;
    private AerospikeClient client;
    private AdminClient admin;

    @BeforeEach
    void start() throws Exception {
        node = new ScriptedNode();
        client = new SpikeClientProvider().create(ClientConfig.builder().hosts(Host.of("127.0.0.1", node.port()))
            .build()).connect();
        admin = AdminClient.of(client);
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        node.close();
    }

    @Test
    void aCommunityEditionAnswerIsAClearNotSupportedError() {
        node.answer(frame -> new AdminMessageWriter().reply(51).finish());
        List<Executable> calls = List.of(() -> admin.createUser("u", "p", List.of()), admin::queryUsers,
            () -> admin.createRole("r", List.of(Privilege.of(PrivilegeCode.READ))), admin::queryRoles);
        for (Executable call : calls) {
            AerospikeException e = assertThrows(AuthenticationException.class, call);
            assertEquals(ResultCode.SECURITY_NOT_SUPPORTED, e.resultCode());
            assertTrue(e.getMessage().contains("security is not supported by this server (Community Edition)"),
                e.getMessage());
        }
    }

    @Test
    void aServerRefusalNamesTheCallAndTheCode() {
        node.answer(frame -> new AdminMessageWriter().reply(70).finish());
        AerospikeException e = assertThrows(AuthenticationException.class,
            () -> admin.grantRoles("bob", List.of("nope")));
        assertEquals(ResultCode.INVALID_ROLE, e.resultCode());
        assertTrue(e.getMessage().contains("grant roles to user 'bob' failed: Invalid or unknown role"),
            e.getMessage());
    }

    @Test
    void thePolicyTimeoutBoundsACall() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        node.answer(frame -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new byte[0];
        });
        AdminClient quick = admin.withPolicy(AdminPolicy.timeout(Duration.ofMillis(150)));
        assertEquals(Duration.ofMillis(150), quick.policy().timeout());
        assertEquals(AdminPolicy.DEFAULT, admin.policy());
        CommandTimeoutException e = assertThrows(CommandTimeoutException.class, () -> quick.dropUser("bob"));
        assertTrue(e.getMessage().contains("drop user 'bob'"), e.getMessage());
        never.countDown();
    }

    @Test
    void badArgumentsFailBeforeAnythingIsSent() {
        node.answer(frame -> {
            throw new AssertionError("nothing may be sent");
        });
        assertThrows(ParameterException.class, () -> admin.createUser("", "p", List.of()));
        assertThrows(ParameterException.class, () -> admin.dropUser(null));
        assertThrows(ParameterException.class, () -> admin.grantRoles("bob", List.of("x".repeat(256))));
        assertThrows(ParameterException.class, () -> admin.grantRoles("bob", Collections.nCopies(256, "r")));
        assertThrows(ParameterException.class, () -> admin.setAllowlist("r", List.of("1.2.3.4,5.6.7.8")));
        ParameterException e = assertThrows(ParameterException.class, () -> admin.setQuotas("r", -1, 0));
        assertTrue(e.getMessage().contains("read quota must be 0 (unlimited) or positive"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AdminPolicy.timeout(Duration.ofMillis(-1)));
    }
}
