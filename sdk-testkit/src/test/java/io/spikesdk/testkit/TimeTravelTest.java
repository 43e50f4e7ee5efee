package io.spikesdk.testkit;

import static io.spikesdk.testkit.ResetTest.stat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Info;
import com.aerospike.client.Key;
import com.aerospike.client.Record;
import com.aerospike.client.cluster.Node;
import com.aerospike.client.policy.WritePolicy;
import com.aerospike.client.query.IndexType;
import com.aerospike.client.query.RecordSet;
import com.aerospike.client.query.Statement;
import com.aerospike.client.query.Filter;
import io.spikesdk.testkit.support.ClusterSupport;
import io.spikesdk.testkit.support.Clients;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link TestClock}: TTLs, void times and nsup-style expiry follow it; seen through the official client. */
@Timeout(60)
class TimeTravelTest {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private static EmbeddedAerospike fixedServer() {
        return EmbeddedAerospike.builder().port(0).clock(Clock.fixed(START, ZoneOffset.UTC)).build().start();
    }

    /** Seconds since 2010-01-01, the server epoch of void times. */
    private static int voidTime(Instant at) {
        return (int) (at.getEpochSecond() - 1_262_304_000L);
    }

    private static WritePolicy ttl(int seconds) {
        WritePolicy policy = new WritePolicy();
        policy.expiration = seconds;
        return policy;
    }

    @Test
    void theClockStartsAtTheBuildersClockAndOnlyMovesForward() {
        try (EmbeddedAerospike server = fixedServer()) {
            assertEquals(START, server.clock().now());
            assertEquals(START.plusSeconds(90), server.clock().advance(Duration.ofSeconds(90)));
            assertEquals(Duration.ofSeconds(90), server.clock().offset());
            assertEquals(START.plusSeconds(90).toEpochMilli(), server.clock().millis());
            assertEquals(START.plusSeconds(90), server.clock().withZone(ZoneOffset.ofHours(2)).instant());
            assertThrows(IllegalArgumentException.class, () -> server.clock().advance(Duration.ofSeconds(-1)));
        }
    }

