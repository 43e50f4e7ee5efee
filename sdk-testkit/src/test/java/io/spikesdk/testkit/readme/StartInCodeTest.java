package io.spikesdk.testkit.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

// tag::imports[]
import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.EmbeddedCluster;
// end::imports[]
import org.junit.jupiter.api.Test;

/** The "start it in code" snippets of sdk-testkit/README.md, with this SDK's client. */
class StartInCodeTest {

    @Test
    void singleServer() {
        // tag::single[]
        try (EmbeddedAerospike server = EmbeddedAerospike.builder()
                .port(0)                      // any free port; server.port() tells which
                .namespace("test").namespace("bar")
                .build().start();
             AerospikeClient client = Aerospike.client(ClientConfig.builder()
                     .hosts(Host.of(server.host(), server.port())).build()).connect()) {
            Key key = Key.of("test", "demo", "k1");
            client.put(key, Bin.of("n", 1));
            assertEquals(1, client.get(key).getInt("n"));
        }
        // end::single[]
    }

    @Test
    void cluster() {
        Key key = Key.of("test", "demo", "k2");
        // tag::cluster[]
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster()
                .nodes(3).replicationFactor(2)   // defaults: 3 nodes, RF 2
                .namespace("test")               // repeatable; default "test"
                .build().start();
             AerospikeClient client = Aerospike.client(ClientConfig.builder()
                     .hosts(Host.of("127.0.0.1", cluster.node(0).port())).build()).connect()) {   // one seed finds the others
            client.put(key, Bin.of("n", 1));
            cluster.killNode(1);                 // rebalanced and re-replicated when this returns
            assertEquals(1, client.get(key).getInt("n"));
        }
        // end::cluster[]
    }
}
