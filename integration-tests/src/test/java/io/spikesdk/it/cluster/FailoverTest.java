package io.spikesdk.it.cluster;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClusterListener;
import io.spikesdk.api.Key;
import io.spikesdk.api.NodeInfo;
import io.spikesdk.api.Policy;
import io.spikesdk.api.Record;
import io.spikesdk.api.Replica;
import io.spikesdk.testkit.ActivityEntry;
import io.spikesdk.testkit.CommandKind;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.EmbeddedCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Our client against a 3-node RF=2 embedded cluster under a steady load from several threads, while a
 * node is killed or added: no acknowledged write is lost, in-doubt writes are flagged, reads re-route
 * within two tend intervals, and closing the client leaves no thread or socket behind.
 */
@Timeout(60)
class FailoverTest {
    /** Two tend intervals, plus scheduling slack for a loaded CI machine. */
    private static final long REROUTE_BOUND_MS = 2 * ClusterHarness.TEND.toMillis() + 250;
    /** Writes the load must complete before a topology change, and again after it (not a time: CI speed varies). */
    private static final long LOAD_STEP = 300;
    /** Only a hung load takes this long; a normal run reaches each step in well under a second. */
    private static final long LOAD_DEADLINE_MS = 30_000;
    private static final Policy MASTER_ONCE = Policy.builder().replica(Replica.MASTER).maxRetries(0).build();

    @Test
    void killingANodeUnderLoadLosesNoAcknowledgedWrite() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        ClusterListener listener = new ClusterListener() {
            @Override
            public void nodeRemoved(NodeInfo node) {
                events.add("removed " + node.name());
            }
        };
        try (EmbeddedCluster cluster = ClusterHarness.start()) {
            long threadsBefore = ClusterHarness.tendThreads();
            AerospikeClient client = Aerospike.client(ClusterHarness.config(cluster).clusterListener(listener).build()).connect();
            assertEquals(3, client.nodes().size());
            String victim = cluster.node(1).nodeId();
            Key probe = ClusterHarness.keyOn(cluster, "it_probe", victim, 0);
            client.put(probe, Bin.of("v", 7L));

            Load load = new Load(client, "it_kill", 4);
            awaitWrites(load, LOAD_STEP);
            long before = load.writes();
            cluster.killNode(1);
            long killedAt = System.nanoTime();

            long reroute = ClusterHarness.await(() -> readsThroughTheMaster(client, probe), REROUTE_BOUND_MS,
                    "a MASTER read of a key mastered by the killed node succeeds");
            long dropped = ClusterHarness.await(() -> client.nodes().stream().noneMatch(n -> n.name().equals(victim)),
                    REROUTE_BOUND_MS, "the client drops the killed node");
            String newMaster = ClusterHarness.owner(cluster, probe, 0);
            List<ActivityEntry> probeReads = ClusterHarness.activity(cluster, probe, CommandKind.READ);
            ActivityEntry last = probeReads.get(probeReads.size() - 1);
            assertEquals(newMaster, last.receivedBy(), "re-routed to the new master: " + last);
            assertFalse(last.proxied());

            awaitWrites(load, load.writes() + LOAD_STEP);
            load.stop();
            assertTrue(load.writes() > before, "the load continued after the kill: " + load);
            assertTrue(load.wrongReads.isEmpty(), "reads of acknowledged writes: " + load.wrongReads);
            assertEquals("removed " + victim, events.get(0));

            for (Map.Entry<Key, Long> e : load.acknowledged.entrySet()) {
                Record r = client.get(e.getKey());
                assertNotNull(r, "acknowledged write lost: " + e.getKey());
                assertEquals(e.getValue(), r.getLong("v"));
            }
            for (Map.Entry<Key, AerospikeException> e : load.notApplied.entrySet()) {
                assertNull(client.get(e.getKey()), "a write reported as not applied exists: " + e.getValue());
            }
            for (AerospikeException e : load.inDoubt.values()) {
                assertTrue(e.inDoubt());
            }
            System.out.printf("kill under load: %s; MASTER reads re-routed after %d ms, node dropped after %d ms "
                    + "(tend interval %d ms)%n", load, reroute, dropped, ClusterHarness.TEND.toMillis());
            assertTrue((System.nanoTime() - killedAt) / 1_000_000 < 30_000);

            client.close();
            assertLeakFree(cluster, threadsBefore);
        }
    }

    @Test
    void addingANodeUnderLoadSpreadsTheData() throws Exception {
        try (EmbeddedCluster cluster = ClusterHarness.start()) {
            long threadsBefore = ClusterHarness.tendThreads();
            AerospikeClient client = Aerospike.client(ClusterHarness.config(cluster).build()).connect();
            Load load = new Load(client, "it_add", 4);
            awaitWrites(load, LOAD_STEP);
            EmbeddedAerospike added = cluster.addNode();
            long seen = ClusterHarness.await(() -> client.nodes().stream().anyMatch(n -> n.name().equals(added.nodeId())),
                    REROUTE_BOUND_MS, "the client finds the added node through peers");
            Key moved = ClusterHarness.keyOn(cluster, "it_probe", added.nodeId(), 0);
            client.put(moved, Bin.of("v", 1L));
            long reroute = ClusterHarness.await(() -> readsThroughTheMaster(client, moved), REROUTE_BOUND_MS,
                    "a MASTER read of a key moved to the new node succeeds");
            awaitWrites(load, load.writes() + LOAD_STEP);
            load.stop();

            assertTrue(load.wrongReads.isEmpty(), load.wrongReads.toString());
            assertTrue(load.notApplied.isEmpty() && load.inDoubt.isEmpty(), "no write fails when a node joins: " + load);
            for (Map.Entry<Key, Long> e : load.acknowledged.entrySet()) {
                assertEquals(e.getValue(), client.get(e.getKey()).getLong("v"));
            }
            long servedByNew = added.activity().stream()
                    .filter(e -> e.kind() != CommandKind.INFO && !e.proxied()).count();
            assertTrue(servedByNew > 0, "the new node serves commands directly");
            System.out.printf("add under load: %s; node seen after %d ms, MASTER read of a moved key after %d ms%n",
                    load, seen, reroute);
            client.close();
            assertLeakFree(cluster, threadsBefore);
        }
    }

    private static void awaitWrites(Load load, long writes) {
        ClusterHarness.await(() -> load.writes() >= writes, LOAD_DEADLINE_MS, writes + " writes of the load: " + load);
    }

    private static boolean readsThroughTheMaster(AerospikeClient client, Key key) {
        try {
            return client.get(MASTER_ONCE, key) != null;
        } catch (AerospikeException e) {
            return false;
        }
    }

    private static void assertLeakFree(EmbeddedCluster cluster, long threadsBefore) {
        assertEquals(threadsBefore, ClusterHarness.tendThreads(), "tend thread stopped");
        for (EmbeddedAerospike node : cluster.nodes()) {
            if (node.isRunning()) {
                ClusterHarness.await(() -> node.connectionCount() == 0, 5000, "node " + node.nodeId() + " sees no client socket");
            }
        }
    }
}
