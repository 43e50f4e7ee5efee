package io.spikesdk.api;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * Settings of the asynchronous client ({@link AerospikeClient#async()}): its NIO event loops, the bound on
 * commands in flight per node, and where futures complete.
 *
 * <p>Futures are completed on {@link #completionExecutor()} (default {@link ForkJoinPool#commonPool()}), so the
 * stages an application chains with {@code thenApply}/{@code thenAccept} never run on an event loop; an executor
 * of {@code Runnable::run} completes them on the event loop itself (fastest, for non-blocking callbacks only).
 */
public final class AsyncConfig {
    /** What a command does when its node already has {@link #maxCommandsPerNode()} commands in flight. */
    public enum AtLimit {
        /** The attempt fails at once with {@link ResultCode#NO_MORE_CONNECTIONS} (retried per policy). */
        REJECT,
        /**
         * The attempt waits for a free slot, at most its socket timeout (else the connect timeout) within the
         * total timeout, then fails with {@link ResultCode#NO_MORE_CONNECTIONS} (retried per policy).
         */
        WAIT
    }

    private static final AsyncConfig DEFAULT = builder().build();

    private final int eventLoops;
    private final int maxCommandsPerNode;
    private final AtLimit atLimit;
    private final Executor completionExecutor;
    private final boolean autoBatch;

    private AsyncConfig(Builder b) {
        this.eventLoops = b.eventLoops;
        this.maxCommandsPerNode = b.maxCommandsPerNode;
        this.atLimit = b.atLimit;
        this.completionExecutor = b.completionExecutor;
        this.autoBatch = b.autoBatch;
    }

    /** The defaults: one event loop per core, 5,000 commands in flight per node, {@link AtLimit#WAIT}. */
    public static AsyncConfig defaults() {
        return DEFAULT;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Number of selector threads. Default: {@code Runtime.availableProcessors()}. */
    public int eventLoops() {
        return eventLoops;
    }

    /**
     * Commands in flight per node across all event loops (each holds one connection while it runs). Each loop pools
     * its own connections, so a node may see up to {@code eventLoops * maxCommandsPerNode} open sockets. Default: 5,000.
     */
    public int maxCommandsPerNode() {
        return maxCommandsPerNode;
    }

    /** What happens at {@link #maxCommandsPerNode()}. Default: {@link AtLimit#WAIT}. */
    public AtLimit atLimit() {
        return atLimit;
    }

    /** Where futures complete. Default: {@link ForkJoinPool#commonPool()}. */
    public Executor completionExecutor() {
        return completionExecutor;
    }

    /**
     * Whether single-record commands that start in the same pass of an event loop and go to the same node with the
     * same policy object travel together as one batch-index request: one network write and one reply instead of one
     * each, which saves most of the client's and the server's per-command network cost under concurrency. Covered:
     * {@code get}, {@code exists}, {@code getHeader}, {@code put}, {@code add}, {@code append}, {@code prepend} and
     * {@code delete}; {@code operate}, {@code touch}, UDFs and commands in a transaction, with a filter
     * expression, with {@code sendKey} or {@code compress} always go alone, and so does a command with no company
     * in its pass (nothing waits for company: the pass ends when the loop has handled what was ready).
     *
     * <p>Each command keeps its own slot, timeouts, retries, result, errors, in-doubt flag and metrics event, and
     * gets the answer it would get alone (the server runs each row as that command). What differs: the server
     * counts them as batch sub-transactions ({@code batch_index_initiate}, {@code batch_sub_*} statistics), and a
     * write whose batch the server stopped before answering its row fails with the batch's result code (in doubt
     * after a timeout) instead of being sent again. Default: false.
     */
    public boolean autoBatch() {
        return autoBatch;
    }

    @Override
    public String toString() {
        return "AsyncConfig[eventLoops=" + eventLoops + ", maxCommandsPerNode=" + maxCommandsPerNode + ", atLimit="
            + atLimit + ", autoBatch=" + autoBatch + "]";
    }

    public static final class Builder {
        private int eventLoops = Runtime.getRuntime().availableProcessors();
        private int maxCommandsPerNode = 5000;
        private AtLimit atLimit = AtLimit.WAIT;
        private Executor completionExecutor = ForkJoinPool.commonPool();
        private boolean autoBatch;

        private Builder() {
        }

        /** See {@link AsyncConfig#eventLoops()}; at least 1. */
        public Builder eventLoops(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("eventLoops must be at least 1, got " + count);
            }
            this.eventLoops = count;
            return this;
        }

        /** See {@link AsyncConfig#maxCommandsPerNode()}; at least 1. */
        public Builder maxCommandsPerNode(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("maxCommandsPerNode must be at least 1, got " + count);
            }
            this.maxCommandsPerNode = count;
            return this;
        }

        /** See {@link AsyncConfig#atLimit()}. */
        public Builder atLimit(AtLimit atLimit) {
            this.atLimit = Objects.requireNonNull(atLimit, "atLimit");
            return this;
        }

        /** See {@link AsyncConfig#completionExecutor()}. */
        public Builder completionExecutor(Executor executor) {
            this.completionExecutor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /** See {@link AsyncConfig#autoBatch()}. */
        public Builder autoBatch(boolean enabled) {
            this.autoBatch = enabled;
            return this;
        }

        public AsyncConfig build() {
            return new AsyncConfig(this);
        }
    }
}
