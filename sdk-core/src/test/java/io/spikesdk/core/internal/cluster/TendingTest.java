package io.spikesdk.core.internal.cluster;

import io.spikesdk.core.internal.ClientInternals;
import io.spikesdk.api.Aerospike;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.ClusterListener;
import io.spikesdk.api.ClusterStats;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.LogLevel;
import io.spikesdk.api.NodeInfo;
import io.spikesdk.core.internal.SpikeClient;
import io.spikesdk.core.testing.FakeCluster;
import io.spikesdk.core.testing.FakeNode;
import io.spikesdk.core.testing.TcpProxy;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tending of a multi-node {@link FakeCluster}: discovery, removal, map publication, load-balanced seeds. */
class TendingTest {

    /** Records listener events as "added NAME" / "removed NAME (active)". */
    static final class Events implements ClusterListener {
        final List<String> seen = new CopyOnWriteArrayList<>();

        @Override
        public void nodeAdded(NodeInfo node) {
            seen.add("added " + node.name());
        }

        @Override
        public void nodeRemoved(NodeInfo node) {
            seen.add("removed " + node.name() + (node.active() ? " (active)" : ""));
        }
    }

    static SpikeClient client(int seedPort, UnaryOperator<ClientConfig.Builder> more) {
        ClientConfig.Builder b = ClientConfig.builder().hosts(Host.of("127.0.0.1", seedPort)).tendInterval(Duration.ofHours(1));
        SpikeClient c = new SpikeClient(more.apply(b).build());
        c.connect();
        return c;
    }

    private static Set<String> names(SpikeClient c) {
        return c.nodes().stream().map(NodeInfo::name).collect(Collectors.toSet());
    }

    private static Set<String> names(FakeCluster cluster) {
        return cluster.live().stream().map(FakeCluster::name).collect(Collectors.toSet());
    }

    /** Asserts every partition's master and replica are the nodes the fake cluster says. */
    private static void assertMapMatches(FakeCluster cluster, SpikeClient c) {
        PartitionMap.Partitions p = ClientInternals.cluster(c).partitionMap().partitions("test");
        for (int pid = 0; pid < 4096; pid++) {
            for (int column = 0; column < 2; column++) {
                assertEquals(FakeCluster.name(cluster.owner(pid, column)), p.node(column, pid).name(),
                        "partition " + pid + " column " + column);
            }
        }
    }

    @Test
    void oneSeedDiscoversEveryNodeThroughPeers() throws Exception {
        Events events = new Events();
        try (FakeCluster cluster = new FakeCluster(3, 2, "test");
             SpikeClient c = client(cluster.node(1).port(), b -> b.clusterListener(events))) {
            assertEquals(names(cluster), names(c));
            assertEquals(3, events.seen.size());
            assertTrue(events.seen.containsAll(List.of("added " + FakeCluster.name(0), "added " + FakeCluster.name(2))));
            for (NodeInfo info : c.nodes()) {
                assertEquals("127.0.0.1", info.host());
                assertTrue(info.active());
                assertEquals(NodeInfo.NO_RACK, info.rack());
            }
            assertEquals(c.nodes(), c.cluster().nodes());
            assertMapMatches(cluster, c);
        }
    }

    @Test
    void unchangedGenerationsRefreshNothing() throws Exception {
        try (FakeCluster cluster = new FakeCluster(3, 2, "test"); SpikeClient c = client(cluster.node(0).port(), b -> b)) {
            int[] before = new int[3];
            for (int i = 0; i < 3; i++) {
                before[i] = cluster.node(i).infoRequests().size();
            }
            ClientInternals.cluster(c).tend();
            for (int i = 0; i < 3; i++) {
                List<String> all = cluster.node(i).infoRequests();
                assertEquals(List.of("node", "peers-generation", "partition-generation"), all.subList(before[i], all.size()));
            }
        }
    }

