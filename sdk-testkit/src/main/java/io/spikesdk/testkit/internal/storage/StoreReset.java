package io.spikesdk.testkit.internal.storage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Empties stores (every namespace of every node being reset) as one step: all their stripe locks are taken first,
 * so a single-record command in flight completes wholly before the reset (and is wiped) or runs wholly after it
 * (on empty stores); no write lands half-way, and no replica keeps a record its master lost.
 */
public final class StoreReset {
    private StoreReset() {
    }

    /** Empties {@code stores} and the secondary-index catalogs they use (one catalog may serve several stores). */
    public static void clear(Collection<NamespaceStore> stores) {
        List<NamespaceStore> locked = new ArrayList<>(stores.size());
        try {
            for (NamespaceStore store : stores) {
                store.lockAll();
                locked.add(store);
            }
            Map<IndexCatalog, Boolean> catalogs = new IdentityHashMap<>();
            for (NamespaceStore store : stores) {
                store.clear();
                catalogs.put(store.indexes(), Boolean.TRUE);
            }
            catalogs.keySet().forEach(IndexCatalog::clear);
        } finally {
            for (int i = locked.size() - 1; i >= 0; i--) {
                locked.get(i).unlockAll();
            }
        }
    }
}
