package io.spikesdk.api;

import java.time.Duration;

/**
 * Settings of a batch command as a whole (the parent of its per-key rows): every {@link Policy} setting, applied
 * to each node's sub-batch, plus how the nodes are driven and how the server processes the rows. Immutable; build
 * with {@link #builder()}.
 *
 * <p>The filter expression of a batch policy is sent once for the whole batch and applies to every row that has
 * no filter of its own. User keys are sent per row, by the row policies ({@link BatchWritePolicy#sendKey()}, ...);
 * {@link #sendKey()} of a batch policy sends none: as in the official client, it only stops consecutive rows of a
 * row list from being sent as repeats of each other.
 */
public final class BatchPolicy extends Policy {

    /** The default of batch reads: every setting at its documented default. */
    public static final BatchPolicy DEFAULT = builder().build();

    /** The default parent of batches that may write (operate, delete): {@code maxRetries} 0, as single writes. */
    public static final BatchPolicy WRITE_DEFAULT = builder().maxRetries(0).build();

    /**
     * The default of a transaction commit's verify batch, the official client's: linearized SC reads from the master,
     * {@code maxRetries} 5, socket timeout 3 s, total timeout 10 s, 1 s between retries.
     */
    public static final BatchPolicy TXN_VERIFY_DEFAULT = builder().readModeSC(ReadModeSC.LINEARIZE)
        .replica(Replica.MASTER).maxRetries(5).socketTimeout(3000).totalTimeout(10000).sleepBetweenRetries(1000)
        .build();

    /**
     * The default of a transaction's roll-forward and roll-back batches and of its monitor mark and close, the
     * official client's: the master, {@code maxRetries} 5, socket timeout 3 s, total timeout 10 s, 1 s between retries.
     */
    public static final BatchPolicy TXN_ROLL_DEFAULT = builder().replica(Replica.MASTER).maxRetries(5)
        .socketTimeout(3000).totalTimeout(10000).sleepBetweenRetries(1000).build();

    private final int maxConcurrentNodes;
    private final boolean allowInline;
    private final boolean allowInlineSSD;
    private final boolean respondAllKeys;

    private BatchPolicy(Builder b) {
        super(b);
        this.maxConcurrentNodes = b.maxConcurrentNodes;
        this.allowInline = b.allowInline;
        this.allowInlineSSD = b.allowInlineSSD;
        this.respondAllKeys = b.respondAllKeys;
    }

    /** A builder with every setting at its default. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Builder toBuilder() {
        Builder b = new Builder();
        b.copyFrom(this);
        b.maxConcurrentNodes = maxConcurrentNodes;
        b.allowInline = allowInline;
        b.allowInlineSSD = allowInlineSSD;
        b.respondAllKeys = respondAllKeys;
        return b;
    }

    /**
     * How many nodes' sub-batches run at the same time: 1 = one after the other on the caller's thread, N = at
     * most N in parallel, 0 = all in parallel. Default: 1.
     */
    public int maxConcurrentNodes() {
        return maxConcurrentNodes;
    }

    /**
     * Whether the server may process the rows of an in-memory namespace on the thread that received the batch
     * instead of handing each row to a transaction thread. Default: true.
     */
    public boolean allowInline() {
        return allowInline;
    }

    /** {@link #allowInline()} for namespaces on SSD. Default: false. */
    public boolean allowInlineSSD() {
        return allowInlineSSD;
    }

    /**
     * Whether every row is processed and answered even after a row failed: true = each row gets its own result
     * code; false = the server stops at the first row error other than not-found and filtered-out, and the batch
     * fails with that error. Default: true.
     */
    public boolean respondAllKeys() {
        return respondAllKeys;
    }

    @Override
    public boolean equals(Object o) {
        if (!super.equals(o)) {
            return false;
        }
        BatchPolicy p = (BatchPolicy) o;
        return maxConcurrentNodes == p.maxConcurrentNodes && allowInline == p.allowInline
            && allowInlineSSD == p.allowInlineSSD && respondAllKeys == p.respondAllKeys;
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + java.util.Objects.hash(maxConcurrentNodes, allowInline, allowInlineSSD,
            respondAllKeys);
    }

    @Override
    protected String fieldsToString() {
        return super.fieldsToString() + ", maxConcurrentNodes=" + maxConcurrentNodes + ", allowInline=" + allowInline
            + ", allowInlineSSD=" + allowInlineSSD + ", respondAllKeys=" + respondAllKeys;
    }

    /** Builds {@link BatchPolicy} instances; setters validate immediately. Not thread-safe. */
    public static final class Builder extends Policy.Builder {
        int maxConcurrentNodes = 1;
        boolean allowInline = true;
        boolean allowInlineSSD = false;
        boolean respondAllKeys = true;

        Builder() {
        }

        /** See {@link BatchPolicy#maxConcurrentNodes()}; must be ≥ 0. */
        public Builder maxConcurrentNodes(int nodes) {
            this.maxConcurrentNodes = nonNegative(nodes, "maxConcurrentNodes");
            return this;
        }

        /** See {@link BatchPolicy#allowInline()}. */
        public Builder allowInline(boolean allow) {
            this.allowInline = allow;
            return this;
        }

        /** See {@link BatchPolicy#allowInlineSSD()}. */
        public Builder allowInlineSSD(boolean allow) {
            this.allowInlineSSD = allow;
            return this;
        }

        /** See {@link BatchPolicy#respondAllKeys()}. */
        public Builder respondAllKeys(boolean respondAll) {
            this.respondAllKeys = respondAll;
            return this;
        }

        @Override
        public Builder socketTimeout(int ms) {
            super.socketTimeout(ms);
            return this;
        }

        @Override
        public Builder totalTimeout(int ms) {
            super.totalTimeout(ms);
            return this;
        }

        @Override
        public Builder maxRetries(int retries) {
            super.maxRetries(retries);
            return this;
        }

        @Override
        public Builder sleepBetweenRetries(int ms) {
            super.sleepBetweenRetries(ms);
            return this;
        }

        @Override
        public Builder socketTimeout(Duration timeout) {
            super.socketTimeout(timeout);
            return this;
        }

        @Override
        public Builder totalTimeout(Duration timeout) {
            super.totalTimeout(timeout);
            return this;
        }

        @Override
        public Builder sleepBetweenRetries(Duration sleep) {
            super.sleepBetweenRetries(sleep);
            return this;
        }

        @Override
        public Builder readModeAP(ReadModeAP mode) {
            super.readModeAP(mode);
            return this;
        }

        @Override
        public Builder readModeSC(ReadModeSC mode) {
            super.readModeSC(mode);
            return this;
        }

        @Override
        public Builder replica(Replica replica) {
            super.replica(replica);
            return this;
        }

        @Override
        public Builder sendKey(boolean sendKey) {
            super.sendKey(sendKey);
            return this;
        }

        @Override
        public Builder filterExpression(Expression filter) {
            super.filterExpression(filter);
            return this;
        }

        @Override
        public Builder failOnFilteredOut(boolean fail) {
            super.failOnFilteredOut(fail);
            return this;
        }

        @Override
        public Builder compress(boolean compress) {
            super.compress(compress);
            return this;
        }

        @Override
        public Builder readTouchTtlPercent(int percent) {
            super.readTouchTtlPercent(percent);
            return this;
        }

        @Override
        public Builder txn(Txn txn) {
            super.txn(txn);
            return this;
        }

        @Override
        public Builder serializerMode(SerializerMode mode) {
            super.serializerMode(mode);
            return this;
        }

        @Override
        public BatchPolicy build() {
            return new BatchPolicy(this);
        }
    }
}
