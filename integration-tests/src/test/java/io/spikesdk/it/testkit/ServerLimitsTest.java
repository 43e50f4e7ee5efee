package io.spikesdk.it.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.Bin;
import com.aerospike.client.Info;
import com.aerospike.client.Key;
import com.aerospike.client.cluster.Node;
import com.aerospike.client.policy.WritePolicy;
import io.spikesdk.api.Aerospike;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.ResultCode;
import io.spikesdk.it.TestTarget;
import io.spikesdk.testkit.EmbeddedAerospike;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The limits of an in-memory namespace, set with {@code set-config} on both servers (the embedded one runs a server
 * of its own per test; the real one is switched back afterwards): set-level stop-writes-count and stop-writes-size
 * (22), indexes-memory-budget and stop-writes-sys-memory-pct (8), evict-used-pct (eviction of the records closest to
 * expiry), and the answers of set-config itself. The real server applies stop-writes and eviction in its own
 * threads (every 10 s and every nsup-period), so on it the tests poll; the embedded one checks at each write and
 * evicts when its clock is advanced.
 */
class ServerLimitsTest {
    private static final String NS = TestTarget.NAMESPACE;
    private static final long POLL_MILLIS = 30_000;

    @Test
    void setConfigAnswersAsTheRealServer() {
        run((official, ours, server) -> {
            Node node = official.getNodes()[0];
            Map<String, String> expected = new java.util.LinkedHashMap<>();
            expected.put("evict-used-pct=0", "ok");
            expected.put("evict-used-pct=abc", "ERROR:4:invalid set-config parameter");
            expected.put("evict-used-pct=101", "ERROR:4:invalid set-config parameter");
            expected.put("storage-engine.evict-used-pct=0", "ERROR:4:invalid set-config parameter");
            expected.put("no-such-setting=1", "ERROR:4:invalid set-config parameter");
            expected.put("data-size=1000000", "ERROR:4:invalid set-config parameter");
            expected.put("default-ttl=1x", "ERROR:4:invalid set-config parameter");
            expected.put("allow-ttl-without-nsup=maybe", "ERROR:4:invalid set-config parameter");
            expected.put("max-record-size=1048576", "ok");
            expected.put("stop-writes-used-pct=70", "ok");
            expected.put("stop-writes-sys-memory-pct=90", "ok");
            expected.put("indexes-memory-budget=0", "ok");
            expected.put("evict-tenths-pct=5", "ok");
            expected.put("set=it_limits_cfg;stop-writes-count=0", "ok");
            expected.put("set=it_limits_cfg;stop-writes-count=abc", "ok");
            expected.put("set=it_limits_cfg;stop-writes-size=abc", "ERROR:4:invalid set-config parameter");
            expected.put("set=it_limits_cfg;no-such-setting=1", "ERROR:4:invalid set-config parameter");
            expected.put("set=;stop-writes-count=0", "ERROR:4:invalid set-config parameter");
            for (Map.Entry<String, String> e : expected.entrySet()) {
                assertEquals(e.getValue(), Info.request(node, "set-config:context=namespace;id=" + NS + ";" + e.getKey()),
                        e.getKey());
            }
            assertEquals("ERROR:20:namespace not found on node",
                    Info.request(node, "set-config:context=namespace;id=nope;evict-used-pct=0"));
            assertEquals("ERROR:20:missing 'namespace'", Info.request(node, "set-config:context=namespace;evict-used-pct=0"));
            assertEquals("ERROR:4:invalid context", Info.request(node, "set-config:context=nope;x=1"));
            assertTrue(Info.request(node, "sets/" + NS + "/it_limits_cfg").startsWith("objects=0:"), "set-config lists the set");

            try {
                setConfig(node, "evict-used-pct=60");
                setConfig(node, "evict-tenths-pct=20");
                setConfig(node, "indexes-memory-budget=1073741824");
                Map<String, String> config = parse(Info.request(node, "get-config:context=namespace;id=" + NS));
                assertEquals("60", config.get("storage-engine.evict-used-pct"));
                assertEquals("20", config.get("evict-tenths-pct"));
                assertEquals("1073741824", config.get("indexes-memory-budget"));
                assertEquals("60", parse(Info.request(node, "namespace/" + NS)).get("storage-engine.evict-used-pct"));
                setConfig(node, "set=it_limits_cfg;stop-writes-count=7");
                assertTrue(Info.request(node, "sets/" + NS + "/it_limits_cfg").contains(":stop-writes-count=7:"));
            } finally {
                setConfig(node, "evict-used-pct=0");
                setConfig(node, "evict-tenths-pct=5");
                setConfig(node, "indexes-memory-budget=0");
                setConfig(node, "set=it_limits_cfg;stop-writes-count=0");
            }
        });
    }

