package io.spikesdk.testkit.internal.cluster;

import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.testkit.internal.storage.Digest;
import io.spikesdk.testkit.internal.storage.Provisional;
import io.spikesdk.testkit.internal.storage.StoredRecord;
import java.util.Map;

/**
 * Moves partitions after a rebalance, synchronously: every new owner that held no copy receives
 * one from a surviving previous owner (all copies are identical, writes being replicated
 * synchronously), and nodes that no longer own a partition drop it. A partition none of whose
 * previous owners survives has lost its data, as on a real cluster.
 */
final class Migrator {
    private Migrator() {
    }

    static void migrate(ClusterSnapshot before, ClusterSnapshot after, Iterable<String> namespaces) {
        for (int pid = 0; pid < Proto.PARTITIONS; pid++) {
            ClusterMember source = survivingOwner(before, after, pid);
            for (String ns : namespaces) {
                migratePartition(before, after, pid, ns, source);
            }
        }
    }

    private static void migratePartition(ClusterSnapshot before, ClusterSnapshot after, int pid, String ns,
            ClusterMember source) {
        Map<Digest, StoredRecord> data = null;
        Map<Digest, Provisional> locked = null;
        for (long owner : after.table().owners(pid)) {
            if (source == null || before.table().column(pid, owner) >= 0) {
                continue;
            }
            if (data == null) {
                data = source.stores().get(ns).partition(pid);
                locked = source.stores().get(ns).provisionals(pid);
            }
            after.member(owner).stores().get(ns).replacePartition(pid, data, locked);
        }
        for (ClusterMember m : after.members()) {
            if (after.table().column(pid, m.nodeId()) < 0) {
                m.stores().get(ns).dropPartition(pid);
            }
        }
    }

    /** The first previous owner (master first) still alive, or null. */
    private static ClusterMember survivingOwner(ClusterSnapshot before, ClusterSnapshot after, int pid) {
        for (long owner : before.table().owners(pid)) {
            ClusterMember m = after.member(owner);
            if (m != null) {
                return m;
            }
        }
        return null;
    }
}
