package io.spikesdk.testkit.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.Bin;
import com.aerospike.client.Info;
import com.aerospike.client.Key;
import com.aerospike.client.ResultCode;
import com.aerospike.client.policy.WritePolicy;
import io.spikesdk.testkit.EmbeddedAerospike;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The eviction and server-limit snippets of sdk-testkit/README.md. */
class ServerLimitsInCodeTest {
    @Test
    void evictionFollowsTheClock() {
        // tag::eviction[]
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0)
                .namespace("cache", ns -> ns.dataSize(10 * 1024 * 1024).evictUsedPct(50).evictTenthsPct(100))
                .build().start();
                AerospikeClient client = new AerospikeClient(server.host(), server.port())) {
            WritePolicy policy = new WritePolicy();
            for (int i = 0; i < 60; i++) {              // 60 x 100 kB: 57% of the 10 MiB data-size
                policy.expiration = 3600 + i;
                client.put(policy, new Key("cache", "pages", i), new Bin("html", new byte[100_000]));
            }
            client.put(null, new Key("cache", "pages", "home"), new Bin("html", new byte[100_000]));   // no TTL

            server.clock().advance(Duration.ofMinutes(2));   // an nsup cycle: evicts 10% (evict-tenths-pct 100)
            for (int i = 0; i < 6; i++) {                    // ... of the records with a TTL, the soonest to expire
                assertFalse(client.exists(null, new Key("cache", "pages", i)));
            }
            assertTrue(client.exists(null, new Key("cache", "pages", 6)));
            assertTrue(client.exists(null, new Key("cache", "pages", "home")));   // never evicted
            String stats = Info.request(client.getNodes()[0], "namespace/cache");
            assertTrue(stats.contains(";evicted_objects=6;"), stats);
        }
        // end::eviction[]
    }

    @Test
    void limitsAnswerWithTheRealResultCodes() {
        // tag::limits[]
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0)
                .namespace("test", ns -> ns.setConfig("orders", "stop-writes-count", "2"))
                .build().start();
                AerospikeClient client = new AerospikeClient(server.host(), server.port())) {
            client.put(null, new Key("test", "orders", 1), new Bin("n", 1));
            client.put(null, new Key("test", "orders", 2), new Bin("n", 2));
            AerospikeException full = assertThrows(AerospikeException.class,
                    () -> client.put(null, new Key("test", "orders", 3), new Bin("n", 3)));
            assertEquals(ResultCode.FAIL_FORBIDDEN, full.getResultCode());            // 22: the set is full

            // set-config changes a running server, as on a real one (and reset() undoes it)
            assertEquals("ok", Info.request(client.getNodes()[0],
                    "set-config:context=namespace;id=test;stop-writes-sys-memory-pct=80"));
            server.simulateSystemMemoryUsedPct(85);   // the embedded server cannot measure system memory
            AerospikeException noMemory = assertThrows(AerospikeException.class,
                    () -> client.put(null, new Key("test", "other", 1), new Bin("n", 1)));
            assertEquals(ResultCode.SERVER_MEM_ERROR, noMemory.getResultCode());     // 8: stop-writes
        }
        // end::limits[]
    }

    @Test
    void resetRestoresTheBuilderConfiguration() {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).namespace("test").build().start();
                AerospikeClient client = new AerospikeClient(server.host(), server.port())) {
            assertEquals("ok", Info.request(client.getNodes()[0],
                    "set-config:context=namespace;id=test;set=s;stop-writes-count=1"));
            assertEquals("ok", Info.request(client.getNodes()[0], "set-config:context=namespace;id=test;evict-used-pct=40"));
            server.simulateSystemMemoryUsedPct(99);
            server.reset();
            assertTrue(Info.request(client.getNodes()[0], "get-config:context=namespace;id=test")
                    .contains(";storage-engine.evict-used-pct=0;"));
            client.put(null, new Key("test", "s", 1), new Bin("n", 1));
            client.put(null, new Key("test", "s", 2), new Bin("n", 2));
        }
    }
}
