package io.spikesdk.core.internal;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientClosedException;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.LogLevel;
import io.spikesdk.core.internal.cluster.Cluster;
import io.spikesdk.core.testing.FakeNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientLifecycleTest {

    private static Set<String> tendThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith(Cluster.TEND_THREAD_PREFIX)).collect(Collectors.toSet());
    }

    @Test
    void foundThroughTheServiceLoader() throws Exception {
        try (FakeNode node = new FakeNode("N1", "test");
             AerospikeClient client = Aerospike.client(ClientConfig.builder().hosts(Host.of("127.0.0.1", node.port())).build())) {
            assertInstanceOf(SpikeClient.class, client);
            assertFalse(client.isConnected());
            client.put(Key.of("test", "s", "k"), Bin.of("a", 1L));
            assertTrue(client.isConnected(), "the first command connects");
        }
    }

    @Test
    void closeReleasesEverySocketAndTheTendThread() throws Exception {
        try (FakeNode node = new FakeNode("N1", "test")) {
            Set<String> before = tendThreads();
            SpikeClient client = new SpikeClient(ClientConfig.builder().hosts(Host.of("127.0.0.1", node.port()))
                    .tendInterval(Duration.ofMillis(20)).minConnsPerNode(2).build());
            client.connect();
            Set<String> mine = tendThreads();
            mine.removeAll(before);
            assertEquals(1, mine.size(), "one tend thread per client");
            ExecutorService pool = Executors.newFixedThreadPool(4);
            CountDownLatch done = new CountDownLatch(40);
            for (int i = 0; i < 40; i++) {
                long n = i;
                pool.execute(() -> {
                    client.put(Key.of("test", "s", n), Bin.of("a", n));
                    done.countDown();
                });
            }
            assertTrue(done.await(30, TimeUnit.SECONDS));
            pool.shutdown();
            assertTrue(node.openConnections() >= 2);

            client.close();
            assertFalse(client.isConnected());
            Set<String> still = tendThreads();
            still.retainAll(mine);
            assertTrue(still.isEmpty(), "tend thread stopped");
            assertEquals(0, client.internalCluster().nodes()[0].pool().openCount());
            assertEquals(0, node.awaitOpenConnections(0, 5000), "every socket closed");

            Key key = Key.of("test", "s", "k");
            assertThrows(ClientClosedException.class, () -> client.get(key));
            assertThrows(ClientClosedException.class, () -> client.put(key, Bin.of("a", 1L)));
            assertThrows(ClientClosedException.class, () -> client.info("build"));
            assertThrows(ClientClosedException.class, client::connect);
            client.close();
        }
    }

    @Test
    void logsGoToTheUserHook() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        Aerospike.setLogLevel(LogLevel.INFO);
        Aerospike.setLogHandler((level, message) -> seen.add(level + " " + message));
        try (FakeNode node = new FakeNode("N1", "test");
             SpikeClient client = new SpikeClient(ClientConfig.builder().hosts(Host.of("127.0.0.1", node.port())).build())) {
            client.connect();
        } finally {
            Aerospike.setLogHandler(null);
            Aerospike.setLogLevel(LogLevel.WARN);
        }
        assertTrue(seen.stream().anyMatch(s -> s.startsWith("INFO ") && s.contains("added node N1")), seen.toString());
        assertNotNull(seen);
    }
}
