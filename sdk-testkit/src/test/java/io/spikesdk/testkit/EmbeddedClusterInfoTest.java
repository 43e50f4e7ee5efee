package io.spikesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.testkit.support.ClusterSupport;
import io.spikesdk.testkit.support.RawConnection;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the nodes of an embedded cluster answer through the info protocol, checked on raw sockets. */
class EmbeddedClusterInfoTest {
    private static final Pattern PEER = Pattern.compile("\\[([0-9A-F]+),,\\[127\\.0\\.0\\.1:(\\d+)]]");

    private static Map<String, String> info(EmbeddedAerospike node, String... commands) throws IOException {
        try (RawConnection c = new RawConnection(node.host(), node.port())) {
            return c.info(commands);
        }
    }

    @Test
    void nodesHaveDistinctIdsAndListEachOtherAsPeers() throws IOException {
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(3).replicationFactor(2).clusterName("spk")
                .build().start()) {
            Set<String> ids = new HashSet<>();
            for (EmbeddedAerospike node : cluster.nodes()) {
                Map<String, String> m = info(node, "node", "peers-clear-std", "peers-generation", "cluster-name",
                        "statistics", "services");
                assertEquals(node.nodeId(), m.get("node"));
                assertTrue(m.get("node").matches("[0-9A-F]+"), m.get("node"));
                ids.add(m.get("node"));
                String peers = m.get("peers-clear-std");
                assertTrue(peers.startsWith(m.get("peers-generation") + ",3000,[["), peers);
                Matcher p = PEER.matcher(peers);
                List<String> listed = new ArrayList<>();
                while (p.find()) {
                    listed.add(p.group(1) + ":" + p.group(2));
                }
                List<String> expected = new ArrayList<>();
                for (EmbeddedAerospike other : cluster.nodes()) {
                    if (other != node) {
                        expected.add(other.nodeId() + ":" + other.port());
                    }
                }
                assertEquals(expected, listed, peers);
                assertEquals("spk", m.get("cluster-name"));
                assertTrue(m.get("statistics").contains(";cluster_size=3;"), m.get("statistics"));
                assertEquals(2, m.get("services").split(";").length);
            }
            assertEquals(3, ids.size());
            assertEquals(3, cluster.hosts().size());
        }
    }

    @Test
    void replicasSplitEveryPartitionIntoOneMasterAndOneReplicaOnDistinctNodes() throws IOException {
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(3).replicationFactor(2).namespace("test")
                .namespace("bar").build().start()) {
            String[][] owners = new String[4096][2];
            int[] masters = new int[3];
            for (int i = 0; i < 3; i++) {
                EmbeddedAerospike node = cluster.node(i);
                String replicas = info(node, "replicas").get("replicas");
                String[] perNs = replicas.split(";");
                assertEquals(2, perNs.length);
                assertTrue(perNs[1].startsWith("bar:0,2,"), perNs[1]);
                String[] parts = perNs[0].split(",");
                assertEquals("test:0", parts[0]);
                assertEquals("2", parts[1]);
                assertEquals(4, parts.length);
                for (int column = 0; column < 2; column++) {
                    assertEquals(684, parts[2 + column].length());
                    for (int pid = 0; pid < 4096; pid++) {
                        if (ClusterSupport.owns(parts[2 + column], pid)) {
                            assertNull(owners[pid][column], "two owners of partition " + pid);
                            owners[pid][column] = node.nodeId();
                            masters[i] += column == 0 ? 1 : 0;
                        }
                    }
                }
            }
            for (int pid = 0; pid < 4096; pid++) {
                assertNotEquals(null, owners[pid][0]);
                assertNotEquals(null, owners[pid][1]);
                assertNotEquals(owners[pid][0], owners[pid][1], "partition " + pid);
                assertEquals(owners[pid][0], cluster.partitionOwner("test", pid, 0));
                assertEquals(owners[pid][1], cluster.partitionOwner("bar", pid, 1));
            }
            for (int count : masters) {
                assertTrue(count > 4096 / 3 * 0.85 && count < 4096 / 3 * 1.15, "unbalanced: " + count);
            }
            assertNull(cluster.partitionOwner("test", 0, 2));
            assertThrows(IllegalArgumentException.class, () -> cluster.partitionOwner("nosuch", 0, 0));
        }
    }

    @Test
    void membershipChangesBumpGenerationsAndShrinkTheReplicaCount() throws IOException {
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(2).replicationFactor(2).build().start()) {
            Map<String, String> before = info(cluster.node(0), "partition-generation", "peers-generation",
                    "rebalance-generation", "cluster-stable");
            cluster.stopNode(1);
            assertEquals(List.of(cluster.node(0).host() + ":" + cluster.node(0).port()), cluster.hosts());
            Map<String, String> after = info(cluster.node(0), "partition-generation", "peers-generation",
                    "rebalance-generation", "cluster-stable", "peers-clear-std", "replicas", "namespace/test");
            for (String gen : new String[] {"partition-generation", "peers-generation", "rebalance-generation"}) {
                assertTrue(Long.parseLong(after.get(gen)) > Long.parseLong(before.get(gen)), gen);
            }
            assertNotEquals(before.get("cluster-stable"), after.get("cluster-stable"));
            assertEquals(after.get("peers-generation") + ",3000,[]", after.get("peers-clear-std"));
            assertTrue(after.get("replicas").startsWith("test:0,1,////"), after.get("replicas"));
            assertTrue(after.get("namespace/test").contains("ns_cluster_size=1;effective_replication_factor=1;"));
            assertTrue(after.get("namespace/test").contains(";replication-factor=2;"));
            assertThrows(IllegalStateException.class, () -> cluster.stopNode(1));
        }
    }

    @Test
    void rackIdsAreAnsweredWhenRacksAreConfiguredAndReplicasUseAnotherRack() throws IOException {
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(4).replicationFactor(2)
                .rackId(0, 1).rackId(1, 1).rackId(2, 2).rackId(3, 2).build().start()) {
            assertEquals("test:2", info(cluster.node(3), "rack-ids").get("rack-ids"));
            Map<String, Integer> rackOf = new java.util.HashMap<>();
            for (int i = 0; i < 4; i++) {
                rackOf.put(cluster.node(i).nodeId(), i < 2 ? 1 : 2);
            }
            for (int pid = 0; pid < 4096; pid++) {
                assertNotEquals(rackOf.get(cluster.partitionOwner("test", pid, 0)),
                        rackOf.get(cluster.partitionOwner("test", pid, 1)), "partition " + pid);
            }
        }
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(2).build().start()) {
            assertEquals("ERROR:25:enterprise only", info(cluster.node(0), "rack-ids").get("rack-ids"));
        }
    }

    @Test
    void fixedBasePortGivesConsecutivePortsAndRestartKeepsPortAndId() throws IOException {
        EmbeddedCluster started = null;
        int base = 0;
        for (int attempt = 0; started == null && attempt < 5; attempt++) {
            try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
                base = probe.getLocalPort();
            }
            try {
                started = EmbeddedAerospike.cluster().nodes(2).basePort(base).build().start();
            } catch (java.io.UncheckedIOException portTaken) {
                assertTrue(portTaken.getMessage().startsWith("cannot bind"), portTaken.getMessage());
            }
        }
        assertNotNull(started, "no free pair of ports found");
        try (EmbeddedCluster cluster = started) {
            assertEquals(base, cluster.node(0).port());
            assertEquals(base + 1, cluster.node(1).port());
            String id = cluster.node(1).nodeId();
            cluster.restartNode(1);
            assertEquals(base + 1, cluster.node(1).port());
            assertEquals(id, info(cluster.node(1), "node").get("node"));
        }
    }
}
