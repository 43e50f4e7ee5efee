package io.spikesdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.Record;
import io.spikesdk.cdt.CTX;
import io.spikesdk.cdt.ListOperations;
import io.spikesdk.cdt.ListPolicy;
import io.spikesdk.cdt.ListWriteFlags;
import io.spikesdk.cdt.MapOperations;
import io.spikesdk.cdt.MapOrder;
import io.spikesdk.cdt.MapReturnType;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.EmbeddedCluster;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The code of README.md (the cluster) and sdk-cdt-ops/README.md (one operate with lists and maps), run. */
class ReadmeCodeTest {

    @Test
    void clusterSurvivesAKilledNode() {
        Key key = Key.of("test", "readme", "cluster");
        // tag::cluster[]
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(3).replicationFactor(2).build().start();
             AerospikeClient client = Aerospike.client(ClientConfig.builder()
                     .hosts(Host.of("127.0.0.1", cluster.node(0).port())).build()).connect()) {
            client.put(key, Bin.of("n", 1));
            cluster.killNode(1);                            // the client drops the node at its next tend
            assertEquals(1, client.get(key).getInt("n"));   // served by the surviving copy
        }
        // end::cluster[]
    }

    @Test
    void listsAndMapsInOneOperate() {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).namespace("test").build().start();
             AerospikeClient client = Aerospike.client(ClientConfig.builder()
                     .hosts(Host.of(server.host(), server.port())).build()).connect()) {
            Key key = Key.of("test", "readme", "cdt");
            // tag::operate[]
            Record r = client.operate(key,
                ListOperations.append(ListPolicy.of(ListWriteFlags.of(ListWriteFlags.ADD_UNIQUE, ListWriteFlags.NO_FAIL)), "events", 1234),
                ListOperations.trim("events", -100, 100),                         // returns the number REMOVED
                MapOperations.increment("scores", "alice", 10),
                MapOperations.getByRankRange("scores", -3, 3, MapReturnType.KEY_VALUE),
                MapOperations.put("doc", "y", 2, CTX.mapKeyCreate("inner", MapOrder.KEY_ORDERED)));
            // end::operate[]
            assertNotNull(r);
            assertEquals(List.of(1234L), client.get(key).getList("events"));
        }
    }
}
