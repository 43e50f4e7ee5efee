package io.spikesdk.testfixtures;

import java.util.List;

/** Configuration keys a real Aerospike CE 8.1.2.0 answers, pinned once for the tests that compare with it. */
public final class RealServerConfig {
    /**
     * The keys of {@code get-config:context=namespace} for an in-memory namespace, in order, without the memory
     * engine's {@code storage-engine.stripe[i]} entries.
     */
    public static final List<String> NAMESPACE_KEYS = List.of("active-rack", "allow-ttl-without-nsup",
            "apply-ttl-reductions", "auto-revive", "background-query-max-rps", "conflict-resolution-policy",
            "conflict-resolve-writes", "default-read-touch-ttl-pct", "default-ttl", "disable-cold-start-eviction",
            "disable-mrt-writes", "disable-write-dup-res", "disallow-expunge", "disallow-null-setname",
            "enable-benchmarks-batch-sub", "enable-benchmarks-ops-sub", "enable-benchmarks-read",
            "enable-benchmarks-udf", "enable-benchmarks-udf-sub", "enable-benchmarks-write", "enable-hist-proxy",
            "evict-hist-buckets", "evict-indexes-memory-pct", "evict-tenths-pct", "force-long-queries",
            "ignore-migrate-fill-delay", "index-stage-size", "indexes-memory-budget", "inline-short-queries",
            "max-record-size", "migrate-order", "migrate-retransmit-ms", "migrate-skip-unreadable", "migrate-sleep",
            "mrt-duration", "nsup-hist-period", "nsup-period", "nsup-threads", "partition-tree-sprigs",
            "prefer-uniform-balance", "rack-id", "read-consistency-level-override", "reject-non-xdr-writes",
            "reject-xdr-writes", "replication-factor", "sindex-stage-size", "single-query-threads",
            "stop-writes-sys-memory-pct", "strong-consistency", "strong-consistency-allow-expunge",
            "tomb-raider-eligible-age", "tomb-raider-period", "tomb-raider-unmark-threads",
            "transaction-pending-limit", "truncate-threads", "write-commit-level-override", "xdr-bin-tombstone-ttl",
            "xdr-tomb-raider-period", "xdr-tomb-raider-threads", "geo2dsphere-within.strict",
            "geo2dsphere-within.min-level", "geo2dsphere-within.max-level", "geo2dsphere-within.max-cells",
            "geo2dsphere-within.level-mod", "geo2dsphere-within.earth-radius-meters", "index-type", "sindex-type",
            "storage-engine", "storage-engine.commit-to-device", "storage-engine.compression",
            "storage-engine.compression-acceleration", "storage-engine.compression-level",
            "storage-engine.data-size", "storage-engine.defrag-lwm-pct", "storage-engine.defrag-queue-min",
            "storage-engine.defrag-sleep", "storage-engine.defrag-startup-minimum", "storage-engine.direct-files",
            "storage-engine.disable-odsync", "storage-engine.enable-benchmarks-storage",
            "storage-engine.encryption-key-file", "storage-engine.encryption-old-key-file",
            "storage-engine.evict-used-pct", "storage-engine.filesize", "storage-engine.flush-max-ms",
            "storage-engine.max-write-cache", "storage-engine.stop-writes-avail-pct",
            "storage-engine.stop-writes-used-pct", "storage-engine.tomb-raider-sleep");

    private RealServerConfig() {
    }
}
