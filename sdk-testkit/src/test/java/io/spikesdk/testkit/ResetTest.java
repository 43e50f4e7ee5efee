package io.spikesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.Bin;
import com.aerospike.client.Info;
import com.aerospike.client.Key;
import com.aerospike.client.Language;
import com.aerospike.client.cluster.Node;
import com.aerospike.client.policy.ScanPolicy;
import com.aerospike.client.query.IndexType;
import io.spikesdk.api.ResultCode;
import io.spikesdk.testkit.support.ClusterSupport;
import io.spikesdk.testkit.support.Clients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link EmbeddedAerospike#reset()} and {@link EmbeddedCluster#reset()}, seen through the official client. */
@Timeout(60)
class ResetTest {
    private static final String LUA = "function hello(rec) return 'hi' end\n";

    @Test
    void resetEmptiesEveryNamespaceAndForgetsIndexesUdfsFaultsAndActivity() {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).namespace("test").namespace("bar").build()
                .start(); AerospikeClient client = Clients.connect(server)) {
            client.put(null, new Key("test", "orders", 1), new Bin("total", 10));
            client.put(null, new Key("bar", "users", "u"), new Bin("name", "ann"));
            client.createIndex(null, "test", "orders", "total_idx", "total", IndexType.NUMERIC).waitTillComplete();
            client.registerUdfString(null, LUA, "hello.lua", Language.LUA).waitTillComplete();
            server.faults().failWith(ResultCode.KEY_BUSY, CommandKind.WRITE);
            Node node = client.getNodes()[0];
            int connections = server.connectionCount();

            server.reset();

            assertTrue(onlyInfo(server.activity()), "the activity log is emptied (the client's tending goes on)");
            assertEquals(connections, server.connectionCount(), "connections stay open");
            assertNull(client.get(null, new Key("test", "orders", 1)));
            assertNull(client.get(null, new Key("bar", "users", "u")));
            Map<String, String> info = Info.request(null, node, "sets", "sindex-list:", "udf-list",
                    "namespace/test", "namespace/bar");
            assertEquals("", value(info, "sets"), "set names are forgotten");
            assertEquals("", value(info, "sindex-list:"));
            assertEquals("", value(info, "udf-list"));
            assertEquals("0", stat(info.get("namespace/test"), "objects"));
            assertEquals("0", stat(info.get("namespace/bar"), "objects"));
            client.put(null, new Key("test", "orders", 2), new Bin("total", 20)); // the fault is gone
            assertEquals(20, client.get(null, new Key("test", "orders", 2)).getInt("total"));
            assertEquals(server.port(), node.getAddress().getPort());
        }
    }

    @Test
    void resetForgetsTruncationCutOffs() {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).build().start();
                AerospikeClient client = Clients.connect(server)) {
            client.put(null, new Key("test", "s", 1), new Bin("v", 1));
            client.truncate(null, "test", "s", null);
            Node node = client.getNodes()[0];
            assertEquals("0", stat(Info.request(node, "namespace/test"), "truncate_lut"));
            assertTrue(Long.parseLong(Info.request(node, "sets/test/s").replaceAll(".*truncate_lut=(\\d+).*", "$1"))
                    > 0);

            server.reset();

            assertEquals("", Info.request(node, "sets/test/s"));
        }
    }

    @Test
    void writesRacingResetsNeverFailAndLeaveConsistentCounts() throws Exception {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).build().start();
                AerospikeClient client = Clients.connect(server)) {
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger written = new AtomicInteger();
            ExecutorService writers = Executors.newFixedThreadPool(4);
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                running.add(writers.submit(() -> {
                    for (int i = 0; !stop.get(); i++) {
                        client.put(null, new Key("test", "race", writer * 1_000_000 + i), new Bin("v", i));
                        written.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (int reset = 0; reset < 50; reset++) {
                int before = written.get();
                ClusterSupport.await("writes between resets", Duration.ofSeconds(10), () -> written.get() > before);
                server.reset();
            }
            stop.set(true);
            for (Future<?> writer : running) {
                writer.get(10, TimeUnit.SECONDS); // a failed put fails the test here
            }
            writers.shutdown();

            Node node = client.getNodes()[0];
            long objects = Long.parseLong(stat(Info.request(node, "namespace/test"), "objects"));
            AtomicInteger scanned = new AtomicInteger();
            client.scanAll(new ScanPolicy(), "test", "race", (key, record) -> scanned.incrementAndGet());
            assertEquals(objects, scanned.get(), "objects counts exactly the records a scan finds");
            server.reset();
            assertEquals("0", stat(Info.request(node, "namespace/test"), "objects"));
        }
    }

    @Test
    void aScanOpenDuringAResetEndsNormallyWithTheRecordsReadBefore() {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).build().start();
                AerospikeClient client = Clients.connect(server)) {
            int total = 3_000;
            for (int i = 0; i < total; i++) {
                client.put(null, new Key("test", "scan", i), new Bin("v", i));
            }
            AtomicInteger received = new AtomicInteger();
            ScanPolicy policy = new ScanPolicy();
            policy.concurrentNodes = false;
            client.scanAll(policy, "test", "scan", (key, record) -> {
                if (received.incrementAndGet() == 1) {
                    server.reset();
                }
            });
            assertTrue(received.get() >= 1 && received.get() <= total, "received " + received.get());
            AtomicInteger after = new AtomicInteger();
            client.scanAll(policy, "test", "scan", (key, record) -> after.incrementAndGet());
            assertEquals(0, after.get());
        }
    }

    @Test
    void resetOfAPausedServerResumesItAndEmptiesIt() {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).build().start();
                AerospikeClient client = Clients.connect(server)) {
            client.put(null, new Key("test", "p", 1), new Bin("v", 1));
            server.faults().pause();
            server.reset();
            assertFalse(server.faults().paused());
            assertNull(client.get(null, new Key("test", "p", 1)));
        }
    }

    @Test
    void clusterResetEmptiesEveryNodeAndKeepsTheClientWorking() {
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(3).replicationFactor(2).build().start();
                AerospikeClient client = ClusterSupport.connect(cluster)) {
            for (int i = 0; i < 200; i++) {
                client.put(null, new Key("test", "c", i), new Bin("v", i));
            }
            client.registerUdfString(null, LUA, "hello.lua", Language.LUA).waitTillComplete();
            cluster.node(1).faults().failWith(ResultCode.KEY_BUSY);

            cluster.reset();

            for (Node node : client.getNodes()) {
                Map<String, String> info = Info.request(null, node, "namespace/test", "udf-list");
                assertEquals("0", stat(info.get("namespace/test"), "objects"), node.getName());
                assertEquals("", value(info, "udf-list"));
            }
            assertTrue(onlyInfo(cluster.activity()), "every activity log is emptied");
            for (int i = 0; i < 200; i++) {
                assertNull(client.get(null, new Key("test", "c", i)));
            }
            client.put(null, new Key("test", "c", 1), new Bin("v", 1));
            assertEquals(1, client.get(null, new Key("test", "c", 1)).getInt("v"));
        }
    }

    @Test
    void clusterResetLeavesAStoppedNodeStopped() {
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(2).build().start()) {
            cluster.stopNode(1);
            cluster.reset();
            assertFalse(cluster.node(1).isRunning());
            assertTrue(cluster.node(0).isRunning());
        }
    }

    @Test
    void testkitResetInfoCommandEmptiesTheServer() {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).build().start();
                AerospikeClient client = Clients.connect(server)) {
            client.put(null, new Key("test", "i", 1), new Bin("v", 1));
            assertEquals("ok", Info.request(client.getNodes()[0], "testkit-reset"));
            assertNull(client.get(null, new Key("test", "i", 1)));
        }
    }

    @Test
    void testkitResetOnOneClusterNodeEmptiesTheWholeCluster() {
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(3).build().start();
                AerospikeClient client = ClusterSupport.connect(cluster)) {
            for (int i = 0; i < 100; i++) {
                client.put(null, new Key("test", "i", i), new Bin("v", i));
            }
            assertEquals("ok", Info.request(client.getNodes()[0], "testkit-reset"));
            for (Node node : client.getNodes()) {
                assertEquals("0", stat(Info.request(node, "namespace/test"), "objects"), node.getName());
            }
        }
    }

    @Test
    void unknownCommandsStayUnknown() throws AerospikeException {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).build().start();
                AerospikeClient client = Clients.connect(server)) {
            assertEquals("ERROR:4:unrecognized command", Info.request(client.getNodes()[0], "testkit-nothing"));
        }
    }

    private static boolean onlyInfo(List<ActivityEntry> activity) {
        return activity.stream().allMatch(e -> e.kind() == CommandKind.INFO);
    }

    /** The answer to {@code command}; the official client maps an empty answer to null. */
    private static String value(Map<String, String> answers, String command) {
        return answers.get(command) == null ? "" : answers.get(command);
    }

    static String stat(String answer, String name) {
        for (String pair : answer.split(";")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        throw new AssertionError(name + " not in " + answer);
    }
}
