package io.spikesdk.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.ResultCode;
import com.aerospike.client.admin.Privilege;
import com.aerospike.client.admin.PrivilegeCode;
import io.spikesdk.it.TestTarget;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Role allowlists (82 on LOGIN from elsewhere) and records-per-second quotas (83) on the secure embedded server. */
class AllowlistAndQuotaTest {
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

    private static Privilege readWrite() {
        Privilege p = new Privilege();
        p.code = PrivilegeCode.READ_WRITE;
        return p;
    }

    @Test
    void loginFromOutsideEveryAllowlistIsRefused() throws Exception {
        admin.createRole(null, "office", List.of(readWrite()), List.of("10.0.0.0/8"), 0, 0);
        admin.createUser(null, "clerk", "pw", List.of("office"));
        try (AdminWire wire = secure.wire()) {
            assertEquals(ResultCode.NOT_WHITELISTED, wire.login("clerk", "pw"));
            assertEquals(ResultCode.NOT_AUTHENTICATED, wire.readResult("test"));
        }
        admin.setWhitelist(null, "office", List.of("10.0.0.0/8", "127.0.0.0/8"));
        try (AdminWire wire = secure.wire()) {
            assertEquals(ResultCode.OK, wire.login("clerk", "pw"));
        }
        // another role without an allowlist does not widen it: any role's list restricts the user
        admin.setWhitelist(null, "office", List.of("192.168.0.1"));
        admin.grantRoles(null, "clerk", List.of("read"));
        try (AdminWire wire = secure.wire()) {
            assertEquals(ResultCode.NOT_WHITELISTED, wire.login("clerk", "pw"));
        }
    }

    @Test
    void readQuotaBitesWithinOneSecondOfTheServerClock() {
        admin.createRole(null, "slow-reader", List.of(readWrite()), List.of(), 3, 0);
        admin.createUser(null, "reader", "pw", List.of("slow-reader"));
        try (AerospikeClient c = secure.client("reader", "pw")) {
            Key key = new Key("test", "quota", "k");
            c.put(null, key, new Bin("a", 1));
            // the clock stands still: every read below falls in the same second
            secure.server.clock().advance(Duration.ofMillis(1000 - secure.server.clock().millis() % 1000));
            for (int i = 0; i < 3; i++) {
                assertEquals(1, c.get(null, key).getInt("a"));
            }
            AerospikeException e = assertThrows(AerospikeException.class, () -> c.get(null, key));
            assertEquals(ResultCode.QUOTA_EXCEEDED, e.getResultCode());
            c.put(null, key, new Bin("a", 2));
            secure.server.clock().advance(Duration.ofSeconds(1));
            assertEquals(2, c.get(null, key).getInt("a"));
        }
    }

    @Test
    void writeQuotaRefusesWithoutWriting() {
        admin.createRole(null, "slow-writer", List.of(readWrite()), List.of(), 0, 1);
        admin.createUser(null, "writer", "pw", List.of("slow-writer"));
        try (AerospikeClient c = secure.client("writer", "pw")) {
            secure.server.clock().advance(Duration.ofMillis(1000 - secure.server.clock().millis() % 1000));
            c.put(null, new Key("test", "quota", "w1"), new Bin("a", 1));
            AerospikeException e = assertThrows(AerospikeException.class,
                    () -> c.put(null, new Key("test", "quota", "w2"), new Bin("a", 2)));
            assertEquals(ResultCode.QUOTA_EXCEEDED, e.getResultCode());
            assertNull(c.get(null, new Key("test", "quota", "w2")));
        }
    }
}
