package io.spikesdk.testkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.Key;
import io.spikesdk.testkit.CommandKind;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.EmbeddedCluster;
import io.spikesdk.testkit.FixtureException;
import io.spikesdk.testkit.junit.Scenarios.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** {@link AerospikeFixture} and the request expectations the extension verifies after each test. */
class FixtureAndExpectationTest {

    @Scenario
    @EmbeddedAerospikeTest
    @AerospikeFixture({"/fixtures/customers.json", "cart.json"})
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class Fixtures {
        @Test
        @Order(1)
        void classFixturesAreLoaded(AerospikeClient client) {
            assertEquals("Ada", client.get(Key.of("test", "customers", "ada")).getString("name"));
            assertEquals(List.of("book"), client.get(Key.of("test", "carts", "cart-1")).getList("items"));
            client.put(Key.of("test", "carts", "cart-1"), Bin.of("items", List.of()));
        }

        @Test
        @Order(2)
        @AerospikeFixture("fixtures/customers.json")
        void theyAreRestoredBeforeEachTestAndMethodFixturesAdded(AerospikeClient client, EmbeddedAerospike server) {
            assertEquals(List.of("book"), client.get(Key.of("test", "carts", "cart-1")).getList("items"));
            assertEquals(Map.of("carts", 1L, "customers", 1L), server.setCounts("test"));
        }

        @Nested
        @AerospikeFixture("cart.json")
        class Inner {
            @Test
            void outerFixturesToo(EmbeddedAerospike server) {
                assertEquals(2, server.recordCount("test"));
            }
        }
    }

    @Scenario
    @EmbeddedAerospikeTest(nodes = 2)
    @AerospikeFixture("cart.json")
    static class ClusterFixture {
        @Test
        void loaded(EmbeddedCluster cluster, AerospikeClient client) {
            assertEquals(1, cluster.records("test", "carts").size());
            assertEquals(List.of("book"), client.get(Key.of("test", "carts", "cart-1")).getList("items"));
        }
    }

    @Scenario
    @EmbeddedAerospikeTest
    static class BrokenFixture {
        @Test
        @AerospikeFixture("broken.json")
        void neverRuns() {
            assertTrue(false, "the fixture should have failed the test first");
        }
    }

    @Scenario
    @EmbeddedAerospikeTest
    static class MissingFixture {
        @Test
        @AerospikeFixture("nowhere.json")
        void neverRuns() {
            assertTrue(false, "the fixture should have failed the test first");
        }
    }

    @Scenario
    @EmbeddedAerospikeTest
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class Expectations {
        @Test
        @Order(1)
        void unmet(EmbeddedAerospike server, AerospikeClient client) {
            server.expect().command(CommandKind.WRITE).set("orders").times(2);
            client.put(Key.of("test", "orders", "o-1"), Bin.of("n", 1));
        }

        @Test
        @Order(2)
        void met(EmbeddedAerospike server, AerospikeClient client) {
            server.expect().command(CommandKind.WRITE).set("orders").once();
            client.put(Key.of("test", "orders", "o-2"), Bin.of("n", 1));
        }

        @Test
        @Order(3)
        void earlierExpectationsAreForgotten(AerospikeClient client) {
            assertNull(client.get(Key.of("test", "orders", "none")));
        }
    }

    @Test
    void fixturesAreLoadedBeforeEachTest() {
        TestExecutionSummary summary = Scenarios.run(Fixtures.class);
        assertEquals(3, summary.getTestsSucceededCount(), Scenarios.failures(summary));
    }

    @Test
    void aClusterGetsItsFixturesToo() {
        TestExecutionSummary summary = Scenarios.run(ClusterFixture.class);
        assertEquals(1, summary.getTestsSucceededCount(), Scenarios.failures(summary));
    }

    @Test
    void aBrokenFixtureFailsTheTestNamingTheResourceLineAndProblem() {
        Throwable error = onlyFailure(Scenarios.run(BrokenFixture.class));
        assertInstanceOf(FixtureException.class, error);
        assertEquals("broken.json line 3 (record 1): bin \"items\": unknown value tag \"lst\"; a typed value is one "
                + "of {\"int\"|\"float\"|\"string\"|\"bool\"|\"bytes\"|\"hll\"|\"geojson\"|\"list\"|\"map\"|"
                + "\"msgpack\": ...} (a map is written {\"map\": {...}})", error.getMessage());
    }

    @Test
    void aMissingFixtureSaysWhereItLooked() {
        Throwable error = onlyFailure(Scenarios.run(MissingFixture.class));
        assertInstanceOf(ExtensionConfigurationException.class, error);
        assertEquals("@AerospikeFixture(\"nowhere.json\") on MissingFixture: no such class path resource (looked "
                + "for io/spikesdk/testkit/junit/nowhere.json and nowhere.json)", error.getMessage());
    }

    @Test
    void unmetExpectationsFailTheTestThatDeclaredThem() {
        TestExecutionSummary summary = Scenarios.run(Expectations.class);
        assertEquals(2, summary.getTestsSucceededCount(), Scenarios.failures(summary));
        Throwable error = onlyFailure(summary);
        assertInstanceOf(AssertionError.class, error);
        assertTrue(error.getMessage().startsWith("Expected exactly 2 requests matching WRITE, set orders, received 1."),
                error.getMessage());
    }

    private static Throwable onlyFailure(TestExecutionSummary summary) {
        assertEquals(1, summary.getTotalFailureCount(), Scenarios.failures(summary));
        return summary.getFailures().get(0).getException();
    }
}
