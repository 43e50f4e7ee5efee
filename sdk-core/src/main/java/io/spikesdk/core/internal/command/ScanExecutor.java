package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.KeyRecord;
import io.spikesdk.api.Policy;
import io.spikesdk.api.QueryPolicy;
import io.spikesdk.api.ScanPolicy;
import io.spikesdk.api.Statement;
import io.spikesdk.api.internal.PartitionCursor;
import io.spikesdk.api.metrics.CommandType;
import io.spikesdk.core.internal.cluster.Cluster;
import io.spikesdk.core.internal.serial.Serialization;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Runs scans and queries: round after round of node commands ({@link ScanRequest} or {@link QueryRequest}, read by a {@link ScanReply}, through the
 * {@link BlockingDriver}) until the {@link PartitionTracker} says the scan or its page is complete; the nodes of a
 * round one after the other or up to {@link ScanPolicy#maxConcurrentNodes()} at once on the executor, the caller's
 * thread being one of them. Records go to a sink, as a callback or into a {@link QueuedRecordStream}.
 */
public final class ScanExecutor {
    private final Cluster cluster;
    private final BlockingDriver driver;
    private final Executor executor;

    public ScanExecutor(Cluster cluster, BlockingDriver driver, Executor executor) {
        this.cluster = cluster;
        this.driver = driver;
        this.executor = executor;
    }

    /**
     * The bin names to read, checked before anything is sent; null for all bins.
     *
     * @throws NullPointerException for a null name
     * @throws io.spikesdk.api.BinNameTooLongException for a name longer than the server accepts
     */
    public static String[] binNames(String[] names) {
        if (names == null || names.length == 0) {
            return null;
        }
        for (int i = 0; i < names.length; i++) {
            Objects.requireNonNull(names[i], "binNames[" + i + "]");
            RequestLimits.checkBinName(names[i]);
        }
        return names.clone();
    }

    /** Makes the request of one node's share of a round. */
    private interface ShareRequests {
        CommandRequest request(PartitionTracker.NodeShare share, long taskId, int totalTimeout);
    }

    /** Runs a scan on the calling thread (and helpers), handing each record to {@code sink}; returns when it ended. */
    public void scan(ScanPolicy policy, PartitionCursor cursor, String namespace, String set, String[] binNames,
                     Consumer<KeyRecord> sink, Serialization serial) {
        scan(policy, cursor, namespace, set, binNames, sink, serial,
            ParentCall.start(cluster, CommandType.SCAN, namespace, set));
    }

    private void scan(ScanPolicy policy, PartitionCursor cursor, String namespace, String set, String[] binNames,
                      Consumer<KeyRecord> sink, Serialization serial, Object parentCall) {
        Policy attemptPolicy = policy.toBuilder().maxRetries(0).build();
        run(policy, policy.maxRecords(), policy.maxConcurrentNodes(), cursor, parentCall, namespace,
            (share, taskId, timeout) -> new ScanRequest(policy, attemptPolicy, namespace, set, binNames, taskId,
                timeout, share), sink, serial);
    }

    /** Runs a query as {@link #scan} runs a scan. */
    public void query(QueryPolicy policy, PartitionCursor cursor, Statement statement, Consumer<KeyRecord> sink,
                      Serialization serial) {
        query(policy, cursor, statement, sink, serial,
            ParentCall.start(cluster, CommandType.QUERY, statement.namespace(), statement.set()));
    }

    private void query(QueryPolicy policy, PartitionCursor cursor, Statement statement, Consumer<KeyRecord> sink,
                       Serialization serial, Object parentCall) {
        Policy attemptPolicy = policy.toBuilder().maxRetries(0).build();
        run(policy, policy.maxRecords(), policy.maxConcurrentNodes(), cursor, parentCall, statement.namespace(),
            (share, taskId, timeout) -> new QueryRequest(policy, attemptPolicy, statement, taskId, timeout, share),
            sink, serial);
    }

    /** @param parentCall the call's metrics token ({@link ParentCall#start}, on the caller's thread), or null */
    private void run(Policy policy, long maxRecords, int maxConcurrentNodes, PartitionCursor cursor, Object parentCall,
                     String namespace, ShareRequests requests, Consumer<KeyRecord> sink, Serialization serial) {
        PartitionTracker tracker;
        try {
            tracker = new PartitionTracker(policy, cursor, maxRecords);
        } catch (RuntimeException e) {
            ParentCall.end(cluster, parentCall, e);
            throw e;
        }
        tracker.parentCall = parentCall;
        RuntimeException failure = null;
        try {
            runRounds(policy, maxConcurrentNodes, tracker, namespace, requests, sink, serial);
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            ParentCall.end(cluster, tracker.parentCall, failure);
        }
    }

    private void runRounds(Policy policy, int maxConcurrentNodes, PartitionTracker tracker, String namespace,
                           ShareRequests requests, Consumer<KeyRecord> sink, Serialization serial) {
        while (true) {
            long taskId = ThreadLocalRandom.current().nextLong();
            try {
                List<PartitionTracker.NodeShare> shares = tracker.assign(cluster, namespace);
                int parallel = maxConcurrentNodes == 0 ? shares.size() : Math.min(maxConcurrentNodes, shares.size());
                int timeout = tracker.totalTimeout();
                Round round = new Round(tracker, shares, share -> requests.request(share, taskId, timeout), sink,
                    serial);
                round.run(parallel);
            } catch (RuntimeException e) {
                tracker.failed();
                throw e;
            }
            if (tracker.complete()) {
                return;
            }
            pause(policy.sleepBetweenRetries());
        }
    }

    /** Starts a scan in the background; its records are read from the returned stream. */
    public QueuedRecordStream stream(ScanPolicy policy, PartitionCursor cursor, String namespace, String set,
                                     String[] binNames, Serialization serial) {
        Object parentCall = ParentCall.start(cluster, CommandType.SCAN, namespace, set);
        return QueuedRecordStream.start(executor, policy.totalTimeout(),
            sink -> scan(policy, cursor, namespace, set, binNames, sink, serial, parentCall));
    }

    /** Starts a query in the background; its records are read from the returned stream. */
    public QueuedRecordStream stream(QueryPolicy policy, PartitionCursor cursor, Statement statement,
                                     Serialization serial) {
        Object parentCall = ParentCall.start(cluster, CommandType.QUERY, statement.namespace(), statement.set());
        return QueuedRecordStream.start(executor, policy.totalTimeout(),
            sink -> query(policy, cursor, statement, sink, serial, parentCall));
    }

    private static void pause(int ms) {
        if (ms > 0) {
            LockSupport.parkNanos(ms * 1_000_000L);
        }
    }

    /** One round's node commands; the first failure that is not a partition retry stops the others. */
    private final class Round {
        private final PartitionTracker tracker;
        private final List<PartitionTracker.NodeShare> shares;
        private final java.util.function.Function<PartitionTracker.NodeShare, CommandRequest> requests;
        private final Consumer<KeyRecord> sink;
        private final Serialization serial;
        private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
        private final AtomicInteger next = new AtomicInteger();

        Round(PartitionTracker tracker, List<PartitionTracker.NodeShare> shares,
              java.util.function.Function<PartitionTracker.NodeShare, CommandRequest> requests,
              Consumer<KeyRecord> sink, Serialization serial) {
            this.tracker = tracker;
            this.shares = shares;
            this.requests = requests;
            this.serial = serial;
            this.sink = record -> {
                if (failure.get() != null) {
                    throw new ScanStopped();
                }
                sink.accept(record);
            };
        }

        void run(int parallel) {
            FutureTask<?>[] helpers = new FutureTask<?>[Math.max(0, parallel - 1)];
            for (int i = 0; i < helpers.length; i++) {
                helpers[i] = new FutureTask<>(this::work, null);
                executor.execute(helpers[i]);
            }
            work();
            for (FutureTask<?> helper : helpers) {
                await(helper);
            }
            RuntimeException e = failure.get();
            if (e != null) {
                throw e;
            }
        }

        private void work() {
            int n;
            while (failure.get() == null && (n = next.getAndIncrement()) < shares.size()) {
                PartitionTracker.NodeShare share = shares.get(n);
                try {
                    driver.execute(requests.apply(share), new ScanReply(tracker, share, sink, serial),
                        tracker.deadlineNanos(), 0);
                } catch (AerospikeException e) {
                    if (!tracker.retryable(share, e)) {
                        failure.compareAndSet(null, e);
                    }
                } catch (RuntimeException e) {
                    // ScanStopped too: the reader closed the stream, or another node failed first (its failure wins)
                    failure.compareAndSet(null, e);
                }
            }
        }

        /** Waits for a helper; an interrupt is kept for the caller (the helpers end with their node commands). */
        private void await(FutureTask<?> helper) {
            boolean interrupted = false;
            while (true) {
                try {
                    helper.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    failure.compareAndSet(null, e.getCause() instanceof RuntimeException re ? re
                        : new IllegalStateException(e.getCause()));
                    break;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Thrown through a node command's reply to stop reading it; the driver then closes its connection. */
    static final class ScanStopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ScanStopped() {
            super("scan stopped", null, false, false);
        }
    }
}
