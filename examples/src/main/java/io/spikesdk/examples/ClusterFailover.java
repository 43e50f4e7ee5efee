package io.spikesdk.examples;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.ClusterListener;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.NodeInfo;
import io.spikesdk.api.Record;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.EmbeddedCluster;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Starts a 3-node embedded cluster (replication factor 2), writes 100 records, kills the node that is
 * master of some of them, and shows the client dropping it and every record still readable.
 */
public final class ClusterFailover {
    private static final int RECORDS = 100;

    private ClusterFailover() {
    }

    public static void main(String[] args) throws InterruptedException {
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(3).replicationFactor(2).build().start()) {
            run(cluster, System.out);
        }
    }

    /** The example against a started 3-node cluster, printing what happens to {@code out}. */
    public static void run(EmbeddedCluster cluster, PrintStream out) throws InterruptedException {
        CountDownLatch removed = new CountDownLatch(1);
        ClientConfig config = ClientConfig.builder()
                .hosts(Host.of(cluster.node(0).host(), cluster.node(0).port()))
                .tendInterval(Duration.ofMillis(100))
                .clusterListener(new ClusterListener() {
                    @Override
                    public void nodeRemoved(NodeInfo node) {
                        removed.countDown();
                    }
                })
                .build();
        try (AerospikeClient client = Aerospike.client(config).connect()) {
            out.println("cluster  " + client.nodes().size() + " nodes found from one seed, replication factor "
                    + cluster.replicationFactor());
            for (int i = 0; i < RECORDS; i++) {
                client.put(Key.of("test", "failover", i), Bin.of("n", i));
            }
            out.println("wrote    " + RECORDS + " records");

            String victim = cluster.node(1).nodeId();
            int mastered = 0;
            for (int i = 0; i < RECORDS; i++) {
                if (victim.equals(cluster.partitionOwner("test", Key.of("test", "failover", i).digest(), 0))) {
                    mastered++;
                }
            }
            cluster.killNode(1);
            out.println("killed   node " + victim + ", master of " + mastered + " of them");

            if (!removed.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the client did not drop the killed node");
            }
            out.println("client   dropped " + victim + " and now routes to " + client.nodes().size() + " nodes");

            int intact = 0;
            for (int i = 0; i < RECORDS; i++) {
                Record record = client.get(Key.of("test", "failover", i));
                if (record != null && record.getInt("n") == i) {
                    intact++;
                }
            }
            out.println("read     " + intact + " of " + RECORDS + " records intact");
        }
    }
}
