package io.spikesdk.testkit.internal.info;

import io.spikesdk.testkit.internal.storage.NamespaceConfig;
import io.spikesdk.testkit.internal.storage.NamespaceStore;
import io.spikesdk.testkit.internal.storage.NsupStats;
import io.spikesdk.testkit.internal.storage.TxnStats;
import io.spikesdk.testkit.internal.storage.SetConfig;
import io.spikesdk.testkit.internal.storage.ServerClock;
import java.util.Collection;
import java.util.Map;

/** The long k=v answers: {@code statistics}, {@code namespace/<ns>} and the {@code sets} family. */
final class InfoStatistics {
    private static final String SET_PROPS = ":sindexes=0:index_populating=false:truncating=false"
            + ":default-read-touch-ttl-pct=0:default-ttl=0:disable-eviction=";

    private final NodeIdentity node;
    private final ServerStats stats;
    private final ServerClock clock;

    InfoStatistics(NodeIdentity node, ServerStats stats, ServerClock clock) {
        this.node = node;
        this.stats = stats;
        this.clock = clock;
    }

    String statistics(Collection<NamespaceStore> namespaces, TopologyView view) {
        long objects = namespaces.stream().mapToLong(NamespaceStore::objectCount).sum();
        long uptime = Math.max(0, (clock.nowMillis() - node.startMillis()) / 1000);
        return "failed_best_practices=false;cluster_size=" + view.clusterSize() + ";cluster_key=" + view.clusterKey()
                + ";cluster_generation=" + view.rebalanceGeneration()
                + ";cluster_principal=" + view.principal() + ";cluster_min_compatibility_id=15"
                + ";cluster_max_compatibility_id=15;cluster_integrity=true;cluster_is_member=true"
                + ";cluster_duplicate_nodes=null;cluster_clock_skew_stop_writes_sec=0;cluster_clock_skew_ms=0"
                + ";cluster_clock_skew_outliers=null;uptime=" + uptime + ";objects=" + objects + ";tombstones=0"
                + ";info_queue=0;rw_in_progress=0;proxy_in_progress=0;tree_gc_queue=0"
                + ";client_connections=" + stats.openConnections()
                + ";client_connections_opened=" + stats.connectionsOpened()
                + ";client_connections_closed=" + stats.connectionsClosed()
                + ";admin_connections=0;admin_connections_opened=0;admin_connections_closed=0"
                + ";heartbeat_connections=0;fabric_connections=0;reaped_fds=0"
                + ";info_complete=" + stats.infoComplete() + ";info_timeout=0"
                + ";demarshal_error=" + stats.demarshalErrors() + ";early_tsvc_client_error=0"
                + ";long_queries_active=0;batch_index_initiate=" + stats.batchesInitiated()
                + ";batch_index_complete=" + stats.batchesCompleted() + ";batch_index_error=" + stats.batchErrors()
                + ";paxos_principal=" + view.principal() + ";migrate_allowed=true;migrate_partitions_remaining=0";
    }

