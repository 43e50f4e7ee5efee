package io.spikesdk.testkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Key;
import io.spikesdk.api.ResultCode;
import io.spikesdk.testkit.EmbeddedAerospike;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A test class as a user writes it: the client and the server injected, a fault injected through the server. */
@EmbeddedAerospikeTest(namespaces = "test")
class ReadmeExampleTest {

    @AfterEach
    void clearFaults(EmbeddedAerospike server) {
        server.faults().clear();
    }

    @Test
    void storesAnOrder(AerospikeClient client) {
        Key key = Key.of("test", "orders", "o-1");
        client.put(key, Map.of("total", 42));
        assertEquals(42, client.get(key).getInt("total"));
    }

    @Test
    void surfacesAnOverloadedServer(AerospikeClient client, EmbeddedAerospike server) {
        server.faults().failWith(ResultCode.KEY_BUSY);
        assertThrows(AerospikeException.class, () -> client.get(Key.of("test", "orders", "o-1")));
    }
}
