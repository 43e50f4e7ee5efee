package io.spikesdk.testkit;

import io.spikesdk.testkit.internal.storage.ConsistencyConfig;
import io.spikesdk.testkit.internal.storage.NamespaceConfig;
import io.spikesdk.testkit.internal.storage.SetConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The configuration of one namespace of an {@link EmbeddedAerospike}, set through
 * {@link EmbeddedAerospike.Builder#namespace(String, java.util.function.Consumer)}. Names and defaults are a
 * CE 8.1.2.0 namespace's; {@code get-config:context=namespace} and {@code namespace/<ns>} report them.
 *
 * <pre>{@code
 * EmbeddedAerospike.builder().namespace("test", ns -> ns.nsupPeriod(0).allowTtlWithoutNsup(false))
 * }</pre>
 *
 * <p>As on the real server, a write that gives its record a TTL (its own, or a non-zero default-ttl) on a
 * namespace with {@code nsup-period 0} and {@code allow-ttl-without-nsup false} fails with FAIL_FORBIDDEN (22),
 * and such a namespace cannot have a non-zero default-ttl.
 */
public final class NamespaceOptions {
    static final long MAX_TTL_SECONDS = 315_360_000L;
    static final long DEFAULT_NSUP_PERIOD = NamespaceConfig.DEFAULT_NSUP_PERIOD;

    private long defaultTtl;
    private long maxRecordSize;
    private long nsupPeriod = DEFAULT_NSUP_PERIOD;
    private boolean allowTtlWithoutNsup;
    private long dataSize = NamespaceConfig.DEFAULT_DATA_SIZE;
    private int stopWritesUsedPct = NamespaceConfig.DEFAULT_STOP_WRITES_USED_PCT;
    private int evictUsedPct;
    private int evictTenthsPct = NamespaceConfig.DEFAULT_EVICT_TENTHS_PCT;
    private int stopWritesSysMemoryPct = NamespaceConfig.DEFAULT_STOP_WRITES_SYS_MEMORY_PCT;
    private long indexesMemoryBudget;
    private int evictIndexesMemoryPct;
    private final Map<String, SetConfig> sets = new LinkedHashMap<>();
    private ConsistencyConfig consistency = ConsistencyConfig.AP;

    NamespaceOptions(long defaultTtl, long maxRecordSize) {
        this.defaultTtl = defaultTtl;
        this.maxRecordSize = maxRecordSize;
    }

    /** default-ttl: TTL in seconds given to writes that send TTL 0; 0 = never expire. Default: 0. */
    public NamespaceOptions defaultTtl(long seconds) {
        if (seconds < 0 || seconds > MAX_TTL_SECONDS) {
            throw new IllegalArgumentException("defaultTtl out of range: " + seconds);
        }
        this.defaultTtl = seconds;
        return this;
    }

    /** max-record-size: the largest record in bytes; a bigger one fails with RECORD_TOO_BIG (13). Default: 1 MiB. */
    public NamespaceOptions maxRecordSize(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("maxRecordSize must be positive: " + bytes);
        }
        this.maxRecordSize = bytes;
        return this;
    }

    /** nsup-period in seconds; 0 turns the expiry thread off and forbids TTLs (see above). Default: 120. */
    public NamespaceOptions nsupPeriod(long seconds) {
        if (seconds < 0 || seconds > MAX_TTL_SECONDS) {
            throw new IllegalArgumentException("nsupPeriod out of range: " + seconds);
        }
        this.nsupPeriod = seconds;
        return this;
    }

    /** allow-ttl-without-nsup: accept TTLs when nsup-period is 0. Default: false. */
    public NamespaceOptions allowTtlWithoutNsup(boolean allow) {
        this.allowTtlWithoutNsup = allow;
        return this;
    }

    /** storage-engine.data-size: the memory the namespace's records may use, in bytes. Default: 1 GiB. */
    public NamespaceOptions dataSize(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("dataSize must be positive: " + bytes);
        }
        this.dataSize = bytes;
        return this;
    }

    /**
     * storage-engine.stop-writes-used-pct: once the records use this percentage of {@link #dataSize}, writes fail
     * with SERVER_MEM_ERROR (8) — reads and deletes still work; 0 turns it off. Default: 70.
     */
    public NamespaceOptions stopWritesUsedPct(int pct) {
        if (pct < 0 || pct > 100) {
            throw new IllegalArgumentException("stopWritesUsedPct must be 0..100: " + pct);
        }
        this.stopWritesUsedPct = pct;
        return this;
    }

    /**
     * storage-engine.evict-used-pct: once the records use this percentage of {@link #dataSize}, each nsup cycle (each
     * {@link TestClock#advance}) evicts the records closest to expiry (records without TTL never), {@link
     * #evictTenthsPct} of them, as the real server does; 0 turns it off. Default: 0.
     */
    public NamespaceOptions evictUsedPct(int pct) {
        this.evictUsedPct = pct("evictUsedPct", pct);
        return this;
    }

    /** evict-tenths-pct: the share of the evictable records one nsup cycle evicts, in tenths of a percent. Default: 5. */
    public NamespaceOptions evictTenthsPct(int tenths) {
        if (tenths < 0 || tenths > 1000) {
            throw new IllegalArgumentException("evictTenthsPct must be 0..1000: " + tenths);
        }
        this.evictTenthsPct = tenths;
        return this;
    }

    /**
     * stop-writes-sys-memory-pct: writes fail with SERVER_MEM_ERROR (8) while the system's used memory is above this
     * percentage. The embedded server cannot measure system memory: it compares the percentage set with
     * {@link EmbeddedAerospike#simulateSystemMemoryUsedPct(int)} (0 until then). 0 turns it off. Default: 90.
     */
    public NamespaceOptions stopWritesSysMemoryPct(int pct) {
        this.stopWritesSysMemoryPct = pct("stopWritesSysMemoryPct", pct);
        return this;
    }

    /**
     * indexes-memory-budget: once the primary index (64 bytes a record, expired ones not yet removed included)
     * uses more than this, writes fail with SERVER_MEM_ERROR (8); 0 = no budget. Default: 0.
     */
    public NamespaceOptions indexesMemoryBudget(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("indexesMemoryBudget must not be negative: " + bytes);
        }
        this.indexesMemoryBudget = bytes;
        return this;
    }

    /** evict-indexes-memory-pct: evict (as {@link #evictUsedPct}) once the index uses this share of its budget. */
    public NamespaceOptions evictIndexesMemoryPct(int pct) {
        this.evictIndexesMemoryPct = pct("evictIndexesMemoryPct", pct);
        return this;
    }

    /**
     * strong-consistency: an SC namespace, as an Enterprise server configures it (reported as
     * {@code strong-consistency=true} and with regime 1 in {@code replicas}). Multi-record transactions run only in SC
     * namespaces; a command of a transaction addressed to an AP namespace fails with UNSUPPORTED_FEATURE (16).
     * Default: false.
     */
    public NamespaceOptions strongConsistency(boolean enabled) {
        consistency = enabled ? new ConsistencyConfig(true, consistency.mrtDurationSeconds(),
                consistency.disableMrtWrites(), consistency.allowExpunge()) : ConsistencyConfig.AP;
        return this;
    }

    /**
     * mrt-duration: the lifetime in seconds (1..120) of a transaction whose client sent no timeout; when it passes
     * before the commit, the server rolls the transaction back. Needs {@link #strongConsistency(boolean)}. Default: 10.
     */
    public NamespaceOptions mrtDuration(int seconds) {
        consistency = consistency.with("mrt-duration", Integer.toString(seconds));
        return this;
    }

    /** disable-mrt-writes: writes inside transactions fail with FAIL_FORBIDDEN (22). Needs SC. Default: false. */
    public NamespaceOptions disableMrtWrites(boolean disable) {
        consistency = consistency.with("disable-mrt-writes", Boolean.toString(disable));
        return this;
    }

    /**
     * A set's limits, as {@code set-config:context=namespace;id=<ns>;set=<set>;<key>=<value>} sets them:
     * {@code stop-writes-count} (writes creating a record in a set that holds that many fail with FAIL_FORBIDDEN,
     * 22), {@code stop-writes-size} (every write to a set whose records use more bytes fails with 22),
     * {@code disable-eviction} ({@code true}: the set's records are never evicted).
     */
    public NamespaceOptions setConfig(String set, String key, String value) {
        Objects.requireNonNull(set, "set");
        sets.put(set, sets.getOrDefault(set, SetConfig.NONE).with(key, value));
        return this;
    }

    /**
     * Sets an option by its server configuration name, as the standalone jar's {@code --namespace-config} does:
     * {@code storage-engine.data-size}, and every name {@code set-config} takes ({@code default-ttl},
     * {@code max-record-size}, {@code nsup-period}, {@code allow-ttl-without-nsup}, {@code evict-used-pct},
     * {@code stop-writes-used-pct} (also with their {@code storage-engine.} prefix), {@code evict-tenths-pct},
     * {@code stop-writes-sys-memory-pct}, {@code indexes-memory-budget}, {@code evict-indexes-memory-pct}), and
     * {@code set.<set>.<key>} for a set's limits (see {@link #setConfig}), {@code strong-consistency},
     * {@code mrt-duration}, {@code disable-mrt-writes} and {@code strong-consistency-allow-expunge}.
     */
    NamespaceOptions set(String key, String value) {
        if (key.equals("strong-consistency")) {
            return strongConsistency(Boolean.parseBoolean(value));
        }
        if (ConsistencyConfig.handles(key)) {
            consistency = consistency.with(key, value);
            return this;
        }
        if (key.equals("storage-engine.data-size")) {
            return dataSize(number(key, value));
        }
        if (key.startsWith("set.") && key.indexOf('.', 4) > 4) {
            int dot = key.indexOf('.', 4);
            return setConfig(key.substring(4, dot), key.substring(dot + 1), value);
        }
        String name = key.startsWith("storage-engine.") ? key.substring("storage-engine.".length()) : key;
        NamespaceConfig c = config("").with(name, value);
        defaultTtl = c.defaultTtl();
        maxRecordSize = c.maxRecordSize();
        nsupPeriod = c.nsupPeriod();
        allowTtlWithoutNsup = c.allowTtlWithoutNsup();
        stopWritesUsedPct = c.stopWritesUsedPct();
        evictUsedPct = c.evictUsedPct();
        evictTenthsPct = c.evictTenthsPct();
        stopWritesSysMemoryPct = c.stopWritesSysMemoryPct();
        indexesMemoryBudget = c.indexesMemoryBudget();
        evictIndexesMemoryPct = c.evictIndexesMemoryPct();
        return this;
    }

    private static int pct(String name, int pct) {
        if (pct < 0 || pct > 100) {
            throw new IllegalArgumentException(name + " must be 0..100: " + pct);
        }
        return pct;
    }

    private static long number(String key, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " needs a number, got '" + value + "'");
        }
    }

    /** The namespace's configuration. */
    NamespaceConfig config(String namespace) {
        return new NamespaceConfig(namespace, maxRecordSize, defaultTtl, nsupPeriod, allowTtlWithoutNsup, dataSize,
                stopWritesUsedPct, evictUsedPct, evictTenthsPct, stopWritesSysMemoryPct, indexesMemoryBudget,
                evictIndexesMemoryPct);
    }

    /** The namespace's consistency mode and transaction settings. */
    ConsistencyConfig consistency() {
        return consistency;
    }

    /** The limits of the sets configured. */
    Map<String, SetConfig> setConfigs() {
        return Map.copyOf(sets);
    }

    long dataSize() {
        return dataSize;
    }

    int stopWritesUsedPct() {
        return stopWritesUsedPct;
    }

    long defaultTtl() {
        return defaultTtl;
    }

    long maxRecordSize() {
        return maxRecordSize;
    }

    long nsupPeriod() {
        return nsupPeriod;
    }

    boolean allowTtlWithoutNsup() {
        return allowTtlWithoutNsup;
    }

    /** Refuses what the real server refuses to start with (cfg.c: default-ttl without nsup). */
    void validate(String namespace) {
        if (defaultTtl != 0 && nsupPeriod == 0 && !allowTtlWithoutNsup) {
            throw new IllegalArgumentException("namespace \"" + namespace + "\": non-zero defaultTtl needs a non-zero"
                    + " nsupPeriod or allowTtlWithoutNsup(true), as on the real server");
        }
    }
}
