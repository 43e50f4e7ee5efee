package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.BatchPolicy;
import io.spikesdk.core.internal.cluster.Cluster;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a {@link BatchCall}: splits its rows by node with the current partition map, runs each node's
 * {@link BatchRequest} as a {@link Command} through the {@link BlockingDriver} (one after the other, or up to
 * {@link BatchPolicy#maxConcurrentNodes()} at once on the given executor with the caller's thread as one of
 * them), then the sub-batches a retry split off. All sub-batches share the batch's deadline.
 *
 * <p>A sub-batch that fails leaves its rows unanswered; the first such failure is thrown once every sub-batch
 * ended, or at once, skipping the sub-batches not started, when {@code respondAllKeys} is false.
 */
public final class BatchExecutor {
    private final Cluster cluster;
    private final BlockingDriver driver;
    private final Executor executor;

    public BatchExecutor(Cluster cluster, BlockingDriver driver, Executor executor) {
        this.cluster = cluster;
        this.driver = driver;
        this.executor = executor;
    }

    void execute(BatchCall call) {
        if (call.size() == 0) {
            return;
        }
        call.parentCall = ParentCall.startBatch(cluster, call);
        RuntimeException failure = null;
        try {
            executeCall(call);
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            ParentCall.end(cluster, call.parentCall, failure);
        }
    }

    private void executeCall(BatchCall call) {
        int[] all = new int[call.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        List<BatchRequest> requests = BatchRequest.group(cluster, call, all, 0);
        if (requests.isEmpty()) {
            throw call.routingError();
        }
        BatchPolicy p = call.policy;
        long deadline = p.totalTimeout() > 0 ? System.nanoTime() + p.totalTimeout() * 1_000_000L : 0;
        int parallel = p.maxConcurrentNodes() == 0 ? requests.size() : Math.min(p.maxConcurrentNodes(), requests.size());
        AtomicReference<AerospikeException> failure = new AtomicReference<>();
        if (parallel <= 1) {
            for (BatchRequest request : requests) {
                if (!runInitial(call, request, deadline, failure)) {
                    break;
                }
            }
        } else {
            runParallel(call, requests, parallel, deadline, failure);
        }
        AerospikeException e = failure.get();
        if (e != null) {
            throw e;
        }
        call.finish();
    }

    private void runParallel(BatchCall call, List<BatchRequest> requests, int parallel, long deadline,
                             AtomicReference<AerospikeException> failure) {
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            int n;
            while ((n = next.getAndIncrement()) < requests.size()) {
                if (!runInitial(call, requests.get(n), deadline, failure)) {
                    next.set(requests.size());
                }
            }
        };
        FutureTask<?>[] helpers = new FutureTask<?>[parallel - 1];
        for (int i = 0; i < helpers.length; i++) {
            helpers[i] = new FutureTask<>(worker, null);
            executor.execute(helpers[i]);
        }
        worker.run();
        for (Future<?> helper : helpers) {
            awaitUninterruptibly(helper);
        }
    }

    /** Waits for a helper; an interrupt is kept for the caller (the helpers end with the batch's deadline). */
    private static void awaitUninterruptibly(Future<?> helper) {
        boolean interrupted = false;
        while (true) {
            try {
                helper.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(cause);
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Runs a sub-batch of the first split: a node's only row goes as a single-record command, as the official
     * client sends it (its retries stay single-record commands routed by the key).
     */
    private boolean runInitial(BatchCall call, BatchRequest request, long deadline,
                               AtomicReference<AerospikeException> failure) {
        if (request.rowCount() != 1) {
            return run(call, request, deadline, failure);
        }
        int row = request.row(0);
        try {
            driver.execute(call.single(row), new SingleRowReply(call, row), deadline, 0);
        } catch (AerospikeException e) {
            fail(call, request, e, failure);
            return call.policy.respondAllKeys();
        }
        return true;
    }

    /**
     * Runs one sub-batch, then the sub-batches its retries split off; false when the batch must stop (a failure
     * with {@code respondAllKeys} false).
     */
    private boolean run(BatchCall call, BatchRequest request, long deadline,
                        AtomicReference<AerospikeException> failure) {
        try {
            driver.execute(request, new BatchReply(call), deadline, request.priorAttempts());
        } catch (AerospikeException e) {
            fail(call, request, e, failure);
            return call.policy.respondAllKeys();
        }
        for (BatchRequest split : request.splits()) {
            if (!run(call, split, deadline, failure)) {
                return false;
            }
        }
        return true;
    }

    private static void fail(BatchCall call, BatchRequest request, AerospikeException e,
                             AtomicReference<AerospikeException> failure) {
        failure.compareAndSet(null, e);
        markUnanswered(call, request, e);
    }

    private static void markUnanswered(BatchCall call, BatchRequest request, AerospikeException e) {
        for (int n = 0; n < request.rowCount(); n++) {
            int i = request.row(n);
            if (!call.answered(i)) {
                call.unanswered(i, e);
                call.txnUnanswered(i, e);
            }
        }
        for (BatchRequest split : request.splits()) {
            markUnanswered(call, split, e);
        }
    }
}
