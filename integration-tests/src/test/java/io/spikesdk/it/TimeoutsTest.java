package io.spikesdk.it;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.CommandTimeoutException;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.Policy;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.testkit.CommandKind;
import io.spikesdk.testkit.EmbeddedAerospike;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Timeouts and retries against a server made to stall (embedded only: a real server cannot be told to
 * stall). Asserts attempt counts and in-doubt flags, never wall-clock precision.
 */
class TimeoutsTest {
    private EmbeddedAerospike server;
    private AerospikeClient client;
    private final Key key = Key.of(TestTarget.NAMESPACE, "it_timeouts", "k");

    @BeforeEach
    void start() {
        server = EmbeddedAerospike.builder().port(0).namespace(TestTarget.NAMESPACE).namespace("slow").build()
                .start();
        client = Aerospike.client(ClientConfig.builder().hosts(Host.of(server.host(), server.port())).build()).connect();
        client.put(key, Bin.of("a", 1));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void aStalledReadIsRetriedThenFailsWithATimeoutAfterEveryAllowedAttempt() {
        server.faults().delayResponses(Duration.ofSeconds(5));
        Policy policy = Policy.builder().socketTimeout(100).totalTimeout(2_000).maxRetries(2).build();
        server.clearActivity();
        CommandTimeoutException e = assertThrows(CommandTimeoutException.class, () -> client.get(policy, key));
        assertEquals(ResultCode.TIMEOUT, e.resultCode());
        assertTrue(e.clientSide());
        assertEquals(3, e.attempts(), "one try and two retries: " + e.getMessage());
        assertFalse(e.inDoubt(), "a read is never in doubt");
        // The last attempt timed out on the client; on a loaded machine the server may execute it just after.
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (reads() < 3 && System.nanoTime() < deadline) {
            Thread.yield();
        }
        assertEquals(3, reads(), "the server saw every attempt");
    }

    private long reads() {
        return server.activity().stream().filter(a -> a.kind() == CommandKind.READ).count();
    }

    @Test
    void aStalledWriteIsNotRetriedByDefaultAndIsReportedInDoubt() {
        server.faults().delayResponses(Duration.ofSeconds(5));
        WritePolicy policy = WritePolicy.builder().socketTimeout(100).totalTimeout(1_000).build();
        CommandTimeoutException e = assertThrows(CommandTimeoutException.class,
                () -> client.put(policy, key, Bin.of("a", 2)));
        assertEquals(1, e.attempts(), "writes default to maxRetries 0: " + e.getMessage());
        assertTrue(e.inDoubt(), "the write reached the server and may have been applied");
    }

    @Test
    void theTotalTimeoutBoundsRetries() {
        server.faults().pause();
        Policy policy = Policy.builder().socketTimeout(0).totalTimeout(300).maxRetries(50).build();
        CommandTimeoutException e = assertThrows(CommandTimeoutException.class, () -> client.get(policy, key));
        assertTrue(e.attempts() < 50, "the total timeout stops retrying long before 50 attempts: " + e.attempts());
        server.faults().resume();
    }

    @Test
    void theClientRecoversOnceTheServerAnswersAgain() {
        server.faults().delayResponses(Duration.ofSeconds(5));
        Policy quick = Policy.builder().socketTimeout(100).totalTimeout(200).maxRetries(0).build();
        assertThrows(CommandTimeoutException.class, () -> client.get(quick, key));
        server.faults().clear();
        assertEquals(1L, client.get(key).getLong("a"));
    }

    @Test
    void aSlowNamespaceTimesOutItsReadsWhileOtherNamespacesAnswer() {
        Key slow = Key.of("slow", "it_timeouts", "k");
        client.put(slow, Bin.of("a", 2));
        server.faults().latency("slow", CommandKind.READ, Duration.ofSeconds(5));
        Policy quick = Policy.builder().socketTimeout(100).totalTimeout(200).maxRetries(0).build();

        assertThrows(CommandTimeoutException.class, () -> client.get(quick, slow));
        assertEquals(1L, client.get(quick, key).getLong("a"), "another namespace answers at once");
        WritePolicy quickWrite = WritePolicy.builder().socketTimeout(100).totalTimeout(200).maxRetries(0).build();
        client.put(quickWrite, slow, Bin.of("a", 3)); // only reads were made slow

        server.faults().latency("slow", CommandKind.READ, Duration.ZERO);
        assertEquals(3L, client.get(quick, slow).getLong("a"));
    }
}
