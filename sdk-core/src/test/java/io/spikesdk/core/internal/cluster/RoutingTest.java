package io.spikesdk.core.internal.cluster;

import io.spikesdk.core.internal.ClientInternals;
import io.spikesdk.api.Bin;
import io.spikesdk.api.CommandTimeoutException;
import io.spikesdk.api.Key;
import io.spikesdk.api.NodeInfo;
import io.spikesdk.api.Policy;
import io.spikesdk.api.ReadModeAP;
import io.spikesdk.api.Replica;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.core.internal.SpikeClient;
import io.spikesdk.core.testing.FakeCluster;
import io.spikesdk.core.testing.FakeNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which node each replica policy sends a command to, on a 3-node RF=2 {@link FakeCluster}. */
class RoutingTest {
    private static final Key KEY = Key.of("test", "s", "routing");
    private FakeCluster cluster;
    private SpikeClient client;
    private int master;
    private int replica;

    @BeforeEach
    void start() throws Exception {
        cluster = new FakeCluster(3, 2, "test");
        client = TendingTest.client(cluster.node(0).port(), b -> b);
        master = cluster.owner(KEY.partitionId(), 0);
        replica = cluster.owner(KEY.partitionId(), 1);
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        cluster.close();
    }

    private int[] counts() {
        int[] counts = new int[cluster.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = cluster.node(i).messageCount();
        }
        return counts;
    }

    /** Expected per-node message counts: {@code master}, {@code replica}, and 0 for the third node. */
    private int[] expect(int onMaster, int onReplica) {
        int[] expected = new int[3];
        expected[master] = onMaster;
        expected[replica] = onReplica;
        return expected;
    }

    private static Policy read(Replica replica, int retries) {
        return Policy.builder().replica(replica).maxRetries(retries).socketTimeout(250).totalTimeout(0).build();
    }

    @Test
    void masterReadsAlwaysGoToTheMaster() {
        for (int i = 0; i < 10; i++) {
            client.get(read(Replica.MASTER, 0), KEY);
        }
        assertArrayEquals(expect(10, 0), counts());
    }

    @Test
    void masterRetriesStayOnTheMaster() throws InterruptedException {
        cluster.node(master).respondWith((f, i) -> FakeNode.Action.stall());
        CommandTimeoutException e = assertThrows(CommandTimeoutException.class, () -> client.get(read(Replica.MASTER, 2), KEY));
        assertEquals(3, e.attempts());
        assertEquals(3, cluster.node(master).awaitMessages(3, 2000));
        assertArrayEquals(expect(3, 0), counts());
    }

    @Test
    void sequenceStartsAtTheMasterAndRetriesOnTheReplica() {
        assertNotNull(client.get(read(Replica.SEQUENCE, 2), KEY));
        assertArrayEquals(expect(1, 0), counts());
        cluster.node(master).respondWith((f, i) -> FakeNode.Action.stall());
        assertNotNull(client.get(read(Replica.SEQUENCE, 2), KEY), "the replica answers the retry");
        assertArrayEquals(expect(2, 1), counts());
        assertEquals(1, ClientInternals.cluster(client).nodes()[indexOf(master)].metrics().timeouts());
    }

    @Test
    void sequenceAlternatesBetweenTheCopiesWhileRetriesLast() throws InterruptedException {
        cluster.node(master).respondWith((f, i) -> FakeNode.Action.stall());
        cluster.node(replica).respondWith((f, i) -> FakeNode.Action.stall());
        CommandTimeoutException e = assertThrows(CommandTimeoutException.class, () -> client.get(read(Replica.SEQUENCE, 3), KEY));
        assertEquals(4, e.attempts());
        cluster.node(replica).awaitMessages(2, 2000);
        assertArrayEquals(expect(2, 2), counts());
        assertEquals(4, client.cluster().stats().timeouts());
    }

    @Test
    void anySpreadsReadsOverMasterAndReplica() {
        for (int i = 0; i < 20; i++) {
            client.get(read(Replica.ANY, 0), KEY);
        }
        assertArrayEquals(expect(10, 10), counts());
    }

    @Test
    void writesGoToTheMasterWhateverTheReplicaPolicy() {
        for (Replica r : Replica.values()) {
            client.put(WritePolicy.builder().replica(r).build(), KEY, Bin.of("a", 1L));
        }
        assertArrayEquals(expect(Replica.values().length, 0), counts());
    }

    @Test
    void sequenceWriteRetryMovesToTheReplicaWhichProxies() {
        cluster.node(master).respondWith((f, i) -> FakeNode.Action.reply(FakeNode.reply(14, 0, 0)));
        client.put(WritePolicy.builder().replica(Replica.SEQUENCE).maxRetries(1).build(), KEY, Bin.of("a", 1L));
        assertArrayEquals(expect(1, 1), counts());
    }

