package io.spikesdk.testkit.internal.sindex;

import io.spikesdk.testkit.internal.cdt.CdtEngine;
import io.spikesdk.testkit.internal.cdt.Element;
import io.spikesdk.testkit.internal.storage.Digest;
import io.spikesdk.testkit.internal.storage.IndexDefinition;
import io.spikesdk.testkit.internal.storage.NamespaceStore;
import io.spikesdk.testkit.internal.storage.StoredRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The index entries one partition gives a query, in the real server's order: ascending bval (signed), then ascending
 * digest. A record matching through several values (a list or map index) comes once, with its smallest matching
 * bval. A resumed partition continues strictly after the (bval, digest) the client last received.
 */
public final class IndexQuery {
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

    /** The matching records of one partition, after the resume point when {@code resumeAfter} is not null. */
    public List<Hit> partition(Map<Digest, StoredRecord> records, Digest resumeAfter, long resumeBval) {
        if (range.geo() != null) {
            return GeoIndexScan.partition(index, indexContext, range.geo(), records, resumeAfter, resumeBval);
        }
        List<Hit> hits = new ArrayList<>();
        for (Map.Entry<Digest, StoredRecord> e : records.entrySet()) {
            Long best = null;
            for (IndexValue v : IndexValues.of(index, indexContext, e.getValue())) {
                if (range.matches(v) && (best == null || v.bval() < best)) {
                    best = v.bval();
                }
            }
            if (best != null) {
                hits.add(new Hit(e.getKey(), e.getValue(), best));
            }
        }
        hits.sort(ORDER);
        if (resumeAfter != null) {
            Hit boundary = new Hit(resumeAfter, null, resumeBval);
            hits.removeIf(h -> ORDER.compare(h, boundary) <= 0);
        }
        return hits;
    }

    /** The index's name, for job listings. */
    public String indexName() {
        return index.name();
    }
}
