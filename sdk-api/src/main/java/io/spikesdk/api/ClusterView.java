package io.spikesdk.api;

import java.util.List;

/**
 * A read-only window on the cluster a client is connected to; obtain it with
 * {@link AerospikeClient#cluster()}. Every call returns a fresh snapshot.
 */
public interface ClusterView {

    /** The nodes the client currently routes to, in the order it discovered them. */
    List<NodeInfo> nodes();

    /** Connection and command counters per node, with totals. */
    ClusterStats stats();
}
