package io.spikesdk.testkit.internal.record;

import io.spikesdk.api.Key;
import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.testkit.internal.storage.Digest;
import io.spikesdk.testkit.internal.storage.NamespaceStore;
import io.spikesdk.testkit.internal.storage.ServerClock;
import io.spikesdk.testkit.internal.storage.StoredRecord;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.IntPredicate;

/**
 * The server's side of abandoned transactions, as the real server's transaction monitor completes them: once a
 * transaction's deadline has passed, a transaction whose commit had started (its monitor marked roll-forward) is
 * rolled forward, any other is rolled back; then its monitor record is removed. It runs after the server's clock
 * moves ({@link #completeExpired}) and when a command meets a record locked by an expired transaction.
 */
public final class TxnMonitors {
    /** Runs a command on the record service of the node that masters a partition. */
    @FunctionalInterface
    public interface Router {
        void run(int partitionId, Consumer<RecordService> command);
    }

    private final ServerClock clock;
    private volatile Router router;

    TxnMonitors(ServerClock clock, Router local) {
        this.clock = clock;
        this.router = local;
    }

    /** Reaches records (and monitors) through {@code router}: a cluster's partition masters. */
    public void router(Router router) {
        this.router = router;
    }

    /** The digest of transaction {@code txnId}'s monitor record. */
    static Digest monitorDigest(long txnId) {
        return new Digest(Key.of("", TxnMonitorRecord.SET, txnId).digest());
    }

    /** Completes every transaction of {@code store} whose monitor this node masters and whose deadline has passed. */
    public void completeExpired(NamespaceStore store, IntPredicate isMaster) {
        if (!store.strongConsistency()) {
            return;
        }
        List<Long> expired = new ArrayList<>();
        for (int pid = 0; pid < Proto.PARTITIONS; pid++) {
            if (!isMaster.test(pid)) {
                continue;
            }
            for (Map.Entry<Digest, StoredRecord> e : store.partition(pid).entrySet()) {
                StoredRecord r = e.getValue();
                if (TxnMonitorRecord.SET.equals(r.setName()) && expired(r)) {
                    expired.add(TxnMonitorRecord.txnId(r));
                }
            }
        }
        expired.forEach(id -> complete(store.name(), id, null));
    }

    /**
     * Completes transaction {@code txnId} of namespace {@code ns} if its deadline has passed: the records its monitor
     * lists, and {@code locked} (a record found locked by it, or null), are rolled forward or back, then the monitor
     * is removed. Without a monitor (already closed or never created) the transaction is rolled back.
     */
    void complete(String ns, long txnId, Digest locked) {
        Digest monitorDigest = monitorDigest(txnId);
        StoredRecord[] found = new StoredRecord[1];
        router.run(monitorDigest.partitionId(), rs -> found[0] = rs.namespace(ns).get(monitorDigest));
        StoredRecord monitor = found[0];
        if (monitor != null && !expired(monitor)) {
            return;
        }
        boolean forward = monitor != null && TxnMonitorRecord.rollingForward(monitor);
        Set<Digest> digests = new LinkedHashSet<>();
        if (monitor != null) {
            digests.addAll(TxnMonitorRecord.digests(monitor));
        }
        if (locked != null) {
            digests.add(locked);
        }
        for (Digest d : digests) {
            router.run(d.partitionId(), rs -> TxnRollCommand.roll(rs.namespace(ns), d, txnId, forward));
        }
        if (monitor != null) {
            router.run(monitorDigest.partitionId(), rs -> removeMonitor(rs.namespace(ns), monitorDigest, forward));
        }
    }

    private static void removeMonitor(NamespaceStore store, Digest digest, boolean forward) {
        ReentrantLock lock = store.lockFor(digest);
        lock.lock();
        try {
            if (store.get(digest) == null) {
                return;
            }
            store.remove(digest);
            if (forward) {
                store.txnStats().monitorRolledForward();
            } else {
                store.txnStats().monitorRolledBack();
            }
        } finally {
            lock.unlock();
        }
    }

    private boolean expired(StoredRecord monitor) {
        return TxnMonitorRecord.deadline(monitor) <= clock.nowSeconds();
    }
}
