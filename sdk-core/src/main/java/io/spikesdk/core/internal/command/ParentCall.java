package io.spikesdk.core.internal.command;

import io.spikesdk.api.Key;
import io.spikesdk.api.metrics.CommandType;
import io.spikesdk.api.metrics.MetricsListener;
import io.spikesdk.core.internal.Log;
import io.spikesdk.core.internal.cluster.Cluster;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A batch, scan or query as a whole for the metrics listener ({@link MetricsListener#callStarted}): its token is
 * what the node commands report as their parent. Nothing happens without a listener; a listener's exception is
 * logged.
 */
final class ParentCall {
    private static final Log LOG = Log.named("core.metrics");

    private ParentCall() {
    }

    /** The listener's token of a new call, or null. */
    static Object start(Cluster cluster, CommandType type, String namespace, String setName) {
        MetricsListener metrics = cluster.config().metricsListener();
        if (metrics == null) {
            return null;
        }
        try {
            return metrics.callStarted(type, namespace, setName);
        } catch (RuntimeException e) {
            LOG.warn("metrics listener " + metrics + " failed on a started call", e);
            return null;
        }
    }

    /** The token of a new batch call over {@code call}'s keys: their namespace and set when they share them. */
    static Object startBatch(Cluster cluster, BatchCall call) {
        if (cluster.config().metricsListener() == null || call.size() == 0) {
            return null;
        }
        Key first = call.key(0);
        String namespace = first.namespace();
        String set = first.setName();
        for (int i = 1; i < call.size() && (namespace != null || set != null); i++) {
            Key k = call.key(i);
            if (!Objects.equals(namespace, k.namespace())) {
                namespace = null;
            }
            if (!Objects.equals(set, k.setName())) {
                set = null;
            }
        }
        return start(cluster, CommandType.BATCH, namespace, set);
    }

    /** The call of {@code token} ended ({@code failure} null: success). */
    static void end(Cluster cluster, Object token, Throwable failure) {
        if (token == null) {
            return;
        }
        MetricsListener metrics = cluster.config().metricsListener();
        Throwable reported = failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause() : failure;
        if (reported instanceof ScanExecutor.ScanStopped) {
            reported = new CancellationException("the reader closed the stream of records");
        }
        try {
            metrics.callCompleted(token, reported);
        } catch (RuntimeException e) {
            LOG.warn("metrics listener " + metrics + " failed on a completed call", e);
        }
    }

    /** Ends the call of {@code token} when {@code future} completes; returns {@code future}. */
    static <T> CompletableFuture<T> endWith(Cluster cluster, Object token, CompletableFuture<T> future) {
        if (token == null) {
            return future;
        }
        return future.whenComplete((result, failure) -> end(cluster, token, failure));
    }
}
