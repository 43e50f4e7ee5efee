package io.spikesdk.api.internal;

/**
 * The per-partition progress of a {@link io.spikesdk.api.PartitionFilter}: for each partition of the filter,
 * the digest of the last record returned (the next call resumes after it), whether it must be asked again and
 * the replica sequence of its next attempt. Mutated by the scan that uses the filter; one scan at a time.
 */
public final class PartitionCursor {
    /** The first partition id. */
    public final int begin;
    /** How many partitions, from {@link #begin}. */
    public final int count;
    private final byte[] afterDigest;
    private Partition[] partitions;
    /** Whether every partition is asked on the next call (false after a page: only the unfinished ones). */
    public boolean retry = true;
    /** Whether the last call reached the end of every partition. */
    public boolean done;

    public PartitionCursor(int begin, int count, byte[] afterDigest) {
        this.begin = begin;
        this.count = count;
        this.afterDigest = afterDigest;
    }

    /** The partitions, created on the first call. */
    public Partition[] partitions() {
        if (partitions == null) {
            partitions = new Partition[count];
            for (int i = 0; i < count; i++) {
                partitions[i] = new Partition(begin + i);
            }
            if (afterDigest != null) {
                partitions[0].digest = afterDigest.clone();
            }
        }
        return partitions;
    }

    /** Whether a call already used this cursor (then its partitions carry state). */
    public boolean started() {
        return partitions != null;
    }

    /** One partition's progress. */
    public static final class Partition {
        public final int id;
        /** The digest of the last record returned, or null to start at the beginning of the partition. */
        public byte[] digest;
        /** The index value of the last record returned by a query (with its digest, where the query resumes). */
        public long bval;
        /** Whether the partition must be asked on the next round. */
        public boolean retry = true;
        /** The replica sequence of the next attempt (moves to the next replica after a failure). */
        public int sequence;

        Partition(int id) {
            this.id = id;
        }
    }
}
