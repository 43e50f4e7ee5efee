package io.spikesdk.testkit;

import io.spikesdk.testkit.internal.inspect.ValueText;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A record as an embedded server holds it, read without a client ({@link EmbeddedAerospike#records}).
 *
 * @param namespace the namespace
 * @param set the set, or null
 * @param userKey the user key (Long, String or byte[]) when it was stored (send-key), else null
 * @param digest the 20-byte digest
 * @param bins the bins in stored order, as Java values: Long, Double, String, byte[] (blobs and HLL), Boolean,
 *     List, Map, {@link io.spikesdk.api.GeoJson}
 * @param ttl seconds until the record expires, or -1 when it never does
 * @param generation the record's generation
 */
public record ServerRecord(String namespace, String set, Object userKey, byte[] digest, Map<String, Object> bins,
        long ttl, int generation) {

    public ServerRecord {
        digest = digest.clone();
        bins = Collections.unmodifiableMap(new LinkedHashMap<>(bins));
    }

    /** A copy of the digest. */
    @Override
    public byte[] digest() {
        return digest.clone();
    }

    /** The digest as lowercase hex, as the activity log and fixtures show it. */
    public String digestHex() {
        return HexFormat.of().formatHex(digest);
    }

    /** The value of a bin, or null when the record has no such bin. */
    public Object bin(String name) {
        return bins.get(name);
    }

    /** Equal when every component is, bin values compared in order and byte arrays by content. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ServerRecord r && namespace.equals(r.namespace) && Objects.equals(set, r.set)
                && Arrays.equals(digest, r.digest) && ttl == r.ttl && generation == r.generation
                && sameValue(userKey, r.userKey) && sameValue(bins, r.bins);
    }

    /** Equality of bin values, byte arrays (nested too) compared by content. */
    private static boolean sameValue(Object a, Object b) {
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!sameValue(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            Iterator<? extends Map.Entry<?, ?>> i = x.entrySet().iterator();
            Iterator<? extends Map.Entry<?, ?>> j = y.entrySet().iterator();
            while (i.hasNext()) {
                Map.Entry<?, ?> e = i.next();
                Map.Entry<?, ?> f = j.next();
                if (!sameValue(e.getKey(), f.getKey()) || !sameValue(e.getValue(), f.getValue())) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(digest);
    }

    @Override
    public String toString() {
        return namespace + "/" + (set == null ? "" : set) + " "
                + (userKey == null ? digestHex() : "key=" + ValueText.of(userKey))
                + " gen " + generation + " ttl " + ttl + " " + ValueText.of(bins);
    }
}
