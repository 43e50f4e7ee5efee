package io.spikesdk.testkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.testkit.CommandKind;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.junit.Scenarios.Scenario;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * With a real server named (here by the configuration parameter, which behaves as AEROSPIKE_HOSTS), the
 * extension starts nothing and points the client at it. The "real" server is an embedded one this test
 * starts itself.
 */
class RealServerTest {
    private static EmbeddedAerospike real;

    @BeforeAll
    static void startRealServer() {
        real = EmbeddedAerospike.builder().port(0).namespace("test").build().start();
    }

    @AfterAll
    static void stopRealServer() {
        real.close();
    }

    @Scenario
    @EmbeddedAerospikeTest(namespaces = "ignored-for-real-servers")
    static class AgainstRealServer {
        static volatile AerospikeClient client;

        @Test
        void hostsAreTheRealServer(List<Host> hosts, ClientConfig config) {
            assertEquals(List.of(Host.of("127.0.0.1", real.port())), hosts);
            assertEquals(hosts, config.hosts());
        }

        @Test
        void clientTalksToTheRealServer(AerospikeClient injected) {
            client = injected;
            client.put(Key.of("test", "real", "k"), Map.of("v", "x"));
        }

        @Test
        void embeddedServerCannotBeInjected(EmbeddedAerospike server) {
            server.port();
        }
    }

    @Scenario
    @EmbeddedAerospikeTest(embeddedOnly = true)
    static class EmbeddedOnly {
        static volatile int port;

        @Test
        void getsItsOwnServer(EmbeddedAerospike server, AerospikeClient client) {
            port = server.port();
            client.put(Key.of("test", "embedded-only", "k"), Map.of("v", 1));
        }
    }

    @Test
    void injectsTheRealServerAndExplainsWhyThereIsNoEmbeddedOne() {
        real.clearActivity();
        String hosts = "127.0.0.1:" + real.port();
        TestExecutionSummary summary = Scenarios.run(AgainstRealServer.class,
                Map.of(EmbeddedAerospikeExtension.HOSTS_PARAMETER, hosts));

        assertEquals(2, summary.getTestsSucceededCount(), Scenarios.failures(summary));
        assertEquals(1, summary.getFailures().size(), Scenarios.failures(summary));
        Throwable error = summary.getFailures().get(0).getException();
        assertInstanceOf(ParameterResolutionException.class, error);
        assertTrue(error.getMessage().contains("spikesdk.testkit.hosts=" + hosts), error.getMessage());
        assertTrue(error.getMessage().contains("embeddedOnly = true"), error.getMessage());

        assertTrue(real.activity().stream().anyMatch(e -> e.kind() == CommandKind.WRITE));
        assertFalse(AgainstRealServer.client.isConnected());
        assertTrue(real.isRunning(), "the extension must not stop a server it did not start");
    }

    @Test
    void embeddedOnlyIgnoresTheRealServer() {
        real.clearActivity();
        TestExecutionSummary summary = Scenarios.run(EmbeddedOnly.class,
                Map.of(EmbeddedAerospikeExtension.HOSTS_PARAMETER, "127.0.0.1:" + real.port()));

        assertEquals(1, summary.getTestsSucceededCount(), Scenarios.failures(summary));
        assertNotEquals(real.port(), EmbeddedOnly.port);
        assertTrue(real.activity().stream().noneMatch(e -> e.kind() == CommandKind.WRITE));
        Ports.assertClosed(EmbeddedOnly.port);
    }

    @Test
    void configurationParameterWinsOverTheEnvironment() {
        Optional<RealServer> found = RealServer.lookup(name -> Optional.of("h1:3001"), name -> "h2:3002");
        assertEquals(List.of(Host.of("h1", 3001)), found.orElseThrow().hosts());
        assertEquals("spikesdk.testkit.hosts=h1:3001", found.orElseThrow().source());
    }

    @Test
    void environmentVariableIsReadWhenNoParameterIsSet() {
        Optional<RealServer> found = RealServer.lookup(name -> Optional.of(" "),
                name -> name.equals("AEROSPIKE_HOSTS") ? "10.0.0.5:3000, 10.0.0.6" : null);
        assertEquals(List.of(Host.of("10.0.0.5", 3000), Host.of("10.0.0.6", 3000)), found.orElseThrow().hosts());
        assertEquals("AEROSPIKE_HOSTS=10.0.0.5:3000, 10.0.0.6", found.orElseThrow().source());
    }

    @Test
    void blankOrMissingMeansEmbedded() {
        assertTrue(RealServer.lookup(name -> Optional.empty(), name -> null).isEmpty());
        assertTrue(RealServer.lookup(name -> Optional.empty(), name -> "  ").isEmpty());
    }

    @Test
    void badHostListIsAConfigurationError() {
        ExtensionConfigurationException error = assertThrows(ExtensionConfigurationException.class,
                () -> RealServer.lookup(name -> Optional.empty(), name -> "host:notaport"));
        assertTrue(error.getMessage().startsWith("AEROSPIKE_HOSTS is not a host list"), error.getMessage());
    }
}
