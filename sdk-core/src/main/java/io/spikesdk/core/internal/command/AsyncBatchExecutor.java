package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.BatchPolicy;
import io.spikesdk.core.internal.cluster.Cluster;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a {@link BatchCommands.Prepared} batch call without blocking: the same split by node as
 * {@link BatchExecutor}, every node's sub-batch started at once on {@link AsyncCommands} (a node's only row as a
 * single-record command), then the sub-batches a retry split off. All sub-batches share the batch's deadline.
 *
 * <p>A sub-batch that fails leaves its rows unanswered; the first such failure fails the future once every
 * sub-batch ended. Unlike the blocking executor, {@link BatchPolicy#maxConcurrentNodes()} does not serialize the
 * sub-batches (they cost no thread here), and with {@code respondAllKeys} false the sub-batches already started
 * still run to their end.
 */
public final class AsyncBatchExecutor {
    private final Cluster cluster;
    private final AsyncCommands commands;

    public AsyncBatchExecutor(Cluster cluster, AsyncCommands commands) {
        this.cluster = cluster;
        this.commands = commands;
    }

    /** Runs the call; the future completes on a driver thread. */
    public <R> CompletableFuture<R> execute(BatchCommands.Prepared<R> prepared) {
        BatchCall call = prepared.call;
        if (call.size() == 0) {
            return CompletableFuture.completedFuture(prepared.result());
        }
        call.parentCall = ParentCall.startBatch(cluster, call);
        return ParentCall.endWith(cluster, call.parentCall, executeCall(call, prepared));
    }

    private <R> CompletableFuture<R> executeCall(BatchCall call, BatchCommands.Prepared<R> prepared) {
        int[] all = new int[call.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        List<BatchRequest> requests;
        try {
            requests = BatchRequest.group(cluster, call, all, 0);
        } catch (AerospikeException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (requests.isEmpty()) {
            return CompletableFuture.failedFuture(call.routingError());
        }
        BatchPolicy p = call.policy;
        long deadline = p.totalTimeout() > 0 ? System.nanoTime() + p.totalTimeout() * 1_000_000L : 0;
        AtomicReference<AerospikeException> failure = new AtomicReference<>();
        CompletableFuture<?>[] runs = new CompletableFuture<?>[requests.size()];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = runInitial(call, requests.get(i), deadline, failure);
        }
        return CompletableFuture.allOf(runs).thenApply(ignored -> {
            AerospikeException e = failure.get();
            if (e != null) {
                throw e;
            }
            call.finish();
            return prepared.result();
        });
    }

    private CompletableFuture<Void> runInitial(BatchCall call, BatchRequest request, long deadline,
                                               AtomicReference<AerospikeException> failure) {
        if (request.rowCount() != 1) {
            return run(call, request, deadline, failure);
        }
        int row = request.row(0);
        return commands.execute(call.single(row), new SingleRowReply(call, row), deadline, 0)
            .handle((result, e) -> {
                if (e != null) {
                    fail(call, request, e, failure);
                }
                return null;
            });
    }

    /** Runs one sub-batch, then the sub-batches its retries split off; the future never fails. */
    private CompletableFuture<Void> run(BatchCall call, BatchRequest request, long deadline,
                                        AtomicReference<AerospikeException> failure) {
        return commands.execute(request, new BatchReply(call), deadline, request.priorAttempts())
            .handle((result, e) -> e)
            .thenCompose(e -> {
                if (e != null) {
                    fail(call, request, e, failure);
                    return CompletableFuture.completedFuture(null);
                }
                List<BatchRequest> splits = request.splits();
                CompletableFuture<?>[] runs = new CompletableFuture<?>[splits.size()];
                for (int i = 0; i < runs.length; i++) {
                    runs[i] = run(call, splits.get(i), deadline, failure);
                }
                return CompletableFuture.allOf(runs);
            });
    }

    private static void fail(BatchCall call, BatchRequest request, Throwable thrown,
                             AtomicReference<AerospikeException> failure) {
        Throwable cause = thrown instanceof CompletionException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (!(cause instanceof AerospikeException e)) {
            throw new CompletionException(cause);
        }
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
