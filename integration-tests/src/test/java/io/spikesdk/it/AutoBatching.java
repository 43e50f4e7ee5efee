package io.spikesdk.it;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AsyncConfig;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Key;
import io.spikesdk.api.metrics.CommandType;
import io.spikesdk.api.metrics.MetricsListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * A client with {@link AsyncConfig#autoBatch()} on one event loop whose futures complete on that loop, and the means
 * to start commands in one pass of it ({@link #burst}); counts the commands' metrics events by type. The burst starts
 * from the metrics listener of a trigger command, which the client calls on its event loop.
 */
final class AutoBatching implements AutoCloseable {
    /** Rows per auto-batch (the driver's limit). */
    static final int MAX_ROWS = 256;
    private static final String TRIGGER_SET = "it_autobatch_trigger";

    private final AerospikeClient client;
    private final Map<CommandType, AtomicLong> completed = new ConcurrentHashMap<>();
    private final Key trigger;
    /** Runs on the event loop when the next trigger command completes. */
    private final AtomicReference<Runnable> onTrigger = new AtomicReference<>();

    private AutoBatching(ClientConfig.Builder config, String namespace) {
        MetricsListener counting = outcome -> {
            completed.computeIfAbsent(outcome.type(), t -> new AtomicLong()).incrementAndGet();
            if (TRIGGER_SET.equals(outcome.setName())) {
                Runnable hook = onTrigger.getAndSet(null);
                if (hook != null) {
                    hook.run();
                }
            }
        };
        this.client = Aerospike.client(config.metricsListener(counting)
            .async(AsyncConfig.builder().eventLoops(1).completionExecutor(Runnable::run).autoBatch(true).build())
            .build()).connect();
        this.trigger = Key.of(namespace, TRIGGER_SET, "t");
    }

    static AutoBatching connect(ClientConfig.Builder config) {
        return new AutoBatching(config, TestTarget.NAMESPACE);
    }

    static AutoBatching connect(ClientConfig.Builder config, String namespace) {
        return new AutoBatching(config, namespace);
    }

    AerospikeClient client() {
        return client;
    }

    /**
     * Starts {@code count} commands in one pass of the event loop (from the callback of another command, which runs
     * on the loop) and waits until all have completed, normally or not.
     */
    List<CompletableFuture<Object>> burst(int count, IntFunction<CompletableFuture<Object>> command) {
        return burst(() -> { }, count, command);
    }

    /** {@link #burst(int, IntFunction)}, running {@code first} on the loop just before the commands start. */
    List<CompletableFuture<Object>> burst(Runnable first, int count, IntFunction<CompletableFuture<Object>> command) {
        CompletableFuture<List<CompletableFuture<Object>>> started = new CompletableFuture<>();
        onTrigger.set(() -> {
            try {
                first.run();
                List<CompletableFuture<Object>> futures = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    futures.add(command.apply(i));
                }
                started.complete(futures);
            } catch (RuntimeException | Error e) {
                started.completeExceptionally(e);
            }
        });
        client.async().exists(trigger).join();
        try {
            List<CompletableFuture<Object>> futures = started.get(30, TimeUnit.SECONDS);
            CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).handle((v, e) -> null)
                .get(60, TimeUnit.SECONDS);
            return futures;
        } catch (Exception e) {
            throw new AssertionError("the burst did not complete", e);
        }
    }

    /** The server's count of batch-index requests (its {@code statistics}). */
    long batchesInitiated() {
        for (String pair : client.info("statistics").split(";")) {
            if (pair.startsWith("batch_index_initiate=")) {
                return Long.parseLong(pair.substring("batch_index_initiate=".length()));
            }
        }
        throw new AssertionError("no batch_index_initiate in the statistics");
    }

    /** Metrics events of completed commands of {@code type}. */
    long completed(CommandType type) {
        AtomicLong n = completed.get(type);
        return n == null ? 0 : n.get();
    }

    @Override
    public void close() {
        client.close();
    }
}
