package io.spikesdk.testkit.internal.storage;

/**
 * Static configuration of one namespace.
 *
 * @param name namespace name (at most 31 bytes)
 * @param maxRecordSize largest flattened record in bytes (max-record-size, default 1 MiB)
 * @param defaultTtl TTL in seconds applied when a write sends TTL 0 (0 = never expire)
 * @param nsupPeriod nsup-period in seconds (0 = no expiry thread)
 * @param allowTtlWithoutNsup allow-ttl-without-nsup
 * @param dataSize storage-engine.data-size in bytes
 * @param stopWritesUsedPct storage-engine.stop-writes-used-pct (0 = off)
 */
public record NamespaceConfig(String name, long maxRecordSize, long defaultTtl, long nsupPeriod,
        boolean allowTtlWithoutNsup, long dataSize, int stopWritesUsedPct) {
    public static final long DEFAULT_MAX_RECORD_SIZE = 1024 * 1024;
    public static final long DEFAULT_NSUP_PERIOD = 120;
    public static final long DEFAULT_DATA_SIZE = 1024L * 1024 * 1024;
    public static final int DEFAULT_STOP_WRITES_USED_PCT = 70;

    /** A namespace with the default nsup settings (nsup-period 120, TTLs allowed). */
    public NamespaceConfig(String name, long maxRecordSize, long defaultTtl) {
        this(name, maxRecordSize, defaultTtl, DEFAULT_NSUP_PERIOD, false, DEFAULT_DATA_SIZE,
                DEFAULT_STOP_WRITES_USED_PCT);
    }

    /** Whether {@code storedBytes} has reached stop-writes-used-pct of data-size: writes then fail (8). */
    public boolean stopsWrites(long storedBytes) {
        return stopWritesUsedPct != 0 && storedBytes * 100 / dataSize >= stopWritesUsedPct;
    }

    /** Whether a write resolving to {@code ttlSeconds} (0 = never expire) is refused (FAIL_FORBIDDEN). */
    public boolean forbidsTtl(long ttlSeconds) {
        return ttlSeconds != 0 && nsupPeriod == 0 && !allowTtlWithoutNsup;
    }
}
