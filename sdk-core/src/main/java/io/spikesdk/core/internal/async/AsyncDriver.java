package io.spikesdk.core.internal.async;

import io.spikesdk.api.AsyncConfig;
import io.spikesdk.api.ClientClosedException;
import io.spikesdk.core.internal.cluster.Cluster;
import io.spikesdk.core.internal.cluster.Node;
import io.spikesdk.core.internal.command.AsyncCommands;
import io.spikesdk.core.internal.command.AsyncStreams;
import io.spikesdk.core.internal.command.TxnCommands;
import io.spikesdk.core.internal.command.Command;
import io.spikesdk.core.internal.command.CommandRequest;
import io.spikesdk.core.internal.command.ReplyHandler;
import io.spikesdk.core.internal.command.Request;
import io.spikesdk.core.internal.command.ResultHandler;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The non-blocking driver: runs {@link Command}s on {@link AsyncConfig#eventLoops()} NIO event loops (commands
 * spread round-robin; each loop owns its connections), bounds the commands in flight per node
 * ({@link NodeSlots}), and keeps every timeout and retry delay on one timer thread. Futures it returns complete on
 * an event loop: {@link #relay} moves a completion to the configured executor before user code sees it.
 */
public final class AsyncDriver implements AsyncCommands, AsyncStreams, TxnCommands.Singles, AutoCloseable {
    private final Cluster cluster;
    private final AsyncConfig config;
    private final EventLoop[] loops;
    private final ScheduledThreadPoolExecutor timer;
    private final NodeSlots<Node> slots;
    private final AtomicInteger next = new AtomicInteger();
    private final long connectTimeoutNanos;
    private volatile boolean closed;

    public AsyncDriver(Cluster cluster, AsyncConfig config) {
        this.cluster = cluster;
        this.config = config;
        this.slots = new NodeSlots<>(config.maxCommandsPerNode());
        this.connectTimeoutNanos = cluster.config().connectTimeout().toNanos();
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "spike-async-timer");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        long maxIdle = cluster.config().maxSocketIdle().toNanos();
        this.loops = new EventLoop[config.eventLoops()];
        for (int i = 0; i < loops.length; i++) {
            loops[i] = new EventLoop("spike-async-loop-" + i, maxIdle, this);
        }
    }

    /** Runs a single-record request; the future completes on an event loop. */
    public <T> CompletableFuture<T> execute(Request request, ResultHandler<T> handler) {
        if (closed) {
            return CompletableFuture.failedFuture(new ClientClosedException("client is closed"));
        }
        Command<T> command = new Command<>();
        try {
            command.start(cluster, request, handler);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return start(command, null);
    }

    /**
     * Runs a single-record request for the application: like {@link #relay}{@code (execute(request, handler))}, the
     * future completes on the completion executor, but the command hands itself to the executor (no second future,
     * no callbacks in between).
     */
    public <T> CompletableFuture<T> executeRelayed(Request request, ResultHandler<T> handler) {
        if (closed) {
            return relay(CompletableFuture.failedFuture(new ClientClosedException("client is closed")));
        }
        Command<T> command = new Command<>();
        try {
            command.start(cluster, request, handler);
        } catch (RuntimeException e) {
            return relay(CompletableFuture.failedFuture(e));
        }
        return start(command, config.completionExecutor());
    }

    @Override
    public <T> CompletableFuture<T> execute(CommandRequest request, ReplyHandler<T> reply, long deadlineNanos,
                                            int priorAttempts) {
        if (closed) {
            return CompletableFuture.failedFuture(new ClientClosedException("client is closed"));
        }
        Command<T> command = new Command<>();
        try {
            command.start(cluster, request, reply, deadlineNanos, priorAttempts);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return start(command, null);
    }

    /**
     * {@link #execute(CommandRequest, ReplyHandler, long, int)} for the application: the future completes on the
     * completion executor, handed there by the command itself (no relay future).
     */
    public <T> CompletableFuture<T> executeRelayed(CommandRequest request, ReplyHandler<T> reply) {
        if (closed) {
            return relay(CompletableFuture.failedFuture(new ClientClosedException("client is closed")));
        }
        Command<T> command = new Command<>();
        try {
            command.start(cluster, request, reply, 0, 0);
        } catch (RuntimeException e) {
            return relay(CompletableFuture.failedFuture(e));
        }
        return start(command, config.completionExecutor());
    }

    private <T> CompletableFuture<T> start(Command<T> command, Executor completions) {
        AsyncCommand<T> async = new AsyncCommand<>(this, nextLoop(), command, completions);
        async.start();
        return async.future();
    }

    @Override
    public void later(long delayNanos, Runnable task) {
        if (delayNanos <= 0) {
            task.run();
        } else {
            schedule(delayNanos, task);
        }
    }

    @Override
    public Stream stream(CommandRequest request, ReplyHandler<?> reply, long deadlineNanos, Flow flow) {
        AsyncStream stream;
        try {
            if (closed) {
                throw new ClientClosedException("client is closed");
            }
            stream = new AsyncStream(this, nextLoop(), started(request, reply, deadlineNanos), flow);
        } catch (RuntimeException e) {
            AsyncStreams.Stream failed = new AsyncStreams.Stream() {
                @Override
                public void resume() {
                }

                @Override
                public void cancel() {
                }
            };
            flow.ended(failed, e);
            return failed;
        }
        stream.start();
        return stream;
    }

    private <T> Command<T> started(CommandRequest request, ReplyHandler<T> reply, long deadlineNanos) {
        return new Command<T>().start(cluster, request, reply, deadlineNanos, 0);
    }

    /** Sends info commands to {@code node} on a pooled connection; the future completes on an event loop. */
    public CompletableFuture<Map<String, String>> info(Node node, List<String> commands, int timeoutMs) {
        if (closed) {
            return CompletableFuture.failedFuture(new ClientClosedException("client is closed"));
        }
        InfoExchange exchange = new InfoExchange(this, nextLoop(), node, commands, timeoutMs);
        exchange.start();
        return exchange.future();
    }

    /**
     * A future completing like {@code source}, but on the completion executor, so that the stages an application
     * chains never run on an event loop (unless the executor runs them in place).
     */
    public <T> CompletableFuture<T> relay(CompletableFuture<T> source) {
        CompletableFuture<T> relayed = new CompletableFuture<>();
        Executor executor = config.completionExecutor();
        source.whenComplete((result, error) -> {
            Runnable completion = error == null ? () -> relayed.complete(result)
                : () -> relayed.completeExceptionally(unwrap(error));
            try {
                executor.execute(completion);
            } catch (RejectedExecutionException e) {
                completion.run();
            }
        });
        return relayed;
    }

    private static Throwable unwrap(Throwable e) {
        return e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
    }

    /**
     * The calling event loop when a command starts from one of this driver's loops (a callback chaining the next
     * command: no hand-over between threads, no selector wakeup), else the loops in turn.
     */
    private EventLoop nextLoop() {
        EventLoop current = EventLoop.current(this);
        if (current != null) {
            return current;
        }
        return loops[Math.floorMod(next.getAndIncrement(), loops.length)];
    }

    /** Whether the calling thread is one of this driver's event loops. */
    public boolean onEventLoop() {
        return EventLoop.current(this) != null;
    }

    /** Whether the client is closing: a command must not start another attempt. */
    boolean closing() {
        return closed || cluster.isClosed();
    }

    AsyncConfig config() {
        return config;
    }

    NodeSlots<Node> slots() {
        return slots;
    }

    long connectTimeoutNanos() {
        return connectTimeoutNanos;
    }

    /** Runs {@code task} on the timer thread after {@code delayNanos}; the task must only hand work to a loop. */
    Future<?> schedule(long delayNanos, Runnable task) {
        try {
            return timer.schedule(task, Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // the driver is closing: its loops fail what is still running
            return CompletableFuture.completedFuture(null);
        }
    }

    /** The driver's threads, for tests that bound them. */
    public List<Thread> threads() {
        List<Thread> threads = new java.util.ArrayList<>();
        for (EventLoop loop : loops) {
            threads.add(loop.thread());
        }
        return threads;
    }

    /** Fails the commands still running with {@link ClientClosedException}, closes every connection and stops the threads. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        ClientClosedException reason = new ClientClosedException("client is closed");
        for (EventLoop loop : loops) {
            loop.close(reason);
        }
        timer.shutdownNow();
    }
}
