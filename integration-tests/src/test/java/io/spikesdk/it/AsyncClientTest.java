package io.spikesdk.it;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AsyncAerospikeClient;
import io.spikesdk.api.AsyncConfig;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.ClientClosedException;
import io.spikesdk.api.ConnectionException;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.Policy;
import io.spikesdk.api.Record;
import io.spikesdk.api.ResultCode;
import io.spikesdk.testkit.EmbeddedAerospike;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What only the async client has: its thread budget, the in-flight bound, the completion executor. */
@Timeout(120)
class AsyncClientTest {
    private static final String SET = "it_async";
    private static final Policy PATIENT = Policy.builder().socketTimeout(30_000).totalTimeout(60_000).build();

    @Test
    void tenThousandConcurrentGetsCompleteOnAHandfulOfThreads() throws Exception {
        int loops = 2;
        int executorThreads = 2;
        int maxInFlight = 64;
        ExecutorService executor = Executors.newFixedThreadPool(executorThreads);
        ClientConfig config = TestTarget.config().async(AsyncConfig.builder().eventLoops(loops)
            .maxCommandsPerNode(maxInFlight).completionExecutor(executor).build()).build();
        try (AerospikeClient client = Aerospike.client(config).connect()) {
            Key[] keys = new Key[100];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = Key.of(TestTarget.NAMESPACE, SET, "many-" + i);
                client.put(keys[i], Bin.of("i", i));
            }
            AsyncAerospikeClient async = client.async();
            async.get(PATIENT, keys[0]).get(10, TimeUnit.SECONDS);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            int before = threads.getThreadCount();
            threads.resetPeakThreadCount();

            List<CompletableFuture<Record>> gets = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                gets.add(async.get(PATIENT, keys[i % keys.length]));
            }
            CompletableFuture.allOf(gets.toArray(new CompletableFuture<?>[0])).get(60, TimeUnit.SECONDS);

            for (int i = 0; i < gets.size(); i++) {
                assertEquals(i % keys.length, gets.get(i).join().getInt("i"));
            }
            // the embedded server serves each connection on a thread of its own; each loop pools its own connections
            int serverThreads = TestTarget.isRealServer() ? 0 : loops * maxInFlight;
            int grown = threads.getPeakThreadCount() - before;
            assertTrue(grown <= executorThreads + serverThreads + 4,
                "10,000 commands took " + grown + " more threads (peak " + threads.getPeakThreadCount() + ")");
            long asyncThreads = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("spike-async")).count();
            assertEquals(loops + 1, asyncThreads, "the event loops and the one timer");
        } finally {
            executor.shutdown();
        }
    }

    @Test
    void completionsRunOnTheConfiguredExecutorNeverOnAnEventLoop() throws Exception {
        AtomicInteger created = new AtomicInteger();
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "app-" + created.incrementAndGet()));
        ClientConfig config = TestTarget.config().async(AsyncConfig.builder().completionExecutor(executor).build())
            .build();
        try (AerospikeClient client = Aerospike.client(config).connect()) {
            Key key = Key.of(TestTarget.NAMESPACE, SET, "executor");
            String thread = client.async().put(key, Bin.of("a", 1))
                .thenCompose(v -> client.async().get(key))
                .thenApply(r -> Thread.currentThread().getName())
                .get(10, TimeUnit.SECONDS);
            assertEquals("app-1", thread);
        } finally {
            executor.shutdown();
        }
        try (AerospikeClient client = Aerospike.client(TestTarget.config().build()).connect()) {
            String thread = client.async().exists(Key.of(TestTarget.NAMESPACE, SET, "executor"))
                .thenApply(found -> Thread.currentThread().getName()).get(10, TimeUnit.SECONDS);
            assertTrue(!thread.startsWith("spike-async"), "by default completions leave the event loop: " + thread);
        }
    }

    @Test
    void atTheBoundRejectFailsAnAttemptAtOnce() throws Exception {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).namespace("test").build().start();
             AerospikeClient client = Aerospike.client(embedded(server, AsyncConfig.AtLimit.REJECT)).connect()) {
            Key key = Key.of("test", SET, "bound");
            client.put(key, Bin.of("a", 1));
            server.faults().pause();
            CompletableFuture<Record> holder = client.async().get(PATIENT, key);
            Policy noRetry = Policy.builder().socketTimeout(30_000).totalTimeout(60_000).maxRetries(0).build();
            ExecutionException e = assertThrows(ExecutionException.class,
                () -> client.async().get(noRetry, key).get(10, TimeUnit.SECONDS));
            ConnectionException refused = assertInstanceOf(ConnectionException.class, e.getCause());
            assertEquals(ResultCode.NO_MORE_CONNECTIONS, refused.resultCode());
            assertTrue(refused.getMessage().contains("maxCommandsPerNode"), refused.getMessage());
            server.faults().resume();
            assertEquals(1, holder.get(10, TimeUnit.SECONDS).getInt("a"));
        }
    }

    @Test
    void atTheBoundWaitQueuesCommandsUntilASlotFrees() throws Exception {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).namespace("test").build().start();
             AerospikeClient client = Aerospike.client(embedded(server, AsyncConfig.AtLimit.WAIT)).connect()) {
            Key key = Key.of("test", SET, "bound");
            client.put(key, Bin.of("a", 1));
            server.faults().pause();
            Policy noRetry = Policy.builder().socketTimeout(30_000).totalTimeout(60_000).maxRetries(0).build();
            List<CompletableFuture<Record>> gets = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                gets.add(client.async().get(noRetry, key));
            }
            server.faults().resume();
            for (CompletableFuture<Record> get : gets) {
                assertEquals(1, get.get(10, TimeUnit.SECONDS).getInt("a"), "one slot, no retry: each waited its turn");
            }
        }
    }

    @Test
    void closingTheClientFailsTheCommandsInFlight() throws Exception {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).namespace("test").build().start()) {
            AerospikeClient client = Aerospike.client(embedded(server, AsyncConfig.AtLimit.WAIT)).connect();
            Key key = Key.of("test", SET, "close");
            client.put(key, Bin.of("a", 1));
            server.faults().pause();
            CompletableFuture<Record> pending = client.async().get(PATIENT, key);
            client.close();
            ExecutionException e = assertThrows(ExecutionException.class, () -> pending.get(10, TimeUnit.SECONDS));
            assertInstanceOf(ClientClosedException.class, e.getCause());
            assertInstanceOf(ClientClosedException.class, assertThrows(ExecutionException.class,
                () -> client.async().get(key).get(10, TimeUnit.SECONDS)).getCause());
            server.faults().resume();
        }
    }

    private static ClientConfig embedded(EmbeddedAerospike server, AsyncConfig.AtLimit atLimit) {
        return ClientConfig.builder().hosts(Host.of(server.host(), server.port()))
            .async(AsyncConfig.builder().eventLoops(1).maxCommandsPerNode(1).atLimit(atLimit).build()).build();
    }
}
