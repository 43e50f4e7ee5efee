package io.spikesdk.core.internal.cluster;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Command counters of one node and its circuit breaker: connection errors and timeouts add to an error
 * count that the tender resets every {@code errorRateWindow} tends; while the count exceeds
 * {@code maxErrorRate}, {@link #admit} refuses commands (the official client's MAX_ERROR_RATE back-off).
 * Thread-safe.
 */
public final class NodeMetrics {
    private final LongAdder commands = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final LongAdder timeouts = new LongAdder();
    private final AtomicInteger errorRate = new AtomicInteger();

    /** Whether a command may be sent: {@code maxErrorRate} 0 disables the breaker. */
    public boolean admit(int maxErrorRate) {
        return maxErrorRate <= 0 || errorRate.get() <= maxErrorRate;
    }

    /** An attempt is being sent. */
    public void sent() {
        commands.increment();
    }

    /** A connection or I/O error, or DEVICE_OVERLOAD: counts towards the breaker. */
    public void failed() {
        errors.increment();
        errorRate.incrementAndGet();
    }

    /** A failed attempt that does not count towards the breaker (KEY_BUSY, refused by the breaker, ...). */
    public void rejected() {
        errors.increment();
    }

    /** A client-side socket timeout or a server TIMEOUT: counts towards the breaker. */
    public void timedOut() {
        timeouts.increment();
        errorRate.incrementAndGet();
    }

    /** Starts a new breaker window. */
    void resetErrorRate() {
        errorRate.set(0);
    }

    /** Errors counted in the current breaker window. */
    public int errorRate() {
        return errorRate.get();
    }

    public long commands() {
        return commands.sum();
    }

    public long errors() {
        return errors.sum();
    }

    public long timeouts() {
        return timeouts.sum();
    }
}
