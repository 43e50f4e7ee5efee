package io.spikesdk.testkit.internal.storage;

/**
 * Receives every client-driven change of a {@link NamespaceStore} (made under the record's stripe
 * lock), transactions' provisional states included, so a cluster can copy it to the partition's other owners before the write is acknowledged.
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

    /**
     * Called after a transaction locked, changed or unlocked a record (see {@link Provisional}); a standalone node
     * has nothing to copy.
     *
     * @param provisional the record's new provisional state, or null when it was unlocked
     */
    default void provisionalChanged(String namespace, Digest digest, Provisional provisional) {
    }
}
