package io.spikesdk.core.internal.async;

import io.spikesdk.core.internal.Log;
import io.spikesdk.core.internal.cluster.Node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One selector thread: runs the tasks handed to it, the I/O of its connections, and owns its per-node pools of
 * idle connections. Everything but {@link #execute} runs on the loop's own thread.
 */
final class EventLoop implements Runnable {
    private static final Log LOG = Log.named("core.async");

    private final Selector selector;
    private final Thread thread;
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean wakeupPending = new AtomicBoolean();
    private final Map<Node, ArrayDeque<AsyncConnection>> idle = new HashMap<>();
    private final Set<Exchange> active = Collections.newSetFromMap(new IdentityHashMap<>());
    private final long maxIdleNanos;
    private volatile boolean closed;

    EventLoop(String name, long maxIdleNanos) {
        try {
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a selector for the async client", e);
        }
        this.maxIdleNanos = maxIdleNanos;
        this.thread = new Thread(this, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs {@code task} on the loop; false (not run) once the loop is closed. Any thread. */
    boolean execute(Runnable task) {
        if (closed) {
            return false;
        }
        tasks.add(task);
        if (Thread.currentThread() != thread && wakeupPending.compareAndSet(false, true)) {
            selector.wakeup();
        }
        return true;
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
                if (tasks.isEmpty()) {
                    selector.select();
                } else {
                    // tasks the loop queued for itself while handling I/O: run them without blocking
                    selector.selectNow();
                }
                wakeupPending.set(false);
                runTasks();
                if (closed) {
                    break;
                }
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    if (key.isValid()) {
                        ((AsyncConnection) key.attachment()).ready(key.readyOps());
                    }
                }
            } catch (IOException | RuntimeException e) {
                // one failing selection must not stop the loop that every later command needs
                LOG.warn("async event loop " + thread.getName() + ": " + e);
            }
        }
    }

    private void runTasks() {
        Runnable task;
        while ((task = tasks.poll()) != null) {
            task.run();
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
}
