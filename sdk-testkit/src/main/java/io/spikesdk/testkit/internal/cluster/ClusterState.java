package io.spikesdk.testkit.internal.cluster;

import io.spikesdk.testkit.internal.info.TopologyView;
import io.spikesdk.testkit.internal.node.CommandRouter;
import io.spikesdk.testkit.internal.storage.NamespaceStore;
import io.spikesdk.testkit.internal.storage.Digest;
import io.spikesdk.testkit.internal.storage.IndexCatalog;
import io.spikesdk.testkit.internal.storage.Provisional;
import io.spikesdk.testkit.internal.storage.ReplicaSink;
import io.spikesdk.testkit.internal.storage.StoredRecord;
import io.spikesdk.testkit.internal.udf.UdfRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The shared state of an embedded cluster: membership, partition table and generations.
 *
 * <p>Data commands run under the read lock (routing, execution and synchronous replication);
 * membership changes take the write lock, so a rebalance and its migrations happen between
 * commands and every command sees one consistent table. Thread-safe.
 */
public final class ClusterState {
    private final int replicationFactor;
    private final List<String> namespaces;
    private final boolean racksConfigured;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile ClusterSnapshot snapshot = ClusterSnapshot.empty();
    private final Map<String, IndexCatalog> indexes = new ConcurrentHashMap<>();
    private final UdfRegistry udfs = new UdfRegistry();

    /**
     * @param replicationFactor copies of every partition (capped by the number of live nodes)
     * @param namespaces the namespaces every node has
     * @param racksConfigured whether nodes answer {@code rack-ids} (else enterprise-only, as on CE)
     */
    public ClusterState(int replicationFactor, List<String> namespaces, boolean racksConfigured) {
        this.replicationFactor = replicationFactor;
        this.namespaces = List.copyOf(namespaces);
        this.racksConfigured = racksConfigured;
    }

    /** The secondary indexes of a namespace, one catalog for every node (system metadata on a real cluster). */
    public IndexCatalog indexes(String namespace) {
        return indexes.computeIfAbsent(namespace, n -> new IndexCatalog());
    }

    /** The registered UDF modules, one registry for every node (system metadata on a real cluster). */
    public UdfRegistry udfs() {
        return udfs;
    }

    public ClusterSnapshot snapshot() {
        return snapshot;
    }

    /** The namespace stores of every live member, for commands every node applies itself (truncate). */
    public List<Map<String, NamespaceStore>> memberStores() {
        return snapshot().members().stream().map(ClusterMember::stores).toList();
    }

    public int replicationFactor() {
        return replicationFactor;
    }

    /** Adds nodes and rebalances (migrating partitions to them). */
    public void join(List<ClusterMember> joining) {
        rebalance(joining, List.of());
    }

    /** Removes a node (already stopped) and rebalances, re-replicating what it held. */
    public void leave(long nodeId) {
        rebalance(List.of(), List.of(nodeId));
    }

    private void rebalance(List<ClusterMember> joining, List<Long> leaving) {
        lock.writeLock().lock();
        try {
            ClusterSnapshot before = snapshot;
            List<ClusterMember> members = new ArrayList<>();
            for (ClusterMember m : before.members()) {
                if (!leaving.contains(m.nodeId())) {
                    members.add(m);
                }
            }
            members.addAll(joining);
            ClusterSnapshot after = new ClusterSnapshot(members, PartitionTable.assign(members, replicationFactor),
                    before.generation() + 1);
            Migrator.migrate(before, after, namespaces);
            snapshot = after;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The lock data commands hold while they route, execute and replicate. */
    Lock commandLock() {
        return lock.readLock();
    }

    /** What node {@code self} (on {@code rack}) reports through the info protocol. */
    public Supplier<TopologyView> topology(long self, int rack) {
        OptionalInt rackId = racksConfigured ? OptionalInt.of(rack) : OptionalInt.empty();
        return () -> new ClusterNodeView(snapshot, self, replicationFactor, rackId);
    }

    /** Routes node {@code self}'s commands to the partition owners. */
    public CommandRouter router(long self) {
        return new ClusterRouter(this, self);
    }

    /**
     * Copies node {@code self}'s client-driven changes to the partition's other owners; called under
     * the record lock by a command holding the command lock, so before the reply is sent.
     */
    public ReplicaSink replicator(long self) {
        return new ReplicaSink() {
            @Override
            public void changed(String ns, Digest digest, StoredRecord record) {
                forEachOtherOwner(self, ns, digest, store -> store.applyReplica(digest, record));
            }

            @Override
            public void provisionalChanged(String ns, Digest digest, Provisional provisional) {
                forEachOtherOwner(self, ns, digest, store -> store.applyProvisionalReplica(digest, provisional));
            }
        };
    }

    private void forEachOtherOwner(long self, String ns, Digest digest, Consumer<NamespaceStore> apply) {
        ClusterSnapshot current = snapshot;
        for (long owner : current.table().owners(digest.partitionId())) {
            ClusterMember m = owner == self ? null : current.member(owner);
            if (m != null) {
                apply.accept(m.stores().get(ns));
            }
        }
    }
}
