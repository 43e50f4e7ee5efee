package io.spikesdk.core.internal.async;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.AsyncConfig;
import io.spikesdk.api.ClientClosedException;
import io.spikesdk.api.ConnectionException;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.cluster.Node;
import io.spikesdk.core.internal.command.Command;
import io.spikesdk.core.internal.command.CommandRequest;
import io.spikesdk.core.internal.command.Request;
import io.spikesdk.core.internal.protocol.Proto;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;

/**
 * One command run by the {@link AsyncDriver}: the {@link Command} state machine's cycle (see its Javadoc) as
 * callbacks on one event loop. Per attempt: the node, a slot of the node's in-flight bound, a pooled or new
 * connection, the request written, reply frames handed to the command. The attempt's timer (socket timeout within
 * the deadline) is the command itself on its loop's {@link TimerWheel}; the rarer delays (a retry's, a wait for a
 * slot) run on the driver's one timer thread, which only hands the event back to the loop. The future completes on
 * the loop, or, for a command started with a completion executor, is completed by that executor (the command
 * itself is the task: no relay future, no lambda).
 *
 * <p>As a {@link Runnable} the command is, before it settles, its own first attempt (queued by {@link #start}) and,
 * after, the completion of its future (handed to the completion executor).
 */
final class AsyncCommand<T> extends TimerWheel.Timeout implements Exchange, NodeSlots.Waiter, Runnable {
    private enum Phase { IDLE, WAITING_FOR_SLOT, CONNECTING, EXCHANGING }

    private static final VarHandle WAITING;

