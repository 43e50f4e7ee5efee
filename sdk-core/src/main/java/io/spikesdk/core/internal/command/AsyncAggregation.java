package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.QueryPolicy;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.Statement;
import io.spikesdk.api.Value;
import io.spikesdk.api.metrics.CommandType;
import io.spikesdk.core.internal.cluster.Cluster;
import io.spikesdk.core.internal.lua.AggregationStage;
import io.spikesdk.core.internal.serial.Serialization;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One subscription of the async client's {@code queryAggregate}: an {@link AggregateRequest} to every active node
 * as {@link AsyncStreams} node streams, which stop reading their sockets while {@link Aggregation#CAPACITY} values
 * wait; the client's Lua stage runs as one task on the completion executor (it reads its input and waits for the
 * subscriber's demand there, never on an event loop) and signals the subscriber from that task.
 */
public final class AsyncAggregation implements Flow.Subscription {
    private static final Object END = new Object();
    private static final long POLL_MILLIS = 100;

    private final LinkedBlockingQueue<Object> inputs = new LinkedBlockingQueue<>();
    private final ConcurrentLinkedQueue<AsyncStreams.Stream> paused = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<AsyncStreams.Stream> streams = new ConcurrentLinkedQueue<>();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition demanded = lock.newCondition();
    private final Flow.Subscriber<? super Object> subscriber;
    private Cluster cluster;
    /** The call's metrics token ({@link ParentCall}), or null; set before the node streams start. */
    private Object parentCall;
    /** Guarded by {@link #lock}. */
    private long demand;
    private volatile boolean stopped;

    private AsyncAggregation(Flow.Subscriber<? super Object> subscriber) {
        this.subscriber = subscriber;
    }

    /** Starts the aggregation for {@code subscriber}: node streams at once, the stage on {@code executor}. */
    public static void subscribe(Flow.Subscriber<? super Object> subscriber, Cluster cluster, AsyncStreams driver,
                                 Executor executor, QueryPolicy policy, Statement statement, String module,
                                 String function, Value[] args, AggregationStage stage, Serialization serial) {
        if (subscriber == null) {
            throw new NullPointerException("subscriber must not be null");
        }
        AsyncAggregation aggregation = new AsyncAggregation(subscriber);
        subscriber.onSubscribe(aggregation);
        RuntimeException startFailure = aggregation.start(cluster, driver, policy, statement, module, function, args,
            serial);
        if (startFailure != null) {
            aggregation.failure.compareAndSet(null, startFailure);
            aggregation.stop();
        }
        try {
            executor.execute(() -> aggregation.runStage(stage));
        } catch (RejectedExecutionException e) {
            aggregation.stop();
            subscriber.onError(new AerospikeException(ResultCode.CLIENT_ERROR,
                "the completion executor refused the aggregation's stage: " + e.getMessage()));
        }
    }

    private RuntimeException start(Cluster cluster, AsyncStreams driver, QueryPolicy policy, Statement statement,
                                   String module, String function, Value[] args, Serialization serial) {
        try {
            List<AggregateRequest> requests = AggregateRequest.perActiveNode(cluster, policy, statement, module,
                function, args, serial);
            this.cluster = cluster;
            parentCall = ParentCall.start(cluster, CommandType.QUERY, statement.namespace(), statement.set());
            long deadline = policy.totalTimeout() > 0
                ? System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(policy.totalTimeout()) : 0;
            running.set(requests.size());
            for (AggregateRequest request : requests) {
                if (stopped) {
                    break;
                }
                AsyncStreams.Stream stream = driver.stream(request, new AggregateReply(inputs::add, serial, parentCall), deadline,
                    new NodeFlow());
                streams.add(stream);
                if (stopped) {
                    stream.cancel(); // a node failed or the subscriber cancelled while this one started
                }
            }
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** One node's stream: reads while fewer than the capacity of values wait for the stage. */
    private final class NodeFlow implements AsyncStreams.Flow {
        @Override
        public boolean wantsMore() {
            return !stopped && inputs.size() < Aggregation.CAPACITY;
        }

        @Override
        public void paused(AsyncStreams.Stream stream) {
            paused.add(stream);
            if (inputs.isEmpty() || stopped) {
                resumePaused(); // the stage drained the queue meanwhile: it may not look again
            }
        }

        @Override
        public void ended(AsyncStreams.Stream stream, RuntimeException e) {
            if (e != null) {
                if (failure.compareAndSet(null, e)) {
                    stop();
                }
                return;
            }
            if (running.decrementAndGet() == 0) {
                inputs.add(END);
            }
        }
    }

    private void resumePaused() {
        AsyncStreams.Stream s;
        while ((s = paused.poll()) != null) {
            s.resume();
        }
    }

    /** The stage's input: waits on the completion executor's thread, never on an event loop. */
    private Object read() {
        try {
            while (true) {
                if (stopped) {
                    throw new ScanExecutor.ScanStopped();
                }
                Object item = inputs.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (inputs.size() < Aggregation.CAPACITY / 2 && !paused.isEmpty()) {
                    resumePaused();
                }
                if (item != null && !stopped) {
                    return item;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScanExecutor.ScanStopped();
        }
    }

    /** Hands one result to the subscriber once it asked for one. */
    private void emit(Object value) {
        lock.lock();
        try {
            while (demand == 0) {
                if (stopped) {
                    throw new ScanExecutor.ScanStopped();
                }
                demanded.await(POLL_MILLIS, TimeUnit.MILLISECONDS);
            }
            if (stopped) {
                throw new ScanExecutor.ScanStopped();
            }
            demand--;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScanExecutor.ScanStopped();
        } finally {
            lock.unlock();
        }
        subscriber.onNext(value);
    }

    private void runStage(AggregationStage stage) {
        try {
            if (!stopped) {
                stage.run(this::read, END, this::emit);
            }
        } catch (ScanExecutor.ScanStopped e) {
            // a node failed (its failure is signalled below) or the subscriber cancelled (nothing is signalled)
        } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e instanceof RuntimeException r ? r
                : new AerospikeException(ResultCode.CLIENT_ERROR, "aggregation failed: " + e));
            stop();
        }
        RuntimeException f = failure.get();
        if (cluster != null) {
            ParentCall.end(cluster, parentCall, f != null ? f : stopped ? new ScanExecutor.ScanStopped() : null);
        }
        if (f != null) {
            subscriber.onError(f);
        } else if (!stopped) {
            stopped = true;
            subscriber.onComplete();
        }
    }

    @Override
    public void request(long n) {
        if (n <= 0) {
            if (failure.compareAndSet(null, new IllegalArgumentException("request(" + n + "): must be positive"))) {
                stop();
            }
            return;
        }
        lock.lock();
        try {
            demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
            demanded.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void cancel() {
        stop();
    }

    private void stop() {
        stopped = true;
        for (AsyncStreams.Stream s : streams) {
            s.cancel();
        }
        paused.clear();
        inputs.clear();
    }
}
