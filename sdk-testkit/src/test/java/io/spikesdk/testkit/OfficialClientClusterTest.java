package io.spikesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Info;
import com.aerospike.client.Key;
import com.aerospike.client.Record;
import com.aerospike.client.cluster.Node;
import com.aerospike.client.policy.WritePolicy;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.core.internal.protocol.OpType;
import io.spikesdk.api.ParticleType;
import io.spikesdk.testkit.support.ClusterSupport;
import io.spikesdk.testkit.support.Frames;
import io.spikesdk.testkit.support.RawConnection;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The official client tends a 3-node RF=2 embedded cluster and routes each key to the master our replicas name. */
class OfficialClientClusterTest {
    private static final int KEYS = 300;
    private static EmbeddedCluster cluster;
    private static AerospikeClient client;

    @BeforeAll
    static void start() {
        cluster = EmbeddedAerospike.cluster().nodes(3).replicationFactor(2).build().start();
        client = ClusterSupport.connect(cluster);
        ClusterSupport.awaitNodes(client, 3);
    }

    @AfterAll
    static void stop() {
        client.close();
        cluster.close();
    }

    @BeforeEach
    void clearLogs() {
        cluster.clearActivity();
    }

    @Test
    void tendsAllThreeNodesFromOneSeed() {
        Set<String> names = new HashSet<>();
        for (Node n : client.getNodes()) {
            names.add(n.getName());
        }
        Set<String> expected = new HashSet<>();
        cluster.nodes().forEach(n -> expected.add(n.nodeId()));
        assertEquals(expected, names);
        assertEquals(3, client.getNodes().length);
    }

    @Test
    void everyWriteAndReadIsServedByTheMasterWithoutProxying() {
        List<Key> keys = new ArrayList<>();
        for (int i = 0; i < KEYS; i++) {
            Key key = new Key("test", "route", "k" + i);
            keys.add(key);
            client.put(null, key, new Bin("v", i));
        }
        for (int i = 0; i < KEYS; i++) {
            Record r = client.get(null, keys.get(i));
            assertEquals(i, r.getInt("v"));
        }
        Set<String> mastersUsed = new HashSet<>();
        for (Key key : keys) {
            String master = cluster.partitionOwner("test", key.digest, 0);
            mastersUsed.add(master);
            EmbeddedAerospike node = nodeById(master);
            List<ActivityEntry> served = node.activity().stream().filter(e -> e.hasDigest(key.digest)).toList();
            assertEquals(List.of(CommandKind.WRITE, CommandKind.READ), served.stream().map(ActivityEntry::kind).toList(),
                    "key " + key.userKey + " at master " + master);
            for (ActivityEntry e : served) {
                assertFalse(e.proxied(), e.toString());
                assertEquals(0, e.resultCode());
                assertEquals("test", e.namespace());
                assertEquals(((key.digest[0] & 0xFF) | (key.digest[1] & 0xFF) << 8) & 0xFFF, e.partitionId());
            }
        }
        assertEquals(3, mastersUsed.size());
        assertTrue(cluster.activity().stream().noneMatch(ActivityEntry::proxied));
        assertEquals(2L * KEYS, cluster.activity().stream().filter(e -> e.kind() != CommandKind.INFO).count());
    }

    @Test
    void everyWriteIsOnMasterAndReplicaAndDeletesReplicateToo() {
        Key[] keys = new Key[100];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = new Key("test", "copies", i);
            client.put(null, keys[i], new Bin("v", i));
        }
        assertEquals(2 * keys.length, setObjects("copies"));
        WritePolicy commitMaster = new WritePolicy(client.writePolicyDefault);
        commitMaster.commitLevel = com.aerospike.client.policy.CommitLevel.COMMIT_MASTER;
        client.put(commitMaster, new Key("test", "copies", "cm"), new Bin("v", 1));
        assertEquals(2 * keys.length + 2, setObjects("copies"));
        for (Key key : keys) {
            assertTrue(client.delete(null, key));
        }
        assertEquals(2, setObjects("copies"));
        long masters = 0;
        for (Node n : client.getNodes()) {
            String ns = Info.request(null, n, "namespace/test");
            masters += Long.parseLong(ns.replaceAll(".*;master_objects=(\\d+);.*", "$1"));
        }
        assertTrue(masters >= 1);
    }

    @Test
    void aCommandSentToANodeThatDoesNotOwnThePartitionIsProxiedToTheMaster() throws IOException {
        Key key = new Key("test", "raw", "proxied");
        String master = cluster.partitionOwner("test", key.digest, 0);
        String replica = cluster.partitionOwner("test", key.digest, 1);
        EmbeddedAerospike stranger = cluster.nodes().stream()
                .filter(n -> !n.nodeId().equals(master) && !n.nodeId().equals(replica)).findFirst().orElseThrow();
        byte[] write = Frames.forKey("proxied").info(0, MsgFlags.INFO2_WRITE, 0)
                .op(OpType.WRITE, ParticleType.INTEGER, "v", Frames.int64(7)).build();
        byte[] read = Frames.forKey("proxied").info(MsgFlags.INFO1_READ | MsgFlags.INFO1_GET_ALL, 0, 0).build();
        try (RawConnection c = new RawConnection(stranger.host(), stranger.port())) {
            assertEquals(0, c.message(write).resultCode());
            MessageView reply = c.message(read);
            assertEquals(0, reply.resultCode());
            assertEquals(1, reply.opCount());
        }
        List<ActivityEntry> log = stranger.activity().stream().filter(e -> e.hasDigest(key.digest)).toList();
        assertEquals(2, log.size());
        for (ActivityEntry e : log) {
            assertTrue(e.proxied());
            assertEquals(stranger.nodeId(), e.receivedBy());
            assertEquals(master, e.servedBy());
        }
        assertEquals(7, client.get(null, key).getInt("v"));
        assertTrue(nodeById(replica).activity().stream().noneMatch(e -> e.hasDigest(key.digest)));
        try (RawConnection c = new RawConnection(nodeById(replica).host(), nodeById(replica).port())) {
            assertEquals(0, c.message(read).resultCode());
        }
        ActivityEntry replicaRead = nodeById(replica).activity().stream().filter(e -> e.hasDigest(key.digest))
                .findFirst().orElseThrow();
        assertFalse(replicaRead.proxied(), "a replica serves reads itself");
    }

    @Test
    void activityLogRecordsInfoRequestsWithTheirCommands() {
        Node node = client.getNodes()[0];
        Info.request(null, node, "build");
        EmbeddedAerospike server = nodeById(node.getName());
        assertTrue(server.activity().stream().anyMatch(e -> e.kind() == CommandKind.INFO
                && e.infoCommands().equals(List.of("build"))));
        assertNotNull(cluster.activity());
    }

    private static long setObjects(String set) {
        long total = 0;
        for (EmbeddedAerospike n : cluster.nodes()) {
            String sets = Info.request(n.host(), n.port(), "sets/test/" + set);
            total += sets.isEmpty() ? 0 : Long.parseLong(sets.replaceAll("^objects=(\\d+):.*", "$1"));
        }
        return total;
    }

    private static EmbeddedAerospike nodeById(String id) {
        return cluster.nodes().stream().filter(n -> n.nodeId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + id + " in " + Arrays.toString(
                        cluster.nodes().stream().map(EmbeddedAerospike::nodeId).toArray())));
    }

    @Test
    void nodeIdsAreDistinct() {
        assertNotEquals(cluster.node(0).nodeId(), cluster.node(1).nodeId());
    }
}
