package io.spikesdk.core.internal.cluster;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Host;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.testing.FakeNode;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartitionMapTest {
    private static final Node.NodeSettings SETTINGS = new Node.NodeSettings(1000, 1000, 0, 4, 0);

    static Node node(String name) {
        return new Node(name, Host.of("127.0.0.1", 3000), new InetSocketAddress("127.0.0.1", 3000), null, SETTINGS, null);
    }

    /** A base64 bitmap owning exactly {@code pids}. */
    static String bitmap(int... pids) {
        byte[] b = new byte[512];
        for (int pid : pids) {
            b[pid >> 3] |= (byte) (0x80 >> (pid & 7));
        }
        return Base64.getEncoder().encodeToString(b);
    }

    @Test
    void parsesAllOwnedBitmapsOfSeveralNamespaces() {
        List<ReplicasParser.NamespaceReplicas> parsed =
                ReplicasParser.parse("test:0,1," + FakeNode.ALL_OWNED + ";bar:3,2," + FakeNode.ALL_OWNED + "," + bitmap());
        assertEquals(2, parsed.size());
        assertEquals("test", parsed.get(0).namespace());
        assertEquals(1, parsed.get(0).bitmaps().size());
        assertEquals("bar", parsed.get(1).namespace());
        assertEquals(3, parsed.get(1).regime());
        for (int pid = 0; pid < 4096; pid++) {
            assertTrue(parsed.get(0).owns(0, pid));
            assertTrue(parsed.get(1).owns(0, pid));
            assertFalse(parsed.get(1).owns(1, pid));
        }
    }

    @Test
    void bitmapIsMostSignificantBitFirst() {
        ReplicasParser.NamespaceReplicas ns = ReplicasParser.parse("test:0,1," + bitmap(0, 9, 4095)).get(0);
        byte[] raw = ns.bitmaps().get(0);
        assertEquals((byte) 0x80, raw[0]);
        assertEquals((byte) 0x40, raw[1]);
        assertEquals((byte) 0x01, raw[511]);
        assertTrue(ns.owns(0, 0));
        assertTrue(ns.owns(0, 9));
        assertTrue(ns.owns(0, 4095));
        assertFalse(ns.owns(0, 1));
        assertFalse(ns.owns(0, 8));
        assertFalse(ns.owns(0, 4094));
    }

    @Test
    void rejectsMalformedAnswers() {
        for (String bad : new String[] {"test:0,2," + FakeNode.ALL_OWNED, "test:0,1,AAAA", "test:0,1,!!!", "test:x,1," + FakeNode.ALL_OWNED,
                ":0,1," + FakeNode.ALL_OWNED, "test:0"}) {
            AerospikeException e = assertThrows(AerospikeException.class, () -> ReplicasParser.parse(bad), bad);
            assertEquals(ResultCode.PARSE_ERROR, e.resultCode());
        }
        assertTrue(ReplicasParser.parse("").isEmpty());
    }

    @Test
    void buildsMasterAndReplicaColumnsFromSeveralNodes() {
        Node a = node("A");
        Node b = node("B");
        PartitionMap map = PartitionMap.EMPTY.toBuilder()
                .apply(a, ReplicasParser.parse("test:0,2," + bitmap(0, 1) + "," + bitmap(2, 3)))
                .apply(b, ReplicasParser.parse("test:0,2," + bitmap(2, 3) + "," + bitmap(0, 1)))
                .build();
        PartitionMap.Partitions p = map.partitions("test");
        assertEquals(2, p.replicaCount());
        assertSame(a, p.node(0, 0));
        assertSame(b, p.node(1, 0));
        assertSame(b, p.node(0, 3));
        assertSame(a, p.node(1, 3));
        assertNull(p.node(0, 4));
        assertNull(map.partitions("bar"));
    }

    @Test
    void newerRegimeWinsOlderIsIgnoredAndLostPartitionsAreCleared() {
        Node a = node("A");
        Node b = node("B");
        PartitionMap first = PartitionMap.EMPTY.toBuilder().apply(a, ReplicasParser.parse("test:5,1," + bitmap(0, 1, 2))).build();
        PartitionMap second = first.toBuilder().apply(b, ReplicasParser.parse("test:4,1," + bitmap(0))).build();
        assertSame(a, second.partitions("test").node(0, 0), "older regime must not win");
        PartitionMap third = second.toBuilder().apply(b, ReplicasParser.parse("test:6,1," + bitmap(1))).build();
        assertSame(b, third.partitions("test").node(0, 1));
        assertEquals(6, third.partitions("test").regime(1));
        PartitionMap fourth = third.toBuilder().apply(a, ReplicasParser.parse("test:6,1," + bitmap(2))).build();
        assertNull(fourth.partitions("test").node(0, 0), "A no longer announces partition 0");
        assertSame(a, fourth.partitions("test").node(0, 2));
        assertSame(a, first.partitions("test").node(0, 0), "published maps never change");
        assertSame(a, third.partitions("test").node(0, 0));
        PartitionMap fifth = fourth.toBuilder().remove(a).build();
        assertNull(fifth.partitions("test").node(0, 2));
        assertSame(b, fifth.partitions("test").node(0, 1));
    }

    @Test
    void parsesPeers() {
        PeersParser.Peers none = PeersParser.parse("0,3000,[]");
        assertEquals(0, none.generation());
        assertTrue(none.peers().isEmpty());
        PeersParser.Peers peers = PeersParser.parse(
                "12,3000,[[BB9020011AC4202,,[172.17.0.3]],[BB9030011AC4202,tls1,[172.17.0.4:3100,[::1]:3101,[fe80::1]]]]");
        assertEquals(12, peers.generation());
        assertEquals(2, peers.peers().size());
        assertEquals("BB9020011AC4202", peers.peers().get(0).nodeName());
        assertNull(peers.peers().get(0).tlsName());
        assertEquals(List.of(Host.of("172.17.0.3", 3000)), peers.peers().get(0).hosts());
        assertEquals("tls1", peers.peers().get(1).tlsName());
        assertEquals(List.of(Host.of("172.17.0.4", "tls1", 3100), Host.of("::1", "tls1", 3101),
                Host.of("fe80::1", "tls1", 3000)), peers.peers().get(1).hosts());
        assertThrows(AerospikeException.class, () -> PeersParser.parse("x,3000,[]"));
        assertThrows(AerospikeException.class, () -> PeersParser.parse("1,3000,[[A,,[h]"));
    }
}
