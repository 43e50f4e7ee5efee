package io.spikesdk.core.internal.cluster;

import io.spikesdk.core.internal.ClientInternals;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.InvalidNamespaceException;
import io.spikesdk.api.Key;
import io.spikesdk.api.ParameterException;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.SerializationException;
import io.spikesdk.core.internal.SpikeClient;
import io.spikesdk.core.testing.FakeNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterTest {

    private static SpikeClient client(FakeNode node, ClientConfig.Builder b) {
        return new SpikeClient(b.hosts(Host.of("127.0.0.1", node.port())).tendInterval(Duration.ofHours(1)).build());
    }

    private static SpikeClient client(FakeNode node) {
        return client(node, ClientConfig.builder());
    }

    @Test
    void connectRunsTheOfficialTendSequence() throws Exception {
        try (FakeNode node = new FakeNode("N1", "test"); SpikeClient c = client(node)) {
            c.connect();
            assertEquals(List.of("node", "partition-generation", "features", "peers-clear-std", "partition-generation", "replicas"),
                    node.infoRequests());
            ClientInternals.cluster(c).tend();
            assertEquals(List.of("node", "peers-generation", "partition-generation"), node.infoRequests().subList(6, 9),
                    "nothing changed: no peers or replicas refresh");
            assertEquals(9, node.infoRequests().size());
        }
    }

    @Test
    void partitionGenerationChangeRefreshesTheMap() throws Exception {
        try (FakeNode node = new FakeNode("N1", "test", "bar"); SpikeClient c = client(node)) {
            c.connect();
            PartitionMap before = ClientInternals.cluster(c).partitionMap();
            assertNotNull(before.partitions("bar"));
            node.setInfo("partition-generation", "7");
            node.setInfo("replicas", "test:0,1," + FakeNode.ALL_OWNED);
            ClientInternals.cluster(c).tend();
            PartitionMap after = ClientInternals.cluster(c).partitionMap();
            assertNull(after.partitions("bar"), "bar is no longer announced");
            assertNotNull(before.partitions("bar"), "the old snapshot is untouched");
            int count = node.messageCount();
            assertThrows(InvalidNamespaceException.class, () -> c.get(Key.of("bar", "s", 1L)));
            assertEquals(count, node.messageCount(), "nothing sent for an unknown namespace");
        }
    }

    @Test
    void peersAreAddedAsNodes() throws Exception {
        try (FakeNode first = new FakeNode("N1", "test"); FakeNode second = new FakeNode("N2", "test");
             SpikeClient c = client(first)) {
            first.setInfo("peers-clear-std", "3,3000,[[N2,,[127.0.0.1:" + second.port() + "]]]");
            second.setInfo("peers-clear-std", "3,3000,[[N1,,[127.0.0.1:" + first.port() + "]]]");
            c.connect();
            Node[] nodes = ClientInternals.cluster(c).nodes();
            assertEquals(2, nodes.length);
            assertEquals("N2", nodes[1].name());
        }
    }

    @Test
    void unknownNamespaceFailsClientSideLikeTheOfficialClient() throws Exception {
        try (FakeNode node = new FakeNode("N1", "test"); SpikeClient c = client(node)) {
            c.connect();
            InvalidNamespaceException e = assertThrows(InvalidNamespaceException.class,
                    () -> c.put(Key.of("nosuchns", "s", "k"), Bin.of("a", 1L)));
            assertEquals(ResultCode.INVALID_NAMESPACE, e.resultCode());
            assertTrue(e.getMessage().contains("Namespace not found in partition map: nosuchns"), e.getMessage());
            assertEquals(0, node.messageCount());
        }
    }

    @Test
    void unsupportedValuesFailBeforeAnythingIsSent() throws Exception {
        try (FakeNode node = new FakeNode("N1", "test"); SpikeClient c = client(node)) {
            c.connect();
            Key key = Key.of("test", "s", "k");
            assertThrows(SerializationException.class, () -> c.put(key, Bin.of("l", List.of(1L, new Object()))));
            assertThrows(SerializationException.class, () -> c.put(key, Bin.of("m", Map.of("k", List.of(Thread.State.NEW)))));
            assertThrows(SerializationException.class, () -> c.put(key, Map.of("x", new StringBuilder())));
            assertEquals(0, node.messageCount());
        }
    }

    @Test
    void clusterNameIsChecked() throws Exception {
        try (FakeNode node = new FakeNode("N1", "test")) {
            node.setInfo("cluster-name", "prod");
            try (SpikeClient wrong = client(node, ClientConfig.builder().clusterName("dev"))) {
                AerospikeException e = assertThrows(AerospikeException.class, wrong::connect);
                assertEquals(ResultCode.SERVER_NOT_AVAILABLE, e.resultCode());
                assertTrue(e.getMessage().contains("expected 'dev'"), e.getMessage());
            }
            try (SpikeClient right = client(node, ClientConfig.builder().clusterName("prod"))) {
                right.connect();
                assertTrue(node.infoRequests().contains("cluster-name"));
            }
        }
    }

    @Test
    void nodesWithoutPscansOrUninitialisedAreRejected() throws Exception {
        try (FakeNode node = new FakeNode("N1", "test")) {
            node.setInfo("features", "peers;replicas");
            try (SpikeClient c = client(node)) {
                assertTrue(assertThrows(AerospikeException.class, c::connect).getMessage().contains("pscans"));
            }
            node.setInfo("features", "pscans");
            node.setInfo("partition-generation", "-1");
            try (SpikeClient c = client(node)) {
                assertTrue(assertThrows(AerospikeException.class, c::connect).getMessage().contains("not initialised"));
            }
        }
    }

    @Test
    void noReachableSeed() throws Exception {
        int port;
        try (FakeNode node = new FakeNode("N1", "test")) {
            port = node.port();
        }
        try (AerospikeClient c = new SpikeClient(ClientConfig.builder().hosts(Host.of("127.0.0.1", port))
                .connectTimeout(Duration.ofMillis(500)).build())) {
            AerospikeException e = assertThrows(AerospikeException.class, c::connect);
            assertEquals(ResultCode.SERVER_NOT_AVAILABLE, e.resultCode());
        }
    }

    @Test
    void infoCommandsAndErrors() throws Exception {
        try (FakeNode node = new FakeNode("N1", "test"); SpikeClient c = client(node)) {
            assertEquals("8.1.2.0", c.info("build"));
            Map<String, String> both = c.info("build", "node");
            assertEquals(Map.of("build", "8.1.2.0", "node", "N1"), both);
            ParameterException e = assertThrows(ParameterException.class, () -> c.info("nosuchcommand"));
            assertTrue(e.getMessage().contains("unrecognized command"), e.getMessage());
            node.setInfo("sindex/test/x", "ERROR:201:no index");
            assertEquals(ResultCode.fromCode(201), assertThrows(AerospikeException.class, () -> c.info("sindex/test/x")).resultCode());
            node.setInfo("broken", "ERROR::something failed");
            assertEquals(ResultCode.SERVER_ERROR, assertThrows(AerospikeException.class, () -> c.info("broken")).resultCode());
        }
    }
}
