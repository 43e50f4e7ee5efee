package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.ResultStream;

import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The {@link ResultStream} of an {@link Aggregation}: fed by the client's stage through a bounded queue (a full queue
 * blocks the stage, and so the nodes: back-pressure); {@link #close()} makes the stage's next result throw {@link
 * ScanExecutor.ScanStopped} and stops the aggregation.
 */
final class QueuedResults implements ResultStream {
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(Aggregation.CAPACITY);
    private final Runnable onClose;
    private volatile boolean closed;
    private Object next;
    private boolean hasNext;
    private boolean finished;

    QueuedResults(Runnable onClose) {
        this.onClose = onClose;
    }

    void put(Object value) {
        if (closed) {
            throw new ScanExecutor.ScanStopped();
        }
        try {
            queue.put(new Item(value));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScanExecutor.ScanStopped();
        }
    }

    void end() {
        putQuietly(END);
    }

    void fail(Throwable cause) {
        putQuietly(new Failure(cause));
    }

    private void putQuietly(Object item) {
        if (closed) {
            return;
        }
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean hasNext() {
        if (hasNext) {
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
            throw AerospikeException.create(ResultCode.CLIENT_ERROR, "interrupted while waiting for the next result;"
                + " the aggregation was stopped", null, false, 0, e);
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
        next = ((Item) item).value;
        hasNext = true;
        return true;
    }

    @Override
    public Object next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the aggregation has no more results");
        }
        Object value = next;
        next = null;
        hasNext = false;
        return value;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        finished = true;
        next = null;
        hasNext = false;
        onClose.run();
        // frees a stage blocked on a full queue: it sees the close at its next result
        queue.clear();
    }

    /** A result; a wrapper because a stage may produce null (a nil), which a queue cannot hold. */
    private record Item(Object value) {
    }

    private record Failure(Throwable cause) {
    }
}