    @Test
    void setStopWritesCountRefusesNewRecordsOnly() {
        run((official, ours, server) -> {
            Node node = official.getNodes()[0];
            String set = "it_limits_count";
            deleteKeys(official, set, 3);
            setConfig(node, "set=" + set + ";stop-writes-count=2");
            try {
                official.put(null, new Key(NS, set, 0), new Bin("a", 0));
                official.put(null, new Key(NS, set, 1), new Bin("a", 1));
                assertEquals(22, assertThrows(AerospikeException.class,
                        () -> official.put(null, new Key(NS, set, 2), new Bin("a", 2))).getResultCode());
                official.put(null, new Key(NS, set, 0), new Bin("a", 9));   // updates still work
                assertEquals(9, official.get(null, new Key(NS, set, 0)).getInt("a"));
                io.spikesdk.api.AerospikeException e = assertThrows(io.spikesdk.api.AerospikeException.class,
                        () -> ours.put(io.spikesdk.api.Key.of(NS, set, 2), io.spikesdk.api.Bin.of("a", 2)));
                assertEquals(ResultCode.FAIL_FORBIDDEN, e.resultCode());
                String props = Info.request(node, "sets/" + NS + "/" + set);
                assertTrue(props.startsWith("objects=2:") && props.contains(":stop-writes-count=2:"), props);
                official.delete(null, new Key(NS, set, 1));
                official.put(null, new Key(NS, set, 2), new Bin("a", 2));   // room again
            } finally {
                setConfig(node, "set=" + set + ";stop-writes-count=0");
                deleteKeys(official, set, 3);
            }
        });
    }

    @Test
    void setStopWritesSizeRefusesEveryWriteOnceExceeded() {
        run((official, ours, server) -> {
            Node node = official.getNodes()[0];
            String set = "it_limits_size";
            deleteKeys(official, set, 3);
            setConfig(node, "set=" + set + ";stop-writes-size=100");
            try {
                official.put(null, new Key(NS, set, 0), new Bin("a", new byte[60]));   // the set was empty
                for (int i : new int[] {1, 0}) {   // a create and an update
                    assertEquals(22, assertThrows(AerospikeException.class,
                            () -> official.put(null, new Key(NS, set, i), new Bin("a", 1))).getResultCode());
                }
                assertTrue(official.delete(null, new Key(NS, set, 0)), "deletes still work");
                official.put(null, new Key(NS, set, 1), new Bin("a", 1));
            } finally {
                setConfig(node, "set=" + set + ";stop-writes-size=0");
                deleteKeys(official, set, 3);
            }
        });
    }

    @Test
    void indexesMemoryBudgetStopsWritesWith8() throws InterruptedException {
        run((official, ours, server) -> {
            Node node = official.getNodes()[0];
            Key key = new Key(NS, "it_limits_budget", "k");
            official.put(null, key, new Bin("a", 1));
            setConfig(node, "indexes-memory-budget=1");
            try {
                awaitWriteResult(official, key, 8);
                Map<String, String> stats = parse(Info.request(node, "namespace/" + NS));
                assertEquals("true", stats.get("stop_writes"));
                assertNotNull(stats.get("indexes_memory_used_pct"), "reported while a budget is set");
                assertEquals(1, official.get(null, key).getInt("a"), "reads still work");
            } finally {
                setConfig(node, "indexes-memory-budget=0");
            }
            awaitWriteResult(official, key, 0);
            official.delete(null, key);
        });
    }

    @Test
    void systemMemoryAboveStopWritesSysMemoryPctStopsWritesWith8() {
        run((official, ours, server) -> {
            Node node = official.getNodes()[0];
            Key key = new Key(NS, "it_limits_sysmem", "k");
            if (server != null) {
                server.simulateSystemMemoryUsedPct(12);   // the embedded server cannot measure it
            }
            String udf = "function put(r)\n  r['v'] = 1\n  if aerospike:exists(r) then aerospike:update(r)"
                    + " else aerospike:create(r) end\nend\n";
            official.registerUdfString(null, udf, "it_limits.lua", com.aerospike.client.Language.LUA)
                    .waitTillComplete();
            setConfig(node, "stop-writes-sys-memory-pct=1");
            try {
                awaitWriteResult(official, key, 8);
                assertEquals(8, assertThrows(AerospikeException.class,
                        () -> official.execute(null, key, "it_limits", "put")).getResultCode(), "UDF writes too");
            } finally {
                official.removeUdf(null, "it_limits.lua");
                setConfig(node, "stop-writes-sys-memory-pct=90");
            }
            awaitWriteResult(official, key, 0);
            official.delete(null, key);
        });
    }

