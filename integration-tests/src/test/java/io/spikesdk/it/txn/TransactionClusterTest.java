package io.spikesdk.it.txn;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.CommitException;
import io.spikesdk.api.CommitStatus;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.Record;
import io.spikesdk.api.Txn;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.it.TestTarget;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.EmbeddedCluster;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A transaction across 100 keys on a 3-node embedded cluster (RF 2, SC namespace) whose node 1 is killed before the
 * commit: afterwards every key holds the transaction's value, or none does.
 */
class TransactionClusterTest {
    private static final int KEYS = 100;

    @Test
    void aCommitAcrossANodeLossIsAllOrNothing() {
        Assumptions.assumeFalse(TestTarget.isRealServer(), "kills a node of an embedded cluster");
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(3).replicationFactor(2)
                .namespace("test", ns -> ns.strongConsistency(true)).build().start();
             AerospikeClient client = Aerospike.client(ClientConfig.builder()
                 .hosts(Host.of("127.0.0.1", cluster.node(0).port())).tendInterval(Duration.ofMillis(100)).build())
                 .connect()) {
            Key[] keys = new Key[KEYS];
            for (int i = 0; i < KEYS; i++) {
                keys[i] = Key.of("test", "txn-cluster", i);
                client.put(keys[i], Bin.of("v", 0));
            }
            Txn txn = new Txn(30);
            WritePolicy inTxn = WritePolicy.builder().txn(txn).maxRetries(3).sleepBetweenRetries(200).build();
            for (Key key : keys) {
                client.put(inTxn, key, Bin.of("v", 1));
            }
            cluster.killNode(1);

            CommitStatus status = null;
            try {
                status = client.commit(txn);
            } catch (CommitException e) {
                // not committed: the server rolls the transaction back at its deadline at the latest
                cluster.clock().advance(Duration.ofSeconds(31));
            }
            if (status == CommitStatus.ROLL_FORWARD_ABANDONED || status == CommitStatus.CLOSE_ABANDONED) {
                cluster.clock().advance(Duration.ofSeconds(31));
            }
            Set<Object> values = new HashSet<>();
            Record[] records = client.get(keys);
            for (Record r : records) {
                values.add(r == null ? null : r.getValue("v"));
            }
            assertEquals(1, values.size(), "all or nothing after " + (status != null ? status : "a failed commit")
                + ": " + values);
            if (status != null) {
                assertEquals(Set.of(1L), values, "committed: " + status);
            }
        }
    }
}
