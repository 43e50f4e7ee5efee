package io.spikesdk.it;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AuthenticationException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientClosedException;
import io.spikesdk.api.ConnectionException;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.ResultCode;
import io.spikesdk.testkit.EmbeddedAerospike;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Connecting, closing, and what a closed client does. */
class LifecycleTest {

    @Test
    void aConfiguredUserFailsFastAgainstAServerWithoutSecurity() {
        try (AerospikeClient client = Aerospike.client(TestTarget.config().user("admin").password("admin").build())) {
            AuthenticationException e = assertThrows(AuthenticationException.class, client::connect);
            assertEquals(ResultCode.SECURITY_NOT_SUPPORTED, e.resultCode());
            assertTrue(e.getMessage().contains("login of user 'admin' (auth mode INTERNAL) failed: this server does "
                    + "not support security"), e.getMessage());
            assertTrue(e.getMessage().contains("remove user/password from ClientConfig"), e.getMessage());
            Host seed = TestTarget.hosts().get(0);
            assertEquals(seed.name() + ":" + seed.port(), e.node(), "the node that refused, by its seed address");
            assertFalse(client.isConnected());
        }
    }

    @Test
    void aClosedClientFailsClearlyAndCloseIsIdempotent() {
        AerospikeClient client = Aerospike.client(TestTarget.config().build()).connect();
        assertTrue(client.isConnected());
        Key key = Key.of(TestTarget.NAMESPACE, "it_lifecycle", "closed");
        client.put(key, Bin.of("a", 1));
        client.close();
        assertFalse(client.isConnected());
        ClientClosedException e = assertThrows(ClientClosedException.class, () -> client.get(key));
        assertEquals(ResultCode.CLIENT_CLOSED, e.resultCode());
        assertThrows(ClientClosedException.class, () -> client.put(key, Bin.of("a", 2)));
        client.close();
    }

    @Test
    void closeReleasesEverySocketAndThread() {
        EmbeddedAerospike server = TestTarget.embedded();
        assumeTrue(server != null, "needs the embedded server to count its connections");
        long tendThreadsBefore = tendThreads();
        int connectionsBefore = server.connectionCount();
        AerospikeClient client = Aerospike.client(TestTarget.config().build()).connect();
        for (int i = 0; i < 20; i++) {
            client.put(Key.of(TestTarget.NAMESPACE, "it_lifecycle", i), Bin.of("a", i));
        }
        assertTrue(server.connectionCount() > connectionsBefore);
        assertEquals(tendThreadsBefore + 1, tendThreads());
        client.close();
        assertEquals(tendThreadsBefore, tendThreads(), "the tend thread is stopped by close()");
        awaitTrue(() -> server.connectionCount() == connectionsBefore, "server sees every client socket closed");
    }

    @Test
    void connectingToNothingFailsWithAConnectionError() throws Exception {
        int freePort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        AerospikeClient client = Aerospike.client(io.spikesdk.api.ClientConfig.builder()
                .hosts(Host.of("127.0.0.1", freePort)).connectTimeout(Duration.ofMillis(500)).build());
        AerospikeException e = assertThrows(AerospikeException.class, client::connect);
        assertTrue(e instanceof ConnectionException || e.resultCode() == ResultCode.SERVER_NOT_AVAILABLE
                || e.resultCode() == ResultCode.INVALID_NODE_ERROR, e.toString());
        client.close();
    }

    private static long tendThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("spike-tend-") && t.isAlive()).count();
    }

    /** Waits for a condition the server reaches asynchronously (socket close seen by its reader threads). */
    private static void awaitTrue(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.onSpinWait();
            Thread.yield();
        }
    }
}
