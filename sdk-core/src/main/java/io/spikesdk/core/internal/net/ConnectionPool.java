package io.spikesdk.core.internal.net;

import io.spikesdk.api.ClientClosedException;
import io.spikesdk.api.ConnectionException;
import io.spikesdk.api.ResultCode;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The connections of one node: at most {@code max} open at once, idle ones reused most-recent-first,
 * idle ones older than {@code maxIdle} closed (but never below {@code min}, which the tender refills).
 *
 * <p>Thread-safe. A borrowed connection goes back with {@link #release} after a complete response,
 * or with {@link #discard} after any doubt about its state.
 */
public final class ConnectionPool {
    /** Opens a new connection for this pool. */
    @FunctionalInterface
    public interface Opener {
        Connection open() throws IOException;
    }

    private final String nodeName;
    private final Opener opener;
    private final int min;
    private final int max;
    private final long maxIdleNanos;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition returned = lock.newCondition();
    private final ArrayDeque<Connection> idle = new ArrayDeque<>();
    private final Set<Connection> open = ConcurrentHashMap.newKeySet();
    private int total;
    private boolean closed;

    /**
     * @param min connections kept open even when idle
     * @param max connections open at once (idle plus borrowed)
     * @param maxIdleNanos idle time after which a connection is closed; 0 = never
     */
    public ConnectionPool(String nodeName, Opener opener, int min, int max, long maxIdleNanos) {
        this.nodeName = nodeName;
        this.opener = opener;
        this.min = Math.max(0, Math.min(min, max));
        this.max = Math.max(1, max);
        this.maxIdleNanos = maxIdleNanos;
    }

    /**
     * A connection: an idle one, a new one when below {@code max}, or one released by another thread
     * within {@code waitNanos}.
     *
     * @throws ConnectionException NO_MORE_CONNECTIONS when none became free in time
     * @throws IOException when opening a new connection failed
     * @throws ClientClosedException when the pool is closed
     */
    public Connection borrow(long waitNanos) throws IOException {
        long deadline = System.nanoTime() + Math.max(0, waitNanos);
        lock.lock();
        try {
            while (true) {
                if (closed) {
                    throw new ClientClosedException("client is closed", nodeName, false, 0, null);
                }
                Connection c = pollFresh();
                if (c != null) {
                    return c;
                }
                if (total < max) {
                    total++;
                    break;
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    throw new ConnectionException(ResultCode.NO_MORE_CONNECTIONS,
                            "node " + nodeName + ": all " + max + " connections are in use", nodeName, false, 0, null);
                }
                returned.awaitNanos(remaining);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionException(ResultCode.NO_MORE_CONNECTIONS,
                    "interrupted while waiting for a connection to node " + nodeName, nodeName, false, 0, e);
        } finally {
            lock.unlock();
        }
        return openCounted();
    }

    private Connection openCounted() throws IOException {
        Connection c;
        try {
            c = opener.open();
        } catch (IOException | RuntimeException e) {
            lock.lock();
            try {
                total--;
                returned.signal();
            } finally {
                lock.unlock();
            }
            throw e;
        }
        open.add(c);
        boolean lateClose;
        lock.lock();
        try {
            lateClose = closed;
        } finally {
            lock.unlock();
        }
        if (lateClose) {
            discard(c);
            throw new ClientClosedException("client is closed", nodeName, false, 0, null);
        }
        return c;
    }

    /** Takes the most recently used idle connection, closing the stale ones met on the way. */
    private Connection pollFresh() {
        Connection c;
        while ((c = idle.pollFirst()) != null) {
            if (maxIdleNanos > 0 && System.nanoTime() - c.lastUsedNanos() > maxIdleNanos) {
                closeCounted(c);
                continue;
            }
            return c;
        }
        return null;
    }

    /** Returns a healthy connection after a complete exchange. */
    public void release(Connection c) {
        c.shrinkBuffer();
        c.touch();
        lock.lock();
        try {
            if (closed || c.isClosed()) {
                closeCounted(c);
            } else {
                idle.addFirst(c);
            }
            returned.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Closes a connection that must not be reused (I/O error, timeout, protocol error). */
    public void discard(Connection c) {
        lock.lock();
        try {
            closeCounted(c);
            returned.signal();
        } finally {
            lock.unlock();
        }
    }

    private void closeCounted(Connection c) {
        c.close();
        if (open.remove(c)) {
            total--;
        }
    }

    /** Closes idle connections unused for longer than maxIdle, keeping at least {@code min} open. */
    public int trimIdle() {
        if (maxIdleNanos <= 0) {
            return 0;
        }
        int closedCount = 0;
        lock.lock();
        try {
            long now = System.nanoTime();
            while (total > min) {
                Connection oldest = idle.peekLast();
                if (oldest == null || now - oldest.lastUsedNanos() <= maxIdleNanos) {
                    break;
                }
                idle.pollLast();
                closeCounted(oldest);
                closedCount++;
            }
        } finally {
            lock.unlock();
        }
        return closedCount;
    }

    /** Opens connections until {@code min} are open; stops at the first failure (returned). */
    public IOException fillToMin() {
        while (true) {
            lock.lock();
            try {
                if (closed || total >= min) {
                    return null;
                }
                total++;
            } finally {
                lock.unlock();
            }
            try {
                release(openCounted());
            } catch (IOException e) {
                return e;
            }
        }
    }

    /** Closes every connection, idle or borrowed; later borrows fail with ClientClosedException. */
    public void close() {
        List<Connection> all;
        lock.lock();
        try {
            closed = true;
            idle.clear();
            all = new ArrayList<>(open);
            returned.signalAll();
        } finally {
            lock.unlock();
        }
        for (Connection c : all) {
            discard(c);
        }
    }

    /** Connections open now (idle plus borrowed). */
    public int openCount() {
        lock.lock();
        try {
            return total;
        } finally {
            lock.unlock();
        }
    }

    /** Threads waiting in {@link #borrow} for a connection to come back. */
    public int waiters() {
        lock.lock();
        try {
            return lock.getWaitQueueLength(returned);
        } finally {
            lock.unlock();
        }
    }

    /** Connections borrowed by commands right now (open minus idle, read together). */
    public int inUseCount() {
        lock.lock();
        try {
            return total - idle.size();
        } finally {
            lock.unlock();
        }
    }

    public int idleCount() {
        lock.lock();
        try {
            return idle.size();
        } finally {
            lock.unlock();
        }
    }
}
