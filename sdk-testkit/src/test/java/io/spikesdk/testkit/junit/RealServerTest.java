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
 * With a real server asked for (by the spike.test.hosts configuration parameter or system property, or by
 * the annotation), the extension starts nothing and points the client at it. The "real" server is an embedded one this test
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
                Map.of(EmbeddedAerospikeExtension.HOSTS_PROPERTY, hosts));

        assertEquals(2, summary.getTestsSucceededCount(), Scenarios.failures(summary));
        assertEquals(1, summary.getFailures().size(), Scenarios.failures(summary));
        Throwable error = summary.getFailures().get(0).getException();
        assertInstanceOf(ParameterResolutionException.class, error);
        assertTrue(error.getMessage().contains("spike.test.hosts=" + hosts), error.getMessage());
        assertTrue(error.getMessage().contains("embeddedOnly = true"), error.getMessage());

        assertTrue(real.activity().stream().anyMatch(e -> e.kind() == CommandKind.WRITE));
        assertFalse(AgainstRealServer.client.isConnected());
        assertTrue(real.isRunning(), "the extension must not stop a server it did not start");
    }

    @Test
    void embeddedOnlyIgnoresTheRealServer() {
        real.clearActivity();
        TestExecutionSummary summary = Scenarios.run(EmbeddedOnly.class,
                Map.of(EmbeddedAerospikeExtension.HOSTS_PROPERTY, "127.0.0.1:" + real.port()));

        assertEquals(1, summary.getTestsSucceededCount(), Scenarios.failures(summary));
        assertNotEquals(real.port(), EmbeddedOnly.port);
        assertTrue(real.activity().stream().noneMatch(e -> e.kind() == CommandKind.WRITE));
        Ports.assertClosed(EmbeddedOnly.port);
    }

    @Scenario
    @EmbeddedAerospikeTest(realServerHosts = "127.0.0.1:1")
    static class AskedByAnnotation {
        static volatile List<Host> hosts;

        @Test
        void seesTheAnnotatedHosts(List<Host> injected) {
            hosts = injected;
        }
    }

    @Test
    void annotationAttributeSendsTheClassToTheRealServerAndWinsOverTheProperty() {
        TestExecutionSummary summary = Scenarios.run(AskedByAnnotation.class,
                Map.of(EmbeddedAerospikeExtension.HOSTS_PROPERTY, "127.0.0.1:" + real.port()));

        assertEquals(1, summary.getTestsSucceededCount(), Scenarios.failures(summary));
        assertEquals(List.of(Host.of("127.0.0.1", 1)), AskedByAnnotation.hosts);
    }

    @Test
    void nothingSetMeansEmbedded() {
        assertTrue(RealServer.lookup(settings(AgainstRealServer.class), name -> Optional.empty()).isEmpty());
        assertTrue(RealServer.lookup(settings(AgainstRealServer.class), name -> Optional.of("  ")).isEmpty());
    }

    @Test
    void propertyIsTheSwitchAndNamesItselfAsTheSource() {
        Optional<RealServer> found = RealServer.lookup(settings(AgainstRealServer.class),
                name -> name.equals("spike.test.hosts") ? Optional.of("10.0.0.5:3000, 10.0.0.6") : Optional.empty());
        assertEquals(List.of(Host.of("10.0.0.5", 3000), Host.of("10.0.0.6", 3000)), found.orElseThrow().hosts());
        assertEquals("spike.test.hosts=10.0.0.5:3000, 10.0.0.6", found.orElseThrow().source());
    }

    @Test
    void embeddedOnlyIgnoresTheProperty() {
        assertTrue(RealServer.lookup(settings(EmbeddedOnly.class), name -> Optional.of("h1:3001")).isEmpty());
    }

    @EmbeddedAerospikeTest(embeddedOnly = true, realServerHosts = "h1:3001")
    private static final class Contradictory {
    }

    @Test
    void embeddedOnlyWithRealServerHostsIsAConfigurationError() {
        ExtensionConfigurationException error = assertThrows(ExtensionConfigurationException.class,
                () -> RealServer.lookup(settings(Contradictory.class), name -> Optional.empty()));
        assertTrue(error.getMessage().contains("contradicts"), error.getMessage());
    }

    @Test
    void badHostListIsAConfigurationError() {
        ExtensionConfigurationException error = assertThrows(ExtensionConfigurationException.class,
                () -> RealServer.lookup(settings(AgainstRealServer.class), name -> Optional.of("host:notaport")));
        assertTrue(error.getMessage().startsWith("spike.test.hosts is not a host list"), error.getMessage());
    }

    private static EmbeddedAerospikeTest settings(Class<?> annotated) {
        return annotated.getAnnotation(EmbeddedAerospikeTest.class);
    }
}
