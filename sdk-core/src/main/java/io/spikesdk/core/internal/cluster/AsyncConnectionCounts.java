package io.spikesdk.core.internal.cluster;

import io.spikesdk.api.metrics.MetricsListener;
import io.spikesdk.core.internal.Log;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The async client's connections to one node, over all its event loops: how many are open and how many idle in a
 * loop's pool (read by {@link LiveClusterView} for the pool gauges), and the opened and closed events for the
 * metrics listener, as the blocking {@link io.spikesdk.core.internal.net.ConnectionPool} reports its own.
 */
public final class AsyncConnectionCounts {
    private static final Log LOG = Log.named("core.async");

    private final String nodeName;
    private final MetricsListener metrics;
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger idle = new AtomicInteger();

    /** @param metrics told of every connection opened and closed, or null */
    public AsyncConnectionCounts(String nodeName, MetricsListener metrics) {
        this.nodeName = nodeName;
        this.metrics = metrics;
    }

    /** A connection's socket connected. */
    public void opened() {
        open.incrementAndGet();
        if (metrics != null) {
            try {
                metrics.connectionOpened(nodeName);
            } catch (RuntimeException e) {
                LOG.warn("metrics listener " + metrics + " failed on an opened connection", e);
            }
        }
    }

    /** A connection {@link #opened} was closed (once per connection); {@code wasIdle}: from a loop's pool. */
    public void closed(boolean wasIdle) {
        open.decrementAndGet();
        if (wasIdle) {
            idle.decrementAndGet();
        }
        if (metrics != null) {
            try {
                metrics.connectionClosed(nodeName);
            } catch (RuntimeException e) {
                LOG.warn("metrics listener " + metrics + " failed on a closed connection", e);
            }
        }
    }

    /** An open connection went back to its loop's pool. */
    public void pooled() {
        idle.incrementAndGet();
    }

    /** A pooled connection was taken for a command. */
    public void taken() {
        idle.decrementAndGet();
    }

    /** Connections open and carrying a command (or opening for one). */
    public int inUse() {
        return Math.max(0, open.get() - idle.get());
    }

    /** Connections open in a loop's pool. */
    public int idle() {
        return idle.get();
    }
}
