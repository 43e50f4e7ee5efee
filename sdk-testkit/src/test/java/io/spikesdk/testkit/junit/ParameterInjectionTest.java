package io.spikesdk.testkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.testkit.CommandKind;
import io.spikesdk.testkit.EmbeddedAerospike;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@EmbeddedAerospikeTest(namespaces = {"test", "bar"})
class ParameterInjectionTest {
    private static EmbeddedAerospike fromBeforeAll;
    private final AerospikeClient fromConstructor;

    ParameterInjectionTest(AerospikeClient client) {
        this.fromConstructor = client;
    }

    @BeforeAll
    static void rememberServer(EmbeddedAerospike server) {
        fromBeforeAll = server;
    }

    @Test
    void injectsTheRunningServerWithItsNamespaces(EmbeddedAerospike server) {
        assertTrue(server.isRunning());
        assertEquals(List.of("test", "bar"), server.namespaces());
        assertSame(fromBeforeAll, server);
    }

    @Test
    void injectsAConnectedClientOfThatServer(AerospikeClient client, EmbeddedAerospike server) {
        assertTrue(client.isConnected());
        Key key = Key.of("bar", "injection", "k1");
        client.put(key, Map.of("n", 7));
        assertEquals(7, client.get(key).getInt("n"));
        assertTrue(server.activity().stream().anyMatch(e -> e.kind() == CommandKind.WRITE && e.hasDigest(key.digest())));
    }

    @Test
    void injectsOneClientPerServer(AerospikeClient first, AerospikeClient second) {
        assertSame(first, second);
        assertSame(fromConstructor, first);
    }

    @Test
    void injectsAConfigWithTheServerAsSeed(ClientConfig config, EmbeddedAerospike server) {
        assertEquals(List.of(Host.of(server.host(), server.port())), config.hosts());
        try (AerospikeClient own = Aerospike.client(config).connect()) {
            assertTrue(own.isConnected());
        }
    }

    @Test
    void injectsTheSeedHosts(List<Host> hosts, EmbeddedAerospike server) {
        assertEquals(List.of(Host.of("127.0.0.1", server.port())), hosts);
    }

    @Nested
    class NestedClass {
        @Test
        void sharesTheEnclosingClassServer(EmbeddedAerospike server, AerospikeClient client) {
            assertSame(fromBeforeAll, server);
            assertSame(fromConstructor, client);
        }
    }
}
