package io.spikesdk.core.internal.command;

import io.spikesdk.api.QueryPolicy;
import io.spikesdk.api.ResultStream;
import io.spikesdk.api.Statement;
import io.spikesdk.api.Value;
import io.spikesdk.api.metrics.CommandType;
import io.spikesdk.core.internal.cluster.Cluster;
import io.spikesdk.core.internal.lua.AggregationStage;
import io.spikesdk.core.internal.serial.Serialization;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One aggregation ({@code queryAggregate}): an {@link AggregateRequest} to every active node at once, each node's
 * values into one bounded queue, and the client's Lua stage on a thread of its own reading that queue and writing
 * its results to the {@link QueuedResults} the caller reads. A node's failure ends the aggregation with it; closing
 * the results stops the stage and the node readers (their connections are closed).
 */
public final class Aggregation {
    static final int CAPACITY = 512;
    private static final Object END = new Object();
    private static final long POLL_MILLIS = 100;

    private final BlockingQueue<Object> inputs = new ArrayBlockingQueue<>(CAPACITY);
    private final QueuedResults results = new QueuedResults(this::stop);
    private final AtomicInteger running = new AtomicInteger();
    /** The first node failure; set before {@link #stopped}, so a stopped stage finds it. */
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Cluster cluster;
    /** The call's metrics token ({@link ParentCall}), or null. */
    private final Object parentCall;
    private volatile boolean stopped;

    private Aggregation(Cluster cluster, Object parentCall) {
        this.cluster = cluster;
        this.parentCall = parentCall;
    }

    /** Checks the call's names and arguments before anything is sent; the arguments as the stage takes them. */
    public static List<Object> stageArgs(String module, String function, Value[] args) {
        UdfRequest.requireName(module, "module");
        UdfRequest.requireName(function, "function");
        Objects.requireNonNull(args, "args");
        List<Object> out = new ArrayList<>(args.length);
        for (int i = 0; i < args.length; i++) {
            out.add(Objects.requireNonNull(args[i], "args[" + i + "]").toObject());
        }
        return out;
    }

    /** Starts the aggregation; its results are read from the returned stream. */
    public static ResultStream start(Cluster cluster, BlockingDriver driver, ExecutorService executor,
                                     QueryPolicy policy, Statement statement, String module, String function,
                                     Value[] args, AggregationStage stage, Serialization serial) {
        List<AggregateRequest> requests = AggregateRequest.perActiveNode(cluster, policy, statement, module, function,
            args, serial);
        Aggregation aggregation = new Aggregation(cluster,
            ParentCall.start(cluster, CommandType.QUERY, statement.namespace(), statement.set()));
        aggregation.running.set(requests.size());
        for (AggregateRequest request : requests) {
            executor.execute(() -> aggregation.readNode(driver, request, serial));
        }
        executor.execute(() -> aggregation.runStage(stage));
        return aggregation.results;
    }

    private void readNode(BlockingDriver driver, AggregateRequest request, Serialization serial) {
        try {
            driver.execute(request, new AggregateReply(this::input, serial, parentCall), 0, 0);
        } catch (ScanExecutor.ScanStopped e) {
            return;
        } catch (RuntimeException | Error e) {
            if (failure.compareAndSet(null, e)) {
                stop(); // the other nodes stop at their next value, the stage at its next read
            }
            return;
        }
        if (running.decrementAndGet() == 0) {
            offer(END);
        }
    }

    private void input(Object value) {
        if (!offer(value)) {
            throw new ScanExecutor.ScanStopped();
        }
    }

    /** Queues {@code item}, waiting while the queue is full; false when the aggregation stopped meanwhile. */
    private boolean offer(Object item) {
        try {
            while (!inputs.offer(item, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    return false;
                }
            }
            return !stopped;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Object read() {
        try {
            while (true) {
                if (stopped) {
                    throw new ScanExecutor.ScanStopped();
                }
                Object item = inputs.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (item != null && !stopped) {
                    return item;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScanExecutor.ScanStopped();
        }
    }

    private void runStage(AggregationStage stage) {
        try {
            stage.run(this::read, END, results::put);
        } catch (ScanExecutor.ScanStopped e) {
            // a node failed (its failure is the result) or the reader closed the results (nothing is read)
        } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e);
            stop();
        }
        Throwable f = failure.get();
        ParentCall.end(cluster, parentCall, f != null ? f : stopped ? new ScanExecutor.ScanStopped() : null);
        if (f != null) {
            results.fail(f);
        } else {
            results.end();
        }
    }

    private void stop() {
        stopped = true;
        inputs.clear();
    }
}
