package io.spikesdk.benchmarks.load;

import io.spikesdk.api.Host;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.EmbeddedCluster;
import java.util.List;

/**
 * The in-process server a run starts when no hosts are given: one {@link EmbeddedAerospike} node, or an
 * {@link EmbeddedCluster} of N nodes on ephemeral ports of 127.0.0.1.
 */
final class EmbeddedServers implements AutoCloseable {
    private final Runnable closer;
    private final List<Host> hosts;

    private EmbeddedServers(Runnable closer, List<Host> hosts) {
        this.closer = closer;
        this.hosts = List.copyOf(hosts);
    }

    /** Starts {@code nodes} nodes serving {@code namespace}. */
    static EmbeddedServers start(int nodes, String namespace) {
        if (nodes == 1) {
            EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).namespace(namespace).build().start();
            return new EmbeddedServers(server::close, List.of(Host.of(server.host(), server.port())));
        }
        EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(nodes).namespace(namespace).build().start();
        cluster.awaitStable();
        return new EmbeddedServers(cluster::close, Host.parse(String.join(",", cluster.hosts())));
    }

    /** Seed addresses: every node. */
    List<Host> hosts() {
        return hosts;
    }

    @Override
    public void close() {
        closer.run();
    }
}
