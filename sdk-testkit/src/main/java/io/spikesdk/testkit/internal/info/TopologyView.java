package io.spikesdk.testkit.internal.info;

import java.util.List;
import java.util.OptionalInt;

/**
 * The cluster as one node sees it at one instant: the answers of the cluster-related info
 * commands ({@code peers-*}, {@code replicas*}, generations, {@code cluster_size}). An info request
 * takes one view so that, for example, {@code partition-generation} and {@code replicas} in one
 * request always agree.
 */
public interface TopologyView {
    /**
     * A live node other than this one, as {@code peers-clear-std} lists it, with its TLS service when it has one
     * ({@code peers-tls-std}).
     *
     * @param tlsName the node's TLS name ({@code ""} without TLS)
     * @param tlsPort the node's TLS port (0 without TLS)
     */
    record Peer(String nodeIdHex, String host, int port, String tlsName, int tlsPort) {

        /** A peer without TLS. */
        public Peer(String nodeIdHex, String host, int port) {
            this(nodeIdHex, host, port, "", 0);
        }
    }

    long partitionGeneration();

    long peersGeneration();

    long rebalanceGeneration();

    /** The other live nodes. */
    List<Peer> peers();

    /** Number of live nodes. */
    int clusterSize();

    /** Configured replication factor. */
    int replicationFactor();

    /** Copies of each partition in the current map: min(replication factor, live nodes). */
    int replicaCount();

    /** The column (0 = master, 1.. = replicas) this node holds for the partition, or -1. */
    int column(int partitionId);

    /** This node's rack, or empty when racks are not configured (rack commands are then enterprise-only). */
    OptionalInt rack();

    /** Node id (hex) of the principal node. */
    String principal();

    /** The cluster key as hex; changes with every membership change. */
    String clusterKey();
}
