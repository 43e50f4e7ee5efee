package io.spikesdk.core.internal.command;

import io.spikesdk.api.BatchPolicy;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.GenerationMismatchException;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Record;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.ClientInternals;
import io.spikesdk.core.internal.SpikeClient;
import io.spikesdk.core.testing.FakeCluster;
import io.spikesdk.core.testing.FakeNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the command model runs a batch over fake nodes: a reply in several frames, rows out of order, the
 * connection's fate after a complete, failed or broken stream, a retry that re-sends only the unanswered rows,
 * and a retry that re-splits the rows when the partition map changed.
 */
class BatchStreamTest {
    private FakeNode node;
    private FakeCluster cluster;
    private SpikeClient client;

    @AfterEach
    void stop() throws Exception {
        if (client != null) {
            client.close();
        }
        if (node != null) {
            node.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    private static SpikeClient connect(int port) {
        SpikeClient c = new SpikeClient(ClientConfig.builder().hosts(Host.of("127.0.0.1", port))
            .tendInterval(Duration.ofHours(1)).build());
        c.connect();
        return c;
    }

    private static Key[] keys(int n) {
        Key[] keys = new Key[n];
        for (int i = 0; i < n; i++) {
            keys[i] = Key.of("test", "s", "k" + i);
        }
        return keys;
    }

    // ---- reply building

    /** One row: result code, generation, the row index in transaction_ttl, and an integer bin "i". */
    private static byte[] row(int index, int resultCode, long value) {
        byte[] op = resultCode == 0 ? FakeNode.op(1, 1, "i", ByteBuffer.allocate(8).putLong(value).array()) : new byte[0];
        ByteBuffer b = ByteBuffer.allocate(22 + op.length);
        b.put((byte) 22).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) resultCode);
        b.putInt(1).putInt(0).putInt(index).putShort((short) 0).putShort((short) (op.length == 0 ? 0 : 1));
        b.put(op);
        return b.array();
    }

    private static byte[] last(int resultCode) {
        ByteBuffer b = ByteBuffer.allocate(22);
        b.put((byte) 22).put((byte) 0).put((byte) 0).put((byte) 1).put((byte) 0).put((byte) resultCode);
        return b.array();
    }

