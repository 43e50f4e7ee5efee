package com.example.orders;

// tag::official-client[]
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.junit.EmbeddedAerospikeTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Any Aerospike client works against the embedded server; here the official Java client. */
@EmbeddedAerospikeTest(namespaces = "test")
class OfficialClientTest {
    private static AerospikeClient client;

    @BeforeAll
    static void connect(EmbeddedAerospike server) {
        client = new AerospikeClient(server.host(), server.port());
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void putAndGet() {
        Key key = new Key("test", "orders", "o-2");
        client.put(null, key, new Bin("total", 1999));
        assertEquals(1999, client.get(null, key).getInt("total"));
    }
}
// end::official-client[]
