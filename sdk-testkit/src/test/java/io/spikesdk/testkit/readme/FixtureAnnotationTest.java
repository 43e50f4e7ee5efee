package io.spikesdk.testkit.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

// tag::fixture-annotation[]
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Key;
import io.spikesdk.testkit.junit.AerospikeFixture;
import io.spikesdk.testkit.junit.EmbeddedAerospikeTest;
import org.junit.jupiter.api.Test;

@EmbeddedAerospikeTest
@AerospikeFixture("/io/spikesdk/testkit/orders.json")      // loaded before each test method
class FixtureAnnotationTest {

    @Test
    @AerospikeFixture("/fixtures/customers.json")           // added for this method only
    void readsTheFixtures(AerospikeClient client) {
        assertEquals("paid", client.get(Key.of("test", "orders", "order-1")).getString("status"));
        assertEquals("Ada", client.get(Key.of("test", "customers", "ada")).getString("name"));
    }
}
// end::fixture-annotation[]
