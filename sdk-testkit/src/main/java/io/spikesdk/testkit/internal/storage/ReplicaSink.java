package io.spikesdk.testkit.internal.storage;

/**
 * Receives every client-driven change of a {@link NamespaceStore} (made under the record's stripe
 * lock), so a cluster can copy it to the partition's other owners before the write is acknowledged.
 */
@FunctionalInterface
public interface ReplicaSink {
    /** A sink that replicates nothing (a standalone node). */
    ReplicaSink NONE = (namespace, digest, record) -> { };

    /**
     * Called after the local change.
     *
     * @param namespace the namespace name
     * @param digest the record's digest
     * @param record the new record, or null when it was removed
     */
    void changed(String namespace, Digest digest, StoredRecord record);
}
