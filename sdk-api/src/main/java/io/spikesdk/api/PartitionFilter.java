package io.spikesdk.api;

import io.spikesdk.api.internal.PartitionCursor;

import java.util.Objects;

/**
 * Which partitions a scan or query reads, and how far it got: the filter keeps the last digest seen in each
 * partition, so passing the same filter again (with {@link ScanPolicy#maxRecords()} as the page size) resumes
 * where the previous page ended, until {@link #isDone()}. Not thread-safe: one scan at a time per filter.
 */
public final class PartitionFilter {
    /** Partitions of a namespace. */
    public static final int PARTITIONS = 4096;

    private final PartitionCursor cursor;

    private PartitionFilter(int begin, int count, byte[] digest) {
        this.cursor = new PartitionCursor(begin, count, digest);
    }

    /** Every partition. */
    public static PartitionFilter all() {
        return new PartitionFilter(0, PARTITIONS, null);
    }

    /**
     * One partition.
     *
     * @throws IllegalArgumentException when {@code id} is outside 0..4095
     */
    public static PartitionFilter id(int id) {
        return range(id, 1);
    }

    /**
     * {@code count} partitions from {@code begin}.
     *
     * @throws IllegalArgumentException when the range is empty or leaves 0..4095
     */
    public static PartitionFilter range(int begin, int count) {
        if (begin < 0 || begin >= PARTITIONS) {
            throw new IllegalArgumentException("begin: a partition id is 0.." + (PARTITIONS - 1) + ", got " + begin);
        }
        if (count <= 0 || begin + count > PARTITIONS) {
            throw new IllegalArgumentException("count: partitions " + begin + ".." + (begin + count - 1)
                + " leave 0.." + (PARTITIONS - 1));
        }
        return new PartitionFilter(begin, count, null);
    }

    /** The partition of {@code key}, from the record after it (in the server's digest order) to its end. */
    public static PartitionFilter after(Key key) {
        Objects.requireNonNull(key, "key");
        return new PartitionFilter(key.partitionId(), 1, key.digest());
    }

    /** The first partition of this filter. */
    public int begin() {
        return cursor.begin;
    }

    /** How many partitions, from {@link #begin()}. */
    public int count() {
        return cursor.count;
    }

    /** Whether the last scan with this filter read every partition to its end (no further page). */
    public boolean isDone() {
        return cursor.done;
    }

    PartitionCursor cursor() {
        return cursor;
    }

    @Override
    public String toString() {
        return "PartitionFilter[begin=" + cursor.begin + ", count=" + cursor.count + ", done=" + cursor.done + "]";
    }
}
