package io.spikesdk.api;

/**
 * Receives cluster membership changes; register one with {@link ClientConfig.Builder#clusterListener}.
 *
 * <p>Called on the thread that changed the membership: the caller of {@link AerospikeClient#connect()} for
 * the first nodes, the tend thread afterwards. Keep the methods short and non-blocking; an exception they
 * throw is logged and otherwise ignored. Both methods do nothing by default.
 */
public interface ClusterListener {

    /** A node joined the client's view of the cluster (validated and routable). */
    default void nodeAdded(NodeInfo node) {
    }

    /**
     * A node left the client's view: no peer lists it any more, it failed
     * {@link ClientConfig#maxTendFailures()} tends in a row, or the client closed. {@code node.active()} is false.
     */
    default void nodeRemoved(NodeInfo node) {
    }
}
