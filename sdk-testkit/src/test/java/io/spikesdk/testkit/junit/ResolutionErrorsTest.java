package io.spikesdk.testkit.junit;

import static io.spikesdk.testkit.junit.EmbeddedAerospikeTest.Lifecycle.PER_METHOD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.EmbeddedCluster;
import io.spikesdk.testkit.junit.Scenarios.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Misuse fails the test (or class) with a message saying what to do instead. */
class ResolutionErrorsTest {

    @Scenario
    @EmbeddedAerospikeTest
    static class ClusterOfOneNode {
        @Test
        void wantsACluster(EmbeddedCluster cluster) {
            cluster.nodes();
        }
    }

    @Scenario
    @EmbeddedAerospikeTest(nodes = 2)
    static class SingleServerOfACluster {
        @Test
        void wantsOneServer(EmbeddedAerospike server) {
            server.port();
        }
    }

    @Scenario
    @EmbeddedAerospikeTest(lifecycle = PER_METHOD)
    static class PerMethodServerInBeforeAll {
        @BeforeAll
        static void tooEarly(EmbeddedAerospike server) {
            server.port();
        }

        @Test
        void test() {
            assertTrue(true);
        }
    }

    @Scenario
    @EmbeddedAerospikeTest(nodes = 0)
    static class NoNodes {
        @Test
        void test() {
            assertTrue(true);
        }
    }

    @Scenario
    @EmbeddedAerospikeTest(namespaces = "no:colons")
    static class BadNamespace {
        @Test
        void test() {
            assertTrue(true);
        }
    }

    @Test
    void clusterParameterWithOneNodeSaysHowToGetACluster() {
        Throwable error = onlyFailure(Scenarios.run(ClusterOfOneNode.class));
        assertInstanceOf(ParameterResolutionException.class, error);
        assertTrue(error.getMessage().contains("@EmbeddedAerospikeTest(nodes = 3)"), error.getMessage());
    }

    @Test
    void serverParameterInClusterModeSaysToInjectTheCluster() {
        Throwable error = onlyFailure(Scenarios.run(SingleServerOfACluster.class));
        assertInstanceOf(ParameterResolutionException.class, error);
        assertTrue(error.getMessage().contains("inject EmbeddedCluster"), error.getMessage());
    }

    @Test
    void perMethodServerCannotBeInjectedIntoBeforeAll() {
        Throwable error = onlyFailure(Scenarios.run(PerMethodServerInBeforeAll.class));
        assertInstanceOf(ParameterResolutionException.class, error);
        assertTrue(error.getMessage().contains("PER_METHOD"), error.getMessage());
    }

    @Test
    void zeroNodesIsAConfigurationError() {
        Throwable error = onlyFailure(Scenarios.run(NoNodes.class));
        assertInstanceOf(ExtensionConfigurationException.class, error);
        assertTrue(error.getMessage().contains("nodes = 0"), error.getMessage());
    }

    @Test
    void badNamespaceIsAConfigurationError() {
        Throwable error = onlyFailure(Scenarios.run(BadNamespace.class));
        assertInstanceOf(ExtensionConfigurationException.class, error);
        assertTrue(error.getMessage().contains("no:colons"), error.getMessage());
    }

    private static Throwable onlyFailure(TestExecutionSummary summary) {
        assertEquals(1, summary.getFailures().size(), Scenarios.failures(summary));
        return summary.getFailures().get(0).getException();
    }
}
