package io.spikesdk.testkit.internal.info;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/** A standalone node: owns every partition, has no peers, generations as a fresh CE 8.1 node answers them. */
public final class SingleNodeTopology implements TopologyView {
    private final NodeIdentity node;

    public SingleNodeTopology(NodeIdentity node) {
        this.node = node;
    }

    @Override
    public long partitionGeneration() {
        return 0;
    }

    @Override
    public long peersGeneration() {
        return 0;
    }

    @Override
    public long rebalanceGeneration() {
        return 1;
    }

    @Override
    public List<Peer> peers() {
        return List.of();
    }

    @Override
    public int clusterSize() {
        return 1;
    }

    @Override
    public int replicationFactor() {
        return 1;
    }

    @Override
    public int replicaCount() {
        return 1;
    }

    @Override
    public int column(int partitionId) {
        return 0;
    }

    @Override
    public OptionalInt rack() {
        return OptionalInt.empty();
    }

    @Override
    public String principal() {
        return node.nodeIdHex();
    }

    /** A stable hex token derived from the node id (a real one changes per rebalance). */
    @Override
    public String clusterKey() {
        return Long.toHexString((node.nodeId() * 0x9E3779B97F4A7C15L) >>> 16).toUpperCase(Locale.ROOT);
    }
}
