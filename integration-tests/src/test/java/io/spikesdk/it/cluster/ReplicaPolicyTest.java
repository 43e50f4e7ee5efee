package io.spikesdk.it.cluster;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.Key;
import io.spikesdk.api.NodeInfo;
import io.spikesdk.api.Policy;
import io.spikesdk.api.Replica;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.testkit.ActivityEntry;
import io.spikesdk.testkit.CommandKind;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.EmbeddedCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where each replica policy sends commands, read from the nodes' activity logs. */
@Timeout(60)
class ReplicaPolicyTest {
    private static final int KEYS = 30;

    private static Policy read(Replica replica) {
        return Policy.builder().replica(replica).build();
    }

    private static List<Key> keys(AerospikeClient client, String set) {
        List<Key> keys = new java.util.ArrayList<>();
        for (int i = 0; i < KEYS; i++) {
            Key key = Key.of(ClusterHarness.NS, set, i);
            client.put(key, Bin.of("v", i));
            keys.add(key);
        }
        return keys;
    }

    @Test
    void masterAndSequenceReadTheMasterAndWritesGoToTheMaster() {
        try (EmbeddedCluster cluster = ClusterHarness.start();
             AerospikeClient client = Aerospike.client(ClusterHarness.config(cluster).build()).connect()) {
            List<Key> keys = keys(client, "it_master");
            for (Replica replica : List.of(Replica.MASTER, Replica.SEQUENCE)) {
                cluster.clearActivity();
                for (Key key : keys) {
                    client.get(read(replica), key);
                    client.put(WritePolicy.builder().replica(replica).build(), key, Bin.of("w", 1));
                }
                for (Key key : keys) {
                    String master = ClusterHarness.owner(cluster, key, 0);
                    for (CommandKind kind : List.of(CommandKind.READ, CommandKind.WRITE)) {
                        List<ActivityEntry> entries = ClusterHarness.activity(cluster, key, kind);
                        assertEquals(1, entries.size(), replica + " " + kind + " " + entries);
                        assertEquals(master, entries.get(0).receivedBy(), replica + " " + entries);
                        assertFalse(entries.get(0).proxied());
                    }
                }
            }
        }
    }

    @Test
    void anyAlternatesBetweenMasterAndReplica() {
        try (EmbeddedCluster cluster = ClusterHarness.start();
             AerospikeClient client = Aerospike.client(ClusterHarness.config(cluster).build()).connect()) {
            Key key = keys(client, "it_any").get(0);
            cluster.clearActivity();
            for (int i = 0; i < 10; i++) {
                client.get(read(Replica.ANY), key);
            }
            Map<String, Long> byNode = ClusterHarness.activity(cluster, key, CommandKind.READ).stream()
                    .peek(e -> assertFalse(e.proxied(), "a replica serves reads itself: " + e))
                    .collect(Collectors.groupingBy(ActivityEntry::receivedBy, Collectors.counting()));
            assertEquals(Map.of(ClusterHarness.owner(cluster, key, 0), 5L, ClusterHarness.owner(cluster, key, 1), 5L), byNode);
            cluster.clearActivity();
            client.put(WritePolicy.builder().replica(Replica.ANY).build(), key, Bin.of("v", 2));
            assertEquals(ClusterHarness.owner(cluster, key, 0),
                    ClusterHarness.activity(cluster, key, CommandKind.WRITE).get(0).receivedBy(), "ANY writes go to the master");
        }
    }

    @Test
    void preferRackReadsACopyOnTheClientsRack() {
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(3).replicationFactor(2)
                .rackId(0, 1).rackId(1, 2).rackId(2, 3).build().start();
             AerospikeClient client = Aerospike.client(ClusterHarness.config(cluster).rackAware(true).rackIds(2).build())
                     .connect()) {
            String onRack2 = cluster.node(1).nodeId();
            assertEquals(2, client.nodes().stream().filter(n -> n.name().equals(onRack2)).findFirst().orElseThrow().rack());
            assertTrue(client.nodes().stream().map(NodeInfo::rack).collect(Collectors.toSet()).containsAll(List.of(1, 2, 3)));
            List<Key> keys = keys(client, "it_rack");
            cluster.clearActivity();
            int local = 0;
            for (Key key : keys) {
                client.get(read(Replica.PREFER_RACK), key);
                boolean hasCopyOnRack2 = onRack2.equals(ClusterHarness.owner(cluster, key, 0))
                        || onRack2.equals(ClusterHarness.owner(cluster, key, 1));
                String expected = hasCopyOnRack2 ? onRack2 : ClusterHarness.owner(cluster, key, 0);
                List<ActivityEntry> entries = ClusterHarness.activity(cluster, key, CommandKind.READ);
                assertEquals(expected, entries.get(0).receivedBy(), key + ": " + entries);
                local += hasCopyOnRack2 ? 1 : 0;
            }
            assertTrue(local > 0 && local < KEYS, "both cases met: " + local);
        }
    }
}