    /** A proto frame holding the given AS_MSGs back to back. */
    private static byte[] frame(byte[]... messages) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] m : messages) {
            body.writeBytes(m);
        }
        ByteBuffer b = ByteBuffer.allocate(8 + body.size());
        b.putLong((2L << 56) | (3L << 48) | body.size()).put(body.toByteArray());
        return b.array();
    }

    private static byte[] concat(byte[]... frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] f : frames) {
            out.writeBytes(f);
        }
        return out.toByteArray();
    }

    /** The row indexes of a batch request frame, in the order sent. */
    static List<Integer> rowIndexes(byte[] request) {
        ByteBuffer b = ByteBuffer.wrap(request);
        int fields = b.getShort(26);
        int off = 30;
        for (int f = 0; f < fields; f++) {
            int size = b.getInt(off);
            if (request[off + 4] == 41) {
                return rows(b, off + 5);
            }
            off += 4 + size;
        }
        throw new AssertionError("no BATCH_INDEX field");
    }

    private static List<Integer> rows(ByteBuffer b, int off) {
        int count = b.getInt(off);
        off += 5;
        List<Integer> indexes = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            indexes.add(b.getInt(off));
            off += 24;
            int flags = b.get(off++);
            if ((flags & 0x01) != 0) {
                continue;
            }
            off += 1 + ((flags & 0x02) != 0 ? 2 : 0) + ((flags & 0x10) != 0 ? 1 : 0) + ((flags & 0x04) != 0 ? 2 : 0)
                + ((flags & 0x08) != 0 ? 4 : 0);
            int n = b.getShort(off) + b.getShort(off + 2);
            off += 4;
            for (int i = 0; i < n; i++) {
                off += 4 + b.getInt(off);
            }
        }
        return indexes;
    }

    /**
     * Answers every row of each batch request with a record whose "i" is the row index, then LAST; a
     * single-record request (a node's only key) with a record whose "i" is -1.
     */
    private static FakeNode.Responder answerAll() {
        return (request, i) -> {
            if ((request[9] & 0x08) == 0) {
                return FakeNode.Action.reply(frame(row(0, 0, -1)));
            }
            List<byte[]> messages = new ArrayList<>();
            for (int index : rowIndexes(request)) {
                messages.add(row(index, 0, index));
            }
            messages.add(last(0));
            return FakeNode.Action.reply(frame(messages.toArray(new byte[0][])));
        };
    }

    // ---- tests

    @Test
    void aReplyInSeveralFramesWithRowsOutOfOrderIsReadToTheEnd() throws Exception {
        node = new FakeNode("BB9FA4E000001", "test");
        node.respondWith((request, i) -> FakeNode.Action.reply(concat(frame(row(2, 0, 20), row(0, 0, 0)),
            frame(row(1, ResultCode.KEY_NOT_FOUND_ERROR.code(), 0)), frame(row(3, 0, 30)), frame(last(0)))));
        client = connect(node.port());
        Record[] records = client.get(keys(4));
        assertEquals(0L, records[0].getLong("i"));
        assertNull(records[1]);
        assertEquals(20L, records[2].getLong("i"));
        assertEquals(30L, records[3].getLong("i"));
        int opened = node.acceptedConnections();
        client.get(keys(4));
        assertEquals(opened, node.acceptedConnections(), "the connection went back to the pool after LAST");
    }

    @Test
    void aBatchLevelErrorEndsTheStreamAndKeepsTheConnection() throws Exception {
        node = new FakeNode("BB9FA4E000001", "test");
        node.respondWith((request, i) -> FakeNode.Action.reply(frame(row(0, 0, 1), last(3))));
        client = connect(node.port());
        assertThrows(GenerationMismatchException.class, () -> client.get(keys(2)));
        int opened = node.acceptedConnections();
        assertThrows(GenerationMismatchException.class, () -> client.get(keys(2)));
        assertEquals(opened, node.acceptedConnections());
    }

    @Test
    void aMalformedFrameInTheMiddleDiscardsTheConnection() throws Exception {
        node = new FakeNode("BB9FA4E000001", "test");
        node.respondWith((request, i) -> FakeNode.Action.reply(concat(frame(row(0, 0, 1)), frame(row(99, 0, 1)),
            frame(last(0)))));
        client = connect(node.port());
        int opened = node.acceptedConnections();
        AerospikeException e = assertThrows(AerospikeException.class, () -> client.get(keys(2)));
        assertEquals(ResultCode.PARSE_ERROR, e.resultCode());
        assertTrue(e.getMessage().contains("index 99"), e.getMessage());
        node.respondWith(answerAll());
        assertNotNull(client.get(keys(2))[1]);
        assertEquals(opened + 2, node.acceptedConnections(),
            "the half-read connection was closed: the next batch needed a new one");
    }

    @Test
    void aRetryResendsOnlyTheRowsNotAnsweredYet() throws Exception {
        node = new FakeNode("BB9FA4E000001", "test");
        List<List<Integer>> sent = new ArrayList<>();
        node.respondWith((request, i) -> {
            sent.add(rowIndexes(request));
            if (i == 0) {
                return FakeNode.Action.reply(frame(row(1, 0, 1), last(ResultCode.KEY_BUSY.code())));
            }
            return answerAll().respond(request, i);
        });
        client = connect(node.port());
        Record[] records = client.get(BatchPolicy.builder().maxRetries(1).build(), keys(3));
        assertEquals(List.of(List.of(0, 1, 2), List.of(0, 2)), sent);
        assertEquals(0L, records[0].getLong("i"));
        assertEquals(1L, records[1].getLong("i"));
        assertEquals(2L, records[2].getLong("i"));
    }

    @Test
    void aRetryReSplitsTheRowsByTheNewPartitionMap() throws Exception {
        cluster = new FakeCluster(3, 1, "test");
        client = connect(cluster.node(0).port());
        Key[] all = keys(200);
        List<Key> onNode0 = new ArrayList<>();
        for (Key k : all) {
            if (cluster.owner(k.partitionId(), 0) == 0 && onNode0.size() < 24) {
                onNode0.add(k);
            }
        }
        Key[] keys = onNode0.toArray(new Key[0]);
        AtomicInteger failures = new AtomicInteger();
        for (int n = 0; n < 3; n++) {
            cluster.node(n).respondWith(answerAll());
        }
        cluster.node(0).respondWith((request, i) -> {
            if (failures.getAndIncrement() == 0) {
                try {
                    // a fourth node joins: the rows of node 0 now belong to four nodes
                    int added = cluster.add();
                    cluster.node(added).respondWith(answerAll());
                    ClientInternals.cluster(client).tend();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return FakeNode.Action.reply(frame(last(ResultCode.KEY_BUSY.code())));
            }
            return answerAll().respond(request, i);
        });
        Record[] records = client.get(BatchPolicy.builder().maxRetries(1).build(), keys);
        for (int i = 0; i < keys.length; i++) {
            assertNotNull(records[i], "key " + i);
            assertEquals(i, records[i].getLong("i"));
        }
        int nodesAsked = 0;
        for (int n = 0; n < cluster.size(); n++) {
            nodesAsked += cluster.node(n).messageCount() > 0 ? 1 : 0;
        }
        assertEquals(4, nodesAsked, "the retry went to every node that owns some of the rows now");
    }

    @Test
    void nodesRunInParallelOrOneAfterTheOther() throws Exception {
        cluster = new FakeCluster(3, 1, "test");
        for (int n = 0; n < 3; n++) {
            cluster.node(n).respondWith(answerAll());
        }
        client = connect(cluster.node(0).port());
        Key[] keys = keys(60);
        for (BatchPolicy p : List.of(BatchPolicy.DEFAULT, BatchPolicy.builder().maxConcurrentNodes(2).build(),
                BatchPolicy.builder().maxConcurrentNodes(0).build())) {
            Record[] records = client.get(p, keys);
            for (int i = 0; i < keys.length; i++) {
                assertEquals(i, records[i].getLong("i"), p.maxConcurrentNodes() + " concurrent, key " + i);
            }
        }
        for (int n = 0; n < 3; n++) {
            assertEquals(3, cluster.node(n).messageCount(), "one sub-batch per node and call");
        }
    }

    @Test
    void aFailedNodeFailsTheBatchAfterTheOthersAnswered() throws Exception {
        cluster = new FakeCluster(3, 1, "test");
        for (int n = 0; n < 3; n++) {
            cluster.node(n).respondWith(answerAll());
        }
        cluster.node(1).respondWith((request, i) -> FakeNode.Action.close());
        client = connect(cluster.node(0).port());
        Key[] keys = keys(30);
        List<io.spikesdk.api.BatchRead> reads = new ArrayList<>();
        for (Key k : keys) {
            reads.add(io.spikesdk.api.BatchRead.allBins(k));
        }
        BatchPolicy p = BatchPolicy.builder().maxRetries(0).maxConcurrentNodes(0).build();
        AerospikeException e = assertThrows(AerospikeException.class, () -> client.get(p, reads));
        assertEquals(ResultCode.SERVER_NOT_AVAILABLE, e.resultCode());
        for (io.spikesdk.api.BatchRead r : reads) {
            int owner = cluster.owner(r.key().partitionId(), 0);
            assertEquals(owner == 1 ? ResultCode.NO_RESPONSE.code() : 0, r.resultCode(), r.toString());
        }
    }

    @Test
    void anUnknownNamespaceInAKeyArrayFailsAfterTheOtherRows() throws Exception {
        node = new FakeNode("BB9FA4E000001", "test");
        node.respondWith(answerAll());
        client = connect(node.port());
        Key[] keys = {Key.of("test", "s", "a"), Key.of("nope", "s", "b")};
        assertThrows(io.spikesdk.api.InvalidNamespaceException.class, () -> client.get(keys));
        assertEquals(1, node.messageCount(), "the routable row was still sent");
        assertArrayEquals(new boolean[] {true}, client.exists(new Key[] {keys[0]}));
    }

    @Test
    void aNodesOnlyKeyGoesAsASingleRecordCommand() throws Exception {
        node = new FakeNode("BB9FA4E000001", "test");
        node.respondWith(answerAll());
        client = connect(node.port());
        Record[] records = client.get(keys(1));
        assertEquals(-1L, records[0].getLong("i"));
        byte[] request = node.nextRequest();
        assertEquals(0, request[9] & 0x08, "no BATCH flag");
        assertEquals(3, ByteBuffer.wrap(request).getShort(26), "namespace, set, digest");
    }

    @Test
    void emptyAndNullArguments() throws Exception {
        node = new FakeNode("BB9FA4E000001", "test");
        client = connect(node.port());
        assertEquals(0, client.get(new Key[0]).length);
        assertEquals(0, node.messageCount());
        assertThrows(NullPointerException.class, () -> client.exists((Key[]) null));
        assertThrows(IllegalArgumentException.class, () -> client.operate(keys(2)));
        assertThrows(NullPointerException.class, () -> client.operate((List<io.spikesdk.api.BatchRecord>) null));
    }
}
