package io.spikesdk.core.internal.cluster;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Host;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The {@code peers-*} answers as the server formats them (docs/wire-protocol.md §11.4, §17). */
class PeersParserTest {

    @Test
    void clearPeersHaveNoTlsName() {
        PeersParser.Peers peers = PeersParser.parse("7,3000,[[BB9A,,[10.0.0.1,10.0.0.2:3100]],[BB9B,,[[::1]:3002]]]");
        assertEquals(7, peers.generation());
        assertEquals(2, peers.peers().size());
        PeersParser.Peer first = peers.peers().get(0);
        assertNull(first.tlsName());
        assertEquals(List.of(Host.of("10.0.0.1", 3000), Host.of("10.0.0.2", 3100)), first.hosts());
        assertEquals(List.of(Host.of("::1", 3002)), peers.peers().get(1).hosts());
    }

    @Test
    void tlsPeersCarryTheirTlsNameOnEveryHost() {
        PeersParser.Peers peers = PeersParser.parse("3,3000,[[BB9A,node1.example,[10.0.0.1:4333,10.0.0.2]]]");
        PeersParser.Peer peer = peers.peers().get(0);
        assertEquals("node1.example", peer.tlsName());
        assertEquals(List.of(Host.of("10.0.0.1", "node1.example", 4333), Host.of("10.0.0.2", "node1.example", 3000)),
                peer.hosts());
    }

    @Test
    void malformedAnswersAreParseErrors() {
        assertThrows(AerospikeException.class, () -> PeersParser.parse("3,3000,[[BB9A,tls,[10.0.0.1:x]]]"));
        assertThrows(AerospikeException.class, () -> PeersParser.parse("3,3000,[[BB9A"));
    }
}
