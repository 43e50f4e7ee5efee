package io.spikesdk.it.info;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Info;
import com.aerospike.client.Key;
import com.aerospike.client.cluster.Node;
import com.aerospike.client.policy.WritePolicy;
import io.spikesdk.it.TestTarget;
import io.spikesdk.testkit.EmbeddedAerospike;
import org.junit.jupiter.api.Test;

/**
 * The testkit's {@code testkit-*} info commands, which suites in other languages send to a standalone embedded
 * server: a real CE 8.1.2.0 node does not know them (so a suite can tell the two apart). The embedded side runs on
 * a server of its own: resetting or advancing the shared target would disturb the other tests.
 */
class TestkitCommandsTest {
    private static final String[] COMMANDS = {"testkit-reset", "testkit-advance:ms=1000", "testkit-clock"};

    @Test
    void aRealServerDoesNotKnowThem() {
        if (!TestTarget.isRealServer()) {
            try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).build().start();
                    AerospikeClient client = new AerospikeClient(server.host(), server.port())) {
                assertEquals("ERROR:4:unrecognized command", Info.request(client.getNodes()[0], "testkit-other"));
            }
            return;
        }
        try (AerospikeClient client = TestTarget.officialClient()) {
            for (String command : COMMANDS) {
                assertEquals("ERROR:4:unrecognized command", Info.request(client.getNodes()[0], command), command);
            }
        }
    }

    @Test
    void theEmbeddedServerAdvancesItsClockAndResets() {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).build().start();
                AerospikeClient client = new AerospikeClient(server.host(), server.port())) {
            Node node = client.getNodes()[0];
            WritePolicy oneSecond = new WritePolicy();
            oneSecond.expiration = 1;
            Key expiring = new Key("test", "testkit", "expiring");
            Key kept = new Key("test", "testkit", "kept");
            client.put(oneSecond, expiring, new Bin("v", 1));
            client.put(null, kept, new Bin("v", 2));

            assertEquals("ok", Info.request(node, "testkit-advance:ms=1000"));
            assertFalse(client.exists(null, expiring));
            assertTrue(client.exists(null, kept));
            assertTrue(Info.request(node, "testkit-clock").endsWith(";offset=1000"));

            assertEquals("ok", Info.request(node, "testkit-reset"));
            assertFalse(client.exists(null, kept));
            assertTrue(Info.request(node, "testkit-clock").endsWith(";offset=0"));
        }
    }
}
