package io.spikesdk.testkit.junit;

import static io.spikesdk.testkit.junit.EmbeddedAerospikeTest.Lifecycle.SHARED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.Key;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.junit.Scenarios.Scenario;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Test classes run in parallel (JUnit parallel execution, classes concurrent): each gets its own embedded server on
 * an ephemeral port. The scenario classes meet at a barrier, which only succeeds when they really run at once.
 */
class ParallelClassesTest {
    private static final Map<String, String> PARALLEL_CLASSES = Map.of(
            "junit.jupiter.execution.parallel.enabled", "true",
            "junit.jupiter.execution.parallel.mode.default", "same_thread",
            "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
            "junit.jupiter.execution.parallel.config.strategy", "fixed",
            "junit.jupiter.execution.parallel.config.fixed.parallelism", "2");

    private static volatile CyclicBarrier together;

    /** Writes the same key as the other class, then checks it reads its own value. */
    private static EmbeddedAerospike meet(EmbeddedAerospike server, AerospikeClient client, int value)
            throws Exception {
        Key key = Key.of("test", "parallel", "same-key");
        client.put(key, Bin.of("v", value));
        together.await(30, TimeUnit.SECONDS);
        assertEquals(value, client.get(key).getLong("v"));
        return server;
    }

    @Scenario
    @EmbeddedAerospikeTest
    static class PerClassA {
        static volatile EmbeddedAerospike server;

        @Test
        void runs(EmbeddedAerospike injected, AerospikeClient client) throws Exception {
            server = meet(injected, client, 1);
        }
    }

    @Scenario
    @EmbeddedAerospikeTest
    static class PerClassB {
        static volatile EmbeddedAerospike server;

        @Test
        void runs(EmbeddedAerospike injected, AerospikeClient client) throws Exception {
            server = meet(injected, client, 2);
        }
    }

    @Scenario
    @EmbeddedAerospikeTest(lifecycle = SHARED)
    static class SharedA {
        static volatile EmbeddedAerospike server;

        @Test
        void runs(EmbeddedAerospike injected, AerospikeClient client) throws Exception {
            server = meet(injected, client, 3);
        }
    }

    @Scenario
    @EmbeddedAerospikeTest(lifecycle = SHARED)
    static class SharedB {
        static volatile EmbeddedAerospike server;

        @Test
        void runs(EmbeddedAerospike injected, AerospikeClient client) throws Exception {
            server = meet(injected, client, 4);
        }
    }

    @Test
    void parallelClassesEachGetTheirOwnServer() {
        together = new CyclicBarrier(2);
        TestExecutionSummary summary = Scenarios.runAll(List.of(PerClassA.class, PerClassB.class), PARALLEL_CLASSES);
        assertEquals(2, summary.getTestsSucceededCount(), Scenarios.failures(summary));
        assertNotSame(PerClassA.server, PerClassB.server);
        assertNotEquals(PerClassA.server.port(), PerClassB.server.port());
    }

    @Test
    void parallelSharedClassesLeaseDifferentServers() {
        together = new CyclicBarrier(2);
        TestExecutionSummary summary = Scenarios.runAll(List.of(SharedA.class, SharedB.class), PARALLEL_CLASSES);
        assertEquals(2, summary.getTestsSucceededCount(), Scenarios.failures(summary));
        assertNotSame(SharedA.server, SharedB.server);
        assertNotEquals(SharedA.server.port(), SharedB.server.port());
    }
}
