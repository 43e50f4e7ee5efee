package io.spikesdk.api;

import java.util.Objects;

/**
 * One key of a batch and, once the batch returned, its outcome: the record (reads, and writes with read
 * operations), the row's result code, and whether a failed write may have been applied. The row kinds are
 * {@link BatchRead}, {@link BatchWrite}, {@link BatchDelete} and {@link BatchUDF}.
 *
 * <p>The batch call fills in the outcome; read it after the call returned. Before that (or for a row the call
 * could not send) {@link #resultCode()} is {@code ResultCode.NO_RESPONSE.code()} (-15). An instance describes
 * one row of one call: do not pass it to two calls at the same time.
 */
public abstract sealed class BatchRecord permits BatchRead, BatchWrite, BatchDelete, BatchUDF {
    private final Key key;
    private Record record;
    private int resultCode = ResultCode.NO_RESPONSE.code();
    private boolean inDoubt;

    BatchRecord(Key key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    /** The row's key. */
    public final Key key() {
        return key;
    }

    /**
     * The record the row returned: the bins read (all bins, the named ones, or the results of the row's
     * operations) with generation and TTL; {@code null} when the row failed or the record does not exist. For a
     * UDF row whose function failed, a record holding the {@code FAILURE} bin.
     */
    public final Record record() {
        return record;
    }

    /**
     * The row's result code ({@link ResultCode#code()}): 0 on success, 2 not found, 27 filtered out, 3 generation
     * mismatch, ...; a negative client code when the row's node failed ({@code -15} NO_RESPONSE: not answered).
     */
    public final int resultCode() {
        return resultCode;
    }

    /** Whether the row failed after its write may have reached the server (a timeout or broken connection). */
    public final boolean inDoubt() {
        return inDoubt;
    }

    /** Whether the row may change the record. */
    public abstract boolean hasWrite();

    /** Records the outcome; called by the client. */
    final void complete(Record record, int resultCode, boolean inDoubt) {
        this.record = record;
        this.resultCode = resultCode;
        this.inDoubt = inDoubt;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + key + ", resultCode=" + resultCode + (inDoubt ? ", inDoubt" : "")
            + ", record=" + record + "]";
    }
}