    @Test
    void generationChangesRefreshPeersAndReplicas() throws Exception {
        try (FakeCluster cluster = new FakeCluster(3, 2, "test"); SpikeClient c = client(cluster.node(0).port(), b -> b)) {
            int before = cluster.node(2).infoRequests().size();
            cluster.rebalance();
            ClientInternals.cluster(c).tend();
            List<String> all = cluster.node(2).infoRequests();
            assertEquals(List.of("node", "peers-generation", "partition-generation", "peers-clear-std",
                    "partition-generation", "replicas"), all.subList(before, all.size()));
        }
    }

    @Test
    void killedNodeIsDroppedAtTheNextTend() throws Exception {
        Events events = new Events();
        try (FakeCluster cluster = new FakeCluster(3, 2, "test");
             SpikeClient c = client(cluster.node(0).port(), b -> b.clusterListener(events))) {
            PartitionMap before = ClientInternals.cluster(c).partitionMap();
            cluster.kill(2);
            ClientInternals.cluster(c).tend();
            assertEquals(names(cluster), names(c));
            assertEquals("removed " + FakeCluster.name(2), events.seen.get(3), "reported inactive");
            PartitionMap after = ClientInternals.cluster(c).partitionMap();
            assertNotSame(before, after);
            assertMapMatches(cluster, c);
            c.put(Key.of("test", "s", 1L), Bin.of("a", 1L));
        }
    }

    @Test
    void nodeStillListedByPeersIsDroppedAfterMaxTendFailures() throws Exception {
        try (FakeCluster cluster = new FakeCluster(3, 2, "test");
             SpikeClient c = client(cluster.node(0).port(), b -> b.maxTendFailures(3))) {
            cluster.killWithoutRebalance(2);
            ClientInternals.cluster(c).tend();
            ClientInternals.cluster(c).tend();
            assertEquals(3, c.nodes().size(), "2 failures: still kept, peers list it");
            ClientInternals.cluster(c).tend();
            assertEquals(names(cluster), names(c));
            PartitionMap.Partitions p = ClientInternals.cluster(c).partitionMap().partitions("test");
            for (int pid = 0; pid < 4096; pid++) {
                Node master = p.node(0, pid);
                assertTrue(master == null || !master.name().equals(FakeCluster.name(2)));
            }
        }
    }

    @Test
    void addedNodeIsDiscoveredThroughPeers() throws Exception {
        Events events = new Events();
        try (FakeCluster cluster = new FakeCluster(3, 2, "test");
             SpikeClient c = client(cluster.node(0).port(), b -> b.clusterListener(events))) {
            int added = cluster.add();
            ClientInternals.cluster(c).tend();
            assertEquals(4, c.nodes().size());
            assertEquals("added " + FakeCluster.name(added), events.seen.get(3));
            assertMapMatches(cluster, c);
        }
    }

    @Test
    void partitionMapIsPublishedWhole() throws Exception {
        try (FakeCluster cluster = new FakeCluster(3, 2, "test"); SpikeClient c = client(cluster.node(0).port(), b -> b)) {
            Cluster internal = ClientInternals.cluster(c);
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger holes = new AtomicInteger();
            Set<PartitionMap> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
            Thread reader = new Thread(() -> {
                while (!stop.get()) {
                    PartitionMap map = internal.partitionMap();
                    seen.add(map);
                    PartitionMap.Partitions p = map.partitions("test");
                    for (int pid = 0; pid < 4096; pid++) {
                        if (p.node(0, pid) == null || p.node(1, pid) == null) {
                            holes.incrementAndGet();
                        }
                    }
                }
            });
            reader.start();
            for (int i = 0; i < 6; i++) {
                int added = cluster.add();
                internal.tend();
                cluster.kill(added);
                internal.tend();
            }
            stop.set(true);
            reader.join();
            assertEquals(0, holes.get(), "a reader saw a partition without master or replica");
            assertTrue(seen.size() > 1, "the reader saw several maps");
        }
    }

