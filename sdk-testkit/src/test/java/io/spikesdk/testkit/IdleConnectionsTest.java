package io.spikesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Record;
import com.aerospike.client.policy.ClientPolicy;
import com.aerospike.client.policy.Policy;
import io.spikesdk.testkit.support.IdleClients;
import io.spikesdk.testkit.support.SlowScanReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The embedded server on non-blocking I/O: thousands of idle connections cost no thread, a new client is still
 * answered at once, and a client that stops reading a large reply does not hold up the others.
 */
@Timeout(120)
class IdleConnectionsTest {
    private static final int WANTED = 10_000;
    /** File descriptors left for the JVM, the test's other sockets and the server's own. */
    private static final int FD_RESERVE = 300;
    private static final int MAX_WORKERS_FOR_ONE_CLIENT = 4;

    /**
     * Both ends of a loopback connection are in this process, so N idle connections take 2N descriptors: N is
     * 10,000 where the limit allows it, else what fits under the limit (9,8xx under `ulimit -n` 20000).
     */
    private static int idleConnectionCount() throws IOException {
        Path limits = Path.of("/proc/self/limits");
        if (!Files.exists(limits)) {
            return WANTED;
        }
        long max = Files.readAllLines(limits).stream().filter(l -> l.startsWith("Max open files"))
                .map(l -> l.trim().split("\\s+")[3]).mapToLong(v -> v.equals("unlimited") ? Long.MAX_VALUE
                        : Long.parseLong(v)).findFirst().orElse(Long.MAX_VALUE);
        long inUse;
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            inUse = fds.count();
        }
        return (int) Math.max(0, Math.min(WANTED, (max - inUse - FD_RESERVE) / 2));
    }

    @Test
    void idleConnectionsCostNoThreadAndANewClientIsStillAnswered() throws Exception {
        int n = idleConnectionCount();
        assertTrue(n >= 1_000, "too few file descriptors for the test: " + n);
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).build().start()) {
            int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
            try (IdleClients idle = new IdleClients()) {
                long start = System.nanoTime();
                idle.connect(server.host(), server.port(), n);
                awaitConnections(server, n);
                long acceptMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                int threadsWithIdle = ManagementFactory.getThreadMXBean().getThreadCount();
                System.out.printf("%d idle connections accepted in %d ms; JVM threads %d -> %d; server threads %d%n",
                        n, acceptMillis, threadsBefore, threadsWithIdle, serverThreads(server));
                assertEquals(1, serverThreads(server), "the selector thread alone serves idle connections");
                assertTrue(threadsWithIdle - threadsBefore <= 2, threadsBefore + " -> " + threadsWithIdle);

                ClientPolicy policy = new ClientPolicy();
                policy.timeout = 5_000;
                try (AerospikeClient client = new AerospikeClient(policy, server.host(), server.port())) {
                    Key key = new Key("test", "idle", 1);
                    client.put(null, key, new Bin("v", 42));
                    Policy read = new Policy();
                    read.totalTimeout = 5_000;
                    long t0 = System.nanoTime();
                    Record record = client.get(read, key);
                    long getMicros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - t0);
                    System.out.printf("get with %d idle connections open: %d us%n", n, getMicros);
                    assertNotNull(record);
                    assertEquals(42, record.getInt("v"));
                    int serving = serverThreads(server);
                    assertTrue(serving <= 1 + MAX_WORKERS_FOR_ONE_CLIENT, serving + " server threads for one client");
                }
                assertEquals(n, idle.all().stream().filter(SocketChannel::isConnected).count());
            }
        }
    }

    @Test
    void aClientThatStopsReadingALargeReplyDoesNotHoldUpOthers() throws Exception {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).build().start();
                AerospikeClient scanner = new AerospikeClient(new ClientPolicy(), server.host(), server.port());
                AerospikeClient other = new AerospikeClient(new ClientPolicy(), server.host(), server.port())) {
            SlowScanReader.assertOthersAreServed(scanner, other);
        }
    }

    static void awaitConnections(EmbeddedAerospike server, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (server.connectionCount() != n && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(n, server.connectionCount());
    }

    /** Live threads of this server (its names start with "spike-aerospike-PORT-"). */
    static int serverThreads(EmbeddedAerospike server) {
        String prefix = "spike-aerospike-" + server.port() + "-";
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith(prefix)).count();
    }

}
