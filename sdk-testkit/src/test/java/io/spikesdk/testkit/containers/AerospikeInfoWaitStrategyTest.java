package io.spikesdk.testkit.containers;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.support.ClusterSupport;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.ContainerLaunchException;

/** The wait strategy's info exchange, against an embedded server standing in for the container's port. */
class AerospikeInfoWaitStrategyTest {
    private EmbeddedAerospike server;

    @BeforeEach
    void start() {
        server = EmbeddedAerospike.builder().port(0).build().start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void infoRequestSpeaksTheWireProtocol() throws Exception {
        Map<String, String> answer = InfoRequest.send("127.0.0.1", server.port(), Duration.ofSeconds(2), "status", "build");
        assertEquals(Map.of("status", "ok", "build", "8.1.2.0"), answer);
    }

    @Test
    void readyServerPasses() {
        assertDoesNotThrow(() -> new AerospikeInfoWaitStrategy().waitUntilReady(new EmbeddedTarget(server.port())));
    }

    @Test
    void waitsUntilAPausedServerAnswers() throws Exception {
        server.faults().pause();
        AtomicBoolean resumed = new AtomicBoolean();
        AtomicReference<Thread> prober = new AtomicReference<>();
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> {
            prober.set(Thread.currentThread());
            new AerospikeInfoWaitStrategy().withStartupTimeout(Duration.ofSeconds(20))
                    .waitUntilReady(new EmbeddedTarget(server.port()));
            return resumed.get();
        });
        // A probe in flight against the paused server cannot get its answer before resume().
        ClusterSupport.await("a probe in flight against the paused server", Duration.ofSeconds(20),
                () -> isProbing(prober.get()));
        assertFalse(waiting.isDone(), "returned while the server was paused");
        resumed.set(true);
        server.faults().resume();
        assertTrue(waiting.get(20, TimeUnit.SECONDS), "returned only after the server resumed");
    }

    private static boolean isProbing(Thread thread) {
        return thread != null && Arrays.stream(thread.getStackTrace())
                .anyMatch(frame -> frame.getClassName().equals(InfoRequest.class.getName()));
    }

    @Test
    void failsWhenNothingListens() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        AerospikeInfoWaitStrategy strategy = new AerospikeInfoWaitStrategy();
        strategy.withStartupTimeout(Duration.ofMillis(600));
        ContainerLaunchException error = assertThrows(ContainerLaunchException.class,
                () -> strategy.waitUntilReady(new EmbeddedTarget(port)));
        assertTrue(error.getMessage().contains("did not answer status=ok within PT0.6S"), error.getMessage());
        assertTrue(error.getMessage().contains("ConnectException"), error.getMessage());
    }

    @Test
    void failsWhenStatusIsNotOk() throws Exception {
        try (FakeInfoServer fake = new FakeInfoServer("status\tERROR:1:starting\n")) {
            AerospikeInfoWaitStrategy strategy = new AerospikeInfoWaitStrategy();
            strategy.withStartupTimeout(Duration.ofMillis(600));
            ContainerLaunchException error = assertThrows(ContainerLaunchException.class,
                    () -> strategy.waitUntilReady(new EmbeddedTarget(fake.port())));
            assertTrue(error.getMessage().contains("status answered 'ERROR:1:starting'"), error.getMessage());
        }
    }

    @Test
    void rejectsABadPort() {
        assertThrows(IllegalArgumentException.class, () -> new AerospikeInfoWaitStrategy(0));
    }
}