    @Test
    void seedBehindALoadBalancerIsReplacedByItsAnnouncedAddress() throws Exception {
        Events events = new Events();
        try (FakeCluster cluster = new FakeCluster(2, 2, "test"); TcpProxy balancer = new TcpProxy(cluster.node(0).port());
             SpikeClient c = client(balancer.port(), b -> b.clusterListener(events))) {
            Set<Integer> ports = c.nodes().stream().map(NodeInfo::port).collect(Collectors.toSet());
            assertEquals(Set.of(cluster.node(0).port(), cluster.node(1).port()), ports, "peers' addresses, not the seed's");
            assertEquals(2, events.seen.size(), "the seed's stand-in is never announced: " + events.seen);
            int through = balancer.acceptedConnections();
            for (long k = 0; k < 20; k++) {
                c.put(Key.of("test", "s", k), Bin.of("a", k));
            }
            ClientInternals.cluster(c).tend();
            assertEquals(through, balancer.acceptedConnections(), "no command or tend goes through the balancer");
            assertEquals(20, cluster.node(0).messageCount() + cluster.node(1).messageCount());
        }
    }

    @Test
    void alternatePeersWhenConfigured() throws Exception {
        try (FakeCluster cluster = new FakeCluster(2, 2, "test");
             SpikeClient c = client(cluster.node(0).port(), b -> b.useServicesAlternate(true))) {
            assertEquals(2, c.nodes().size());
            List<String> asked = cluster.node(0).infoRequests();
            assertTrue(asked.contains("peers-clear-alt"));
            assertFalse(asked.contains("peers-clear-std"));
        }
    }

    @Test
    void clusterNameMismatchRefusesTheNodeWithALogLine() throws Exception {
        List<String> logs = new CopyOnWriteArrayList<>();
        Aerospike.setLogHandler((level, message) -> logs.add(level + " " + message));
        try (FakeCluster cluster = new FakeCluster(2, 2, "test")) {
            cluster.node(0).setInfo("cluster-name", "prod");
            cluster.node(1).setInfo("cluster-name", "staging");
            try (SpikeClient c = client(cluster.node(0).port(), b -> b.clusterName("prod"))) {
                assertEquals(Set.of(FakeCluster.name(0)), names(c));
                String refusal = "WARN refusing node " + FakeCluster.name(1) + " at ";
                assertTrue(logs.stream().anyMatch(l -> l.startsWith(refusal)
                        && l.contains("belongs to cluster 'staging', expected 'prod'")), logs.toString());
                assertTrue(cluster.node(0).infoRequests().contains("cluster-name"));

                cluster.node(0).setInfo("cluster-name", "other");
                ClientInternals.cluster(c).tend();
                assertTrue(c.nodes().isEmpty(), "a node whose cluster name changes is dropped");
                assertTrue(logs.stream().anyMatch(l -> l.startsWith("WARN refusing node " + FakeCluster.name(0))));
            }
        } finally {
            Aerospike.setLogHandler(null);
            Aerospike.setLogLevel(LogLevel.WARN);
        }
    }

    @Test
    void lostClusterIsReseeded() throws Exception {
        try (FakeNode node = new FakeNode("N1", "test");
             SpikeClient c = client(node.port(), b -> b.maxTendFailures(1))) {
            node.setInfo("node", "N2");
            ClientInternals.cluster(c).tend();
            assertTrue(c.nodes().isEmpty(), "a node that changes its name is dropped");
            ClientInternals.cluster(c).tend();
            assertEquals(Set.of("N2"), names(c), "the next tend validates the seed again");
        }
    }

    @Test
    void statsCountCommandsAndConnections() throws Exception {
        try (FakeCluster cluster = new FakeCluster(3, 2, "test"); SpikeClient c = client(cluster.node(0).port(), b -> b)) {
            for (long k = 0; k < 30; k++) {
                c.put(Key.of("test", "s", k), Bin.of("a", k));
            }
            ClusterStats stats = c.cluster().stats();
            assertEquals(3, stats.nodes().size());
            assertEquals(30, stats.commands());
            assertEquals(0, stats.errors());
            assertEquals(0, stats.timeouts());
            assertEquals(0, stats.connectionsInUse());
            assertTrue(stats.connectionsIdle() >= 3, stats.toString());
            Set<String> named = new HashSet<>();
            stats.nodes().forEach(s -> named.add(s.node().name()));
            assertEquals(names(cluster), named);
        }
    }
}
