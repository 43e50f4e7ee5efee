package io.spikesdk.core.internal.net;

import io.spikesdk.api.ClientClosedException;
import io.spikesdk.api.ConnectionException;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.metrics.MetricsListener;
import io.spikesdk.core.internal.Log;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * The connections of one node: at most {@code max} open at once, idle ones reused most-recent-first,
 * idle ones older than {@code maxIdle} closed (but never below {@code min}, which the tender refills).
 *
 * <p>Thread-safe: one {@link ReentrantLock} guards the bookkeeping (no I/O is done under it: connections are
 * opened and closed outside), a {@link Condition} hands a returned connection to a waiting borrower, and
 * borrow and release allocate nothing. The idle connections form a stack in release order, so the oldest is at
 * the bottom: eviction looks at the bottom, reuse takes the top. A borrowed connection goes back with
 * {@link #release} after a complete response, or with {@link #discard} after any doubt about its state.
 */
public final class ConnectionPool {
    private static final Log LOG = Log.named("core.pool");
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
    /** Measures idle ages: System::nanoTime, or a test's clock. */
    private final LongSupplier idleClock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition returned = lock.newCondition();
    /** Every open connection by its {@code poolSlot}; null = free slot. Guarded by {@link #lock}. */
    private final Connection[] slots;
    /** Idle connections, oldest at 0, most recently released at {@code idleCount - 1}. Guarded by {@link #lock}. */
    private final Connection[] idle;
    private int idleCount;
    /** Connections open or being opened (at most {@code max}). Guarded by {@link #lock}. */
    private int open;
    /** Threads waiting in {@link #borrow} for a connection. Guarded by {@link #lock}. */
    private int waiting;
    private volatile boolean closed;
    /** Told of every connection opened and closed, or null. */
    private final MetricsListener metrics;

    /**
     * @param min connections kept open even when idle
     * @param max connections open at once (idle plus borrowed)
     * @param maxIdleNanos idle time after which a connection is closed; 0 = never
     */
    public ConnectionPool(String nodeName, Opener opener, int min, int max, long maxIdleNanos) {
        this(nodeName, opener, min, max, maxIdleNanos, System::nanoTime, null);
    }

    /** As above, telling {@code metrics} (may be null) of every connection opened and closed. */
    public ConnectionPool(String nodeName, Opener opener, int min, int max, long maxIdleNanos, MetricsListener metrics) {
        this(nodeName, opener, min, max, maxIdleNanos, System::nanoTime, metrics);
    }

    /** As above, measuring idle ages with {@code idleClock} (nanoseconds) so tests need not sleep. */
    public ConnectionPool(String nodeName, Opener opener, int min, int max, long maxIdleNanos, LongSupplier idleClock) {
        this(nodeName, opener, min, max, maxIdleNanos, idleClock, null);
    }

    private ConnectionPool(String nodeName, Opener opener, int min, int max, long maxIdleNanos, LongSupplier idleClock,
                           MetricsListener metrics) {
        this.metrics = metrics;
        this.nodeName = nodeName;
        this.opener = opener;
        this.max = Math.max(1, max);
        this.min = Math.max(0, Math.min(min, max));
        this.maxIdleNanos = maxIdleNanos;
        this.idleClock = idleClock;
        this.slots = new Connection[this.max];
        this.idle = new Connection[this.max];
    }

    /**
     * A connection: the most recently released idle one, a new one when fewer than {@code max} are open, or
     * one released by another thread within {@code waitNanos}.
     *
     * @throws ConnectionException NO_MORE_CONNECTIONS when none became free in time
     * @throws IOException when opening a new connection failed
     * @throws ClientClosedException when the pool is closed
     */
    public Connection borrow(long waitNanos) throws IOException {
        Connection[] stale = null;
        lock.lock();
        try {
            long remaining = Math.max(0, waitNanos);
            while (true) {
                if (closed) {
                    throw closedException();
                }
                if (idleCount > 0) {
                    if (isStale(idle[idleCount - 1], idleClock.getAsLong())) {
                        // released in order, so the top being stale means every idle one is
                        stale = takeAllIdle();
                    } else {
                        return idle[--idleCount];
                    }
                }
                if (open < max) {
                    open++;
                    break;
                }
                if (remaining <= 0) {
                    throw new ConnectionException(ResultCode.NO_MORE_CONNECTIONS,
                            "node " + nodeName + ": all " + max + " connections are in use", nodeName, false, 0, null);
                }
                waiting++;
                try {
                    remaining = returned.awaitNanos(remaining);
                } finally {
                    waiting--;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionException(ResultCode.NO_MORE_CONNECTIONS,
                    "interrupted while waiting for a connection to node " + nodeName, nodeName, false, 0, e);
        } finally {
            lock.unlock();
            closeAll(stale);
        }
        return openReserved();
    }

    /** Opens the connection of a reservation ({@code open} counted it) and registers it; undone on failure. */
    private Connection openReserved() throws IOException {
        Connection c;
        try {
            c = opener.open();
        } catch (IOException | RuntimeException e) {
            lock.lock();
            try {
                open--;
                returned.signal();
            } finally {
                lock.unlock();
            }
            throw e;
        }
        opened();
        lock.lock();
        try {
            if (!closed) {
                int slot = 0;
                while (slots[slot] != null) {
                    slot++;
                }
                slots[slot] = c;
                c.poolSlot = slot;
                return c;
            }
            open--;
        } finally {
            lock.unlock();
        }
        close(c);
        throw closedException();
    }

    /** Returns a healthy connection after a complete exchange. */
    public void release(Connection c) {
        c.shrinkBuffer();
        c.touch(idleClock.getAsLong());
        boolean keep;
        lock.lock();
        try {
            keep = !closed && !c.isClosed() && !unregistered(c);
            if (keep) {
                idle[idleCount++] = c;
            } else {
                unregister(c);
            }
            if (waiting > 0) {
                returned.signal();
            }
        } finally {
            lock.unlock();
        }
        if (!keep) {
            close(c);
        }
    }

    /** Closes a connection that must not be reused (I/O error, timeout, protocol error). */
    public void discard(Connection c) {
        lock.lock();
        try {
            unregister(c);
            if (waiting > 0) {
                returned.signal();
            }
        } finally {
            lock.unlock();
        }
        close(c);
    }

    /** Whether {@code c} is not (or no longer) one of this pool's open connections. Under the lock. */
    private boolean unregistered(Connection c) {
        return c.poolSlot < 0 || slots[c.poolSlot] != c;
    }

    /** Forgets a borrowed connection and frees its slot, the first time only. Under the lock. */
    private void unregister(Connection c) {
        if (!unregistered(c)) {
            slots[c.poolSlot] = null;
            open--;
        }
    }

    private boolean isStale(Connection c, long now) {
        return maxIdleNanos > 0 && now - c.lastUsedNanos() > maxIdleNanos;
    }

    /** Empties the idle stack, unregistering its connections; the caller closes them after unlocking. */
    private Connection[] takeAllIdle() {
        Connection[] taken = new Connection[idleCount];
        System.arraycopy(idle, 0, taken, 0, idleCount);
        for (Connection c : taken) {
            unregister(c);
        }
        Arrays.fill(idle, 0, idleCount, null);
        idleCount = 0;
        return taken;
    }

    private void closeAll(Connection[] connections) {
        if (connections != null) {
            for (Connection c : connections) {
                close(c);
            }
        }
    }

    /** Closes a connection of this pool, telling the metrics listener the first time. */
    private void close(Connection c) {
        if (!c.isClosed()) {
            c.close();
            if (metrics != null) {
                try {
                    metrics.connectionClosed(nodeName);
                } catch (RuntimeException e) {
                    LOG.warn("metrics listener " + metrics + " failed on a closed connection", e);
                }
            }
        }
    }

    private void opened() {
        if (metrics != null) {
            try {
                metrics.connectionOpened(nodeName);
            } catch (RuntimeException e) {
                LOG.warn("metrics listener " + metrics + " failed on an opened connection", e);
            }
        }
    }

    /**
     * Closes idle connections unused for longer than maxIdle, oldest first, keeping at least {@code min} open;
     * returns how many it closed.
     */
    public int trimIdle() {
        if (maxIdleNanos <= 0) {
            return 0;
        }
        Connection[] evicted;
        int count = 0;
        lock.lock();
        try {
            long now = idleClock.getAsLong();
            while (count < idleCount && open - count > min && isStale(idle[count], now)) {
                count++;
            }
            if (count == 0) {
                return 0;
            }
            evicted = new Connection[count];
            System.arraycopy(idle, 0, evicted, 0, count);
            System.arraycopy(idle, count, idle, 0, idleCount - count);
            Arrays.fill(idle, idleCount - count, idleCount, null);
            idleCount -= count;
            for (Connection c : evicted) {
                unregister(c);
            }
        } finally {
            lock.unlock();
        }
        closeAll(evicted);
        return count;
    }

    /**
     * Closes every idle connection (they share a state the server no longer accepts, such as a refused login
     * session); returns how many. Borrowed connections are left to their commands. The tender refills to {@code min}.
     */
    public int closeIdle() {
        Connection[] taken;
        lock.lock();
        try {
            taken = takeAllIdle();
        } finally {
            lock.unlock();
        }
        closeAll(taken);
        return taken.length;
    }

    /** Opens connections until {@code min} are open; stops at the first failure (returned). */
    public IOException fillToMin() {
        while (true) {
            lock.lock();
            try {
                if (closed || open >= min) {
                    return null;
                }
                open++;
            } finally {
                lock.unlock();
            }
            try {
                release(openReserved());
            } catch (IOException e) {
                return e;
            } catch (ClientClosedException e) {
                return null;
            }
        }
    }

    /** Closes every connection, idle or borrowed; later borrows fail with ClientClosedException. */
    public void close() {
        Connection[] all;
        lock.lock();
        try {
            closed = true;
            all = slots.clone();
            Arrays.fill(slots, null);
            Arrays.fill(idle, null);
            idleCount = 0;
            open = 0;
            returned.signalAll();
        } finally {
            lock.unlock();
        }
        for (Connection c : all) {
            if (c != null) {
                close(c);
            }
        }
    }

    private ClientClosedException closedException() {
        return new ClientClosedException("client is closed", nodeName, false, 0, null);
    }

    /** Connections open now (idle plus borrowed, plus those being opened). */
    public int openCount() {
        lock.lock();
        try {
            return open;
        } finally {
            lock.unlock();
        }
    }

    /** Threads waiting in {@link #borrow} for a connection to come back. */
    public int waiters() {
        lock.lock();
        try {
            return waiting;
        } finally {
            lock.unlock();
        }
    }

    /** Connections borrowed by commands right now (open minus idle). */
    public int inUseCount() {
        lock.lock();
        try {
            return open - idleCount;
        } finally {
            lock.unlock();
        }
    }

    /** Idle connections. */
    public int idleCount() {
        lock.lock();
        try {
            return idleCount;
        } finally {
            lock.unlock();
        }
    }
}
