package io.spikesdk.testkit.internal.cluster;

import io.spikesdk.testkit.internal.info.TopologyView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/** One node's view of a {@link ClusterSnapshot}, for its info answers. */
final class ClusterNodeView implements TopologyView {
    private final ClusterSnapshot snapshot;
    private final long self;
    private final int replicationFactor;
    private final OptionalInt rack;

    ClusterNodeView(ClusterSnapshot snapshot, long self, int replicationFactor, OptionalInt rack) {
        this.snapshot = snapshot;
        this.self = self;
        this.replicationFactor = replicationFactor;
        this.rack = rack;
    }

    @Override
    public long partitionGeneration() {
        return snapshot.generation();
    }

    @Override
    public long peersGeneration() {
        return snapshot.generation();
    }

    @Override
    public long rebalanceGeneration() {
        return snapshot.generation();
    }

    @Override
    public List<Peer> peers() {
        List<Peer> peers = new ArrayList<>();
        for (ClusterMember m : snapshot.members()) {
            if (m.nodeId() != self) {
                peers.add(new Peer(m.nodeIdHex(), m.host(), m.port(), m.tlsName(), m.tlsPort()));
            }
        }
        return peers;
    }

    @Override
    public int clusterSize() {
        return snapshot.members().size();
    }

    @Override
    public int replicationFactor() {
        return replicationFactor;
    }

    @Override
    public int replicaCount() {
        return Math.max(1, snapshot.table().replicaCount());
    }

    @Override
    public int column(int partitionId) {
        return snapshot.table().column(partitionId, self);
    }

    @Override
    public OptionalInt rack() {
        return rack;
    }

    @Override
    public String principal() {
        return Long.toHexString(snapshot.principal()).toUpperCase(Locale.ROOT);
    }

    @Override
    public String clusterKey() {
        return snapshot.clusterKey();
    }
}
