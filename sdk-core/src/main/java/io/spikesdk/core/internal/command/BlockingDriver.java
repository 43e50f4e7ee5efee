package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.ClientClosedException;
import io.spikesdk.api.ConnectionException;
import io.spikesdk.core.internal.cluster.Cluster;
import io.spikesdk.core.internal.cluster.Node;
import io.spikesdk.core.internal.net.Connection;
import io.spikesdk.core.internal.net.ConnectionPool;
import io.spikesdk.core.internal.net.Frames;
import io.spikesdk.core.internal.protocol.Proto;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs a {@link Command} on the calling thread over the nodes' pooled blocking sockets: per attempt, borrow a
 * connection, encode the request into its buffer, write, read the reply frame by frame until the command says
 * it is complete, and return the connection to the pool after a complete exchange or close it after any doubt
 * about its state (an error in the middle of a multi-frame reply leaves unread frames: the connection is closed). Every decision (which node,
 * retry or not, which error) is the command's.
 */
public final class BlockingDriver {
    /** Per-thread command state, reused across commands (a nested command on the same thread gets its own). */
    private static final ThreadLocal<Command<?>> COMMANDS = ThreadLocal.withInitial(Command::new);

    private final Cluster cluster;

    public BlockingDriver(Cluster cluster) {
        this.cluster = cluster;
    }

    public <T> T execute(Request request, ResultHandler<T> handler) {
        Command<T> command = reusableCommand();
        command.start(cluster, request, handler);
        return run(command);
    }

    /**
     * Runs a command whose reply is read by {@code reply} (a batch's stream of frames).
     *
     * @param deadlineNanos the deadline to keep, or 0 to derive it from the policy
     * @param priorAttempts attempts already spent by the command this one was split from
     */
    public <T> T execute(CommandRequest request, ReplyHandler<T> reply, long deadlineNanos, int priorAttempts) {
        Command<T> command = reusableCommand();
        command.start(cluster, request, reply, deadlineNanos, priorAttempts);
        return run(command);
    }

    private static <T> T run(Command<T> command) {
        try {
            while (true) {
                if (attempt(command)) {
                    command.succeeded();
                    return command.result();
                }
                long delay = command.retryDelayNanos();
                if (delay < 0 || !pause(delay)) {
                    throw command.failure();
                }
            }
        } catch (RuntimeException e) {
            command.failed(e);
            throw e;
        } finally {
            command.finish();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Command<T> reusableCommand() {
        Command<T> command = (Command<T>) COMMANDS.get();
        return command.inUse() ? new Command<>() : command;
    }

    /** One attempt; true when it ended the command with a result. */
    private static boolean attempt(Command<?> command) {
        Node node = command.nextNode();
        if (node == null) {
            return false;
        }
        ConnectionPool pool = node.pool();
        Connection conn;
        try {
            conn = pool.borrow(command.connectionWaitNanos());
        } catch (IOException e) {
            command.connectFailed(e);
            return false;
        } catch (ConnectionException e) {
            command.poolRefused(e);
            return false;
        } catch (ClientClosedException e) {
            command.nodeClosed(e);
            return false;
        }
        try {
            conn.setTimeouts(command.socketTimeoutMs(), command.deadlineNanos());
            send(command, conn);
        } catch (IOException | RuntimeException e) {
            return exchangeFailed(command, pool, conn, e);
        }
        return receive(command, pool, conn);
    }

    /**
     * Closes the connection after a failed write or read and tells the command: a timeout or an I/O error ends
     * the attempt (false); an unreadable reply or anything unexpected ends the command (thrown).
     */
    private static boolean exchangeFailed(Command<?> command, ConnectionPool pool, Connection conn, Exception e) {
        pool.discard(conn);
        if (e instanceof SocketTimeoutException) {
            command.timedOut();
            return false;
        }
        if (e instanceof IOException io) {
            command.ioFailed(io);
            return false;
        }
        if (e instanceof AerospikeException ae) {
            throw command.transportFailed(ae);
        }
        throw (RuntimeException) e;
    }

    /** Reads the reply's frames until the command has what it needs; true when it ended the command. */
    private static boolean receive(Command<?> command, ConnectionPool pool, Connection conn) {
        while (true) {
            int bodyLength;
            try {
                bodyLength = Frames.read(conn, Proto.TYPE_MESSAGE);
            } catch (IOException | RuntimeException e) {
                return exchangeFailed(command, pool, conn, e);
            }
            Command.Progress progress;
            try {
                progress = command.response(conn.buffer(0), bodyLength);
            } catch (RuntimeException e) {
                if (Command.connectionSurvives(e)) {
                    pool.release(conn);
                } else {
                    pool.discard(conn);
                }
                throw e;
            }
            if (progress == Command.Progress.RETRY_CLOSE) {
                pool.discard(conn);
                return false;
            }
            if (progress != Command.Progress.MORE) {
                pool.release(conn);
                return progress == Command.Progress.DONE;
            }
        }
    }

    /** Encodes the request into the connection's buffer and writes it, compressed when the request says so. */
    private static void send(Command<?> command, Connection conn) throws IOException {
        CommandRequest request = command.request();
        byte[] buf = conn.buffer(request.frameSize());
        int length = request.writeTo(buf);
        byte[] compressed = request.compressed(buf, length);
        command.sending(compressed != null, compressed != null ? compressed.length : length);
        if (compressed != null) {
            conn.write(compressed, compressed.length);
        } else {
            conn.write(buf, length);
        }
        command.sent();
    }

    /** Waits between attempts; false when interrupted (the interrupt stays set and the command fails). */
    private static boolean pause(long nanos) {
        if (nanos == 0) {
            return true;
        }
        long end = System.nanoTime() + nanos;
        long remaining = nanos;
        while (remaining > 0) {
            LockSupport.parkNanos(remaining);
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                return false;
            }
            remaining = end - System.nanoTime();
        }
        return true;
    }
}
