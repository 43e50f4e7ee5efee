package io.spikesdk.api;

import java.util.Objects;

/**
 * A batch row that reads one record: all bins, some bins, the header only, or the results of read operations.
 * Create with {@link #allBins}, {@link #bins}, {@link #header} or {@link #ops}.
 *
 * <p>The arrays are kept as given (do not modify them while the batch runs). Consecutive rows of the same
 * namespace and set that share the same array instance are sent once (the protocol's repeat-previous row).
 */
public final class BatchRead extends BatchRecord {
    private final String[] binNames;
    private final Operation[] ops;
    private final boolean readAllBins;

    private BatchRead(Key key, String[] binNames, Operation[] ops, boolean readAllBins) {
        super(key);
        this.binNames = binNames;
        this.ops = ops;
        this.readAllBins = readAllBins;
    }

    /** Reads all bins of {@code key}. */
    public static BatchRead allBins(Key key) {
        return new BatchRead(key, null, null, true);
    }

    /**
     * Reads the named bins.
     *
     * @throws IllegalArgumentException when no bin name is given
     */
    public static BatchRead bins(Key key, String... binNames) {
        Objects.requireNonNull(binNames, "binNames");
        if (binNames.length == 0) {
            throw new IllegalArgumentException("binNames: at least one bin name is required (use header() for none)");
        }
        for (int i = 0; i < binNames.length; i++) {
            Objects.requireNonNull(binNames[i], "binNames[" + i + "]");
        }
        return new BatchRead(key, binNames, null, false);
    }

    /** Reads generation and TTL only. */
    public static BatchRead header(Key key) {
        return new BatchRead(key, null, null, false);
    }

    /**
     * Runs read operations ({@link Operations#get}, CDT reads, expression reads, ...) on the record.
     *
     * @throws IllegalArgumentException when no operation is given or one of them writes
     */
    public static BatchRead ops(Key key, Operation... ops) {
        Objects.requireNonNull(ops, "ops");
        if (ops.length == 0) {
            throw new IllegalArgumentException("ops: at least one operation is required");
        }
        for (int i = 0; i < ops.length; i++) {
            Objects.requireNonNull(ops[i], "ops[" + i + "]");
            if (ops[i].type().isWrite()) {
                throw new IllegalArgumentException("ops[" + i + "]: " + ops[i].type()
                    + " writes; a BatchRead takes read operations only (use BatchWrite)");
            }
        }
        return new BatchRead(key, null, ops, false);
    }

    /** The bin names to read, or null. */
    public String[] binNames() {
        return binNames;
    }

    /** The read operations, or null. */
    public Operation[] ops() {
        return ops;
    }

    /** Whether all bins are read. */
    public boolean readAllBins() {
        return readAllBins;
    }

    @Override
    public boolean hasWrite() {
        return false;
    }
}
