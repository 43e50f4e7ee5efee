package io.spikesdk.core.internal.command;

import io.spikesdk.api.KeyRecord;
import io.spikesdk.api.PartitionFilter;
import io.spikesdk.api.Policy;
import io.spikesdk.api.QueryPolicy;
import io.spikesdk.api.ScanPolicy;
import io.spikesdk.api.Statement;
import io.spikesdk.api.internal.ApiAccess;
import io.spikesdk.api.metrics.CommandType;
import io.spikesdk.core.internal.cluster.Cluster;
import io.spikesdk.core.internal.serial.Serialization;

import java.util.concurrent.Executor;
import java.util.concurrent.Flow;

/**
 * Scans and queries of the async client as {@link Flow.Publisher}s: each subscription runs the call's rounds as
 * {@link ScanExecutor} does, with {@link AsyncStreams} node streams whose reading follows the subscriber's demand
 * ({@link RecordSubscription}).
 */
public final class AsyncScans {
    private final Cluster cluster;
    private final AsyncStreams streams;
    private final Executor executor;

    /** @param executor where the subscriber's signals run */
    public AsyncScans(Cluster cluster, AsyncStreams streams, Executor executor) {
        this.cluster = cluster;
        this.streams = streams;
        this.executor = executor;
    }

    /**
     * A scan per subscription; {@code filter} null: every partition, anew for each subscription; else the filter's
     * partitions, from where its previous call ended.
     */
    public Flow.Publisher<KeyRecord> scan(ScanPolicy policy, PartitionFilter filter, String namespace, String set,
                                          String[] binNames, Serialization serial) {
        Policy attemptPolicy = policy.toBuilder().maxRetries(0).build();
        return subscriber -> subscribe(subscriber, new RecordSubscription.Call(policy, policy.maxRecords(),
            policy.maxConcurrentNodes(), ApiAccess.cursor(filter != null ? filter : PartitionFilter.all()),
            CommandType.SCAN, namespace, set, (share, taskId, timeout) -> new ScanRequest(policy, attemptPolicy, namespace, set, binNames, taskId,
                timeout, share), serial));
    }

    /** A query per subscription, over {@code filter}'s partitions as {@link #scan} reads them. */
    public Flow.Publisher<KeyRecord> query(QueryPolicy policy, PartitionFilter filter, Statement statement,
                                           Serialization serial) {
        Policy attemptPolicy = policy.toBuilder().maxRetries(0).build();
        return subscriber -> subscribe(subscriber, new RecordSubscription.Call(policy, policy.maxRecords(),
            policy.maxConcurrentNodes(), ApiAccess.cursor(filter != null ? filter : PartitionFilter.all()),
            CommandType.QUERY, statement.namespace(), statement.set(), (share, taskId, timeout) -> new QueryRequest(policy, attemptPolicy, statement, taskId, timeout, share),
            serial));
    }

    private void subscribe(Flow.Subscriber<? super KeyRecord> subscriber, RecordSubscription.Call call) {
        if (subscriber == null) {
            throw new NullPointerException("subscriber must not be null");
        }
        RecordSubscription subscription = new RecordSubscription(cluster, streams, executor, call, subscriber);
        subscriber.onSubscribe(subscription);
    }
}
