package io.spikesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Info;
import com.aerospike.client.Key;
import com.aerospike.client.Record;
import com.aerospike.client.policy.Policy;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.InfoCodec;
import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.testkit.support.ClusterSupport;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Killing, stopping, restarting and adding nodes under the official client: acknowledged writes survive. */
@Timeout(60)
class ClusterMembershipTest {
    private static final int KEYS = 1000;

    private static Key key(int i) {
        return new Key("test", "members", i);
    }

    private static void writeAll(AerospikeClient client) {
        for (int i = 0; i < KEYS; i++) {
            client.put(null, key(i), new Bin("v", i));
        }
    }

    private static void assertAllReadable(AerospikeClient client) {
        Policy policy = new Policy(client.readPolicyDefault);
        policy.maxRetries = 4;
        for (int i = 0; i < KEYS; i++) {
            Record r = client.get(policy, key(i));
            assertNotNull(r, "key " + i + " lost");
            assertEquals(i, r.getInt("v"));
        }
    }

    /** Records across all running nodes: with RF copies of every partition, RF × keys. */
    private static long storedCopies(EmbeddedCluster cluster) {
        long total = 0;
        for (EmbeddedAerospike n : cluster.nodes()) {
            if (n.isRunning()) {
                String sets = Info.request(n.host(), n.port(), "sets/test/members");
                total += sets.isEmpty() ? 0 : Long.parseLong(sets.replaceAll("^objects=(\\d+):.*", "$1"));
            }
        }
        return total;
    }

    @Test
    void killingANodeLosesNoAcknowledgedWriteWithReplicationFactorTwo() {
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(3).replicationFactor(2).build().start();
                AerospikeClient client = ClusterSupport.connect(cluster)) {
            ClusterSupport.awaitNodes(client, 3);
            writeAll(client);
            assertEquals(2L * KEYS, storedCopies(cluster));
            cluster.killNode(1);
            assertEquals(2L * KEYS, storedCopies(cluster), "re-replicated before killNode returned");
            ClusterSupport.awaitNodes(client, 2);
            assertAllReadable(client);
            assertTrue(cluster.activity().stream().filter(e -> e.kind() == CommandKind.READ)
                    .allMatch(e -> e.resultCode() == 0));
        }
    }

    @Test
    void addedNodeTakesItsShareAndTheClientSeesFourNodes() {
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(3).replicationFactor(2).build().start();
                AerospikeClient client = ClusterSupport.connect(cluster)) {
            ClusterSupport.awaitNodes(client, 3);
            writeAll(client);
            String generation = Info.request(cluster.node(0).host(), cluster.node(0).port(), "partition-generation");
            EmbeddedAerospike added = cluster.addNode();
            assertEquals(4, cluster.nodes().size());
            assertTrue(Long.parseLong(Info.request(added.host(), added.port(), "partition-generation"))
                    > Long.parseLong(generation));
            String ns = Info.request(added.host(), added.port(), "namespace/test");
            long masters = Long.parseLong(ns.replaceAll(".*;master_objects=(\\d+);.*", "$1"));
            assertTrue(masters > KEYS / 8, "new node masters " + masters);
            assertEquals(2L * KEYS, storedCopies(cluster), "moved partitions dropped by their old owners");
            ClusterSupport.awaitNodes(client, 4);
            cluster.clearActivity();
            assertAllReadable(client);
            assertTrue(added.activity().stream().anyMatch(e -> e.kind() == CommandKind.READ && !e.proxied()));
        }
    }

    @Test
    void stoppedThenRestartedNodeComesBackOnItsPortAndIsRefilled() {
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(3).replicationFactor(2).build().start();
                AerospikeClient client = ClusterSupport.connect(cluster)) {
            ClusterSupport.awaitNodes(client, 3);
            writeAll(client);
            EmbeddedAerospike node = cluster.node(2);
            int port = node.port();
            String id = node.nodeId();
            cluster.stopNode(2);
            ClusterSupport.awaitNodes(client, 2);
            assertAllReadable(client);
            cluster.restartNode(2);
            assertEquals(port, cluster.node(2).port());
            assertEquals(id, cluster.node(2).nodeId());
            assertEquals(2L * KEYS, storedCopies(cluster));
            ClusterSupport.awaitNodes(client, 3);
            Set<String> names = new HashSet<>();
            for (com.aerospike.client.cluster.Node n : client.getNodes()) {
                names.add(n.getName());
            }
            assertTrue(names.contains(id));
            assertAllReadable(client);
        }
    }

    @Test
    void killResetsClientConnectionsWhileStopClosesThem() throws IOException {
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(3).build().start();
                Socket toKill = connected(cluster.node(1)); Socket toStop = connected(cluster.node(2))) {
            cluster.killNode(1);
            assertThrows(SocketException.class, () -> toKill.getInputStream().read(), "connection reset");
            cluster.stopNode(2);
            assertEquals(-1, toStop.getInputStream().read(), "orderly close");
            assertEquals(1, cluster.hosts().size());
            assertEquals(false, cluster.node(1).isRunning());
        }
    }

    private static Socket connected(EmbeddedAerospike node) throws IOException {
        Socket s = new Socket(node.host(), node.port());
        s.setSoTimeout(5_000);
        s.getOutputStream().write(InfoCodec.requestFrame("node"));
        byte[] header = new byte[8];
        new java.io.DataInputStream(s.getInputStream()).readFully(header);
        s.getInputStream().readNBytes((int) Proto.bodyLength(Bytes.getLong(header, 0)));
        return s;
    }

    @Test
    void withReplicationFactorOneAKilledNodeTakesItsPartitionsWithIt() {
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(2).replicationFactor(1).build().start();
                AerospikeClient client = ClusterSupport.connect(cluster)) {
            ClusterSupport.awaitNodes(client, 2);
            writeAll(client);
            assertEquals(KEYS, storedCopies(cluster));
            cluster.killNode(0);
            long left = storedCopies(cluster);
            assertTrue(left > 0 && left < KEYS, "survivors: " + left);
            cluster.awaitStable();
        }
    }
}
