package io.spikesdk.testkit.junit;

import static io.spikesdk.testkit.junit.EmbeddedAerospikeTest.Lifecycle.SHARED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.Key;
import io.spikesdk.api.NodeInfo;
import io.spikesdk.api.Record;
import io.spikesdk.api.RecordStream;
import io.spikesdk.api.ScanPolicy;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.testkit.EmbeddedCluster;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** A SHARED three-node cluster through this SDK's client: reset between tests, one clock for every node. */
@EmbeddedAerospikeTest(lifecycle = SHARED, nodes = 3, replicationFactor = 2)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedClusterTimeTravelTest {
    private static final WritePolicy ONE_HOUR = WritePolicy.builder().expiration(3600).build();

    private static Key key(int i) {
        return Key.of("test", "tt", i);
    }

    @Test
    @Order(1)
    void expiredRecordsAreGoneForGetsBatchesAndScans(AerospikeClient client, EmbeddedCluster cluster) {
        for (int i = 0; i < 50; i++) {
            client.put(i % 2 == 0 ? ONE_HOUR : WritePolicy.DEFAULT, key(i), Bin.of("v", i));
        }
        cluster.clock().advance(Duration.ofHours(1));

        assertNull(client.get(key(0)));
        assertNotNull(client.get(key(1)));
        Key[] keys = new Key[50];
        for (int i = 0; i < 50; i++) {
            keys[i] = key(i);
        }
        Record[] batch = client.get(keys);
        for (int i = 0; i < 50; i++) {
            assertEquals(i % 2 == 1, batch[i] != null, "record " + i);
        }
        try (RecordStream scan = client.scan(ScanPolicy.DEFAULT, "test", "tt")) {
            assertEquals(25, scan.stream().count());
        }
        long objects = 0;
        long expired = 0;
        for (Map.Entry<NodeInfo, String> node : client.infoAll("namespace/test").entrySet()) {
            objects += stat(node.getValue(), "objects");
            expired += stat(node.getValue(), "expired_objects");
        }
        assertEquals(25 * 2, objects);
        assertEquals(25 * 2, expired);
    }

    @Test
    @Order(2)
    void theNextTestFindsEveryNodeEmptyAndTheClockRewound(AerospikeClient client, EmbeddedCluster cluster) {
        assertEquals(Duration.ZERO, cluster.clock().offset());
        for (int i = 0; i < 50; i++) {
            assertFalse(client.exists(key(i)), "record " + i);
        }
        for (String answer : client.infoAll("namespace/test").values()) {
            assertEquals(0, stat(answer, "objects"));
            assertEquals(0, stat(answer, "expired_objects"));
        }
        assertTrue(client.isConnected());
    }

    private static long stat(String answer, String name) {
        for (String pair : answer.split(";")) {
            if (pair.startsWith(name + "=")) {
                return Long.parseLong(pair.substring(name.length() + 1));
            }
        }
        throw new AssertionError(name + " not in " + answer);
    }
}
