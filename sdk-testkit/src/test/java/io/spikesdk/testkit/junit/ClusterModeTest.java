package io.spikesdk.testkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.testkit.CommandKind;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.EmbeddedCluster;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@EmbeddedAerospikeTest(nodes = 3, replicationFactor = 2, namespaces = "test")
class ClusterModeTest {

    @Test
    void injectsARunningCluster(EmbeddedCluster cluster) {
        assertEquals(3, cluster.nodes().size());
        assertTrue(cluster.nodes().stream().allMatch(EmbeddedAerospike::isRunning));
        assertEquals(2, cluster.replicationFactor());
        assertEquals(List.of("test"), cluster.namespaces());
    }

    @Test
    void seedsAreEveryNode(List<Host> hosts, ClientConfig config, EmbeddedCluster cluster) {
        List<Host> nodes = cluster.nodes().stream().map(n -> Host.of(n.host(), n.port())).toList();
        assertEquals(nodes, hosts);
        assertEquals(nodes, config.hosts());
    }

    @Test
    void clientWritesToEveryNode(AerospikeClient client, EmbeddedCluster cluster) {
        for (int i = 0; i < 60; i++) {
            client.put(Key.of("test", "cluster", i), Map.of("i", i));
        }
        for (int i = 0; i < 60; i++) {
            assertEquals(i, client.get(Key.of("test", "cluster", i)).getInt("i"));
        }
        for (EmbeddedAerospike node : cluster.nodes()) {
            assertTrue(node.activity().stream().anyMatch(e -> e.kind() == CommandKind.WRITE),
                    "node " + node.nodeId() + " received no write");
        }
    }
}
