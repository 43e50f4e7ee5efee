package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.KeyRecord;
import io.spikesdk.api.RecordStream;
import io.spikesdk.api.ResultCode;

import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * A {@link RecordStream} fed by a scan running on another thread through a bounded queue: a full queue blocks the
 * node readers (back-pressure); {@link #close()} makes the next record they hand over throw {@link
 * ScanExecutor.ScanStopped}, which closes their connections.
 */
public final class QueuedRecordStream implements RecordStream {
    static final int CAPACITY = 1024;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
    private volatile boolean closed;
    private KeyRecord next;
    private boolean finished;

    /** Runs {@code scan} with this stream as its sink, then marks the end (or the failure) for the reader. */
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
            putQuietly(last);
        }
    }

    private void put(KeyRecord record) {
        if (closed) {
            throw new ScanExecutor.ScanStopped();
        }
        try {
            queue.put(record);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScanExecutor.ScanStopped();
        }
    }

    private void putQuietly(Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw AerospikeException.create(ResultCode.CLIENT_ERROR, "interrupted while waiting for the next record;"
                + " the scan was stopped", null, false, 0, e);
        }
        if (item == END) {
            finished = true;
            return false;
        }
        if (item instanceof Failure f) {
            finished = true;
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
        closed = true;
        finished = true;
        next = null;
        // frees a reader blocked on a full queue: it sees the close at its next record
        queue.clear();
    }

    private record Failure(Throwable cause) {
    }
}
