package io.spikesdk.testkit.internal.storage;

import java.util.List;

/**
 * An immutable snapshot of a stored record. Writers build a new snapshot under the record's
 * stripe lock and replace the old one, so readers never see a half-applied write.
 *
 * @param bins bins in insertion order
 * @param generation 1..65535
 * @param voidTime expiry in server-epoch seconds, 0 = never
 * @param lastUpdateMillis Unix millis of the last write
 * @param ttlSeconds the TTL the last write resolved to (0 = never expires), for read-touch
 * @param setName set name, or null
 * @param key the KEY field data (particle type byte + key bytes) when stored, else null
 */
public record StoredRecord(List<Bin> bins, int generation, long voidTime, long lastUpdateMillis, long ttlSeconds,
        String setName, byte[] key) {

    /** Whether the record has expired at the given server-epoch second. */
    public boolean isExpired(long nowSeconds) {
        return voidTime != 0 && voidTime <= nowSeconds;
    }

    /**
     * The record's version as a transaction's RECORD_VERSION field carries it (7 bytes): the last-update time in
     * milliseconds (40 bits) and the generation (16 bits), so that every write gives another version.
     */
    public long version() {
        return (lastUpdateMillis & 0xFF_FFFF_FFFFL) << 16 | generation & 0xFFFF;
    }

    /** The bin with the given name, or null. */
    public Bin bin(String name) {
        for (Bin b : bins) {
            if (b.name().equals(name)) {
                return b;
            }
        }
        return null;
    }
}
