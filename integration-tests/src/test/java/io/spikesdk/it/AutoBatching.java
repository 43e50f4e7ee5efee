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
import java.util.function.IntFunction;

/**
 * A client with {@link AsyncConfig#autoBatch()} on one event loop whose futures complete on that loop, and the means
 * to start commands in one pass of it ({@link #burst}); counts the commands' metrics events by type.
 */
final class AutoBatching implements AutoCloseable {
    /** Rows per auto-batch (the driver's limit). */
    static final int MAX_ROWS = 256;

    private final AerospikeClient client;
    private final Map<CommandType, AtomicLong> completed = new ConcurrentHashMap<>();
    private final Key trigger;

    private AutoBatching(ClientConfig.Builder config, String namespace) {
        MetricsListener counting = outcome ->
            completed.computeIfAbsent(outcome.type(), t -> new AtomicLong()).incrementAndGet();
        this.client = Aerospike.client(config.metricsListener(counting)
            .async(AsyncConfig.builder().eventLoops(1).completionExecutor(Runnable::run).autoBatch(true).build())
            .build()).connect();
        this.trigger = Key.of(namespace, "it_autobatch_trigger", "t");
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
        for (int tries = 0; tries < 50; tries++) {
            CompletableFuture<List<CompletableFuture<Object>>> started = client.async().exists(trigger)
                .thenApply(found -> {
                    if (!Thread.currentThread().getName().startsWith("spike-async-loop")) {
                        return null; // completed before the callback was attached: not on the loop
                    }
                    first.run();
                    List<CompletableFuture<Object>> futures = new ArrayList<>(count);
                    for (int i = 0; i < count; i++) {
                        futures.add(command.apply(i));
                    }
                    return futures;
                });
            List<CompletableFuture<Object>> futures = started.join();
            if (futures != null) {
                try {
                    CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).handle((v, e) -> null)
                        .get(60, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new AssertionError("the burst did not complete", e);
                }
                return futures;
            }
        }
        throw new AssertionError("could not start a burst on the event loop");
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