    static {
        try {
            WAITING = MethodHandles.lookup().findVarHandle(AsyncCommand.class, "waiting", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final AsyncDriver driver;
    private final EventLoop loop;
    private final Command<T> command;
    private final CompletableFuture<T> future = new CompletableFuture<>();
    /** Where the future completes; null: on the loop. */
    private final Executor completions;
    @SuppressWarnings("unused") // through WAITING
    private volatile boolean waiting;
    /** The command has its outcome (the future may complete later, on the completion executor). Loop only. */
    private boolean settled;
    private T outcome;
    private Throwable failure;
    private Phase phase = Phase.IDLE;
    private int attempt;
    private Node node;
    private boolean holdsSlot;
    private AsyncConnection conn;
    private Future<?> timer;
    /** Whether the command may travel in an {@link AutoBatch} ({@link AsyncConfig#autoBatch()}). */
    private final boolean batchable;
    /** The batch carrying the current attempt, or null. */
    private AutoBatch batch;

    /** @param completions where the future completes, or null for the loop */
    AsyncCommand(AsyncDriver driver, EventLoop loop, Command<T> started, Executor completions) {
        this.driver = driver;
        this.loop = loop;
        this.command = started;
        this.completions = completions;
        this.batchable = driver.config().autoBatch() && started.request() instanceof Request single
            && single.batchable();
    }

    CompletableFuture<T> future() {
        return future;
    }

    /** Queues the first attempt on the loop. */
    void start() {
        if (!loop.execute(this)) {
            command.finish();
            settled = true;
            deliver(null, new ClientClosedException("client is closed"));
        }
    }

    /** Before the command settles: its first attempt, on the loop. After: its future's completion. */
    @Override
    public void run() {
        if (!settled) {
            loop.started(this);
            attempt();
        } else if (failure == null) {
            future.complete(outcome);
        } else {
            future.completeExceptionally(failure);
        }
    }

    private void attempt() {
        if (settled) {
            return;
        }
        if (driver.closing()) {
            fail(new ClientClosedException("client is closed"));
            return;
        }
        try {
            attempt++;
            node = command.nextNode();
            if (node == null) {
                retry();
                return;
            }
            if (driver.slots().tryAcquire(node)) {
                holdsSlot = true;
                connect();
            } else if (driver.config().atLimit() == AsyncConfig.AtLimit.WAIT) {
                phase = Phase.WAITING_FOR_SLOT;
                WAITING.setVolatile(this, true);
                int waitingAttempt = attempt;
                timer = driver.schedule(command.connectionWaitNanos(), () -> loop.execute(() -> {
                    if (attempt == waitingAttempt && phase == Phase.WAITING_FOR_SLOT && claim()) {
                        phase = Phase.IDLE;
                        refused("waited " + command.connectionWaitNanos() / 1_000_000 + " ms in vain for one");
                    }
                }));
                driver.slots().await(node, this);
            } else {
                refused("AsyncConfig.atLimit is REJECT");
            }
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    private void refused(String what) {
        command.poolRefused(new ConnectionException(ResultCode.NO_MORE_CONNECTIONS, "node " + node + " has "
            + driver.slots().max() + " commands in flight (AsyncConfig.maxCommandsPerNode): " + what, node.name(),
            false, attempt, null));
        retry();
    }

    @Override
    public boolean claim() {
        return WAITING.compareAndSet(this, true, false);
    }

    @Override
    public void granted() {
        if (!loop.execute(this::slotGranted)) {
            driver.slots().release(node);
        }
    }

    private void slotGranted() {
        holdsSlot = true;
        phase = Phase.IDLE;
        cancelTimer();
        if (settled) {
            endAttempt(false);
            return;
        }
        try {
            connect();
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    /**
     * With a slot: a batchable command arms its timer and joins its loop's batch for the node and policy (sent when
     * the loop's pass ends); anything else arms the attempt's timer and sends on a pooled connection, or opens one.
     */
    private void connect() {
        if (!node.isActive()) {
            endAttempt(false);
            command.nodeClosed(new ClientClosedException("node " + node + " left the cluster"));
            retry();
            return;
        }
        if (batchable) {
            phase = Phase.EXCHANGING;
            armTimer(false);
            CommandRequest request = command.request();
            batch = loop.autoBatch(this, node, request.policy(), request.frameSize());
            return;
        }
        connectAlone();
    }

    private void connectAlone() {
        AsyncConnection pooled = loop.idleConnection(node);
        if (pooled != null) {
            conn = pooled;
            armTimer(false);
            send();
            return;
        }
        phase = Phase.CONNECTING;
        armTimer(true);
        try {
            conn = AsyncConnection.open(loop, node, this);
        } catch (IOException e) {
            endAttempt(false);
            command.connectFailed(e);
            retry();
        }
    }

    /** The attempt's timer: the socket timeout within the deadline; without either, only a connect is bounded. */
    private void armTimer(boolean connecting) {
        long timeout = command.socketTimeoutMs() * 1_000_000L;
        long deadline = command.deadlineNanos();
        if (deadline != 0) {
            long left = Math.max(0, deadline - System.nanoTime());
            timeout = timeout == 0 ? left : Math.min(timeout, left);
        } else if (timeout == 0) {
            if (!connecting) {
                return;
            }
            timeout = driver.connectTimeoutNanos();
        }
        loop.arm(this, System.nanoTime() + timeout);
    }

    /** The attempt's timer, on the loop; ending the attempt disarms it, so it is always the current attempt's. */
    @Override
    void expired() {
        if (settled || (phase != Phase.CONNECTING && phase != Phase.EXCHANGING)) {
            return;
        }
        endAttempt(false);
        command.timedOut();
        retry();
    }

    @Override
    public void connected(AsyncConnection connection) {
        if (phase != Phase.CONNECTING || connection != conn) {
            connection.close();
            return;
        }
        if (command.socketTimeoutMs() == 0 && command.deadlineNanos() == 0) {
            cancelTimer();
        }
        send();
    }

    private void send() {
        phase = Phase.EXCHANGING;
        byte[] frame;
        int length;
        try {
            CommandRequest request = command.request();
            frame = conn.requestBuffer(request.frameSize());
            length = request.writeTo(frame);
            byte[] compressed = request.compressed(frame, length);
            if (compressed != null) {
                frame = compressed;
                length = compressed.length;
            }
            command.sending(compressed != null, length);
        } catch (RuntimeException e) {
            endAttempt(true);
            fail(e);
            return;
        }
        conn.send(this, frame, length);
    }

    @Override
    public void written() {
        command.sent();
    }

    @Override
    public boolean frame(int type, byte[] frame, int bodyLength) {
        if (type != Proto.TYPE_MESSAGE) {
            malformed(new AerospikeException(ResultCode.PARSE_ERROR,
                "unexpected proto type " + type + " (expected " + Proto.TYPE_MESSAGE + ")"));
            return false;
        }
        return reply(frame, bodyLength);
    }

    /** A reply frame of the attempt (alone, or the command's row of a batch): true when another frame follows. */
    private boolean reply(byte[] frame, int bodyLength) {
        Command.Progress progress;
        try {
            progress = command.response(frame, bodyLength);
        } catch (RuntimeException e) {
            endAttempt(Command.connectionSurvives(e));
            fail(e);
            return false;
        }
        switch (progress) {
            case MORE:
                return true;
            case DONE:
                T result = command.result();
                endAttempt(true);
                complete(result);
                return false;
            case RETRY_CLOSE:
                // the server refused the connection's session: the retry opens a connection that logs in again
                endAttempt(false);
                retry();
                return false;
            default:
                endAttempt(true);
                retry();
                return false;
        }
    }

    @Override
    public void failed(IOException e) {
        conn = null;
        attemptFailed(e, phase == Phase.CONNECTING);
    }

    /** Connecting, or writing or reading on the connection, failed: the attempt ends, the command may retry. */
    private void attemptFailed(IOException e, boolean connecting) {
        endAttempt(false);
        if (connecting) {
            command.connectFailed(e);
        } else {
            command.ioFailed(e);
        }
        retry();
    }

    @Override
    public void malformed(AerospikeException e) {
        conn = null;
        endAttempt(false);
        fail(command.transportFailed(e));
    }

    @Override
    public void openRefused(AerospikeException e) {
        conn = null;
        endAttempt(false);
        fail(e);
    }

    @Override
    public void abort(RuntimeException reason) {
        if (conn != null) {
            conn.abandon();
            conn = null;
        }
        fail(reason);
    }

    boolean isWrite() {
        return command.request().isWrite();
    }

    /** The command's request, for the batch that carries it. */
    CommandRequest request() {
        return command.request();
    }

    /** The batch opens a connection for this attempt: bound the connect as a lone attempt would. */
    void batchConnecting() {
        armTimer(true);
    }

    /** The batch frame carrying this command is about to be written; {@code share}: its part of the bytes. */
    void batchSending(int share) {
        command.sending(false, share);
    }

    void batchWritten() {
        command.sent();
    }

    /** The server's answer to this command: its row of the batch reply, as a frame (AS_MSG at offset 8). */
    void batchAnswered(byte[] row, int bodyLength) {
        batch = null;
        if (reply(row, bodyLength)) {
            // a single-record reply has one frame, and so has its row
            malformed(new AerospikeException(ResultCode.PARSE_ERROR, "batch row did not end the command"));
        }
    }

    /**
     * The batch did not carry this command (it was alone in the pass, the server refused the batch as a whole before
     * running any row, or the batch ended without this read's row): the attempt goes on alone.
     */
    void batchDeclined(AutoBatch from) {
        if (batch != from || settled) {
            return; // the attempt ended meanwhile (its timeout)
        }
        batch = null;
        connectAlone();
    }

    /** Opening the batch's connection, or writing or reading on it, failed. */
    void batchFailed(IOException e, boolean connecting) {
        batch = null;
        attemptFailed(e, connecting);
    }

    /** The batch's reply could not be read, or its connection was refused for good. */
    void batchFailed(AerospikeException e, boolean transport) {
        batch = null;
        endAttempt(false);
        fail(transport ? command.transportFailed(e) : e);
    }

    /** Ends the attempt: its timer, its connection (back to the pool when {@code keep}, else closed) and its slot. */
    private void endAttempt(boolean keep) {
        cancelTimer();
        phase = Phase.IDLE;
        if (batch != null) {
            batch.leave(this);
            batch = null;
        }
        if (conn != null) {
            if (keep) {
                loop.release(conn);
            } else {
                conn.abandon();
            }
            conn = null;
        }
        if (holdsSlot) {
            holdsSlot = false;
            driver.slots().release(node);
        }
    }

    private void cancelTimer() {
        loop.disarm(this);
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    private void retry() {
        long delay;
        try {
            delay = command.retryDelayNanos();
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        if (delay < 0) {
            fail(command.failure());
        } else if (delay == 0) {
            loop.execute(this::attempt);
        } else {
            driver.schedule(delay, () -> loop.execute(this::attempt));
        }
    }

    private void complete(T result) {
        settled = true;
        loop.ended(this);
        command.succeeded(); // the metrics listener, if any, runs here on the event loop: it must not block
        command.finish();
        deliver(result, null);
    }

    private void fail(Throwable e) {
        if (settled) {
            return;
        }
        settled = true;
        endAttempt(false);
        loop.ended(this);
        if (e instanceof RuntimeException runtime) {
            command.failed(runtime);
        }
        command.finish();
        deliver(null, e);
    }

    /** Completes the future here (on the loop) or through the completion executor (in place if it refuses). */
    private void deliver(T result, Throwable error) {
        if (completions == null) {
            if (error == null) {
                future.complete(result);
            } else {
                future.completeExceptionally(error);
            }
            return;
        }
        outcome = result;
        failure = error;
        try {
            completions.execute(this);
        } catch (RejectedExecutionException e) {
            run();
        }
    }
}
