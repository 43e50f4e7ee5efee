package io.spikesdk.api;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link AerospikeClient#transaction(TxnOptions, TxnBody)} runs a transaction: the attempts (the body is run
 * again in a new transaction after a retryable transaction error), the pause between attempts and the transaction
 * timeout. Immutable; build with {@link #builder()}.
 */
public final class TxnOptions {

    /** 5 attempts, no pause, the server's transaction timeout. */
    public static final TxnOptions DEFAULT = builder().build();

    private final int maxAttempts;
    private final Duration retryDelay;
    private final int timeoutSeconds;

    private TxnOptions(Builder b) {
        this.maxAttempts = b.maxAttempts;
        this.retryDelay = b.retryDelay;
        this.timeoutSeconds = b.timeoutSeconds;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** How many times the body may run, each in a new transaction (at least 1). Default: 5. */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** The pause before running the body again. Default: none. */
    public Duration retryDelay() {
        return retryDelay;
    }

    /** The timeout of each transaction in seconds ({@link Txn#Txn(int)}); 0 = the server's. Default: 0. */
    public int timeoutSeconds() {
        return timeoutSeconds;
    }

    @Override
    public String toString() {
        return "TxnOptions[maxAttempts=" + maxAttempts + ", retryDelay=" + retryDelay + ", timeoutSeconds="
            + timeoutSeconds + "]";
    }

    /** Builds {@link TxnOptions}; setters validate immediately. */
    public static final class Builder {
        private int maxAttempts = 5;
        private Duration retryDelay = Duration.ZERO;
        private int timeoutSeconds;

        private Builder() {
        }

        public Builder maxAttempts(int attempts) {
            if (attempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be >= 1, got " + attempts);
            }
            this.maxAttempts = attempts;
            return this;
        }

        public Builder retryDelay(Duration delay) {
            Objects.requireNonNull(delay, "retryDelay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("retryDelay must not be negative, got " + delay);
            }
            this.retryDelay = delay;
            return this;
        }

        public Builder timeoutSeconds(int seconds) {
            if (seconds < 0) {
                throw new IllegalArgumentException("timeoutSeconds must be >= 0, got " + seconds);
            }
            this.timeoutSeconds = seconds;
            return this;
        }

        public TxnOptions build() {
            return new TxnOptions(this);
        }
    }
}