    @Test
    void preferRackReadsGoToACopyOnTheClientsRack() throws Exception {
        for (int i = 0; i < 3; i++) {
            cluster.node(i).setInfo("rebalance-generation", "1");
            cluster.node(i).setInfo("rack-ids", "test:" + (i == replica ? 2 : 1));
        }
        try (SpikeClient racked = TendingTest.client(cluster.node(0).port(), b -> b.rackAware(true).rackIds(2))) {
            Map<String, Integer> racks = Map.of("test", 2);
            assertTrue(racked.nodes().stream().anyMatch(n -> n.racks().equals(racks) && n.rack() == 2));
            int[] before = counts();
            for (int i = 0; i < 5; i++) {
                racked.get(read(Replica.PREFER_RACK, 0), KEY);
            }
            int[] after = counts();
            assertEquals(5, after[replica] - before[replica], "the replica is on rack 2");
            assertEquals(before[master], after[master]);

            int elsewhereMaster = (replica + 1) % 3;
            Key elsewhere = keyOwnedBy(elsewhereMaster, (replica + 2) % 3);
            int[] mid = counts();
            racked.get(read(Replica.PREFER_RACK, 0), elsewhere);
            assertEquals(mid[elsewhereMaster] + 1, counts()[elsewhereMaster], "no copy on rack 2: the master, as SEQUENCE");

            racked.get(read(Replica.SEQUENCE, 0), KEY);
            assertEquals(before[master] + 1, counts()[master], "only PREFER_RACK looks at racks");
        }
    }

    @Test
    void racksFollowTheRebalanceGeneration() throws Exception {
        for (int i = 0; i < 3; i++) {
            cluster.node(i).setInfo("rebalance-generation", "1");
            cluster.node(i).setInfo("rack-ids", "test:1");
        }
        try (SpikeClient racked = TendingTest.client(cluster.node(0).port(), b -> b.rackAware(true).rackIds(3))) {
            assertTrue(racked.nodes().stream().allMatch(n -> n.rack() == 1));
            cluster.node(1).setInfo("rack-ids", "test:3");
            ClientInternals.cluster(racked).tend();
            assertTrue(racked.nodes().stream().allMatch(n -> n.rack() == 1), "same rebalance generation: not asked");
            cluster.node(1).setInfo("rebalance-generation", "2");
            ClientInternals.cluster(racked).tend();
            assertEquals(3, racked.nodes().stream().filter(n -> n.name().equals(FakeCluster.name(1))).findFirst()
                    .orElseThrow().rack());
        }
    }

    @Test
    void nodeAnsweringErrorToRackIdsHasNoRack() throws Exception {
        for (int i = 0; i < 3; i++) {
            cluster.node(i).setInfo("rebalance-generation", "1");
            cluster.node(i).setInfo("rack-ids", "ERROR:25:enterprise only");
        }
        try (SpikeClient racked = TendingTest.client(cluster.node(0).port(), b -> b.rackAware(true).rackIds(1))) {
            assertTrue(racked.nodes().stream().allMatch(n -> n.rack() == NodeInfo.NO_RACK));
            int[] before = counts();
            racked.get(read(Replica.PREFER_RACK, 0), KEY);
            assertEquals(before[master] + 1, counts()[master], "no racks: PREFER_RACK behaves as SEQUENCE");
            assertTrue(cluster.node(0).infoRequests().contains("rebalance-generation"));
        }
    }

    @Test
    void readModeApAllSetsTheInfo1Bit() throws Exception {
        client.get(Policy.builder().readModeAP(ReadModeAP.ALL).build(), KEY);
        assertEquals(0x40, cluster.node(master).nextRequest()[9] & 0x40);
        client.get(Policy.builder().readModeAP(ReadModeAP.ONE).build(), KEY);
        assertEquals(0, cluster.node(master).nextRequest()[9] & 0x40);
    }

    private int indexOf(int fakeIndex) {
        Node[] nodes = ClientInternals.cluster(client).nodes();
        for (int i = 0; i < nodes.length; i++) {
            if (nodes[i].name().equals(FakeCluster.name(fakeIndex))) {
                return i;
            }
        }
        throw new AssertionError("no node " + fakeIndex);
    }

    private Key keyOwnedBy(int masterIndex, int replicaIndex) {
        for (long k = 0; k < 100_000; k++) {
            Key key = Key.of("test", "s", k);
            if (cluster.owner(key.partitionId(), 0) == masterIndex && cluster.owner(key.partitionId(), 1) == replicaIndex) {
                return key;
            }
        }
        throw new AssertionError("no key with master " + masterIndex + " and replica " + replicaIndex);
    }
}
