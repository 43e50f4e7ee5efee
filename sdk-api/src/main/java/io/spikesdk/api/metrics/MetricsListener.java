package io.spikesdk.api.metrics;

import io.spikesdk.api.ClusterView;

import java.util.List;

/**
 * Receives the client's metrics events; set one with {@link io.spikesdk.api.ClientConfig.Builder#metricsListener}
 * (by default there is none and the client only checks for {@code null}).
 *
 * <p>Callbacks run on the thread that ran the command or opened or closed the connection, so they must be fast,
 * thread-safe and must not block; an exception they throw is logged and otherwise ignored. Connection pool
 * gauges (in use, idle per node) are pulled: {@link #clusterAttached} hands over a live {@link ClusterView}.
 */
public interface MetricsListener {

    /** A command ended, with a result or an exception; {@code outcome} is valid only during this call. */
    void commandCompleted(CommandOutcome outcome);

    /**
     * A call that runs a command per node (a batch, scan or query of {@code type}) starts, on the caller's thread;
     * what this returns comes back as the {@link CommandOutcome#parentCall()} of each of its node commands and in
     * {@link #callCompleted}. Default: {@code null}, nothing tracked.
     *
     * @param namespace the namespace, or null for several (a mixed batch)
     * @param setName the set, or null
     */
    default Object callStarted(CommandType type, String namespace, String setName) {
        return null;
    }

    /**
     * The call {@link #callStarted} returned {@code call} for ended, after its node commands: {@code failure} is
     * null after success, else the exception the call ended with (a cancelled async scan: a
     * {@link java.util.concurrent.CancellationException}).
     */
    default void callCompleted(Object call, Throwable failure) {
    }

    /** A pooled command connection to {@code nodeName} was opened. */
    default void connectionOpened(String nodeName) {
    }

    /** A pooled command connection to {@code nodeName} was closed. */
    default void connectionClosed(String nodeName) {
    }

    /**
     * The client using this listener was created; {@code cluster} reads its nodes and connection counters
     * ({@link ClusterView#stats()}) at any time, for gauges.
     */
    default void clusterAttached(ClusterView cluster) {
    }

    /** A listener that passes every event to each of {@code listeners}, in order. */
    static MetricsListener all(MetricsListener... listeners) {
        List<MetricsListener> all = List.of(listeners);
        return new MetricsListener() {
            @Override
            public void commandCompleted(CommandOutcome outcome) {
                if (outcome.parentCall() instanceof ParentCalls calls) {
                    for (int i = 0; i < all.size(); i++) {
                        all.get(i).commandCompleted(calls.outcome(outcome, i));
                    }
                    return;
                }
                for (MetricsListener l : all) {
                    l.commandCompleted(outcome);
                }
            }

            @Override
            public Object callStarted(CommandType type, String namespace, String setName) {
                Object[] calls = new Object[all.size()];
                for (int i = 0; i < calls.length; i++) {
                    calls[i] = all.get(i).callStarted(type, namespace, setName);
                }
                return new ParentCalls(calls);
            }

            @Override
            public void callCompleted(Object call, Throwable failure) {
                Object[] calls = ((ParentCalls) call).calls();
                for (int i = 0; i < all.size(); i++) {
                    all.get(i).callCompleted(calls[i], failure);
                }
            }

            @Override
            public void connectionOpened(String nodeName) {
                for (MetricsListener l : all) {
                    l.connectionOpened(nodeName);
                }
            }

            @Override
            public void connectionClosed(String nodeName) {
                for (MetricsListener l : all) {
                    l.connectionClosed(nodeName);
                }
            }

            @Override
            public void clusterAttached(ClusterView cluster) {
                for (MetricsListener l : all) {
                    l.clusterAttached(cluster);
                }
            }
        };
    }
}
