package io.spikesdk.core.internal.async;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.AsyncConfig;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.ConnectionException;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.Policy;
import io.spikesdk.api.Record;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.core.SpikeClientProvider;
import io.spikesdk.core.testing.FakeNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Auto-batching ({@link AsyncConfig#autoBatch()}) against a scripted node: the frame it sends, and what each
 * command does when the batch is refused as a whole, stops midway, or loses its connection.
 */
@Timeout(60)
class AutoBatchProtocolTest {
    private static final Policy READ = Policy.builder().socketTimeout(5_000).totalTimeout(7_000).maxRetries(1).build();
    private static final WritePolicy WRITE = WritePolicy.builder().socketTimeout(5_000).totalTimeout(7_000).build();
    private static final int INFO1_BATCH = 0x08;

    private FakeNode node;
    private AerospikeClient client;
    private final Key[] keys = new Key[3];
    private final java.util.concurrent.atomic.AtomicReference<Runnable> onTrigger =
        new java.util.concurrent.atomic.AtomicReference<>();

    @BeforeEach
    void start() throws Exception {
        node = new FakeNode("BB9FA4E000004", "test");
        client = new SpikeClientProvider().create(ClientConfig.builder().hosts(Host.of("127.0.0.1", node.port()))
            .metricsListener(outcome -> {
                Runnable hook = "trigger".equals(outcome.setName()) ? onTrigger.getAndSet(null) : null;
                if (hook != null) {
                    hook.run(); // on the event loop: what it starts shares one pass
                }
            })
            .async(AsyncConfig.builder().eventLoops(1).completionExecutor(Runnable::run).autoBatch(true).build())
            .build()).connect();
        for (int i = 0; i < keys.length; i++) {
            keys[i] = Key.of("test", "s", "k" + i);
        }
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        node.close();
    }

    private static boolean isBatch(byte[] frame) {
        return (frame[9] & INFO1_BATCH) != 0;
    }

    /** Rows in a batch request (the BATCH_INDEX field's count). */
    private static int rowCount(byte[] frame) {
        return ByteBuffer.wrap(frame).getInt(8 + 22 + 5);
    }

    /** One row's reply AS_MSG: result code, generation 1, the row's index in transaction_ttl; {@code last}: the end. */
    private static byte[] row(int index, int resultCode, boolean last) {
        ByteBuffer b = ByteBuffer.allocate(22);
        b.put((byte) 22).put((byte) 0).put((byte) 0).put((byte) (last ? 1 : 0)).put((byte) 0).put((byte) resultCode);
        b.putInt(last ? 0 : 1).putInt(0).putInt(index).putShort((short) 0).putShort((short) 0);
        return b.array();
    }

    private static byte[] frame(byte[]... messages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int size = Arrays.stream(messages).mapToInt(m -> m.length).sum();
        out.writeBytes(ByteBuffer.allocate(8).putLong((2L << 56) | (3L << 48) | size).array());
        for (byte[] m : messages) {
            out.writeBytes(m);
        }
        return out.toByteArray();
    }

    /** A batch reply answering {@code answered} of the rows (OK), then the end with {@code endCode}. */
    private static byte[] batchReply(int answered, int endCode) {
        byte[][] messages = new byte[answered + 1][];
        for (int i = 0; i < answered; i++) {
            messages[i] = row(i, 0, false);
        }
        messages[answered] = row(0, endCode, true);
        return frame(messages);
    }

    /**
     * Starts the commands in one pass of the event loop (from the metrics listener of a trigger command, which runs
     * on the loop) and waits for all of them.
     */
    private List<CompletableFuture<Object>> burst(int count, IntFunction<CompletableFuture<Object>> command) {
        CompletableFuture<List<CompletableFuture<Object>>> started = new CompletableFuture<>();
        onTrigger.set(() -> {
            List<CompletableFuture<Object>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(command.apply(i));
            }
            started.complete(futures);
        });
        client.async().exists(Key.of("test", "trigger", "t")).join();
        List<CompletableFuture<Object>> futures = started.join();
        CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).handle((v, e) -> null).join();
        return futures;
    }

    private List<byte[]> requests() throws InterruptedException {
        List<byte[]> frames = new ArrayList<>();
        while (node.pendingRequests() > 0) {
            frames.add(node.nextRequest());
        }
        return frames;
    }

    private List<byte[]> sentSinceTrigger() throws InterruptedException {
        List<byte[]> frames = requests();
        // drop the triggers (single exists requests before the burst's first frame)
        List<byte[]> burst = new ArrayList<>();
        for (byte[] f : frames) {
            if (isBatch(f) || !burst.isEmpty()) {
                burst.add(f);
            }
        }
        return burst;
    }

    @Test
    void readsOfOnePassAreOneFrameWithRepeatedRowsAndWritesCarryTheirOwnRows() throws Exception {
        node.respondWith((frame, index) -> FakeNode.Action.reply(isBatch(frame) ? batchReply(rowCount(frame), 0)
            : FakeNode.reply(0, 1, 0)));
        List<CompletableFuture<Object>> results = burst(6, i -> i < 3
            ? client.async().get(READ, keys[i]).thenApply(r -> (Object) r)
            : client.async().put(WRITE, keys[i - 3], Bin.of("b", i)).thenApply(v -> (Object) "ok"));
        for (int i = 0; i < 3; i++) {
            assertNotNull(results.get(i).join(), "record " + i);
            assertEquals("ok", results.get(3 + i).join());
        }
        List<byte[]> frames = sentSinceTrigger();
        assertEquals(2, frames.size(), "one batch per policy");
        byte[] reads = frames.get(0);
        ByteBuffer b = ByteBuffer.wrap(reads);
        assertEquals(5_000, b.getInt(8 + 14), "transaction_ttl: the smaller timeout, as a single command's");
        assertEquals(3, rowCount(reads));
        int off = 8 + 22 + 5 + 4 + 1;
        for (int i = 0; i < 3; i++) {
            assertEquals(i, b.getInt(off), "row index");
            assertArrayEquals(keys[i].digest(), Arrays.copyOfRange(reads, off + 4, off + 24));
            off += 24;
            if (i == 0) {
                assertEquals(0x02 | 0x08, reads[off], "full row: INFO | TTL");
                assertEquals(0x01 | 0x02, reads[off + 1], "READ | GET_ALL");
                off = reads.length - (2 * (24 + 1));
            } else {
                assertEquals(0x01, reads[off], "REPEAT");
                off += 1;
            }
        }
        assertEquals(reads.length, off);
        byte[] writes = frames.get(1);
        assertEquals(3, rowCount(writes));
        int first = 8 + 22 + 5 + 4 + 1 + 24;
        assertEquals(0x02 | 0x04 | 0x08, writes[first], "a write's row: INFO | GEN | TTL, never repeated");
        assertEquals(0x01, writes[first + 2] & 0x01, "info2 WRITE");
    }

    @Test
    void aBatchTheServerRefusesAsAWholeSendsEachCommandAlone() throws Exception {
        node.respondWith((frame, index) -> FakeNode.Action.reply(isBatch(frame)
            ? batchReply(0, ResultCode.BATCH_QUEUES_FULL.code()) : FakeNode.reply(0, 1, 0)));
        List<CompletableFuture<Object>> results = burst(6, i -> i < 3
            ? client.async().get(READ, keys[i]).thenApply(r -> (Object) r)
            : client.async().put(WRITE, keys[i - 3], Bin.of("b", i)).thenApply(v -> (Object) "ok"));
        for (int i = 0; i < 3; i++) {
            assertNotNull(results.get(i).join());
            assertEquals("ok", results.get(3 + i).join(), "nothing ran: the write goes alone");
        }
        List<byte[]> frames = sentSinceTrigger();
        assertEquals(8, frames.size(), "two refused batches, then six single commands: " + frames.size());
        assertEquals(2, frames.stream().filter(AutoBatchProtocolTest::isBatch).count());
    }

    @Test
    void aBatchStoppedMidwaySendsItsReadsAloneAndFailsItsWritesWithTheBatchCode() throws Exception {
        node.respondWith((frame, index) -> FakeNode.Action.reply(isBatch(frame)
            ? batchReply(1, ResultCode.TIMEOUT.code()) : FakeNode.reply(0, 1, 0)));
        List<CompletableFuture<Object>> results = burst(6, i -> i < 3
            ? client.async().get(READ, keys[i]).thenApply(r -> (Object) r)
            : client.async().put(WRITE, keys[i - 3], Bin.of("b", i)).thenApply(v -> (Object) "ok"));
        for (int i = 0; i < 3; i++) {
            assertNotNull(results.get(i).join(), "row 0 answered, the others read alone");
        }
        assertEquals("ok", results.get(3).join(), "row 0 of the writes was answered");
        for (int i = 4; i < 6; i++) {
            CompletionException e = assertThrows(CompletionException.class, results.get(i)::join);
            AerospikeException failure = assertInstanceOf(AerospikeException.class, e.getCause());
            assertEquals(ResultCode.TIMEOUT, failure.resultCode());
            assertTrue(failure.inDoubt(), "a server timeout leaves a write in doubt");
            assertEquals(1, failure.attempts());
        }
        List<byte[]> frames = sentSinceTrigger();
        assertEquals(4, frames.size(), "two batches, then the two reads without a row alone");
    }

    @Test
    void aLostConnectionFailsEveryAttemptReadsRetryAndSentWritesAreInDoubt() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean readsFailed = new java.util.concurrent.atomic.AtomicBoolean();
        node.respondWith((frame, index) -> {
            boolean writes = isBatch(frame) && (frame[8 + 22 + 5 + 4 + 1 + 24] & 0x04) != 0;
            if (writes || (isBatch(frame) && readsFailed.compareAndSet(false, true))) {
                return FakeNode.Action.close(); // the writes' batch, and the reads' first one
            }
            return FakeNode.Action.reply(isBatch(frame) ? batchReply(rowCount(frame), 0) : FakeNode.reply(0, 1, 0));
        });
        List<CompletableFuture<Object>> results = burst(6, i -> i < 3
            ? client.async().get(READ, keys[i]).thenApply(r -> (Object) r)
            : client.async().put(WRITE, keys[i - 3], Bin.of("b", i)).thenApply(v -> (Object) "ok"));
        for (int i = 0; i < 3; i++) {
            Record r = (Record) results.get(i).join();
            assertNotNull(r, "read " + i + " retried (maxRetries 1)");
        }
        for (int i = 3; i < 6; i++) {
            CompletionException e = assertThrows(CompletionException.class, results.get(i)::join);
            ConnectionException failure = assertInstanceOf(ConnectionException.class, e.getCause());
            assertEquals(ResultCode.SERVER_NOT_AVAILABLE, failure.resultCode());
            assertTrue(failure.inDoubt(), "written, then the connection failed");
            assertFalse(failure.retryable() && failure.attempts() > 1, "writes are not retried by default");
        }
    }
}
