package io.spikesdk.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.ResultCode;
import com.aerospike.client.Record;
import io.spikesdk.it.TestTarget;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Login, sessions and per-connection authentication on a secure embedded server, through the official Java client and
 * raw admin frames. Embedded only: a real Community server has no security (see {@link CommunitySecurityTest}).
 */
class SecureLoginTest {
    private static SecureServer secure;
    private static AerospikeClient admin;

    @BeforeAll
    static void start() {
        assumeFalse(TestTarget.isRealServer(), "security needs the embedded server (CE has none)");
        secure = new SecureServer(o -> o.user("app", "app-pw", "read-write"));
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

    @Test
    void officialClientLogsInAndWorks() {
        try (AerospikeClient app = secure.client("app", "app-pw")) {
            Key key = new Key("test", "login", "k1");
            app.put(null, key, new Bin("a", 1));
            Record record = app.get(null, key);
            assertEquals(1, record.getInt("a"));
        }
    }

    @Test
    void defaultAdminIsOnlyUserAdmin() {
        AerospikeException e = assertThrows(AerospikeException.class,
                () -> admin.put(null, new Key("test", "login", "by-admin"), new Bin("a", 1)));
        assertEquals(ResultCode.ROLE_VIOLATION, e.getResultCode());
        assertEquals(List.of("user-admin"), admin.queryUser(null, "admin").roles);
    }

    @Test
    void wrongPasswordAndUnknownUserAreRefused() throws Exception {
        try (AdminWire wire = secure.wire()) {
            assertEquals(ResultCode.INVALID_CREDENTIAL, wire.login("app", "wrong"));
            assertEquals(ResultCode.INVALID_USER, wire.login("nobody", "x"));
            assertEquals(ResultCode.OK, wire.login("app", "app-pw"));
        }
        assertThrows(AerospikeException.class, () -> secure.client("app", "wrong").close());
    }

    @Test
    void unauthenticatedConnectionGetsNotAuthenticated() throws Exception {
        try (AdminWire wire = secure.wire()) {
            assertEquals("ERROR:80:not authenticated\n", wire.info("build", "namespaces"));
            assertEquals(ResultCode.NOT_AUTHENTICATED, wire.readResult("test"));
            assertEquals(ResultCode.NOT_AUTHENTICATED, wire.dropUser("app"));
            assertEquals(ResultCode.OK, wire.login("app", "app-pw"));
            assertEquals(ResultCode.KEY_NOT_FOUND_ERROR, wire.readResult("test"));
        }
    }

    @Test
    void sessionTokenAuthenticatesAnotherConnectionUntilItExpires() throws Exception {
        byte[] token;
        try (AdminWire first = secure.wire()) {
            assertEquals(ResultCode.OK, first.login("app", "app-pw"));
            token = first.token;
            assertNotNull(token);
        }
        try (AdminWire second = secure.wire()) {
            assertEquals(ResultCode.INVALID_CREDENTIAL, second.authenticate("admin", token));
            assertEquals(ResultCode.OK, second.authenticate("app", token));
            assertEquals(ResultCode.KEY_NOT_FOUND_ERROR, second.readResult("test"));
        }
        secure.server.clock().advance(Duration.ofSeconds(86_400));
        try (AdminWire third = secure.wire()) {
            assertEquals(ResultCode.EXPIRED_SESSION, third.authenticate("app", token));
            assertEquals(ResultCode.NOT_AUTHENTICATED, third.readResult("test"));
        }
    }

    @Test
    void droppedUserLosesOpenConnectionsAndSessions() throws Exception {
        admin.createUser(null, "temp", "temp-pw", List.of("read"));
        try (AdminWire wire = secure.wire()) {
            assertEquals(ResultCode.OK, wire.login("temp", "temp-pw"));
            byte[] token = wire.token;
            assertEquals(ResultCode.KEY_NOT_FOUND_ERROR, wire.readResult("test"));
            admin.dropUser(null, "temp");
            assertEquals(ResultCode.NOT_AUTHENTICATED, wire.readResult("test"));
            assertEquals("ERROR:80:not authenticated\n", wire.info("build"));
            try (AdminWire other = secure.wire()) {
                assertEquals(ResultCode.INVALID_CREDENTIAL, other.authenticate("temp", token));
            }
        }
    }

    @Test
    void passwordChangeEndsSessionsAndNewPasswordWorks() throws Exception {
        admin.createUser(null, "pw", "old-pw", List.of("read"));
        byte[] token;
        try (AdminWire wire = secure.wire()) {
            assertEquals(ResultCode.OK, wire.login("pw", "old-pw"));
            token = wire.token;
        }
        admin.changePassword(null, "pw", "new-pw");
        try (AdminWire wire = secure.wire()) {
            assertEquals(ResultCode.INVALID_CREDENTIAL, wire.authenticate("pw", token));
            assertEquals(ResultCode.INVALID_CREDENTIAL, wire.login("pw", "old-pw"));
            assertEquals(ResultCode.OK, wire.login("pw", "new-pw"));
        }
    }

    @Test
    void userChangesItsOwnPasswordAndQueriesItself() {
        admin.createUser(null, "self", "self-pw", List.of("read"));
        try (AerospikeClient self = secure.client("self", "self-pw")) {
            assertEquals(List.of("read"), self.queryUser(null, "self").roles);
            AerospikeException other = assertThrows(AerospikeException.class, () -> self.queryUser(null, "admin"));
            assertEquals(ResultCode.ROLE_VIOLATION, other.getResultCode());
            self.changePassword(null, "self", "self-pw2");
            assertNull(self.get(null, new Key("test", "login", "after-change")));
        }
        try (AerospikeClient again = secure.client("self", "self-pw2")) {
            assertNull(again.get(null, new Key("test", "login", "missing")));
        }
    }

    @Test
    void loginAnswersTheDefaultSessionTtl() throws Exception {
        try (AdminWire wire = secure.wire()) {
            assertEquals(ResultCode.OK, wire.login("admin", "admin"));
            assertEquals(86_400, wire.sessionTtl);
            assertEquals(32, wire.token.length);
        }
    }
}
