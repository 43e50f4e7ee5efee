package com.example.orders;

// tag::spike-client[]
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.KeyBusyException;
import io.spikesdk.api.ResultCode;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.junit.EmbeddedAerospikeTest;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@EmbeddedAerospikeTest(namespaces = "test")
class OrderRepositoryTest {

    @AfterEach
    void clearFaults(EmbeddedAerospike server) {
        server.faults().clear();
    }

    @Test
    void storesAnOrder(AerospikeClient client) {
        OrderRepository orders = new OrderRepository(client);
        orders.save("o-1", 4200);
        assertEquals(Optional.of(4200L), orders.total("o-1"));
    }

    @Test
    void surfacesAnOverloadedServer(AerospikeClient client, EmbeddedAerospike server) {
        server.faults().failWith(ResultCode.KEY_BUSY);
        assertThrows(KeyBusyException.class, () -> new OrderRepository(client).total("o-1"));
    }
}
// end::spike-client[]
