package io.spikesdk.testkit.internal.cluster;

import io.spikesdk.testkit.internal.node.CommandRouter;
import io.spikesdk.testkit.internal.record.RecordService;
import java.util.Locale;
import java.util.concurrent.locks.Lock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes one node's single-record commands as an AP server does: served locally when this node
 * is the master (or, for reads, a replica) of the partition, otherwise proxied to the master,
 * which executes it against its own store and replicates it.
 */
final class ClusterRouter implements CommandRouter {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterRouter.class);

    private final ClusterState cluster;
    private final long self;
    private final String selfHex;

    ClusterRouter(ClusterState cluster, long self) {
        this.cluster = cluster;
        this.self = self;
        this.selfHex = Long.toHexString(self).toUpperCase(Locale.ROOT);
    }

    @Override
    public boolean isMaster(int partitionId) {
        Lock lock = cluster.commandLock();
        lock.lock();
        try {
            ClusterSnapshot snapshot = cluster.snapshot();
            return snapshot.member(self) != null && snapshot.table().column(partitionId, self) == 0;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String execute(int partitionId, boolean masterOnly, Consumer<RecordService> command) {
        Lock lock = cluster.commandLock();
        lock.lock();
        try {
            ClusterSnapshot snapshot = cluster.snapshot();
            ClusterMember me = snapshot.member(self);
            int column = snapshot.table().column(partitionId, self);
            ClusterMember target = me != null && (column == 0 || (column > 0 && !masterOnly)) ? me
                    : snapshot.member(snapshot.table().owner(partitionId, 0));
            if (target == null) {
                LOG.warn("node {}: no live node owns partition {}", selfHex, partitionId);
                return null;
            }
            command.accept(target.records());
            return target.nodeIdHex();
        } finally {
            lock.unlock();
        }
    }
}
