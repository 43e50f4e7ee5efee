package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.core.SpikeClientProvider;
import io.spikesdk.core.testing.FakeNode;

import java.nio.ByteBuffer;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One capture node with namespaces {@code test} and {@code bar}, answering every request with an empty
 * LAST-flagged reply, and the official client 9.0.5 and ours connected to it: the fixture of the multi-record
 * byte-identity tests (batch, scan, query).
 */
final class CaptureNode implements AutoCloseable {
    final FakeNode node;
    final com.aerospike.client.AerospikeClient official;
    final AerospikeClient ours;

    private CaptureNode(FakeNode node) {
        this.node = node;
        this.official = new com.aerospike.client.AerospikeClient(new com.aerospike.client.policy.ClientPolicy(),
            new com.aerospike.client.Host("127.0.0.1", node.port()));
        this.ours = new SpikeClientProvider().create(
            ClientConfig.builder().hosts(Host.of("127.0.0.1", node.port())).build()).connect();
    }

    static CaptureNode start(String nodeId) throws Exception {
        FakeNode node = new FakeNode(nodeId, "test", "bar");
        node.respondWith((frame, i) -> FakeNode.Action.reply(lastReply()));
        return new CaptureNode(node);
    }

    /** The end of a multi-record reply: one AS_MSG with INFO3_LAST and result 0. */
    static byte[] lastReply() {
        ByteBuffer b = ByteBuffer.allocate(8 + 22);
        b.putLong((2L << 56) | (3L << 48) | 22);
        b.put((byte) 22).put((byte) 0).put((byte) 0).put((byte) 1).put((byte) 0).put((byte) 0);
        return b.array();
    }

    /** The frame as hex with the 8 bytes of its QUERY_ID field (the random task id) zeroed; fails when it has none. */
    static String withoutTaskId(byte[] frame) {
        ByteBuffer b = ByteBuffer.wrap(frame);
        int fields = b.getShort(8 + 18) & 0xFFFF;
        int off = 8 + 22;
        boolean found = false;
        for (int i = 0; i < fields; i++) {
            int size = b.getInt(off);
            if (frame[off + 4] == 7) {
                for (int j = 0; j < 8; j++) {
                    frame[off + 5 + j] = 0;
                }
                found = true;
            }
            off += 4 + size;
        }
        assertTrue(found, "no QUERY_ID field");
        return HexFormat.of().formatHex(frame);
    }

    @Override
    public void close() throws Exception {
        official.close();
        ours.close();
        node.close();
    }
}
