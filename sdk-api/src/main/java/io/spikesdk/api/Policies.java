package io.spikesdk.api;

import java.util.Objects;

/**
 * The default policies of a client, used when a call passes a {@code null} policy or none.
 * Immutable; build with {@link #builder()}.
 */
public final class Policies {

    /** {@link Policy#DEFAULT} for reads and {@link WritePolicy#DEFAULT} for writes. */
    public static final Policies DEFAULT = builder().build();

    private final Policy read;
    private final WritePolicy write;
    private final BatchPolicy batch;
    private final BatchPolicy batchWrite;
    private final ScanPolicy scan;
    private final QueryPolicy query;
    private final BatchPolicy txnVerify;
    private final BatchPolicy txnRoll;

    private Policies(Builder b) {
        this.read = b.read;
        this.write = b.write;
        this.batch = b.batch;
        this.batchWrite = b.batchWrite;
        this.scan = b.scan;
        this.query = b.query;
        this.txnVerify = b.txnVerify;
        this.txnRoll = b.txnRoll;
    }

    /** A builder starting from {@link #DEFAULT}'s policies. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these policies. */
    public Builder toBuilder() {
        return new Builder().read(read).write(write).batch(batch).batchWrite(batchWrite).scan(scan).query(query)
            .txnVerify(txnVerify).txnRoll(txnRoll);
    }

    /** The default policy of reads (get, getHeader, exists). Default: {@link Policy#DEFAULT}. */
    public Policy read() {
        return read;
    }

    /** The default policy of writes, deletes, touches and operate. Default: {@link WritePolicy#DEFAULT}. */
    public WritePolicy write() {
        return write;
    }

    /** The default policy of batch reads (get, getHeader, exists of several keys). Default: {@link BatchPolicy#DEFAULT}. */
    public BatchPolicy batch() {
        return batch;
    }

    /**
     * The default parent policy of batches that may write (operate and delete of several keys).
     * Default: {@link BatchPolicy#WRITE_DEFAULT}.
     */
    public BatchPolicy batchWrite() {
        return batchWrite;
    }

    /** The default policy of scans. Default: {@link ScanPolicy#DEFAULT}. */
    public ScanPolicy scan() {
        return scan;
    }

    /** The default policy of queries. Default: {@link QueryPolicy#DEFAULT}. */
    public QueryPolicy query() {
        return query;
    }

    /**
     * The policy of the batch that verifies a transaction's reads when it commits.
     * Default: {@link BatchPolicy#TXN_VERIFY_DEFAULT}.
     */
    public BatchPolicy txnVerify() {
        return txnVerify;
    }

    /**
     * The policy of a transaction's roll-forward (commit) and roll-back (abort) batches; its settings also drive the
     * monitor record's roll-forward mark and close. Default: {@link BatchPolicy#TXN_ROLL_DEFAULT}.
     */
    public BatchPolicy txnRoll() {
        return txnRoll;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Policies p && p.read.equals(read) && p.write.equals(write) && p.batch.equals(batch)
            && p.batchWrite.equals(batchWrite) && p.scan.equals(scan) && p.query.equals(query)
            && p.txnVerify.equals(txnVerify) && p.txnRoll.equals(txnRoll);
    }

    @Override
    public int hashCode() {
        return Objects.hash(read, write, batch, batchWrite, scan, query, txnVerify, txnRoll);
    }

    @Override
    public String toString() {
        return "Policies[read=" + read + ", write=" + write + ", batch=" + batch + ", batchWrite=" + batchWrite + ", scan=" + scan + ", query=" + query
            + ", txnVerify=" + txnVerify + ", txnRoll=" + txnRoll + "]";
    }

    /** Builds {@link Policies}. Not thread-safe. */
    public static final class Builder {
        private Policy read = Policy.DEFAULT;
        private WritePolicy write = WritePolicy.DEFAULT;
        private BatchPolicy batch = BatchPolicy.DEFAULT;
        private BatchPolicy batchWrite = BatchPolicy.WRITE_DEFAULT;
        private ScanPolicy scan = ScanPolicy.DEFAULT;
        private QueryPolicy query = QueryPolicy.DEFAULT;
        private BatchPolicy txnVerify = BatchPolicy.TXN_VERIFY_DEFAULT;
        private BatchPolicy txnRoll = BatchPolicy.TXN_ROLL_DEFAULT;

        private Builder() {
        }

        /** The read default; not null. */
        public Builder read(Policy read) {
            this.read = Policy.Builder.nonNull(read, "read policy");
            return this;
        }

        /** The write default; not null. */
        public Builder write(WritePolicy write) {
            this.write = Policy.Builder.nonNull(write, "write policy");
            return this;
        }

        /** The batch read default; not null. */
        public Builder batch(BatchPolicy batch) {
            this.batch = Policy.Builder.nonNull(batch, "batch policy");
            return this;
        }

        /** The default parent of batches that may write; not null. */
        public Builder batchWrite(BatchPolicy batchWrite) {
            this.batchWrite = Policy.Builder.nonNull(batchWrite, "batch write policy");
            return this;
        }

        /** The scan default; not null. */
        public Builder scan(ScanPolicy scan) {
            this.scan = Policy.Builder.nonNull(scan, "scan policy");
            return this;
        }

        /** The query default; not null. */
        public Builder query(QueryPolicy query) {
            this.query = Policy.Builder.nonNull(query, "query policy");
            return this;
        }

        /** The transaction verify default; not null. */
        public Builder txnVerify(BatchPolicy txnVerify) {
            this.txnVerify = Policy.Builder.nonNull(txnVerify, "transaction verify policy");
            return this;
        }

        /** The transaction roll default; not null. */
        public Builder txnRoll(BatchPolicy txnRoll) {
            this.txnRoll = Policy.Builder.nonNull(txnRoll, "transaction roll policy");
            return this;
        }

        /** The policies. */
        public Policies build() {
            return new Policies(this);
        }
    }
}