    @Test
    void withoutNsupAnAdvanceRemovesNothingButExpiredRecordsAreNotRead() {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).clock(Clock.fixed(START, ZoneOffset.UTC))
                .namespace("test", ns -> ns.nsupPeriod(0).allowTtlWithoutNsup(true)).build().start();
                AerospikeClient client = Clients.connect(server)) {
            Key key = new Key("test", "sessions", "no-nsup");
            client.put(ttl(60), key, new Bin("user", "ann"));

            server.clock().advance(Duration.ofMinutes(2));

            assertEquals("0", stat(Info.request(client.getNodes()[0], "namespace/test"), "expired_objects"));
            assertNull(client.get(null, key));
        }
    }

    @Test
    void aRecordExpiresForEveryReadPathOnceTimePassesItsVoidTime() {
        try (EmbeddedAerospike server = fixedServer(); AerospikeClient client = Clients.connect(server)) {
            Key key = new Key("test", "sessions", "s1");
            Key keeper = new Key("test", "sessions", "forever");
            client.put(ttl(3600), key, new Bin("user", "ann"), new Bin("n", 1));
            client.put(ttl(-1), keeper, new Bin("user", "bob"), new Bin("n", 2));
            client.createIndex(null, "test", "sessions", "n_idx", "n", IndexType.NUMERIC).waitTillComplete();
            Node node = client.getNodes()[0];

            server.clock().advance(Duration.ofMinutes(59));
            Record live = client.get(null, key);
            // the official client's getTimeToLive() measures the void time against the client's own clock
            assertEquals(voidTime(START.plusSeconds(3600)), live.expiration, "the void time is unchanged");

            server.clock().advance(Duration.ofMinutes(1));

            assertNull(client.get(null, key));
            assertFalse(client.exists(null, key));
            Record[] batch = client.get(null, new Key[] {key, keeper});
            assertNull(batch[0]);
            assertNotNull(batch[1]);
            AtomicInteger scanned = new AtomicInteger();
            client.scanAll(null, "test", "sessions", (k, r) -> scanned.incrementAndGet());
            assertEquals(1, scanned.get());
            Statement query = new Statement();
            query.setNamespace("test");
            query.setSetName("sessions");
            query.setFilter(Filter.range("n", 0, 10));
            int found = 0;
            try (RecordSet rs = client.query(null, query)) {
                while (rs.next()) {
                    found++;
                    assertEquals("bob", rs.getRecord().getString("user"));
                }
            }
            assertEquals(1, found);
            String ns = Info.request(node, "namespace/test");
            assertEquals("1", stat(ns, "objects"));
            assertEquals("1", stat(ns, "expired_objects"));
            assertEquals(Integer.toString(voidTime(START.plusSeconds(3600))), stat(ns, "current_time"));
            assertTrue(Info.request(node, "sets/test/sessions").startsWith("objects=1:"));
        }
    }

    @Test
    void theNamespaceDefaultTtlFollowsTheClock() {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).defaultTtlSeconds(60).build().start();
                AerospikeClient client = Clients.connect(server)) {
            Key key = new Key("test", "d", 1);
            client.put(null, key, new Bin("v", 1));
            server.clock().advance(Duration.ofSeconds(59));
            assertNotNull(client.get(null, key));
            server.clock().advance(Duration.ofSeconds(1));
            assertNull(client.get(null, key));
        }
    }

    @Test
    void aTouchPushesTheVoidTimeFromTheAdvancedClock() {
        try (EmbeddedAerospike server = fixedServer(); AerospikeClient client = Clients.connect(server)) {
            Key key = new Key("test", "t", 1);
            client.put(ttl(100), key, new Bin("v", 1));
            server.clock().advance(Duration.ofSeconds(90));
            client.touch(ttl(100), key);
            server.clock().advance(Duration.ofSeconds(90));
            assertEquals(voidTime(START.plusSeconds(190)), client.get(null, key).expiration);
            server.clock().advance(Duration.ofSeconds(10));
            assertNull(client.get(null, key));
        }
    }

    @Test
    void resetRewindsTheClock() {
        try (EmbeddedAerospike server = fixedServer()) {
            server.clock().advance(Duration.ofDays(3));
            server.reset();
            assertEquals(START, server.clock().now());
            assertEquals(Duration.ZERO, server.clock().offset());
        }
    }

    @Test
    void everyClusterNodeSharesTheClockAndExpiresMastersAndReplicasAtOnce() {
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(3).replicationFactor(2)
                .clock(Clock.fixed(START, ZoneOffset.UTC)).build().start();
                AerospikeClient client = ClusterSupport.connect(cluster)) {
            for (int i = 0; i < 100; i++) {
                client.put(ttl(i < 40 ? 10 : 1000), new Key("test", "c", i), new Bin("v", i));
            }
            cluster.clock().advance(Duration.ofSeconds(10));
            for (EmbeddedAerospike node : cluster.nodes()) {
                assertEquals(START.plusSeconds(10), node.clock().now());
            }
            long objects = 0;
            long expired = 0;
            for (Node node : client.getNodes()) {
                String ns = Info.request(node, "namespace/test");
                objects += Long.parseLong(stat(ns, "objects"));
                expired += Long.parseLong(stat(ns, "expired_objects"));
            }
            assertEquals(60 * 2, objects, "60 live records, two copies each");
            assertEquals(40 * 2, expired, "masters and replicas expire");
            for (int i = 0; i < 100; i++) {
                assertEquals(i >= 40, client.exists(null, new Key("test", "c", i)), "record " + i);
            }
            cluster.reset();
            assertEquals(START, cluster.clock().now());
        }
    }

    @Test
    void testkitAdvanceAndClockInfoCommands() {
        try (EmbeddedAerospike server = fixedServer(); AerospikeClient client = Clients.connect(server)) {
            Node node = client.getNodes()[0];
            Key key = new Key("test", "i", 1);
            client.put(ttl(5), key, new Bin("v", 1));
            assertEquals("ok", Info.request(node, "testkit-advance:ms=5000"));
            assertNull(client.get(null, key));
            assertEquals("now=" + START.plusSeconds(5).toEpochMilli() + ";offset=5000",
                    Info.request(node, "testkit-clock"));
            assertEquals("ERROR:4:missing 'ms'", Info.request(node, "testkit-advance"));
            assertEquals("ERROR:4:bad 'ms' value: soon", Info.request(node, "testkit-advance:ms=soon"));
            assertTrue(Info.request(node, "testkit-advance:ms=-1").startsWith("ERROR:4:"));
            assertEquals(Duration.ofSeconds(5), server.clock().offset());
        }
    }

    @Test
    void testkitAdvanceOnOneClusterNodeMovesEveryNode() {
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(2).build().start();
                AerospikeClient client = ClusterSupport.connect(cluster)) {
            assertEquals("ok", Info.request(client.getNodes()[0], "testkit-advance:ms=60000"));
            assertEquals(Duration.ofMinutes(1), cluster.node(0).clock().offset());
            assertEquals(Duration.ofMinutes(1), cluster.node(1).clock().offset());
        }
    }
}
