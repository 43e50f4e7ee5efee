package io.spikesdk.core.internal.async;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.AsyncConfig;
import io.spikesdk.api.ClientClosedException;
import io.spikesdk.api.ConnectionException;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.cluster.Node;
import io.spikesdk.core.internal.command.AsyncStreams;
import io.spikesdk.core.internal.command.Command;
import io.spikesdk.core.internal.command.CommandRequest;
import io.spikesdk.core.internal.protocol.Proto;

import java.io.IOException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One streamed node command (a node's share of a scan or query round) on one event loop: a single attempt of the
 * {@link Command} state machine (the scan's rounds retry its partitions), holding a slot of the node's in-flight
 * bound and a connection for the whole reply. After each frame it asks its {@link AsyncStreams.Flow} whether to
 * read on; if not, the connection stops reading until {@link #resume()}. The socket timeout bounds the wait for
 * each frame while reading (not while paused); the call's deadline bounds everything.
 */
final class AsyncStream implements Exchange, NodeSlots.Waiter, AsyncStreams.Stream {
    private enum Phase { IDLE, WAITING_FOR_SLOT, CONNECTING, EXCHANGING, ENDED }

    private final AsyncDriver driver;
    private final EventLoop loop;
    private final Command<?> command;
    private final AsyncStreams.Flow flow;
    private final AtomicBoolean waiting = new AtomicBoolean();
    private Phase phase = Phase.IDLE;
    private Node node;
    private boolean holdsSlot;
    private AsyncConnection conn;
    private Future<?> timer;
    private boolean paused;
    private long lastFrameNanos;

    AsyncStream(AsyncDriver driver, EventLoop loop, Command<?> started, AsyncStreams.Flow flow) {
        this.driver = driver;
        this.loop = loop;
        this.command = started;
        this.flow = flow;
    }

    void start() {
        if (!loop.execute(() -> {
            loop.started(this);
            begin();
        })) {
            command.finish();
            flow.ended(this, new ClientClosedException("client is closed"));
        }
    }

    private void begin() {
        if (phase == Phase.ENDED) {
            return;
        }
        if (driver.closing()) {
            end(new ClientClosedException("client is closed"), false);
            return;
        }
        try {
            node = command.nextNode();
            if (node == null) {
                end(command.failure(), false);
            } else if (driver.slots().tryAcquire(node)) {
                holdsSlot = true;
                connect();
            } else if (driver.config().atLimit() == AsyncConfig.AtLimit.WAIT) {
                phase = Phase.WAITING_FOR_SLOT;
                waiting.set(true);
                timer = driver.schedule(command.connectionWaitNanos(), () -> loop.execute(() -> {
                    if (phase == Phase.WAITING_FOR_SLOT && claim()) {
                        refused("waited " + command.connectionWaitNanos() / 1_000_000 + " ms in vain for one");
                    }
                }));
                driver.slots().await(node, this);
            } else {
                refused("AsyncConfig.atLimit is REJECT");
            }
        } catch (RuntimeException e) {
            end(e, false);
        }
    }

    private void refused(String what) {
        command.poolRefused(new ConnectionException(ResultCode.NO_MORE_CONNECTIONS, "node " + node + " has "
            + driver.slots().max() + " commands in flight (AsyncConfig.maxCommandsPerNode): " + what, node.name(),
            false, 1, null));
        end(command.failure(), false);
    }

    @Override
    public boolean claim() {
        return waiting.compareAndSet(true, false);
    }

    @Override
    public void granted() {
        if (!loop.execute(this::slotGranted)) {
            driver.slots().release(node);
        }
    }

    private void slotGranted() {
        holdsSlot = true;
        cancelTimer();
        if (phase == Phase.ENDED) {
            releaseSlot();
            return;
        }
        phase = Phase.IDLE;
        try {
            connect();
        } catch (RuntimeException e) {
            end(e, false);
        }
    }

    private void connect() {
        if (!node.isActive()) {
            try {
                command.nodeClosed(new ClientClosedException("node " + node + " left the cluster"));
                end(command.failure(), false);
            } catch (ClientClosedException e) {
                end(e, false);
            }
            return;
        }
        armTimer();
        AsyncConnection pooled = loop.idleConnection(node);
        if (pooled != null) {
            conn = pooled;
            send();
            return;
        }
        phase = Phase.CONNECTING;
        try {
            conn = AsyncConnection.open(loop, node, this);
        } catch (IOException e) {
            command.connectFailed(e);
            end(command.failure(), false);
        }
    }

    /** One timer, re-armed for the next moment the socket timeout or the deadline could pass. */
    private void armTimer() {
        lastFrameNanos = System.nanoTime();
        long wait = nextCheckNanos(lastFrameNanos);
        if (wait >= 0) {
            timer = driver.schedule(wait, () -> loop.execute(this::checkTimeout));
        }
    }

    /** Nanos from {@code now} to the next timeout check, or -1 when nothing bounds the stream. */
    private long nextCheckNanos(long now) {
        long socket = command.socketTimeoutMs() * 1_000_000L;
        long deadline = command.deadlineNanos();
        long wait = -1;
        if (socket > 0 && !paused) {
            wait = Math.max(0, lastFrameNanos + socket - now);
        } else if (phase == Phase.CONNECTING || phase == Phase.IDLE) {
            wait = driver.connectTimeoutNanos();
        }
        if (deadline != 0) {
            long left = Math.max(0, deadline - now);
            wait = wait < 0 ? left : Math.min(wait, left);
        }
        if (wait < 0 && paused) {
            // paused without a deadline: checked again when reading resumes
            return -1;
        }
        return wait;
    }

    private void checkTimeout() {
        timer = null;
        if (phase != Phase.CONNECTING && phase != Phase.EXCHANGING) {
            return;
        }
        long now = System.nanoTime();
        long deadline = command.deadlineNanos();
        long socket = command.socketTimeoutMs() * 1_000_000L;
        boolean expired = (deadline != 0 && now - deadline >= 0)
            || (!paused && socket > 0 && now - lastFrameNanos >= socket)
            || (phase == Phase.CONNECTING && socket == 0 && deadline == 0
                && now - lastFrameNanos >= driver.connectTimeoutNanos());
        if (expired) {
            command.timedOut();
            end(command.failure(), false);
            return;
        }
        long wait = nextCheckNanos(now);
        if (wait >= 0) {
            timer = driver.schedule(Math.max(wait, 1_000_000L), () -> loop.execute(this::checkTimeout));
        }
    }

    @Override
    public void connected(AsyncConnection connection) {
        if (phase != Phase.CONNECTING || connection != conn) {
            connection.close();
            return;
        }
        send();
    }

    private void send() {
        phase = Phase.EXCHANGING;
        lastFrameNanos = System.nanoTime();
        byte[] frame;
        int length;
        try {
            CommandRequest request = command.request();
            frame = new byte[request.frameSize()];
            length = request.writeTo(frame);
            command.sending(false, length);
        } catch (RuntimeException e) {
            end(e, true);
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
        if (phase != Phase.EXCHANGING) {
            return false;
        }
        if (type != Proto.TYPE_MESSAGE) {
            malformed(new AerospikeException(ResultCode.PARSE_ERROR,
                "unexpected proto type " + type + " (expected " + Proto.TYPE_MESSAGE + ")"));
            return false;
        }
        lastFrameNanos = System.nanoTime();
        Command.Progress progress;
        try {
            progress = command.response(frame, bodyLength);
        } catch (RuntimeException e) {
            end(e, Command.connectionSurvives(e));
            return false;
        }
        switch (progress) {
            case MORE:
                if (!flow.wantsMore()) {
                    pause();
                }
                return true;
            case DONE:
                end(null, true);
                return false;
            case RETRY:
                end(command.failure(), true);
                return false;
            default:
                end(command.failure(), false);
                return false;
        }
    }

    private void pause() {
        paused = true;
        conn.pauseReading();
        flow.paused(this);
        // the flow's demand may have grown since it answered: without this, nobody would resume the stream
        if (flow.wantsMore()) {
            unpause();
        }
    }

    @Override
    public void resume() {
        loop.execute(() -> {
            if (paused && phase == Phase.EXCHANGING) {
                if (flow.wantsMore()) {
                    unpause();
                } else {
                    // the demand was taken meanwhile: wait for the next resume, as a new pause does
                    flow.paused(this);
                    if (flow.wantsMore()) {
                        unpause();
                    }
                }
            }
        });
    }

    private void unpause() {
        paused = false;
        lastFrameNanos = System.nanoTime();
        if (timer == null) {
            armTimer();
        }
        conn.resumeReading();
    }

    @Override
    public void cancel() {
        loop.execute(() -> {
            if (phase != Phase.ENDED) {
                // a waiter handed a slot meanwhile (claim fails) gets it in slotGranted, which releases it
                claim();
                finish(false);
                command.finish();
            }
        });
    }

    @Override
    public void failed(IOException e) {
        boolean connecting = phase == Phase.CONNECTING;
        conn = null;
        if (connecting) {
            command.connectFailed(e);
        } else {
            command.ioFailed(e);
        }
        end(command.failure(), false);
    }

    @Override
    public void malformed(AerospikeException e) {
        conn = null;
        end(command.transportFailed(e), false);
    }

    @Override
    public void abort(RuntimeException reason) {
        end(reason, false);
    }

    /** Ends the stream: {@code failure} null for a complete reply; {@code keep}: the connection goes back to the pool. */
    private void end(RuntimeException failure, boolean keep) {
        if (phase == Phase.ENDED) {
            return;
        }
        finish(keep);
        if (failure == null) {
            command.succeeded(); // the metrics listener, if any, runs here on the event loop: it must not block
        } else {
            command.failed(failure);
        }
        command.finish();
        flow.ended(this, failure);
    }

    private void finish(boolean keep) {
        phase = Phase.ENDED;
        cancelTimer();
        if (conn != null) {
            if (keep && !paused) {
                loop.release(conn);
            } else {
                conn.abandon();
            }
            conn = null;
        }
        releaseSlot();
        loop.ended(this);
    }

    private void releaseSlot() {
        if (holdsSlot) {
            holdsSlot = false;
            driver.slots().release(node);
        }
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }
}
