package io.spikesdk.admin;

import java.time.Duration;
import java.util.Objects;

/**
 * How an {@link AdminClient} call is sent.
 *
 * @param timeout the longest a call may take, waiting for a pooled connection included; {@link Duration#ZERO} waits
 *     without limit. The official clients' default is one second ({@link #DEFAULT}).
 */
public record AdminPolicy(Duration timeout) {
    /** One second, as the official clients' {@code AdminPolicy}. */
    public static final AdminPolicy DEFAULT = new AdminPolicy(Duration.ofSeconds(1));

    /** Checks the timeout. */
    public AdminPolicy {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("admin timeout must not be negative: " + timeout);
        }
        if (timeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("admin timeout too long: " + timeout);
        }
    }

    /** A policy with the given timeout. */
    public static AdminPolicy timeout(Duration timeout) {
        return new AdminPolicy(timeout);
    }

    int timeoutMillis() {
        return (int) timeout.toMillis();
    }
}
