package io.spikesdk.core.internal.async;

import io.spikesdk.api.Policy;
import io.spikesdk.core.internal.Log;
import io.spikesdk.core.internal.cluster.Node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One selector thread: runs the tasks handed to it, the I/O of its connections, and owns its per-node pools of
 * idle connections. Everything but {@link #execute} runs on the loop's own thread.
 */
final class EventLoop implements Runnable {
    private static final Log LOG = Log.named("core.async");

    private final Selector selector;
    private final Thread thread;
    private final Object owner;
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    /** Tasks the loop queued for itself: no lock-free node, no wakeup. */
    private final ArrayDeque<Runnable> ownTasks = new ArrayDeque<>();
    private final Consumer<SelectionKey> dispatch = this::dispatch;
    private final TimerWheel timers = new TimerWheel(System.nanoTime());
    private final AtomicBoolean wakeupPending = new AtomicBoolean();
    private final Map<Node, ArrayDeque<AsyncConnection>> idle = new HashMap<>();
    private final Set<Exchange> active = Collections.newSetFromMap(new IdentityHashMap<>());
    private final long maxIdleNanos;
    /** Auto-batches filling during the current pass, sent when it ends. */
    private ArrayList<AutoBatch> filling = new ArrayList<>(2);
    /** The batches being sent, swapped with {@link #filling} at the end of a pass (no copy per pass). */
    private ArrayList<AutoBatch> sending = new ArrayList<>(2);
    private byte[] scratch = new byte[1024];
    private volatile boolean closed;

    /** @param owner what the loop belongs to, for {@link #current} */
    EventLoop(String name, long maxIdleNanos, Object owner) {
        try {
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a selector for the async client", e);
        }
        this.maxIdleNanos = maxIdleNanos;
        this.owner = owner;
        this.thread = new LoopThread(this, name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Runs {@code task} on the loop, later (never inside this call); false (not run) once the loop is closed. Any
     * thread; another thread wakes the selector at most once per loop iteration.
     */
    boolean execute(Runnable task) {
        if (closed) {
            return false;
        }
        if (Thread.currentThread() == thread) {
            ownTasks.add(task);
            return true;
        }
        tasks.add(task);
        if (wakeupPending.compareAndSet(false, true)) {
            selector.wakeup();
        }
        return true;
    }

    /** The loop of {@code owner} the calling thread runs, or null. */
    static EventLoop current(Object owner) {
        return Thread.currentThread() instanceof LoopThread t && t.loop.owner == owner ? t.loop : null;
    }

    boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    Selector selector() {
        return selector;
    }

    /** An exchange started on this loop; failed with {@code closedError} if the loop closes first. */
    void started(Exchange exchange) {
        active.add(exchange);
    }

    void ended(Exchange exchange) {
        active.remove(exchange);
    }

    /** Arms {@code timeout} for {@code deadlineNanos} on the loop's wheel (re-arms it if armed). Loop thread only. */
    void arm(TimerWheel.Timeout timeout, long deadlineNanos) {
        timers.arm(timeout, deadlineNanos);
    }

    /** Takes {@code timeout} off the loop's wheel. Loop thread only. */
    void disarm(TimerWheel.Timeout timeout) {
        timers.disarm(timeout);
    }

    /** A pooled connection to {@code node}, or null; connections idle longer than the max socket idle are closed. */
    AsyncConnection idleConnection(Node node) {
        ArrayDeque<AsyncConnection> pool = idle.get(node);
        if (pool == null) {
            return null;
        }
        long now = System.nanoTime();
        AsyncConnection conn;
        while ((conn = pool.pollLast()) != null) {
            if (conn.reusable() && now - conn.idleSince() < maxIdleNanos) {
                conn.taken();
                return conn;
            }
            conn.close();
        }
        return null;
    }

    /** Returns a connection after a complete exchange, or closes it when its node left the cluster. */
    void release(AsyncConnection conn) {
        if (!conn.node().isActive() || closed) {
            conn.close();
            return;
        }
        conn.idle();
        idle.computeIfAbsent(conn.node(), n -> new ArrayDeque<>()).addLast(conn);
    }

    /** An idle connection closed by its peer or broken: drop it from its pool. */
    void dropIdle(AsyncConnection conn) {
        ArrayDeque<AsyncConnection> pool = idle.get(conn.node());
        if (pool != null) {
            pool.remove(conn);
        }
        conn.close();
    }

    @Override
    public void run() {
        while (!closed) {
            try {
                // the ready keys go straight to their connections, without a selected-key set to iterate
                if (!tasks.isEmpty() || !ownTasks.isEmpty()) {
                    selector.selectNow(dispatch);
                } else if (timers.isEmpty()) {
                    selector.select(dispatch);
                } else {
                    selector.select(dispatch, timers.millisToNextTick(System.nanoTime()));
                }
                wakeupPending.set(false);
                runTasks();
                timers.advance(System.nanoTime());
                if (!filling.isEmpty()) {
                    sendAutoBatches();
                }
            } catch (IOException | RuntimeException e) {
                // one failing selection must not stop the loop that every later command needs
                LOG.warn("async event loop " + thread.getName() + ": " + e);
            }
        }
    }

    /**
     * Hands a ready key to its connection, then runs what that queued for the loop (a command a completion chained)
     * at once: its request goes out in this select pass, not after another one. Not from inside the connection's
     * own handling, which a command started there could disturb (it may reuse the connection just released).
     */
    private void dispatch(SelectionKey key) {
        if (key.isValid()) {
            ((AsyncConnection) key.attachment()).ready(key.readyOps());
        }
        runOwnTasks();
    }

    /**
     * Adds a batchable command (holding its slot) to the batch for its node and policy that fills during this
     * pass; returns that batch. Loop thread only.
     */
    AutoBatch autoBatch(AsyncCommand<?> command, Node node, Policy policy, int frameSize) {
        for (int i = 0; i < filling.size(); i++) {
            AutoBatch batch = filling.get(i);
            if (batch.accepts(node, policy, frameSize)) {
                batch.add(command, frameSize);
                return batch;
            }
        }
        AutoBatch batch = new AutoBatch(this, node, policy);
        batch.add(command, frameSize);
        filling.add(batch);
        return batch;
    }

    /** The pass ended: every batch filled in it is sent (a batch of one command goes as that command alone). */
    private void sendAutoBatches() {
        ArrayList<AutoBatch> batches = filling;
        filling = sending;
        sending = batches;
        for (int i = 0; i < batches.size(); i++) {
            batches.get(i).flush();
        }
        batches.clear();
    }

    /** A buffer of at least {@code size} bytes for one row of a batch reply, valid until the next call. */
    byte[] scratch(int size) {
        if (scratch.length < size) {
            scratch = new byte[Math.max(size, scratch.length * 2)];
        }
        return scratch;
    }

    /** Runs the queued tasks; what they queue for the loop runs after the next (non-blocking) select. */
    private void runTasks() {
        Runnable task;
        while ((task = tasks.poll()) != null) {
            task.run();
        }
        runOwnTasks();
    }

    /** Runs the tasks the loop queued for itself so far; those they queue run at the next call. */
    private void runOwnTasks() {
        for (int n = ownTasks.size(); n > 0 && !closed; n--) {
            ownTasks.poll().run();
        }
    }

    /**
     * Stops the loop: fails the exchanges still running with {@code reason}, closes every connection and the
     * selector, then waits a moment for the thread unless called on it.
     */
    void close(RuntimeException reason) {
        if (closed) {
            return;
        }
        tasks.add(() -> shutdown(reason));
        selector.wakeup();
        if (!inLoop()) {
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void shutdown(RuntimeException reason) {
        closed = true;
        for (Exchange exchange : active.toArray(new Exchange[0])) {
            exchange.abort(reason);
        }
        active.clear();
        for (SelectionKey key : selector.keys()) {
            ((AsyncConnection) key.attachment()).close();
        }
        idle.clear();
        filling.clear();
        ownTasks.clear();
        try {
            selector.close();
        } catch (IOException e) {
            LOG.debug("closing a selector: " + e);
        }
        tasks.clear();
    }

    Thread thread() {
        return thread;
    }

    /** A loop's thread, so that {@link #current} finds the loop without a thread-local. */
    private static final class LoopThread extends Thread {
        final EventLoop loop;

        LoopThread(EventLoop loop, String name) {
            super(loop, name);
            this.loop = loop;
        }
    }
}
