package io.spikesdk.api;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a scan: every {@link Policy} setting, applied to each node's part of the scan, plus paging, throttling
 * and how many nodes are scanned at once. Immutable; build with {@link #builder()}.
 *
 * <p>A scan is retried per partition: {@link #maxRetries()} counts the rounds that re-send the partitions a node
 * could not answer (a node gone, a partition reported unavailable) to the next replica. Defaults as the official
 * client's: no total timeout, 5 retries.
 */
public final class ScanPolicy extends Policy {

    /** Every setting at its documented default. */
    public static final ScanPolicy DEFAULT = builder().build();

    private final long maxRecords;
    private final int recordsPerSecond;
    private final int maxConcurrentNodes;
    private final boolean includeBinData;

    private ScanPolicy(Builder b) {
        super(b);
        this.maxRecords = b.maxRecords;
        this.recordsPerSecond = b.recordsPerSecond;
        this.maxConcurrentNodes = b.maxConcurrentNodes;
        this.includeBinData = b.includeBinData;
    }

    /** A builder with every setting at its default. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Builder toBuilder() {
        Builder b = new Builder();
        b.copyFrom(this);
        b.maxRecords = maxRecords;
        b.recordsPerSecond = recordsPerSecond;
        b.maxConcurrentNodes = maxConcurrentNodes;
        b.includeBinData = includeBinData;
        return b;
    }

    /**
     * The most records one call returns (a page), 0 = all. The count is split across the nodes (the server may
     * return fewer than asked); a {@link PartitionFilter} remembers where the page ended. Default: 0.
     */
    public long maxRecords() {
        return maxRecords;
    }

    /** The most records per second each node returns, 0 = no limit. Default: 0. */
    public int recordsPerSecond() {
        return recordsPerSecond;
    }

    /** How many nodes are scanned at once: 0 = all, 1 = one after the other, N = at most N. Default: 0. */
    public int maxConcurrentNodes() {
        return maxConcurrentNodes;
    }

    /** Whether records come with their bins; false = keys and metadata only. Default: true. */
    public boolean includeBinData() {
        return includeBinData;
    }

    @Override
    public boolean equals(Object o) {
        if (!super.equals(o)) {
            return false;
        }
        ScanPolicy p = (ScanPolicy) o;
        return maxRecords == p.maxRecords && recordsPerSecond == p.recordsPerSecond
            && maxConcurrentNodes == p.maxConcurrentNodes && includeBinData == p.includeBinData;
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + Objects.hash(maxRecords, recordsPerSecond, maxConcurrentNodes, includeBinData);
    }

    @Override
    protected String fieldsToString() {
        return super.fieldsToString() + ", maxRecords=" + maxRecords + ", recordsPerSecond=" + recordsPerSecond
            + ", maxConcurrentNodes=" + maxConcurrentNodes + ", includeBinData=" + includeBinData;
    }

    /** Builds {@link ScanPolicy} instances; setters validate immediately. Not thread-safe. */
    public static final class Builder extends Policy.Builder {
        long maxRecords;
        int recordsPerSecond;
        int maxConcurrentNodes;
        boolean includeBinData = true;

        Builder() {
            this.totalTimeout = 0;
            this.maxRetries = 5;
        }

        /** See {@link ScanPolicy#maxRecords()}; must be ≥ 0. */
        public Builder maxRecords(long records) {
            if (records < 0) {
                throw new IllegalArgumentException("maxRecords must be >= 0, got " + records);
            }
            this.maxRecords = records;
            return this;
        }

        /** See {@link ScanPolicy#recordsPerSecond()}; must be ≥ 0. */
        public Builder recordsPerSecond(int records) {
            this.recordsPerSecond = nonNegative(records, "recordsPerSecond");
            return this;
        }

        /** See {@link ScanPolicy#maxConcurrentNodes()}; must be ≥ 0. */
        public Builder maxConcurrentNodes(int nodes) {
            this.maxConcurrentNodes = nonNegative(nodes, "maxConcurrentNodes");
            return this;
        }

        /** See {@link ScanPolicy#includeBinData()}. */
        public Builder includeBinData(boolean include) {
            this.includeBinData = include;
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
        public ScanPolicy build() {
            return new ScanPolicy(this);
        }
    }
}
