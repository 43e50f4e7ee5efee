package io.spikesdk.testkit.internal.sindex;

import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.testkit.internal.cdt.CdtEngine;
import io.spikesdk.testkit.internal.cdt.Element;
import io.spikesdk.testkit.internal.storage.IndexDefinition;
import io.spikesdk.testkit.internal.storage.NamespaceStore;
import io.spikesdk.testkit.internal.storage.StoredRecord;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code sindex/<ns>/<name>} answer: entries counted over the live records now (an index here is always fully
 * loaded, so {@code load_pct=100}), the cardinality ratios rounded as the server rounds them, and the 16 MiB the real
 * server's first arena stage reports as {@code used_bytes} for an in-memory namespace.
 */
public final class IndexStats {
    private static final long USED_BYTES = 16L * 1024 * 1024;

    private IndexStats() {
    }

    public static String of(NamespaceStore store, IndexDefinition def, long nowSeconds) {
        List<Element> context = def.context() == null ? null : CdtEngine.parseContext(def.context());
        long entries = 0;
        long records = 0;
        Set<Long> bvals = new HashSet<>();
        for (int pid = 0; pid < Proto.PARTITIONS; pid++) {
            for (StoredRecord r : store.partition(pid).values()) {
                if (r.isExpired(nowSeconds) || (def.set() != null && !def.set().equals(r.setName()))) {
                    continue;
                }
                Set<IndexValue> values = IndexValues.of(def, context, r);
                entries += values.size();
                records += values.isEmpty() ? 0 : 1;
                values.forEach(v -> bvals.add(v.bval()));
            }
        }
        long perRecord = def.collectionType() == IndexDefinition.DEFAULT ? Math.min(entries, 1)
                : roundedRatio(entries, records);
        return "entries=" + entries + ";used_bytes=" + USED_BYTES + ";entries_per_bval="
                + roundedRatio(entries, bvals.size()) + ";entries_per_rec=" + perRecord
                + ";load_pct=100;load_time=0;stat_gc_recs=0";
    }

    private static long roundedRatio(long a, long b) {
        return b == 0 ? 0 : (a + b / 2) / b;
    }
}
