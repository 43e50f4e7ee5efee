package io.spikesdk.testkit.internal.sindex;

import io.spikesdk.testkit.internal.cdt.CdtEngine;
import io.spikesdk.testkit.internal.cdt.Element;
import io.spikesdk.testkit.internal.storage.Digest;
import io.spikesdk.testkit.internal.storage.IndexDefinition;
import io.spikesdk.testkit.internal.storage.NamespaceStore;
import io.spikesdk.testkit.internal.storage.StoredRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The index entries one partition gives a query, in the real server's order: ascending bval (signed), then ascending
 * digest. A resumed partition continues strictly after the (bval, digest) the client last received.
 */
public final class IndexQuery {
    /** The index entries the real server collects at a time (SRV {@code MAX_QUERY_BURST}). */
    static final int BURST = 100;
    private static final Comparator<Hit> ORDER = Comparator.comparingLong(Hit::bval)
            .thenComparing(Hit::digest, Digest::compareUnsigned);

    /**
     * One record a query returns.
     *
     * @param digest the record's digest
     * @param record the record
     * @param bval the index value it matched by, sent back in the row's BVAL field
     */
    public record Hit(Digest digest, StoredRecord record, long bval) {
    }

    private final IndexDefinition index;
    private final List<Element> indexContext;
    private final QueryRange range;

    private IndexQuery(IndexDefinition index, QueryRange range) {
        this.index = index;
        this.indexContext = index.context() == null ? null : CdtEngine.parseContext(index.context());
        this.range = range;
    }

    /**
     * The index of {@code store} that serves a query with this filter on {@code set} (null: no set), as SRV
     * {@code find_sindex} picks it: a set-specific index first, then one over the whole namespace. A set never
     * written nor named by an index (creating one enters its set on every node of the real server) is looked up
     * as no set.
     */
    public static Optional<IndexQuery> find(NamespaceStore store, String set, QueryRange range) {
        boolean known = set != null && (store.knowsSet(set)
                || store.indexes().list().stream().anyMatch(d -> set.equals(d.set())));
        String knownSet = known ? set : null;
        return store.indexes().lookup(knownSet, range.bin(), range.keyType(), range.collectionType(), range.context())
                .map(def -> new IndexQuery(def, range));
    }

    /** The index named in the query's INDEX_NAME field (server 8.x clients), or empty. */
    public static Optional<IndexQuery> byName(NamespaceStore store, String name, QueryRange range) {
        return store.indexes().byName(name).map(def -> new IndexQuery(def, range));
    }

    /**
     * The matching index entries of one partition in index order, after the resume point when {@code resumeAfter} is
     * not null. A record matching through several values of a collection index has an entry for each; a range query
     * on such an index skips an entry whose record came earlier in the same burst of {@link #BURST} entries (SRV
     * {@code sindex_tree.c query_collect_cb}), so a record comes once per call unless its entries fall into different
     * bursts, and again in a later page resumed between its entries.
     */
    public List<Hit> partition(Map<Digest, StoredRecord> records, Digest resumeAfter, long resumeBval) {
        if (range.geo() != null) {
            return GeoIndexScan.partition(index, indexContext, range.geo(), records, resumeAfter, resumeBval);
        }
        List<Hit> entries = new ArrayList<>();
        for (Map.Entry<Digest, StoredRecord> e : records.entrySet()) {
            if (index.set() != null && !index.set().equals(e.getValue().setName())) {
                continue;
            }
            for (IndexValue v : IndexValues.of(index, indexContext, e.getValue())) {
                if (range.matches(v)) {
                    entries.add(new Hit(e.getKey(), e.getValue(), v.bval()));
                }
            }
        }
        entries.sort(ORDER);
        if (resumeAfter != null) {
            Hit boundary = new Hit(resumeAfter, null, resumeBval);
            entries.removeIf(h -> ORDER.compare(h, boundary) <= 0);
        }
        if (!range.isRange() || index.collectionType() == IndexDefinition.DEFAULT) {
            return entries;
        }
        List<Hit> hits = new ArrayList<>();
        Set<Digest> burst = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            if (i % BURST == 0) {
                burst.clear();
            }
            if (burst.add(entries.get(i).digest())) {
                hits.add(entries.get(i));
            }
        }
        return hits;
    }

    /** The index's name, for job listings. */
    public String indexName() {
        return index.name();
    }
}
