package io.spikesdk.testkit.junit;

import static io.spikesdk.testkit.junit.EmbeddedAerospikeTest.Lifecycle.SHARED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.Key;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.junit.Scenarios.Scenario;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** {@code lifecycle = SHARED}: servers reused across classes of one run, reset before each test. */
class SharedLifecycleTest {
    private static final Key ORDER = Key.of("test", "orders", "o-1");

    @Scenario
    @EmbeddedAerospikeTest(lifecycle = SHARED)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class First {
        static volatile EmbeddedAerospike server;
        static volatile AerospikeClient client;
        static volatile boolean seeded;

        @BeforeAll
        static void seed(AerospikeClient injected) {
            injected.put(ORDER, Bin.of("total", 1));
            seeded = injected.exists(ORDER);
        }

        @Test
        @Order(1)
        void startsEmptyEvenAfterBeforeAll(EmbeddedAerospike injected, AerospikeClient injectedClient) {
            server = injected;
            client = injectedClient;
            assertNull(injectedClient.get(ORDER));
            injectedClient.put(ORDER, Bin.of("total", 2));
            injected.clock().advance(Duration.ofDays(1));
        }

        @Test
        @Order(2)
        void theNextTestStartsEmptyOnTheSameServerAndClient(EmbeddedAerospike injected,
                AerospikeClient injectedClient) {
            assertSame(server, injected);
            assertSame(client, injectedClient);
            assertTrue(injectedClient.isConnected());
            assertNull(injectedClient.get(ORDER));
            assertEquals(Duration.ZERO, injected.clock().offset());
            injectedClient.put(ORDER, Bin.of("total", 3));
        }
    }

    @Scenario
    @EmbeddedAerospikeTest(lifecycle = SHARED)
    static class Second {
        static volatile EmbeddedAerospike server;

        @Test
        void reusesTheServerOfTheFirstClassEmpty(EmbeddedAerospike injected, AerospikeClient client) {
            server = injected;
            assertNull(client.get(ORDER));
        }
    }

    @Scenario
    @EmbeddedAerospikeTest(lifecycle = SHARED, namespaces = "bar")
    static class OtherNamespaces {
        static volatile EmbeddedAerospike server;

        @Test
        void getsAServerWithItsOwnSettings(EmbeddedAerospike injected) {
            server = injected;
            assertEquals(List.of("bar"), injected.namespaces());
        }
    }

    @Test
    void classesWithTheSameSettingsShareOneServerResetBeforeEachTest() {
        TestExecutionSummary summary = Scenarios.runAll(List.of(First.class, Second.class, OtherNamespaces.class),
                Map.of());
        assertEquals(4, summary.getTestsSucceededCount(), Scenarios.failures(summary));
        assertTrue(First.seeded, "@BeforeAll could use the server");
        assertSame(First.server, Second.server);
        assertNotSame(First.server, OtherNamespaces.server);
        for (EmbeddedAerospike server : List.of(First.server, OtherNamespaces.server)) {
            assertFalse(server.isRunning(), "closed when the run ends");
            Ports.assertClosed(server.port());
        }
        assertFalse(First.client.isConnected());
    }

    @Scenario
    @EmbeddedAerospikeTest(lifecycle = SHARED)
    @Execution(ExecutionMode.CONCURRENT)
    static class ConcurrentMethods {
        @Test
        void one(EmbeddedAerospike server) {
            server.reset();
        }
    }

    @Test
    void concurrentTestMethodsOfASharedClassAreRefused() {
        TestExecutionSummary summary = Scenarios.run(ConcurrentMethods.class,
                Map.of("junit.jupiter.execution.parallel.enabled", "true"));
        assertEquals(1, summary.getTestsFailedCount());
        String failure = Scenarios.failures(summary);
        assertTrue(failure.contains("@Execution(SAME_THREAD)"), failure);
    }

    @Scenario
    @EmbeddedAerospikeTest(lifecycle = SHARED)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class AgainstARealServer {
        @Test
        @Order(1)
        void writes(AerospikeClient client) {
            client.put(ORDER, Bin.of("total", 7));
        }

        @Test
        @Order(2)
        void aRealServerIsNeverReset(AerospikeClient client) {
            assertEquals(7L, client.get(ORDER).getLong("total"));
        }
    }

    @Test
    void aSharedClassRunAgainstARealServerKeepsItsData() {
        try (EmbeddedAerospike real = EmbeddedAerospike.builder().port(0).build().start()) {
            TestExecutionSummary summary = Scenarios.run(AgainstARealServer.class,
                    Map.of(EmbeddedAerospikeExtension.HOSTS_PROPERTY, "127.0.0.1:" + real.port()));
            assertEquals(2, summary.getTestsSucceededCount(), Scenarios.failures(summary));
            assertTrue(real.isRunning());
        }
    }
}
