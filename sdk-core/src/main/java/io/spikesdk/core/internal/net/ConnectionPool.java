package io.spikesdk.core.internal.net;

import io.spikesdk.api.ClientClosedException;
import io.spikesdk.api.ConnectionException;
import io.spikesdk.api.ResultCode;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * The connections of one node: at most {@code max} open at once, idle ones reused most-recent-first,
 * idle ones older than {@code maxIdle} closed (but never below {@code min}, which the tender refills).
 *
 * <p>Thread-safe and lock-free on the usual paths: each open connection holds one of {@code max}
 * slots; the idle ones form a stack of slot indexes linked through {@link #next}, whose head packs a
 * version with the top index so that a compare-and-set cannot be fooled by a pop and push in between
 * (ABA). Borrow and release are one compare-and-set each and allocate nothing; a lock is taken only to
 * wait for a connection when all {@code max} are in use, and by a release or discard that sees a waiter.
 * A borrowed connection goes back with {@link #release} after a complete response, or with
 * {@link #discard} after any doubt about its state.
 */
public final class ConnectionPool {
    /** Opens a new connection for this pool. */
    @FunctionalInterface
    public interface Opener {
        Connection open() throws IOException;
    }

    private static final long INDEX_MASK = 0xFFFF_FFFFL;

    private final String nodeName;
    private final Opener opener;
    private final int min;
    private final int max;
    private final long maxIdleNanos;
    /** Measures idle ages: System::nanoTime, or a test's clock. */
    private final LongSupplier idleClock;
    /** Slot i holds the open connection whose {@code poolSlot} is i, or null. */
    private final AtomicReferenceArray<Connection> slots;
    /** Next link of each slot in the idle stack: slot index + 1, 0 = bottom. */
    private final AtomicIntegerArray next;
    /** Idle stack head: version in the high 32 bits, top slot index + 1 in the low 32 bits (0 = empty). */
    private final AtomicLong idleHead = new AtomicLong();
    /** Connections open or being opened (at most {@code max}). */
    private final AtomicInteger total = new AtomicInteger();
    /** Threads in the wait path of {@link #borrow}. */
    private final AtomicInteger waiting = new AtomicInteger();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition returned = lock.newCondition();
    private volatile boolean closed;

    /**
     * @param min connections kept open even when idle
     * @param max connections open at once (idle plus borrowed)
     * @param maxIdleNanos idle time after which a connection is closed; 0 = never
     */
    public ConnectionPool(String nodeName, Opener opener, int min, int max, long maxIdleNanos) {
        this(nodeName, opener, min, max, maxIdleNanos, System::nanoTime);
    }

    /** As above, measuring idle ages with {@code idleClock} (nanoseconds) so tests need not sleep. */
    public ConnectionPool(String nodeName, Opener opener, int min, int max, long maxIdleNanos, LongSupplier idleClock) {
        this.idleClock = idleClock;
        this.nodeName = nodeName;
        this.opener = opener;
        this.max = Math.max(1, max);
        this.min = Math.max(0, Math.min(min, max));
        this.maxIdleNanos = maxIdleNanos;
        this.slots = new AtomicReferenceArray<>(this.max);
        this.next = new AtomicIntegerArray(this.max);
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
        if (closed) {
            throw closedException();
        }
        Connection c = pollFresh();
        if (c != null) {
            return c;
        }
        if (tryReserve()) {
            return openCounted();
        }
        c = await(System.nanoTime() + Math.max(0, waitNanos));
        return c != null ? c : openCounted();
    }

    /** The wait path: an idle connection, or null after reserving room for a new one. */
    private Connection await(long deadline) {
        lock.lock();
        // counted before checking again, so that a release either is seen here or sees the waiter
        waiting.incrementAndGet();
        try {
            while (true) {
                if (closed) {
                    throw closedException();
                }
                Connection c = pollFresh();
                if (c != null || tryReserve()) {
                    return c;
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
            waiting.decrementAndGet();
            lock.unlock();
        }
    }

    /** Counts one more connection when below max. */
    private boolean tryReserve() {
        int t;
        while ((t = total.get()) < max) {
            if (total.compareAndSet(t, t + 1)) {
                return true;
            }
        }
        return false;
    }

    /** Opens the connection of a reservation and gives it a slot; the reservation is undone on failure. */
    private Connection openCounted() throws IOException {
        Connection c;
        try {
            c = opener.open();
        } catch (IOException | RuntimeException e) {
            total.decrementAndGet();
            signalWaiter();
            throw e;
        }
        // a free slot exists: slots are cleared before total is decremented, and total counts this one
        int slot = 0;
        while (!slots.compareAndSet(slot, null, c)) {
            slot = slot + 1 == max ? 0 : slot + 1;
        }
        c.poolSlot = slot;
        if (closed) {
            discard(c);
            throw closedException();
        }
        return c;
    }

    /** Takes the most recently used idle connection, closing the stale ones met on the way. */
    private Connection pollFresh() {
        Connection c;
        while ((c = pop()) != null) {
            if (maxIdleNanos > 0 && idleClock.getAsLong() - c.lastUsedNanos() > maxIdleNanos) {
                closeCounted(c);
                continue;
            }
            return c;
        }
        return null;
    }

    private Connection pop() {
        while (true) {
            long head = idleHead.get();
            int top = (int) (head & INDEX_MASK);
            if (top == 0) {
                return null;
            }
            int below = next.get(top - 1);
            if (idleHead.compareAndSet(head, versioned(head, below))) {
                Connection c = slots.get(top - 1);
                if (c != null) {
                    c.idle = false;
                    return c;
                }
            }
        }
    }

    private void push(Connection c) {
        int slot = c.poolSlot;
        c.idle = true;
        while (true) {
            long head = idleHead.get();
            next.set(slot, (int) (head & INDEX_MASK));
            if (idleHead.compareAndSet(head, versioned(head, slot + 1))) {
                return;
            }
        }
    }

    /** A new head value: the version of {@code head} plus one, with {@code top} (slot + 1, 0 = empty). */
    private static long versioned(long head, int top) {
        return ((head >>> 32) + 1) << 32 | top;
    }

    /** Returns a healthy connection after a complete exchange. */
    public void release(Connection c) {
        c.shrinkBuffer();
        c.touch(idleClock.getAsLong());
        if (closed || c.isClosed() || c.poolSlot < 0 || slots.get(c.poolSlot) != c) {
            closeCounted(c);
        } else {
            push(c);
        }
        signalWaiter();
    }

    /** Closes a connection that must not be reused (I/O error, timeout, protocol error). */
    public void discard(Connection c) {
        closeCounted(c);
        signalWaiter();
    }

    private void signalWaiter() {
        if (waiting.get() > 0) {
            lock.lock();
            try {
                returned.signal();
            } finally {
                lock.unlock();
            }
        }
    }

    /** Closes {@code c} and, the first time only, frees its slot and uncounts it. */
    private void closeCounted(Connection c) {
        c.idle = false;
        c.close();
        int slot = c.poolSlot;
        if (slot >= 0 && slots.compareAndSet(slot, c, null)) {
            total.decrementAndGet();
        }
    }

    /**
     * Closes idle connections unused for longer than maxIdle, oldest first, keeping at least
     * {@code min} open. When one is found, the idle stack is taken whole for the sweep and the fresh
     * connections put back in their order (a borrow meanwhile finds none idle and may open one).
     */
    public int trimIdle() {
        if (maxIdleNanos <= 0 || total.get() <= min || !anyStaleIdle()) {
            return 0;
        }
        long head;
        do {
            head = idleHead.get();
        } while (!idleHead.compareAndSet(head, versioned(head, 0)));
        int[] taken = new int[max];
        int count = 0;
        for (int top = (int) (head & INDEX_MASK); top != 0 && count < max; top = next.get(top - 1)) {
            taken[count++] = top - 1;
        }
        long now = idleClock.getAsLong();
        int closedCount = 0;
        boolean trimming = true;
        for (int i = count - 1; i >= 0; i--) {
            Connection c = slots.get(taken[i]);
            if (c == null) {
                continue;
            }
            trimming &= total.get() > min && now - c.lastUsedNanos() > maxIdleNanos;
            if (trimming || closed) {
                closeCounted(c);
                closedCount++;
            } else {
                push(c);
            }
        }
        return closedCount;
    }

    private boolean anyStaleIdle() {
        long now = idleClock.getAsLong();
        for (int i = 0; i < max; i++) {
            Connection c = slots.get(i);
            if (c != null && c.idle && now - c.lastUsedNanos() > maxIdleNanos) {
                return true;
            }
        }
        return false;
    }

    /** Opens connections until {@code min} are open; stops at the first failure (returned). */
    public IOException fillToMin() {
        while (true) {
            int t = total.get();
            if (closed || t >= min) {
                return null;
            }
            if (!total.compareAndSet(t, t + 1)) {
                continue;
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
        closed = true;
        long head;
        do {
            head = idleHead.get();
        } while (!idleHead.compareAndSet(head, versioned(head, 0)));
        for (int i = 0; i < max; i++) {
            Connection c = slots.get(i);
            if (c != null) {
                closeCounted(c);
            }
        }
        lock.lock();
        try {
            returned.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private ClientClosedException closedException() {
        return new ClientClosedException("client is closed", nodeName, false, 0, null);
    }

    /** Connections open now (idle plus borrowed, plus those being opened). */
    public int openCount() {
        return total.get();
    }

    /** Threads waiting in {@link #borrow} for a connection to come back. */
    public int waiters() {
        return waiting.get();
    }

    /** Connections borrowed by commands right now (open minus idle). */
    public int inUseCount() {
        return Math.max(0, total.get() - idleCount());
    }

    /** Idle connections (a snapshot taken slot by slot). */
    public int idleCount() {
        int count = 0;
        for (int i = 0; i < max; i++) {
            Connection c = slots.get(i);
            if (c != null && c.idle) {
                count++;
            }
        }
        return count;
    }
}
