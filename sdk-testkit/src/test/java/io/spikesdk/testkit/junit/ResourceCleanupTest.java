package io.spikesdk.testkit.junit;

import static io.spikesdk.testkit.junit.EmbeddedAerospikeTest.Lifecycle.PER_METHOD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.EmbeddedCluster;
import io.spikesdk.testkit.junit.Scenarios.Scenario;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Runs scenario classes to completion, then checks that nothing they were given is still open. */
class ResourceCleanupTest {

    @Scenario
    @EmbeddedAerospikeTest
    static class OneServer {
        static volatile EmbeddedAerospike server;
        static volatile AerospikeClient client;

        @Test
        void uses(EmbeddedAerospike injected, AerospikeClient injectedClient) {
            server = injected;
            client = injectedClient;
            assertTrue(client.isConnected());
        }
    }

    @Scenario
    @EmbeddedAerospikeTest
    static class FailingTest {
        static volatile EmbeddedAerospike server;

        @Test
        void fails(EmbeddedAerospike injected) {
            server = injected;
            fail("a failing test");
        }
    }

    @Scenario
    @EmbeddedAerospikeTest(nodes = 3)
    static class Cluster {
        static volatile EmbeddedCluster cluster;
        static volatile AerospikeClient client;

        @Test
        void uses(EmbeddedCluster injected, AerospikeClient injectedClient) {
            cluster = injected;
            client = injectedClient;
        }
    }

    @Scenario
    @EmbeddedAerospikeTest(lifecycle = PER_METHOD)
    static class PerMethod {
        static final List<EmbeddedAerospike> SERVERS = new CopyOnWriteArrayList<>();

        @Test
        void one(EmbeddedAerospike server) {
            SERVERS.add(server);
        }

        @Test
        void two(EmbeddedAerospike server) {
            SERVERS.add(server);
        }
    }

    @Test
    void serverAndClientAreClosedAfterTheClass() {
        TestExecutionSummary summary = Scenarios.run(OneServer.class);
        assertEquals(1, summary.getTestsSucceededCount(), Scenarios.failures(summary));
        assertFalse(OneServer.server.isRunning());
        assertFalse(OneServer.client.isConnected());
        Ports.assertClosed(OneServer.server.port());
    }

    @Test
    void serverIsClosedAfterAFailedTest() {
        TestExecutionSummary summary = Scenarios.run(FailingTest.class);
        assertEquals(1, summary.getTestsFailedCount());
        Ports.assertClosed(FailingTest.server.port());
    }

    @Test
    void everyClusterNodeIsClosedAfterTheClass() {
        TestExecutionSummary summary = Scenarios.run(Cluster.class);
        assertEquals(1, summary.getTestsSucceededCount(), Scenarios.failures(summary));
        assertFalse(Cluster.client.isConnected());
        assertEquals(3, Cluster.cluster.nodes().size());
        for (EmbeddedAerospike node : Cluster.cluster.nodes()) {
            assertFalse(node.isRunning());
            Ports.assertClosed(node.port());
        }
    }

    @Test
    void eachPerMethodServerIsClosed() {
        PerMethod.SERVERS.clear();
        TestExecutionSummary summary = Scenarios.run(PerMethod.class);
        assertEquals(2, summary.getTestsSucceededCount(), Scenarios.failures(summary));
        assertEquals(2, PerMethod.SERVERS.size());
        for (EmbeddedAerospike server : PerMethod.SERVERS) {
            Ports.assertClosed(server.port());
        }
    }
}
