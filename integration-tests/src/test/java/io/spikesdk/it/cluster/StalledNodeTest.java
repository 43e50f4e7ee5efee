package io.spikesdk.it.cluster;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClusterStats;
import io.spikesdk.api.CommandTimeoutException;
import io.spikesdk.api.Key;
import io.spikesdk.api.Policy;
import io.spikesdk.api.Replica;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.it.AsyncBridge;
import io.spikesdk.testkit.CommandKind;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.EmbeddedCluster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Timeouts, retries and the circuit breaker with a stalled or failing node; counts attempts, not wall-clock. Sync
 * and async: the async client runs the same command state machine on its event loops and timer.
 */
@Timeout(60)
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"sync", "async"})
class StalledNodeTest {
    @Parameter
    String mode;

    private EmbeddedCluster cluster;
    private AerospikeClient client;
    private Key key;
    private EmbeddedAerospike master;
    private EmbeddedAerospike replica;

    @BeforeEach
    void start() {
        cluster = ClusterHarness.start();
        client = AsyncBridge.of(mode, Aerospike.client(ClusterHarness.config(cluster).build()).connect());
        key = Key.of(ClusterHarness.NS, "it_stall", "k");
        client.put(key, Bin.of("v", 1));
        master = cluster.node(ClusterHarness.indexOf(cluster, ClusterHarness.owner(cluster, key, 0)));
        replica = cluster.node(ClusterHarness.indexOf(cluster, ClusterHarness.owner(cluster, key, 1)));
        cluster.clearActivity();
    }

    @AfterEach
    void stop() {
        master.faults().clear();
        replica.faults().clear();
        client.close();
        cluster.close();
    }

    private static Policy read(int socketTimeout, int totalTimeout, int retries) {
        return Policy.builder().replica(Replica.SEQUENCE).socketTimeout(socketTimeout).totalTimeout(totalTimeout)
                .maxRetries(retries).build();
    }

    private long reads(EmbeddedAerospike node) {
        return ClusterHarness.activity(cluster, key, CommandKind.READ).stream()
                .filter(e -> e.receivedBy().equals(node.nodeId())).count();
    }

    @Test
    void pausedMasterReadIsServedByTheReplica() {
        master.faults().pause();
        assertNotNull(client.get(read(150, 2000, 2), key));
        assertEquals(1, reads(replica));
        ClusterStats.NodeStats stats = client.cluster().stats().nodes().stream()
                .filter(s -> s.node().name().equals(master.nodeId())).findFirst().orElseThrow();
        assertEquals(1, stats.timeouts());
    }

    @Test
    void stalledCopiesTimeOutAfterTheAllowedAttempts() {
        master.faults().dropResponses(true);
        replica.faults().dropResponses(true);
        CommandTimeoutException e = assertThrows(CommandTimeoutException.class, () -> client.get(read(100, 0, 3), key));
        assertEquals(4, e.attempts());
        assertTrue(e.clientSide());
        ClusterHarness.await(() -> reads(master) + reads(replica) == 4, 2000, "4 reads logged");
        assertEquals(2, reads(master), "SEQUENCE alternates: master, replica, master, replica");
        assertEquals(2, reads(replica));
    }

    @Test
    void totalTimeoutBoundsTheWholeCall() {
        master.faults().dropResponses(true);
        replica.faults().dropResponses(true);
        long start = System.nanoTime();
        CommandTimeoutException e = assertThrows(CommandTimeoutException.class, () -> client.get(read(100, 450, 50), key));
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        assertTrue(elapsed >= 440 && elapsed < 450 + 400, "elapsed " + elapsed + " ms for totalTimeout 450");
        assertTrue(e.attempts() >= 4 && e.attempts() <= 5, "450 ms of 100 ms attempts: " + e.attempts());
        ClusterHarness.await(() -> reads(master) + reads(replica) == e.attempts(), 2000, "one logged read per attempt");
    }

    @Test
    void droppedWriteReplyIsInDoubtAndTheWriteHappened() {
        master.faults().dropResponses(true);
        CommandTimeoutException e = assertThrows(CommandTimeoutException.class,
                () -> client.put(WritePolicy.builder().socketTimeout(200).totalTimeout(0).build(), key, Bin.of("v", 2)));
        assertTrue(e.inDoubt());
        assertEquals(1, e.attempts(), "writes are not retried by default");
        master.faults().clear();
        assertEquals(2, client.get(key).getInt("v"), "in doubt, and in fact applied");
    }

    @Test
    void failingNodeOpensTheCircuitBreaker() {
        try (AerospikeClient guarded = AsyncBridge.of(mode, Aerospike.client(ClusterHarness.config(cluster)
                .maxErrorRate(3).tendInterval(Duration.ofHours(1)).build()).connect())) {
            master.faults().failWith(ResultCode.DEVICE_OVERLOAD);
            for (int i = 0; i < 6; i++) {
                assertNotNull(guarded.get(read(1000, 0, 1), key), "the replica answers the retry");
            }
            assertEquals(4, reads(master), "4 errors exceed the max of 3: then no more commands to the master");
            assertEquals(6, reads(replica));
            AerospikeException e = assertThrows(AerospikeException.class,
                    () -> guarded.get(Policy.builder().replica(Replica.MASTER).maxRetries(0).build(), key));
            assertEquals(ResultCode.MAX_ERROR_RATE, e.resultCode());
            assertEquals(4, reads(master));
        }
    }
}
