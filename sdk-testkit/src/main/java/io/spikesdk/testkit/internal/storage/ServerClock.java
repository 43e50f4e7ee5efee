package io.spikesdk.testkit.internal.storage;

import java.util.function.LongSupplier;

/** The server's notion of time, from an injectable source of Unix milliseconds. */
public final class ServerClock {
    /** Seconds between the Unix epoch and 2010-01-01T00:00:00Z, the server epoch. */
    public static final long CITRUSLEAF_EPOCH_SECONDS = 1_262_304_000L;

    private final LongSupplier millis;

    public ServerClock(LongSupplier millis) {
        this.millis = millis;
    }

    public long nowMillis() {
        return millis.getAsLong();
    }

    /** Now in seconds since the server epoch (void times are expressed in this unit). */
    public long nowSeconds() {
        return Math.max(0, millis.getAsLong() / 1000 - CITRUSLEAF_EPOCH_SECONDS);
    }
}
