package io.spikesdk.testkit.internal.storage;

/**
 * Static configuration of one namespace.
 *
 * @param name namespace name (at most 31 bytes)
 * @param maxRecordSize largest flattened record in bytes (max-record-size, default 1 MiB)
 * @param defaultTtl TTL in seconds applied when a write sends TTL 0 (0 = never expire)
 */
public record NamespaceConfig(String name, long maxRecordSize, long defaultTtl) {
    public static final long DEFAULT_MAX_RECORD_SIZE = 1024 * 1024;
}
