package io.spikesdk.it.security;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AuthenticationException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.Record;
import io.spikesdk.api.ResultCode;
import io.spikesdk.it.TestTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Our client's login against the secure embedded server: user and password, wrong credentials, an expired session
 * renewed transparently, a dropped user, a missing privilege. Embedded only: a real Community server has no security
 * (LifecycleTest checks the clear refusal there).
 */
class ClientLoginTest {
    private static SecureServer secure;
    private static com.aerospike.client.AerospikeClient official;

    @BeforeAll
    static void start() {
        assumeFalse(TestTarget.isRealServer(), "security needs the embedded server (CE has none)");
        secure = new SecureServer(o -> o.user("app", "app-pw", "read-write").user("reader", "reader-pw", "read"));
        official = secure.client("admin", "admin");
    }

    @AfterAll
    static void stop() {
        if (secure != null) {
            official.close();
            secure.close();
        }
    }

    @AfterEach
    void reset() {
        secure.server.reset();
    }

    private static ClientConfig.Builder config(String user, String password) {
        return ClientConfig.builder().hosts(Host.of(secure.server.host(), secure.server.port()))
                .user(user).password(password);
    }

    private static Key key(String id) {
        return Key.of("test", "client_login", id);
    }

    @Test
    void connectsWithUserAndPassword() {
        try (AerospikeClient client = Aerospike.client(config("app", "app-pw").minConnsPerNode(2).build()).connect()) {
            client.put(key("k1"), Bin.of("a", 1L));
            Record record = client.get(key("k1"));
            assertEquals(1L, record.getLong("a"));
        }
    }

    @Test
    void aWrongPasswordOrUnknownUserFailsConnectWithTheReason() {
        try (AerospikeClient client = Aerospike.client(config("app", "wrong").build())) {
            AuthenticationException e = assertThrows(AuthenticationException.class, client::connect);
            assertEquals(ResultCode.INVALID_CREDENTIAL, e.resultCode());
            assertTrue(e.getMessage().contains("the server refused the credential of user 'app'"), e.getMessage());
            assertFalse(client.isConnected());
        }
        try (AerospikeClient client = Aerospike.client(config("nobody", "x").build())) {
            AuthenticationException e = assertThrows(AuthenticationException.class, client::connect);
            assertEquals(ResultCode.INVALID_USER, e.resultCode());
            assertTrue(e.getMessage().contains("user 'nobody' is not known to the server"), e.getMessage());
        }
    }

    @Test
    void anExpiredSessionIsRenewedTransparently() {
        try (AerospikeClient client = Aerospike.client(config("app", "app-pw").build()).connect()) {
            client.put(key("k2"), Bin.of("a", 1L));
            secure.server.clock().advance(Duration.ofDays(2));
            // every connection, the tend one too, must be opened again: their AUTHENTICATE is refused (66)
            secure.server.faults().closeConnections();
            Record record = client.get(key("k2"));
            assertEquals(1L, record.getLong("a"));
            client.put(key("k2"), Bin.of("a", 2L));
            assertEquals(2L, client.get(key("k2")).getLong("a"));
        }
    }

    @Test
    void aDroppedUserIsRefusedWithItsName() {
        official.createUser(null, "temp", "temp-pw", List.of("read-write"));
        try (AerospikeClient client = Aerospike.client(config("temp", "temp-pw").build()).connect()) {
            client.put(key("k3"), Bin.of("a", 1L));
            official.dropUser(null, "temp");
            AuthenticationException e = assertThrows(AuthenticationException.class, () -> client.get(key("k3")));
            assertTrue(e.resultCode() == ResultCode.INVALID_USER || e.resultCode() == ResultCode.NOT_AUTHENTICATED,
                    e.toString());
            assertTrue(e.getMessage().contains("user 'temp'"), e.getMessage());
            assertFalse(e.inDoubt());
        }
    }

    @Test
    void aMissingPrivilegeNamesTheUser() {
        try (AerospikeClient client = Aerospike.client(config("reader", "reader-pw").build()).connect()) {
            AuthenticationException e = assertThrows(AuthenticationException.class,
                    () -> client.put(key("k4"), Bin.of("a", 1L)));
            assertEquals(ResultCode.ROLE_VIOLATION, e.resultCode());
            assertTrue(e.getMessage().contains("user 'reader' lacks a role or privilege this command needs"),
                    e.getMessage());
            assertFalse(e.inDoubt());
        }
    }
}
