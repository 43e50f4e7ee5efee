package io.spikesdk.testkit.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.Txn;
import com.aerospike.client.policy.WritePolicy;
import io.spikesdk.testkit.EmbeddedAerospike;
import org.junit.jupiter.api.Test;

/** The transactions snippet of sdk-testkit/README.md. */
class TransactionsInCodeTest {
    @Test
    void aTransactionCommitsInAStrongConsistencyNamespace() {
        // tag::transactions[]
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0)
                .namespace("test", ns -> ns.strongConsistency(true))      // as "strong-consistency true"
                .build().start();
                AerospikeClient client = new AerospikeClient(server.host(), server.port())) {
            Key alice = new Key("test", "accounts", "alice");
            client.put(null, alice, new Bin("balance", 100));
            Txn txn = new Txn();
            WritePolicy inTxn = client.copyWritePolicyDefault();
            inTxn.txn = txn;
            client.operate(inTxn, alice, Operation.add(new Bin("balance", -30)));
            assertEquals(100, client.get(null, alice).getInt("balance"));  // not committed yet
            client.commit(txn);
            assertEquals(70, client.get(null, alice).getInt("balance"));
        }
        // end::transactions[]
    }
}
