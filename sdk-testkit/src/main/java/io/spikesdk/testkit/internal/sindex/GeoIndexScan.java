package io.spikesdk.testkit.internal.sindex;

import io.spikesdk.api.ParticleType;
import io.spikesdk.testkit.internal.cdt.CdtEngine;
import io.spikesdk.testkit.internal.cdt.Element;
import io.spikesdk.testkit.internal.cdt.MapEntry;
import io.spikesdk.testkit.internal.cdt.MpBytes;
import io.spikesdk.testkit.internal.cdt.MpList;
import io.spikesdk.testkit.internal.cdt.MpMap;
import io.spikesdk.testkit.internal.geo.GeoJsonException;
import io.spikesdk.testkit.internal.geo.GeoParticle;
import io.spikesdk.testkit.internal.geo.GeoValue;
import io.spikesdk.testkit.internal.storage.Bin;
import io.spikesdk.testkit.internal.storage.Digest;
import io.spikesdk.testkit.internal.storage.IndexDefinition;
import io.spikesdk.testkit.internal.storage.StoredRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A GEO2DSPHERE query over one partition as the real server runs it (SRV {@code sindex_tree.c
 * as_sindex_tree_query}, {@code query.c record_matches_query}): the filter's cell ranges in ascending order, in each
 * the index entries (cell, digest) in ascending unsigned order, each record then checked exactly against the query.
 * A collection index returns a record once per range (several of its values in one range count once), so a record
 * whose values fall in two ranges comes twice, as on the real server. A resumed partition skips the ranges that end
 * before the resume value and continues strictly after the resume entry in the range that holds it.
 */
final class GeoIndexScan {
    private static final Comparator<IndexQuery.Hit> ORDER = Comparator
            .comparing(IndexQuery.Hit::bval, Long::compareUnsigned)
            .thenComparing(IndexQuery.Hit::digest, Digest::compareUnsigned);

    private GeoIndexScan() {
    }

    static List<IndexQuery.Hit> partition(IndexDefinition index, List<Element> context, GeoFilter filter,
            Map<Digest, StoredRecord> records, Digest resumeAfter, long resumeBval) {
        List<IndexQuery.Hit> entries = new ArrayList<>();
        for (Map.Entry<Digest, StoredRecord> e : records.entrySet()) {
            for (IndexValue v : IndexValues.of(index, context, e.getValue())) {
                entries.add(new IndexQuery.Hit(e.getKey(), e.getValue(), v.bval()));
            }
        }
        entries.sort(ORDER);
        IndexQuery.Hit boundary = resumeAfter == null ? null : new IndexQuery.Hit(resumeAfter, null, resumeBval);
        boolean dedup = index.collectionType() != IndexDefinition.DEFAULT;
        List<IndexQuery.Hit> hits = new ArrayList<>();
        for (long[] r : filter.ranges()) {
            if (boundary != null && Long.compareUnsigned(resumeBval, r[1]) > 0) {
                continue;
            }
            boolean resumesHere = boundary != null && Long.compareUnsigned(resumeBval, r[0]) >= 0;
            Set<Digest> seen = new HashSet<>();
            for (IndexQuery.Hit h : entries) {
                if (Long.compareUnsigned(h.bval(), r[0]) < 0 || Long.compareUnsigned(h.bval(), r[1]) > 0
                        || (resumesHere && ORDER.compare(h, boundary) <= 0)
                        || (dedup && !seen.add(h.digest()))) {
                    continue;
                }
                if (matches(index, context, h.record(), filter.query())) {
                    hits.add(h);
                }
            }
        }
        return hits;
    }

    /** Whether the record holds a GeoJSON value the query matches, where the index looks. */
    private static boolean matches(IndexDefinition index, List<Element> context, StoredRecord record,
            GeoValue query) {
        Bin bin = record.bin(index.bin());
        if (bin == null) {
            return false;
        }
        Element target;
        if (context != null) {
            target = CdtEngine.atContext(bin.type(), bin.value(), context);
        } else if (bin.type() == ParticleType.GEOJSON) {
            try {
                return index.collectionType() == IndexDefinition.DEFAULT
                        && GeoParticle.candidate(bin.value()).matches(query);
            } catch (GeoJsonException e) {
                return false;
            }
        } else {
            target = CdtEngine.decodeContainer(bin.type(), bin.value());
        }
        if (target instanceof MpBytes) {
            return index.collectionType() == IndexDefinition.DEFAULT && elementMatches(target, query);
        }
        List<Element> elements = new ArrayList<>();
        if (target instanceof MpList l && index.collectionType() == IndexDefinition.LIST) {
            elements.addAll(l.items);
        } else if (target instanceof MpMap m && index.collectionType() == IndexDefinition.MAPKEYS) {
            m.entries.forEach(e -> elements.add(e.key));
        } else if (target instanceof MpMap m && index.collectionType() == IndexDefinition.MAPVALUES) {
            for (MapEntry e : m.entries) {
                elements.add(e.value);
            }
        }
        return elements.stream().anyMatch(e -> elementMatches(e, query));
    }

    private static boolean elementMatches(Element e, GeoValue query) {
        if (!(e instanceof MpBytes b) || b.typeByte() != ParticleType.GEOJSON) {
            return false;
        }
        try {
            return GeoValue.parse(Arrays.copyOfRange(b.payload(), 1, b.payload().length)).matches(query);
        } catch (GeoJsonException ex) {
            return false;
        }
    }
}
