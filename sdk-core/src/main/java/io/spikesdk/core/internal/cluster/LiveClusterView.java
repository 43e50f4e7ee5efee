package io.spikesdk.core.internal.cluster;

import io.spikesdk.api.ClusterStats;
import io.spikesdk.api.ClusterView;
import io.spikesdk.api.NodeInfo;

import java.util.ArrayList;
import java.util.List;

/** The public {@link ClusterView} of a {@link Cluster}: each call reads the current node snapshot. */
public final class LiveClusterView implements ClusterView {
    private final Cluster cluster;

    public LiveClusterView(Cluster cluster) {
        this.cluster = cluster;
    }

    @Override
    public List<NodeInfo> nodes() {
        Node[] nodes = cluster.nodes();
        List<NodeInfo> infos = new ArrayList<>(nodes.length);
        for (Node node : nodes) {
            infos.add(node.info());
        }
        return List.copyOf(infos);
    }

    @Override
    public ClusterStats stats() {
        Node[] nodes = cluster.nodes();
        List<ClusterStats.NodeStats> stats = new ArrayList<>(nodes.length);
        for (Node node : nodes) {
            NodeMetrics m = node.metrics();
            AsyncConnectionCounts async = node.asyncConnections();
            stats.add(new ClusterStats.NodeStats(node.info(), node.pool().inUseCount() + async.inUse(),
                    node.pool().idleCount() + async.idle(), m.commands(), m.errors(), m.timeouts()));
        }
        return new ClusterStats(stats);
    }

    @Override
    public String toString() {
        return "ClusterView" + nodes();
    }
}
