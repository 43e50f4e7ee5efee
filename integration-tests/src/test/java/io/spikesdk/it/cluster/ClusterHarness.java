package io.spikesdk.it.cluster;

import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.testkit.ActivityEntry;
import io.spikesdk.testkit.CommandKind;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.EmbeddedCluster;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/** Shared set-up of the cluster tests: a 3-node RF=2 embedded cluster and a fast-tending client. */
final class ClusterHarness {
    static final String NS = "test";
    static final Duration TEND = Duration.ofMillis(100);

    private ClusterHarness() {
    }

    static EmbeddedCluster start() {
        return EmbeddedAerospike.cluster().nodes(3).replicationFactor(2).build().start();
    }

    /** Seeded with node 0 only: the others are found through peers. */
    static ClientConfig.Builder config(EmbeddedCluster cluster) {
        return ClientConfig.builder().hosts(Host.of("127.0.0.1", cluster.node(0).port())).tendInterval(TEND);
    }

    static int indexOf(EmbeddedCluster cluster, String nodeId) {
        List<EmbeddedAerospike> nodes = cluster.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).nodeId().equals(nodeId)) {
                return i;
            }
        }
        throw new AssertionError("no node " + nodeId);
    }

    /** The first key of {@code set} whose copy in {@code column} is on node {@code nodeId}. */
    static Key keyOn(EmbeddedCluster cluster, String set, String nodeId, int column) {
        for (long k = 0; k < 100_000; k++) {
            Key key = Key.of(NS, set, k);
            if (nodeId.equals(cluster.partitionOwner(NS, key.digest(), column))) {
                return key;
            }
        }
        throw new AssertionError("no key on " + nodeId);
    }

    static String owner(EmbeddedCluster cluster, Key key, int column) {
        return cluster.partitionOwner(NS, key.digest(), column);
    }

    /** The data entries of {@code kind} about {@code key}, from every node. */
    static List<ActivityEntry> activity(EmbeddedCluster cluster, Key key, CommandKind kind) {
        return cluster.activity().stream().filter(e -> e.kind() == kind && e.hasDigest(key.digest()))
                .collect(Collectors.toList());
    }

    static long tendThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(t -> t.getName().startsWith("spike-tend-")).count();
    }

    /** Waits up to {@code ms} for {@code condition}; returns the milliseconds it took, or fails. */
    static long await(BooleanSupplier condition, long ms, String what) {
        long start = System.nanoTime();
        long end = start + ms * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + ms + " ms waiting until " + what);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting until " + what);
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }
}
