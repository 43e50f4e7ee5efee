package com.example.orders;

// tag::fixture-and-expectation[]
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.testkit.CommandKind;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.junit.AerospikeFixture;
import io.spikesdk.testkit.junit.EmbeddedAerospikeTest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Seeds the server from orders.json (next to this class) and verifies what the repository sent. */
@EmbeddedAerospikeTest(namespaces = "test")
@AerospikeFixture("orders.json")
class OrderFixtureTest {

    @Test
    void readsSeededOrders(AerospikeClient client, EmbeddedAerospike server) {
        server.expect().command(CommandKind.READ).set("orders").key("o-100").once();
        server.expect().command(CommandKind.WRITE).never();

        assertEquals(Optional.of(4200L), new OrderRepository(client).total("o-100"));
        // the extension verifies both expectations when the test ends
    }

    @Test
    void savesOneRecordPerOrder(AerospikeClient client, EmbeddedAerospike server) {
        server.expect().command(CommandKind.WRITE).set("orders").key("o-102").once();

        new OrderRepository(client).save("o-102", 500);
        server.verify();
        assertEquals(3, server.records("test", "orders").size());
    }
}
// end::fixture-and-expectation[]
