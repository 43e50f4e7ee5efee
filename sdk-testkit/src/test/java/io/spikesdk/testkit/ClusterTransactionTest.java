package io.spikesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.BatchResults;
import com.aerospike.client.Bin;
import com.aerospike.client.CommitStatus;
import com.aerospike.client.AbortStatus;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.Record;
import com.aerospike.client.Txn;
import com.aerospike.client.policy.BatchPolicy;
import com.aerospike.client.policy.Replica;
import io.spikesdk.testkit.support.ClusterSupport;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A transaction across 100 records of a 3-node RF 2 cluster with a strong-consistency namespace: the provisional
 * records and the monitor are replicated, so losing a node before the commit (or the abort, or the deadline) leaves
 * the transaction all or nothing.
 */
class ClusterTransactionTest {
    private static final int KEYS = 100;

    @Test
    void aCommitAfterANodeIsKilledAppliesEveryRecord() {
        try (EmbeddedCluster cluster = scCluster(); AerospikeClient client = ClusterSupport.connect(cluster)) {
            ClusterSupport.awaitNodes(client, 3);
            Key[] keys = writeOriginals(client);
            Txn txn = new Txn();
            updateAll(client, txn, keys);
            killNodeMastering(cluster, client, keys);
            assertEquals(CommitStatus.OK, client.commit(txn));
            assertAll(client, keys, 1000);
        }
    }

    @Test
    void anAbortAfterANodeIsKilledRestoresEveryRecord() {
        try (EmbeddedCluster cluster = scCluster(); AerospikeClient client = ClusterSupport.connect(cluster)) {
            ClusterSupport.awaitNodes(client, 3);
            Key[] keys = writeOriginals(client);
            Txn txn = new Txn();
            updateAll(client, txn, keys);
            killNodeMastering(cluster, client, keys);
            assertEquals(AbortStatus.OK, client.abort(txn));
            assertAll(client, keys, 0);
        }
    }

    @Test
    void aTransactionAbandonedWhenANodeIsKilledIsRolledBackAtItsDeadline() {
        try (EmbeddedCluster cluster = scCluster(); AerospikeClient client = ClusterSupport.connect(cluster)) {
            ClusterSupport.awaitNodes(client, 3);
            Key[] keys = writeOriginals(client);
            Txn txn = new Txn();
            txn.setTimeout(5);
            updateAll(client, txn, keys);
            killNodeMastering(cluster, client, keys);
            cluster.clock().advance(Duration.ofSeconds(6));
            assertAll(client, keys, 0);
            BatchResults rewrite = client.operate(null, null, keys, Operation.put(new Bin("v", 7)));
            assertTrue(rewrite.status, "no record is left locked");
        }
    }

    private static EmbeddedCluster scCluster() {
        return EmbeddedAerospike.cluster().nodes(3).replicationFactor(2)
                .namespace("test", ns -> ns.strongConsistency(true)).build().start();
    }

    private static Key[] writeOriginals(AerospikeClient client) {
        Key[] keys = new Key[KEYS];
        for (int i = 0; i < KEYS; i++) {
            keys[i] = new Key("test", "transfer", i);
            client.put(null, keys[i], new Bin("v", i));
        }
        return keys;
    }

    private static void updateAll(AerospikeClient client, Txn txn, Key[] keys) {
        BatchPolicy bp = BatchPolicy.WriteDefault();
        bp.txn = txn;
        BatchResults results = client.operate(bp, null, keys, Operation.add(new Bin("v", 1000)));
        assertTrue(results.status);
    }

    /** Kills a node that masters some of the keys (and, at RF 2, holds a copy of others), then lets the client see it. */
    private static void killNodeMastering(EmbeddedCluster cluster, AerospikeClient client, Key[] keys) {
        Set<String> masters = new HashSet<>();
        for (Key k : keys) {
            masters.add(cluster.partitionOwner("test", k.digest, 0));
        }
        int victim = -1;
        for (int i = 0; i < cluster.nodes().size() && victim < 0; i++) {
            if (masters.contains(cluster.node(i).nodeId())) {
                victim = i;
            }
        }
        cluster.killNode(victim);
        ClusterSupport.awaitNodes(client, 2);
        // the commit/abort batches go to masters without retrying elsewhere: wait until a tend read the new map
        BatchPolicy mastersOnly = new BatchPolicy();
        mastersOnly.replica = Replica.MASTER;
        mastersOnly.maxRetries = 0;
        ClusterSupport.await("the masters of every key reachable", Duration.ofSeconds(20),
            () -> mastersAnswer(client, mastersOnly, keys));
    }

    private static boolean mastersAnswer(AerospikeClient client, BatchPolicy mastersOnly, Key[] keys) {
        try {
            client.get(mastersOnly, keys);
            return true;
        } catch (AerospikeException e) {
            return false;
        }
    }

    private static void assertAll(AerospikeClient client, Key[] keys, int delta) {
        Record[] records = client.get(null, keys);
        for (int i = 0; i < KEYS; i++) {
            assertEquals(i + delta, records[i].getInt("v"), "key " + i);
        }
    }
}
