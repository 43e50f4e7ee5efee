package io.spikesdk.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Host;
import com.aerospike.client.policy.ClientPolicy;
import io.spikesdk.it.TestTarget;
import io.spikesdk.testkit.ActivityEntry;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.EmbeddedCluster;

import com.aerospike.client.Key;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The official client's batch calls against a 3-node embedded cluster (RF 2) return what they return against one
 * node (all of {@link BatchScenarios} but one, see {@link #runAll}). The client splits a batch by node, so every row reaches its master; a batch sent to a node for keys it does
 * not own is proxied row by row, as the single-record path is (checked through the activity log). Embedded only.
 */
class BatchClusterTest {
    @Test
    void aClusterAnswersEveryBatchAsOneNodeDoes() {
        Assumptions.assumeFalse(TestTarget.isRealServer(), "needs embedded servers");
        Map<String, String> single;
        try (EmbeddedAerospike node = EmbeddedAerospike.builder().port(0).namespace("test").namespace("bar").build()
                .start(); AerospikeClient client = new AerospikeClient(null, new Host(node.host(), node.port()))) {
            single = runAll(client);
        }
        Map<String, String> clustered;
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(3).replicationFactor(2).namespace("test")
                .namespace("bar").build().start();
                AerospikeClient client = new AerospikeClient(new ClientPolicy(), hosts(cluster))) {
            assertEquals(3, client.getNodes().length);
            clustered = runAll(client);
        }
        assertEquals(single, clustered);
    }

    @Test
    void aBatchForKeysOfOtherNodesIsProxiedRowByRow() throws Exception {
        Assumptions.assumeFalse(TestTarget.isRealServer(), "needs embedded servers");
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(3).replicationFactor(1).namespace("test")
                .build().start();
                AerospikeClient client = new AerospikeClient(new ClientPolicy(), hosts(cluster))) {
            Key[] keys = BatchScenarios.seed(client, "batch_proxy", 12);
            cluster.clearActivity();
            byte[] reply = RawBatch.exchange(cluster.node(0).host(), cluster.node(0).port(), RawBatch.getAll(keys));
            List<RawBatch.Row> rows = RawBatch.rows(reply);
            assertEquals(keys.length + 1, rows.size(), "a row per key, then the LAST marker");
            String node0 = cluster.node(0).nodeId();
            int proxied = 0;
            for (int i = 0; i < keys.length; i++) {
                assertEquals(i, rows.get(i).index());
                assertEquals(i % 2 == 0 ? 0 : 2, rows.get(i).resultCode(), "key " + i);
                boolean remote = !node0.equals(cluster.partitionOwner("test", keys[i].digest, 0));
                proxied += remote ? 1 : 0;
            }
            assertTrue(proxied > 0, "some keys live on other nodes");
            List<ActivityEntry> log = cluster.activity().stream().filter(e -> e.digest() != null).toList();
            assertEquals(keys.length, log.size());
            assertEquals(proxied, log.stream().filter(ActivityEntry::proxied).count());
            assertTrue(log.stream().allMatch(e -> e.receivedBy().equals(node0)));
            assertTrue(rows.get(keys.length).last());
        }
    }

    @Test
    void truncateSentToOneNodeReachesEveryNode() {
        Assumptions.assumeFalse(TestTarget.isRealServer(), "needs embedded servers");
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(3).replicationFactor(2).namespace("test")
                .build().start();
                AerospikeClient client = new AerospikeClient(new ClientPolicy(), hosts(cluster))) {
            Key[] keys = BatchScenarios.seed(client, "batch_trunc", 40);
            TruncateTest.nextMillisecond(System.currentTimeMillis());
            String answer = com.aerospike.client.Info.request(null, client.getNodes()[0],
                    "truncate:namespace=test;set=batch_trunc");
            assertEquals("ok", answer);
            for (boolean exists : client.exists(null, keys)) {
                assertTrue(!exists);
            }
            for (EmbeddedAerospike node : cluster.nodes()) {
                try (AerospikeClient one = new AerospikeClient(null, new Host(node.host(), node.port()))) {
                    String sets = com.aerospike.client.Info.request(null, one.getNodes()[0], "sets/test/batch_trunc");
                    assertTrue(sets.startsWith("objects=0:"), node.nodeId() + ": " + sets);
                    assertTrue(!sets.contains("truncate_lut=0:"), node.nodeId() + ": " + sets);
                }
            }
        }
    }

    private static Host[] hosts(EmbeddedCluster cluster) {
        return cluster.nodes().stream().map(n -> new Host(n.host(), n.port())).toArray(Host[]::new);
    }

    /**
     * Every scenario but respondAllKeysFalse: there the client itself stops sending the other nodes' sub-batches after
     * the first node's failure (sequential by default), so a cluster legitimately runs fewer rows than one node.
     */
    private static Map<String, String> runAll(AerospikeClient client) {
        Map<String, String> out = new TreeMap<>();
        for (Map.Entry<String, BiFunction<AerospikeClient, String, String>> e : BatchScenarios.all().entrySet()) {
            if (e.getKey().equals("respondAllKeysFalse")) {
                continue;
            }
            out.put(e.getKey(), e.getValue().apply(client, "batch_" + e.getKey()));
        }
        return out;
    }
}
