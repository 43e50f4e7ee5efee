package io.spikesdk.testkit.internal.info;

import io.spikesdk.testkit.internal.storage.ConsistencyConfig;
import io.spikesdk.testkit.internal.storage.NamespaceConfig;

/**
 * The configuration of one namespace as the server lists it: the tail of {@code namespace/<ns>} and
 * the whole of {@code get-config:context=namespace;id=<ns>}. Keys and order are a CE 8.1.2.0
 * in-memory namespace's; the values are the embedded namespace's own (its TTL, nsup settings, record size,
 * replication factor, rack, strong consistency and transaction settings; no limit on transactions queued
 * per key), the rest as the reference server configured by the shared start script. The memory
 * engine's {@code storage-engine.stripe[i]} entries are left out: the embedded store has no stripes.
 */
final class NamespaceSettings {
    private NamespaceSettings() {
    }

    /** {@code k=v;k=v;…} without a trailing ';'. */
    static String of(NamespaceConfig c, TopologyView view) {
        return of(c, ConsistencyConfig.AP, view);
    }

    /** As {@link #of(NamespaceConfig, TopologyView)}, with the namespace's consistency and transaction settings. */
    static String of(NamespaceConfig c, ConsistencyConfig sc, TopologyView view) {
        return "active-rack=0;allow-ttl-without-nsup=" + c.allowTtlWithoutNsup()
                + ";apply-ttl-reductions=true;auto-revive=false"
                + ";background-query-max-rps=10000;conflict-resolution-policy=generation"
                + ";conflict-resolve-writes=false;default-read-touch-ttl-pct=0;default-ttl=" + c.defaultTtl()
                + ";disable-cold-start-eviction=false;disable-mrt-writes=" + sc.disableMrtWrites()
                + ";disable-write-dup-res=false"
                + ";disallow-expunge=false;disallow-null-setname=false;enable-benchmarks-batch-sub=false"
                + ";enable-benchmarks-ops-sub=false;enable-benchmarks-read=false;enable-benchmarks-udf=false"
                + ";enable-benchmarks-udf-sub=false;enable-benchmarks-write=false;enable-hist-proxy=false"
                + ";evict-hist-buckets=10000;evict-indexes-memory-pct=" + c.evictIndexesMemoryPct()
                + ";evict-tenths-pct=" + c.evictTenthsPct()
                + ";force-long-queries=false;ignore-migrate-fill-delay=false;index-stage-size=1073741824"
                + ";indexes-memory-budget=" + c.indexesMemoryBudget()
                + ";inline-short-queries=false;max-record-size=" + c.maxRecordSize()
                + ";migrate-order=5;migrate-retransmit-ms=5000;migrate-skip-unreadable=false;migrate-sleep=1"
                + ";mrt-duration=" + (sc.strongConsistency() ? sc.mrtDurationSeconds() : 0)
                + ";nsup-hist-period=3600;nsup-period=" + c.nsupPeriod() + ";nsup-threads=1"
                + ";partition-tree-sprigs=256;prefer-uniform-balance=false;rack-id=" + view.rack().orElse(0)
                + ";read-consistency-level-override=off;reject-non-xdr-writes=false;reject-xdr-writes=false"
                + ";replication-factor=" + view.replicationFactor()
                + ";sindex-stage-size=1073741824;single-query-threads=4;stop-writes-sys-memory-pct="
                + c.stopWritesSysMemoryPct()
                + ";strong-consistency=" + sc.strongConsistency() + ";strong-consistency-allow-expunge="
                + sc.allowExpunge()
                + ";tomb-raider-eligible-age=86400;tomb-raider-period=86400;tomb-raider-unmark-threads=0"
                + ";transaction-pending-limit=0;truncate-threads=4;write-commit-level-override=off"
                + ";xdr-bin-tombstone-ttl=86400;xdr-tomb-raider-period=120;xdr-tomb-raider-threads=1"
                + ";geo2dsphere-within.strict=true;geo2dsphere-within.min-level=1"
                + ";geo2dsphere-within.max-level=20;geo2dsphere-within.max-cells=12"
                + ";geo2dsphere-within.level-mod=1;geo2dsphere-within.earth-radius-meters=6371000"
                + ";index-type=mem;sindex-type=mem;storage-engine=memory;storage-engine.commit-to-device=false"
                + ";storage-engine.compression=none;storage-engine.compression-acceleration=0"
                + ";storage-engine.compression-level=0;storage-engine.data-size=" + c.dataSize()
                + ";storage-engine.defrag-lwm-pct=50;storage-engine.defrag-queue-min=0"
                + ";storage-engine.defrag-sleep=1000;storage-engine.defrag-startup-minimum=0"
                + ";storage-engine.direct-files=false;storage-engine.disable-odsync=false"
                + ";storage-engine.enable-benchmarks-storage=false;storage-engine.encryption-key-file=null"
                + ";storage-engine.encryption-old-key-file=null;storage-engine.evict-used-pct=" + c.evictUsedPct()
                + ";storage-engine.filesize=0;storage-engine.flush-max-ms=1000"
                + ";storage-engine.max-write-cache=67108864;storage-engine.stop-writes-avail-pct=5"
                + ";storage-engine.stop-writes-used-pct=" + c.stopWritesUsedPct()
                + ";storage-engine.tomb-raider-sleep=1000";
    }
}
