package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.CommandTimeoutException;
import io.spikesdk.api.KeyRecord;
import io.spikesdk.api.RecordStream;
import io.spikesdk.api.ResultCode;

import java.lang.ref.Cleaner;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A {@link RecordStream} fed by a scan running on another thread through a bounded {@link Channel}: a full channel
 * blocks the node readers (back-pressure); {@link #close()} makes the next record they hand over throw {@link
 * ScanExecutor.ScanStopped}, which closes their connections. The readers hold the channel, never this stream, so a
 * stream nobody holds any more is closed by a {@link Cleaner}; a policy's total timeout also bounds how long a reader
 * waits for room.
 */
public final class QueuedRecordStream implements RecordStream {
    static final int CAPACITY = 1024;
    private static final Cleaner CLEANER = Cleaner.create();

    private final Channel channel;
    private final Cleaner.Cleanable cleanable;
    private KeyRecord next;
    private boolean finished;

    private QueuedRecordStream(Channel channel) {
        this.channel = channel;
        this.cleanable = CLEANER.register(this, channel::close);
    }

    /**
     * Runs {@code scan} on {@code executor} with a new stream's channel as its sink.
     *
     * @param totalTimeout the policy's total timeout in ms (0: none): after it a reader waiting for room fails the
     *     scan with {@link CommandTimeoutException}
     */
    static QueuedRecordStream start(Executor executor, int totalTimeout, Consumer<Consumer<KeyRecord>> scan) {
        Channel channel = new Channel(totalTimeout);
        QueuedRecordStream stream = new QueuedRecordStream(channel);
        executor.execute(() -> channel.produce(scan));
        return stream;
    }

    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (finished) {
            return false;
        }
        Object item;
        try {
            item = channel.queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw AerospikeException.create(ResultCode.CLIENT_ERROR, "interrupted while waiting for the next record;"
                + " the scan was stopped", null, false, 0, e);
        }
        if (item == Channel.END) {
            close();
            return false;
        }
        if (item instanceof Failure f) {
            close();
            if (f.cause instanceof RuntimeException re) {
                throw re;
            }
            throw (Error) f.cause;
        }
        next = (KeyRecord) item;
        return true;
    }

    @Override
    public KeyRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the scan has no more records");
        }
        KeyRecord record = next;
        next = null;
        return record;
    }

    @Override
    public void close() {
        finished = true;
        next = null;
        cleanable.clean();
    }

    /** What the readers and the stream share: the bounded queue and whether the stream was closed. */
    private static final class Channel {
        static final Object END = new Object();

        final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
        private final long deadlineNanos;
        private volatile boolean closed;

        Channel(int totalTimeout) {
            this.deadlineNanos = totalTimeout > 0 ? System.nanoTime() + totalTimeout * 1_000_000L : 0;
        }

        /** Runs {@code scan} with this channel as its sink, then marks the end (or the failure) for the stream. */
        void produce(Consumer<Consumer<KeyRecord>> scan) {
            Object last = END;
            try {
                scan.accept(this::put);
            } catch (ScanExecutor.ScanStopped e) {
                return;
            } catch (RuntimeException | Error e) {
                last = new Failure(e);
            }
            if (!closed) {
                try {
                    queue.put(last); // the stream takes it, or its close (a Cleaner's too) makes room
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private void put(KeyRecord record) {
            if (closed) {
                throw new ScanExecutor.ScanStopped();
            }
            try {
                if (deadlineNanos == 0) {
                    queue.put(record);
                } else if (!queue.offer(record, deadlineNanos - System.nanoTime(), TimeUnit.NANOSECONDS)) {
                    throw new CommandTimeoutException("the scan's total timeout passed while the reader of its"
                        + " records took none", false);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ScanExecutor.ScanStopped();
            }
            if (closed) {
                throw new ScanExecutor.ScanStopped();
            }
        }

        /** Stops the readers: frees one blocked on a full queue, which then sees the close at its next record. */
        void close() {
            closed = true;
            queue.clear();
        }
    }

    private record Failure(Throwable cause) {
    }
}