    /**
     * 500 records of 25 kB (over 1% of the 1 GiB data-size) with TTLs 300 + i seconds, 20 without TTL; evict-used-pct 1
     * and evict-tenths-pct 20: each nsup cycle evicts the 2% of the records with a TTL that expire soonest (10), the
     * ones without TTL never.
     */
    @Test
    void evictUsedPctEvictsTheRecordsClosestToExpiry() {
        run((official, ours, server) -> {
            Node node = official.getNodes()[0];
            String set = "it_limits_evict";
            byte[] blob = new byte[25_000];
            long evictedBefore = Long.parseLong(parse(Info.request(node, "namespace/" + NS)).get("evicted_objects"));
            for (int i = 0; i < 500; i++) {
                official.put(expiring(300 + i), new Key(NS, set, i), new Bin("b", blob));
            }
            for (int i = 0; i < 20; i++) {
                official.put(null, new Key(NS, set, "forever" + i), new Bin("b", blob));
            }
            setConfig(node, "evict-tenths-pct=20");
            setConfig(node, "evict-used-pct=1");
            try {
                if (server != null) {
                    server.clock().advance(Duration.ofSeconds(1));   // one nsup cycle
                } else {
                    setConfig(node, "nsup-period=1");
                    awaitEvicted(official, set, 10);
                }
            } finally {
                setConfig(node, "evict-used-pct=0");
                setConfig(node, "evict-tenths-pct=5");
                setConfig(node, "nsup-period=120");
            }
            List<Integer> gone = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                if (!official.exists(null, new Key(NS, set, i))) {
                    gone.add(i);
                }
            }
            assertTrue(gone.size() >= 10, "evicted " + gone);
            for (int i = 0; i < gone.size(); i++) {
                assertEquals(i, gone.get(i), "the records closest to expiry go first: " + gone);
            }
            for (int i = 0; i < 20; i++) {
                assertTrue(official.exists(null, new Key(NS, set, "forever" + i)), "records without TTL stay");
            }
            Map<String, String> stats = parse(Info.request(node, "namespace/" + NS));
            long evicted = Long.parseLong(stats.get("evicted_objects")) - evictedBefore;
            assertTrue(evicted >= gone.size(), stats.get("evicted_objects"));
            long cut = Long.parseLong(stats.get("evict_void_time"));
            long now = Long.parseLong(stats.get("current_time"));
            assertTrue(cut > now, "evict_void_time " + cut + " is ahead of current_time " + now);
            if (server != null) {
                assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), gone);
                assertEquals(10, evicted);
                assertEquals("true", stats.get("hwm_breached"));
                assertEquals("20", stats.get("non_expirable_objects"));
                // evict_ttl is taken at the nsup cycle, current_time when the stats are read: a second may pass between
                long evictTtl = Long.parseLong(stats.get("evict_ttl"));
                assertTrue(evictTtl == cut - now || evictTtl == cut - now + 1,
                    "evict_ttl " + evictTtl + " is evict_void_time " + cut + " - the cycle's time (now " + now + ")");
            }
            for (int i = 0; i < 500; i++) {
                official.delete(null, new Key(NS, set, i));
            }
            for (int i = 0; i < 20; i++) {
                official.delete(null, new Key(NS, set, "forever" + i));
            }
        });
    }

    private interface Body {
        void run(AerospikeClient official, io.spikesdk.api.AerospikeClient ours, EmbeddedAerospike server)
                throws Exception;
    }

    /** Runs {@code body} on the real server, or on an embedded server of its own (passed as {@code server}). */
    private static void run(Body body) {
        try {
            if (TestTarget.isRealServer()) {
                try (AerospikeClient official = TestTarget.officialClient();
                        io.spikesdk.api.AerospikeClient ours = Aerospike.client(TestTarget.config().build()).connect()) {
                    body.run(official, ours, null);
                }
                return;
            }
            try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).namespace(NS).build().start();
                    AerospikeClient official = new AerospikeClient(server.host(), server.port());
                    io.spikesdk.api.AerospikeClient ours = Aerospike.client(ClientConfig.builder()
                            .hosts(List.of(Host.of(server.host(), server.port()))).build()).connect()) {
                body.run(official, ours, server);
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void setConfig(Node node, String setting) {
        assertEquals("ok", Info.request(node, "set-config:context=namespace;id=" + NS + ";" + setting), setting);
    }

    static Map<String, String> parse(String answer) {
        Map<String, String> map = new TreeMap<>();
        for (String pair : answer.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                map.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return map;
    }

    private static void deleteKeys(AerospikeClient official, String set, int n) {
        for (int i = 0; i < n; i++) {
            official.delete(null, new Key(NS, set, i));
        }
    }

    private static WritePolicy expiring(int seconds) {
        WritePolicy p = new WritePolicy();
        p.expiration = seconds;
        return p;
    }

    /** Writes {@code key} until it answers {@code code} (0 = success): the real server applies limits late. */
    private static void awaitWriteResult(AerospikeClient official, Key key, int code) throws InterruptedException {
        long deadline = System.currentTimeMillis() + POLL_MILLIS;
        int last;
        do {
            try {
                official.put(null, key, new Bin("v", 1));
                last = 0;
            } catch (AerospikeException e) {
                last = e.getResultCode();
            }
            if (last == code) {
                return;
            }
            Thread.sleep(200);
        } while (System.currentTimeMillis() < deadline);
        fail("writes kept answering " + last + ", expected " + code);
    }

    private static void awaitEvicted(AerospikeClient official, String set, int n) throws InterruptedException {
        long deadline = System.currentTimeMillis() + POLL_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            int gone = 0;
            for (int i = 0; i < n; i++) {
                gone += official.exists(null, new Key(NS, set, i)) ? 0 : 1;
            }
            if (gone == n) {
                return;
            }
            Thread.sleep(200);
        }
        fail("the real server did not evict " + n + " records within " + POLL_MILLIS + " ms");
    }
}
