package io.spikesdk.testkit.internal.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The secondary indexes of one namespace, shared by every node of a cluster (the real server keeps them in system
 * metadata). Indexes are listed in creation order; renaming a definition keeps its place. Thread-safe.
 */
public final class IndexCatalog {
    /** At most this many secondary-index definitions per namespace, set indexes aside (SRV {@code MAX_N_SINDEXES}). */
    public static final int MAX_INDEXES = 256;

    /** What {@link #create} did. */
    public enum Created {
        /** A new index, or a new name for an existing definition. */
        CREATED,
        /** The same name and definition existed already. */
        EXISTS,
        /** The name is taken by another definition (200). */
        NAME_TAKEN,
        /** Already {@link #MAX_INDEXES} definitions (206). */
        LIMIT
    }

    private final List<IndexDefinition> indexes = new ArrayList<>();

    public synchronized Created create(IndexDefinition def) {
        Optional<IndexDefinition> named = byName(def.name());
        if (named.isPresent()) {
            return named.get().sameDefinition(def) ? Created.EXISTS : Created.NAME_TAKEN;
        }
        for (int i = 0; i < indexes.size(); i++) {
            if (indexes.get(i).sameDefinition(def)) {
                indexes.set(i, def);
                return Created.CREATED;
            }
        }
        if (def.collectionType() != IndexDefinition.SET
                && indexes.stream().filter(d -> d.collectionType() != IndexDefinition.SET).count() >= MAX_INDEXES) {
            return Created.LIMIT;
        }
        indexes.add(def);
        return Created.CREATED;
    }

    /** Drops the index of this name; false when there is none. */
    public synchronized boolean delete(String name) {
        return indexes.removeIf(d -> d.name().equals(name));
    }

    public synchronized Optional<IndexDefinition> byName(String name) {
        return indexes.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** The indexes in creation order. */
    public synchronized List<IndexDefinition> list() {
        return List.copyOf(indexes);
    }

    /**
     * The index a query on {@code set} uses: the one with exactly this definition, else the same definition without
     * a set (SRV {@code as_sindex_lookup_by_defn}).
     */
    public synchronized Optional<IndexDefinition> lookup(String set, String bin, int keyType, int collectionType,
            byte[] context) {
        IndexDefinition wanted = new IndexDefinition("", set, bin, keyType, collectionType, context);
        Optional<IndexDefinition> exact = indexes.stream().filter(d -> d.sameDefinition(wanted)).findFirst();
        if (exact.isPresent() || set == null) {
            return exact;
        }
        return lookup(null, bin, keyType, collectionType, context);
    }

    /** Drops every index (part of a server reset). */
    public synchronized void clear() {
        indexes.clear();
    }
}
