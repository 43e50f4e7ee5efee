package io.spikesdk.testkit.internal.storage;

/**
 * The configuration of one namespace; {@link #with(String, String)} changes it as {@code set-config} does.
 *
 * @param name namespace name (at most 31 bytes)
 * @param maxRecordSize largest flattened record in bytes (max-record-size, default 1 MiB)
 * @param defaultTtl TTL in seconds applied when a write sends TTL 0 (0 = never expire)
 * @param nsupPeriod nsup-period in seconds (0 = no expiry thread)
 * @param allowTtlWithoutNsup allow-ttl-without-nsup
 * @param dataSize storage-engine.data-size in bytes
 * @param stopWritesUsedPct storage-engine.stop-writes-used-pct (0 = off)
 * @param evictUsedPct storage-engine.evict-used-pct (0 = off)
 * @param evictTenthsPct evict-tenths-pct: the share of evictable records one nsup cycle evicts, in tenths of a percent
 * @param stopWritesSysMemoryPct stop-writes-sys-memory-pct (0 = off)
 * @param indexesMemoryBudget indexes-memory-budget in bytes (0 = none)
 * @param evictIndexesMemoryPct evict-indexes-memory-pct of the indexes-memory-budget (0 = off)
 */
public record NamespaceConfig(String name, long maxRecordSize, long defaultTtl, long nsupPeriod,
        boolean allowTtlWithoutNsup, long dataSize, int stopWritesUsedPct, int evictUsedPct, int evictTenthsPct,
        int stopWritesSysMemoryPct, long indexesMemoryBudget, int evictIndexesMemoryPct) {
    public static final long DEFAULT_MAX_RECORD_SIZE = 1024 * 1024;
    public static final long DEFAULT_NSUP_PERIOD = 120;
    public static final long DEFAULT_DATA_SIZE = 1024L * 1024 * 1024;
    public static final int DEFAULT_STOP_WRITES_USED_PCT = 70;
    public static final int DEFAULT_EVICT_TENTHS_PCT = 5;
    public static final int DEFAULT_STOP_WRITES_SYS_MEMORY_PCT = 90;
    /** The bytes of primary index one record takes (as_index). */
    public static final int INDEX_ENTRY_BYTES = 64;
    static final long MAX_TTL_SECONDS = 315_360_000L;
    private static final long MIN_MAX_RECORD_SIZE = 64;
    private static final long MAX_MAX_RECORD_SIZE = 8L * 1024 * 1024;

    /** A namespace with the default nsup settings (nsup-period 120, TTLs allowed) and limits. */
    public NamespaceConfig(String name, long maxRecordSize, long defaultTtl) {
        this(name, maxRecordSize, defaultTtl, DEFAULT_NSUP_PERIOD, false, DEFAULT_DATA_SIZE,
                DEFAULT_STOP_WRITES_USED_PCT, 0, DEFAULT_EVICT_TENTHS_PCT, DEFAULT_STOP_WRITES_SYS_MEMORY_PCT, 0, 0);
    }

    /** Whether {@code storedBytes} has reached stop-writes-used-pct of data-size: writes then fail (8). */
    public boolean stopsWrites(long storedBytes) {
        return stopWritesUsedPct != 0 && usedPct(storedBytes) >= stopWritesUsedPct;
    }

    /** storedBytes as a whole percentage of data-size, rounded down as the server does. */
    public long usedPct(long storedBytes) {
        return storedBytes * 100 / dataSize;
    }

    /** Whether a write resolving to {@code ttlSeconds} (0 = never expire) is refused (FAIL_FORBIDDEN). */
    public boolean forbidsTtl(long ttlSeconds) {
        return ttlSeconds != 0 && nsupPeriod == 0 && !allowTtlWithoutNsup;
    }

    /**
     * This configuration with one setting changed, under its {@code set-config} name ({@code default-ttl},
     * {@code max-record-size}, {@code nsup-period}, {@code allow-ttl-without-nsup}, {@code evict-used-pct},
     * {@code stop-writes-used-pct}, {@code evict-tenths-pct}, {@code stop-writes-sys-memory-pct},
     * {@code indexes-memory-budget}, {@code evict-indexes-memory-pct}), checked as the real server checks it.
     *
     * @throws IllegalArgumentException for an unknown setting or a value the server refuses, saying why
     */
    public NamespaceConfig with(String key, String value) {
        NamespaceConfig c = this;
        switch (key) {
            case "default-ttl" -> {
                long ttl = ConfigValues.seconds(key, value);
                ConfigValues.check(ttl <= MAX_TTL_SECONDS, key + " must be <= " + MAX_TTL_SECONDS + " seconds");
                ConfigValues.check(ttl == 0 || nsupPeriod != 0 || allowTtlWithoutNsup,
                        "must configure non-zero nsup-period or allow-ttl-without-nsup true to set non-zero default-ttl");
                return new NamespaceConfig(name, maxRecordSize, ttl, nsupPeriod, allowTtlWithoutNsup, dataSize,
                        stopWritesUsedPct, evictUsedPct, evictTenthsPct, stopWritesSysMemoryPct, indexesMemoryBudget,
                        evictIndexesMemoryPct);
            }
            case "max-record-size" -> {
                long size = ConfigValues.integer(key, value);
                ConfigValues.check(size >= MIN_MAX_RECORD_SIZE && size <= MAX_MAX_RECORD_SIZE,
                        key + " must be between 64 (bytes) and 8M");
                return new NamespaceConfig(name, size, defaultTtl, nsupPeriod, allowTtlWithoutNsup, dataSize,
                        stopWritesUsedPct, evictUsedPct, evictTenthsPct, stopWritesSysMemoryPct, indexesMemoryBudget,
                        evictIndexesMemoryPct);
            }
            case "nsup-period" -> {
                long period = ConfigValues.seconds(key, value);
                return new NamespaceConfig(name, maxRecordSize, defaultTtl, period, allowTtlWithoutNsup, dataSize,
                        stopWritesUsedPct, evictUsedPct, evictTenthsPct, stopWritesSysMemoryPct, indexesMemoryBudget,
                        evictIndexesMemoryPct);
            }
            case "allow-ttl-without-nsup" -> {
                return new NamespaceConfig(name, maxRecordSize, defaultTtl, nsupPeriod, ConfigValues.bool(key, value),
                        dataSize, stopWritesUsedPct, evictUsedPct, evictTenthsPct, stopWritesSysMemoryPct,
                        indexesMemoryBudget, evictIndexesMemoryPct);
            }
            case "stop-writes-used-pct" -> {
                return new NamespaceConfig(name, maxRecordSize, defaultTtl, nsupPeriod, allowTtlWithoutNsup, dataSize,
                        ConfigValues.percent(key, value), evictUsedPct, evictTenthsPct, stopWritesSysMemoryPct,
                        indexesMemoryBudget, evictIndexesMemoryPct);
            }
            case "evict-used-pct" -> {
                return new NamespaceConfig(name, maxRecordSize, defaultTtl, nsupPeriod, allowTtlWithoutNsup, dataSize,
                        stopWritesUsedPct, ConfigValues.percent(key, value), evictTenthsPct, stopWritesSysMemoryPct,
                        indexesMemoryBudget, evictIndexesMemoryPct);
            }
            case "evict-tenths-pct" -> {
                int tenths = (int) ConfigValues.integer(key, value);
                ConfigValues.check(tenths >= 0 && tenths <= 1000, key + " must be 0..1000");
                return new NamespaceConfig(name, maxRecordSize, defaultTtl, nsupPeriod, allowTtlWithoutNsup, dataSize,
                        stopWritesUsedPct, evictUsedPct, tenths, stopWritesSysMemoryPct, indexesMemoryBudget,
                        evictIndexesMemoryPct);
            }
            case "stop-writes-sys-memory-pct" -> {
                return new NamespaceConfig(name, maxRecordSize, defaultTtl, nsupPeriod, allowTtlWithoutNsup, dataSize,
                        stopWritesUsedPct, evictUsedPct, evictTenthsPct, ConfigValues.percent(key, value),
                        indexesMemoryBudget, evictIndexesMemoryPct);
            }
            case "indexes-memory-budget" -> {
                long budget = ConfigValues.integer(key, value);
                ConfigValues.check(budget >= 0, key + " must not be negative");
                return new NamespaceConfig(name, maxRecordSize, defaultTtl, nsupPeriod, allowTtlWithoutNsup, dataSize,
                        stopWritesUsedPct, evictUsedPct, evictTenthsPct, stopWritesSysMemoryPct, budget,
                        evictIndexesMemoryPct);
            }
            case "evict-indexes-memory-pct" -> {
                return new NamespaceConfig(name, maxRecordSize, defaultTtl, nsupPeriod, allowTtlWithoutNsup, dataSize,
                        stopWritesUsedPct, evictUsedPct, evictTenthsPct, stopWritesSysMemoryPct, indexesMemoryBudget,
                        ConfigValues.percent(key, value));
            }
            default -> throw new IllegalArgumentException("unknown namespace setting '" + key + "'");
        }
    }

    /** This configuration with another storage-engine.data-size (a start-up setting: set-config cannot change it). */
    public NamespaceConfig withDataSize(long bytes) {
        ConfigValues.check(bytes > 0, "storage-engine.data-size must be positive");
        return new NamespaceConfig(name, maxRecordSize, defaultTtl, nsupPeriod, allowTtlWithoutNsup, bytes,
                stopWritesUsedPct, evictUsedPct, evictTenthsPct, stopWritesSysMemoryPct, indexesMemoryBudget,
                evictIndexesMemoryPct);
    }
}
