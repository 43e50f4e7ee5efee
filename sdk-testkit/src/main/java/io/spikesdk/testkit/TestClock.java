package io.spikesdk.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The time of an embedded server (or of every node of an {@link EmbeddedCluster}), which a test moves forward:
 * the builder's {@link Clock} plus an offset. Record TTLs, void times and last-update times follow it.
 *
 * <pre>{@code
 * server.clock().advance(Duration.ofHours(2));   // records whose void time has passed are gone, for every client
 * }</pre>
 *
 * <p>{@link #advance(Duration)} returns once the records that expired are removed, as the real server's
 * namespace supervisor ({@code nsup}) would: reads answer "not found", scans, queries and batches skip them,
 * and {@code objects} / {@code expired_objects} in the {@code namespace/<ns>} info answer count them.
 * Also a {@code java.time.Clock}, so the code under test can read the same time. Thread-safe.
 */
public final class TestClock extends Clock {
    private final Clock base;
    private final AtomicLong offsetMillis = new AtomicLong();
    private final List<Runnable> afterAdvance = new CopyOnWriteArrayList<>();

    TestClock(Clock base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    /** The server's current time. */
    public Instant now() {
        return instant();
    }

    /**
     * Moves the server's time forward and expires the records whose void time it passes.
     *
     * @param amount zero or more (time never goes back, as on a real server)
     * @return the new current time
     * @throws IllegalArgumentException when {@code amount} is negative
     */
    public Instant advance(Duration amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a server clock only moves forward: " + amount);
        }
        offsetMillis.addAndGet(amount.toMillis());
        afterAdvance.forEach(Runnable::run);
        return now();
    }

    /** How far {@link #advance(Duration)} has moved this clock ahead of the builder's clock. */
    public Duration offset() {
        return Duration.ofMillis(offsetMillis.get());
    }

    /** Back to the builder's clock (offset zero): part of a server's {@code reset()}. */
    void rewind() {
        offsetMillis.set(0);
    }

    /** Runs {@code action} after every advance (the owning node expires its records). */
    void afterAdvance(Runnable action) {
        afterAdvance.add(action);
    }

    @Override
    public long millis() {
        return base.millis() + offsetMillis.get();
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    /** This clock's time in another zone (a view: it moves when this clock is advanced). */
    @Override
    public Clock withZone(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        TestClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public String toString() {
        return "TestClock[" + instant() + ", offset " + offset() + "]";
    }
}
