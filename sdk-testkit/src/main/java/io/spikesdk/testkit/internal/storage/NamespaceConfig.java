package io.spikesdk.testkit.internal.storage;

/**
 * Static configuration of one namespace.
 *
 * @param name namespace name (at most 31 bytes)
 * @param maxRecordSize largest flattened record in bytes (max-record-size, default 1 MiB)
 * @param defaultTtl TTL in seconds applied when a write sends TTL 0 (0 = never expire)
 * @param nsupPeriod nsup-period in seconds (0 = no expiry thread)
 * @param allowTtlWithoutNsup allow-ttl-without-nsup
 */
public record NamespaceConfig(String name, long maxRecordSize, long defaultTtl, long nsupPeriod,
        boolean allowTtlWithoutNsup) {
    public static final long DEFAULT_MAX_RECORD_SIZE = 1024 * 1024;
    public static final long DEFAULT_NSUP_PERIOD = 120;

    /** A namespace with the default nsup settings (nsup-period 120, TTLs allowed). */
    public NamespaceConfig(String name, long maxRecordSize, long defaultTtl) {
        this(name, maxRecordSize, defaultTtl, DEFAULT_NSUP_PERIOD, false);
    }

    /** Whether a write resolving to {@code ttlSeconds} (0 = never expire) is refused (FAIL_FORBIDDEN). */
    public boolean forbidsTtl(long ttlSeconds) {
        return ttlSeconds != 0 && nsupPeriod == 0 && !allowTtlWithoutNsup;
    }
}
