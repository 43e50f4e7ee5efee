package io.spikesdk.testkit;

import io.spikesdk.testkit.internal.storage.NamespaceConfig;

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
     * Sets an option by its server configuration name ({@code default-ttl}, {@code max-record-size},
     * {@code nsup-period}, {@code allow-ttl-without-nsup}, {@code storage-engine.data-size},
     * {@code storage-engine.stop-writes-used-pct}), as the standalone jar's {@code --namespace-config} does.
     */
    NamespaceOptions set(String key, String value) {
        switch (key) {
            case "default-ttl" -> defaultTtl(number(key, value));
            case "max-record-size" -> maxRecordSize(number(key, value));
            case "nsup-period" -> nsupPeriod(number(key, value));
            case "allow-ttl-without-nsup" -> allowTtlWithoutNsup(bool(key, value));
            case "storage-engine.data-size" -> dataSize(number(key, value));
            case "storage-engine.stop-writes-used-pct" -> stopWritesUsedPct(percent(key, value));
            default -> throw new IllegalArgumentException("unknown namespace setting '" + key + "'");
        }
        return this;
    }

    private static long number(String key, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " needs a number, got '" + value + "'");
        }
    }

    private static int percent(String key, String value) {
        long pct = number(key, value);
        if (pct < 0 || pct > 100) {
            throw new IllegalArgumentException(key + " must be 0..100, got '" + value + "'");
        }
        return (int) pct;
    }

    private static boolean bool(String key, String value) {
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException(key + " needs true or false, got '" + value + "'");
        }
        return Boolean.parseBoolean(value);
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
