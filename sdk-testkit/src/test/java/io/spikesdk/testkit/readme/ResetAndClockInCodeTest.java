package io.spikesdk.testkit.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Info;
import com.aerospike.client.Key;
import com.aerospike.client.policy.WritePolicy;
import io.spikesdk.testkit.EmbeddedAerospike;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reset and time-travel snippets of sdk-testkit/README.md, with the official client and no extension. */
class ResetAndClockInCodeTest {
    // tag::reset[]
    private static EmbeddedAerospike server;
    private static AerospikeClient client;

    @BeforeAll
    static void start() {
        server = EmbeddedAerospike.builder().port(0).namespace("test").build().start();
        client = new AerospikeClient(server.host(), server.port());
    }

    @BeforeEach
    void emptyServer() {
        server.reset();   // records, indexes, UDFs, faults, activity log and clock; the client stays connected
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }
    // end::reset[]

    @Test
    void timeTravel() {
        // tag::clock[]
        WritePolicy tenMinutes = new WritePolicy();
        tenMinutes.expiration = 600;
        Key key = new Key("test", "sessions", "s-1");
        client.put(tenMinutes, key, new Bin("user", "ann"));

        server.clock().advance(Duration.ofMinutes(10));

        assertNull(client.get(null, key));   // expired for every client
        String stats = Info.request(client.getNodes()[0], "namespace/test");
        assertTrue(stats.contains(";objects=0;") && stats.contains(";expired_objects=1;"), stats);
        // end::clock[]
    }

    @Test
    void theNextTestStartsEmpty() {
        assertNull(client.get(null, new Key("test", "sessions", "s-1")));
        assertEquals(Duration.ZERO, server.clock().offset());
        // tag::info[]
        // what a suite in another language sends to a standalone server (java -jar ...-server.jar)
        assertEquals("ok", Info.request(client.getNodes()[0], "testkit-advance:ms=60000"));
        assertEquals("ok", Info.request(client.getNodes()[0], "testkit-reset"));
        // end::info[]
    }
}
