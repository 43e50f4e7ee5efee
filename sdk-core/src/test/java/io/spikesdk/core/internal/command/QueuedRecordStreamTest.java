package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.CommandTimeoutException;
import io.spikesdk.api.Key;
import io.spikesdk.api.KeyRecord;
import io.spikesdk.api.Record;
import io.spikesdk.api.RecordStream;
import io.spikesdk.api.ResultCode;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stream's lifecycle against a scan that hands over records as fast as it may: drained, closed mid-stream, left
 * unread past the total timeout, and dropped without a close.
 */
class QueuedRecordStreamTest {
    private static final Executor THREAD_PER_SCAN = r -> {
        Thread t = new Thread(r, "test-scan");
        t.setDaemon(true);
        t.start();
    };

    /** A scan of {@code count} records; {@code ended} completes with how it ended: null, or what the sink threw. */
    private static Consumer<Consumer<KeyRecord>> scanOf(int count, CompletableFuture<Throwable> ended) {
        return sink -> {
            try {
                for (int i = 0; i < count; i++) {
                    sink.accept(row(i));
                }
                ended.complete(null);
            } catch (RuntimeException e) {
                ended.complete(e);
                throw e;
            }
        };
    }

    private static KeyRecord row(long i) {
        Key key = Key.of("test", "s", i);
        return new KeyRecord(key, new Record(key, Map.of(), 1, 0));
    }

    @Test
    void aDrainedStreamHasEveryRecordAndClosedItself() throws Exception {
        CompletableFuture<Throwable> ended = new CompletableFuture<>();
        RecordStream stream = QueuedRecordStream.start(THREAD_PER_SCAN, 0, scanOf(3000, ended));
        int n = 0;
        while (stream.hasNext()) {
            assertEquals((long) n, stream.next().key().userKey().toObject());
            n++;
        }
        assertEquals(3000, n);
        assertEquals(null, ended.get(5, TimeUnit.SECONDS));
        assertFalse(stream.hasNext());
        stream.close();
        assertFalse(stream.hasNext());
    }

    @Test
    void closeMidStreamStopsTheReaderWaitingForRoom() throws Exception {
        CompletableFuture<Throwable> ended = new CompletableFuture<>();
        RecordStream stream = QueuedRecordStream.start(THREAD_PER_SCAN, 0, scanOf(100_000, ended));
        stream.next();
        stream.close();
        assertInstanceOf(ScanExecutor.ScanStopped.class, ended.get(5, TimeUnit.SECONDS));
        assertFalse(stream.hasNext());
    }

    @Test
    void anUnreadStreamFailsWithATimeoutOnceItsTotalTimeoutPassed() throws Exception {
        CompletableFuture<Throwable> ended = new CompletableFuture<>();
        RecordStream stream = QueuedRecordStream.start(THREAD_PER_SCAN, 50, scanOf(5000, ended));
        assertInstanceOf(CommandTimeoutException.class, ended.get(5, TimeUnit.SECONDS));
        int read = 0;
        AerospikeException failure = null;
        try {
            while (stream.hasNext()) {
                stream.next();
                read++;
            }
        } catch (AerospikeException e) {
            failure = e;
        }
        assertEquals(QueuedRecordStream.CAPACITY, read);
        assertInstanceOf(CommandTimeoutException.class, failure);
        assertSame(ResultCode.TIMEOUT, failure.resultCode());
        assertFalse(stream.hasNext());
    }

    @Test
    void aFailureReachesTheReaderAfterTheRecordsBeforeIt() {
        IllegalStateException boom = new IllegalStateException("boom");
        RecordStream stream = QueuedRecordStream.start(THREAD_PER_SCAN, 0, sink -> {
            sink.accept(row(1));
            throw boom;
        });
        assertTrue(stream.hasNext());
        stream.next();
        assertSame(boom, assertThrows(IllegalStateException.class, stream::hasNext));
        assertFalse(stream.hasNext());
    }

    @Test
    void aStreamNobodyHoldsIsClosedByTheCleaner() throws Exception {
        CompletableFuture<Throwable> ended = new CompletableFuture<>();
        startAndDrop(ended);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Throwable how = null;
        while (how == null) {
            System.gc();
            try {
                how = ended.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                assertTrue(System.nanoTime() < deadline, "the dropped stream's reader is still waiting for room");
            }
        }
        assertInstanceOf(ScanExecutor.ScanStopped.class, how);
    }

    private static void startAndDrop(CompletableFuture<Throwable> ended) {
        RecordStream stream = QueuedRecordStream.start(THREAD_PER_SCAN, 0, scanOf(100_000, ended));
        assertTrue(stream.hasNext());
    }
}
