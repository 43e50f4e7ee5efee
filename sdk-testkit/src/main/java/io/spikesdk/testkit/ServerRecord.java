package io.spikesdk.testkit;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

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
        bins = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(bins));
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

    @Override
    public boolean equals(Object o) {
        return o instanceof ServerRecord r && namespace.equals(r.namespace) && java.util.Objects.equals(set, r.set)
                && Arrays.equals(digest, r.digest) && ttl == r.ttl && generation == r.generation
                && java.util.Objects.deepEquals(userKey, r.userKey) && bins.equals(r.bins);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(digest);
    }

    @Override
    public String toString() {
        return namespace + "/" + (set == null ? "" : set) + " "
                + (userKey == null ? digestHex() : "key=" + io.spikesdk.testkit.internal.inspect.ValueText.of(userKey))
                + " gen " + generation + " ttl " + ttl + " " + io.spikesdk.testkit.internal.inspect.ValueText.of(bins);
    }
}
