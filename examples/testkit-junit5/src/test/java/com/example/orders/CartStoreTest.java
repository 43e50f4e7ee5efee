package com.example.orders;

// tag::isolation-and-time-travel[]
import static io.spikesdk.testkit.junit.EmbeddedAerospikeTest.Lifecycle.SHARED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.junit.EmbeddedAerospikeTest;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One server for the whole suite, emptied (and its clock rewound) before each test. */
@EmbeddedAerospikeTest(namespaces = "test", lifecycle = SHARED)
class CartStoreTest {

    @Test
    void anAbandonedCartExpires(AerospikeClient client, EmbeddedAerospike server) {
        CartStore carts = new CartStore(client);
        carts.save("c-1", 3);

        server.clock().advance(Duration.ofMinutes(29));
        assertEquals(Optional.of(3L), carts.items("c-1"));

        server.clock().advance(Duration.ofMinutes(1));
        assertEquals(Optional.empty(), carts.items("c-1"));
    }

    @Test
    void savingAgainKeepsTheCart(AerospikeClient client, EmbeddedAerospike server) {
        CartStore carts = new CartStore(client);
        assertEquals(Optional.empty(), carts.items("c-1"), "the previous test's cart is gone");
        carts.save("c-1", 1);
        server.clock().advance(Duration.ofMinutes(20));
        carts.save("c-1", 2);
        server.clock().advance(Duration.ofMinutes(20));
        assertEquals(Optional.of(2L), carts.items("c-1"));
    }
}
// end::isolation-and-time-travel[]