    String namespace(NamespaceStore ns, TopologyView view) {
        NamespaceConfig c = ns.config();
        NsupStats nsup = ns.nsupStats();
        TxnStats txn = ns.txnStats();
        long monitors = ns.setCounts().getOrDefault(NamespaceStore.TXN_MONITOR_SET, 0L);
        long objects = ns.objectCount();
        long master = ns.objectCount(pid -> view.column(pid) == 0);
        long prole = ns.objectCount(pid -> view.column(pid) > 0);
        return "ns_cluster_size=" + view.clusterSize() + ";effective_replication_factor=" + view.replicaCount()
                + ";objects=" + objects + ";tombstones=0"
                + ";xdr_tombstones=0;xdr_bin_cemeteries=0;mrt_provisionals=" + ns.provisionalCount() + ";master_objects=" + master
                + ";master_tombstones=0;prole_objects=" + prole + ";prole_tombstones=0;non_replica_objects=0"
                + ";non_replica_tombstones=0;unreplicated_records=0;dead_partitions=0;unavailable_partitions=0"
                + ";auto_revived_partitions=0;clock_skew_stop_writes=false;stop_writes=" + ns.stopsWrites()
                + ";hwm_breached=" + nsup.hwmBreached()
                + ";current_time=" + clock.nowSeconds() + ";non_expirable_objects=" + nsup.nonExpirableObjects()
                + ";expired_objects=" + ns.expiredObjects() + ";evicted_objects=" + nsup.evictedObjects()
                + ";evict_ttl=" + nsup.evictTtl() + ";evict_void_time=" + nsup.evictVoidTime()
                + ";smd_evict_void_time=" + nsup.evictVoidTime()
                + ";nsup_cycle_duration=0;nsup_cycle_deleted_pct=0.00;nsup_xdr_key_busy=0"
                + ";truncate_lut=" + ns.truncateLut(null) + ";truncating=false"
                + ";mrt_monitors=" + monitors + ";mrt_monitors_active=" + monitors
                + ";index_used_bytes=" + ns.indexUsedBytes() + ";set_index_used_bytes=0;sindex_used_bytes=0"
                + (c.indexesMemoryBudget() == 0 ? ""
                        : ";indexes_memory_used_pct=" + ns.indexUsedBytes() * 100 / c.indexesMemoryBudget())
                + ";data_total_bytes=" + c.dataSize() + ";data_used_bytes=" + ns.dataUsedBytes()
                + ";data_used_pct=" + ns.storedBytes() * 100 / c.dataSize()
                + ";data_avail_pct=" + (100 - ns.storedBytes() * 100 / c.dataSize()) + ";data_compression_ratio=1.000;migrate_tx_partitions_remaining=0"
                + ";migrate_rx_partitions_remaining=0;migrate_fresh_partitions=4096"
                + ";mrt_verify_read_error=" + txn.verifyReadFailures()
                + ";mrt_roll_forward_success=" + txn.rollForwards()
                + ";mrt_monitor_roll_forward_success=" + txn.monitorRollForwards()
                + ";mrt_roll_back_success=" + txn.rollBacks()
                + ";mrt_monitor_roll_back_success=" + txn.monitorRollBacks()
                + ";fail_mrt_blocked=" + txn.blockedCount()
                + ";fail_mrt_version_mismatch=" + txn.versionMismatchCount()
                + ";" + NamespaceSettings.of(c, ns.consistency(), view);
    }

    /** {@code sets} / {@code sets/<ns>}: one entry per set, each ended by ';'. */
    String sets(Collection<NamespaceStore> namespaces) {
        StringBuilder sb = new StringBuilder();
        for (NamespaceStore ns : namespaces) {
            for (Map.Entry<String, Long> e : ns.setCounts().entrySet()) {
                sb.append("ns=").append(ns.name()).append(":set=").append(e.getKey()).append(':')
                        .append(setProps(e.getValue(), ns.truncateLut(e.getKey()), ns.setConfig(e.getKey())))
                        .append(';');
            }
        }
        return sb.toString();
    }

    /** {@code sets/<ns>/<set>}: the properties of one set, or empty when the set is unknown. */
    String set(NamespaceStore ns, String set) {
        Long count = ns.setCounts().get(set);
        return count == null ? "" : setProps(count, ns.truncateLut(set), ns.setConfig(set)) + ";";
    }

    private static String setProps(long objects, long truncateLut, SetConfig limits) {
        return "objects=" + objects + ":tombstones=0:data_used_bytes=" + objects * 64 + ":truncate_lut=" + truncateLut
                + SET_PROPS + limits.disableEviction() + ":enable-index=false:stop-writes-count="
                + limits.stopWritesCount() + ":stop-writes-size=" + limits.stopWritesSize();
    }
}
