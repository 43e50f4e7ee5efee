package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.ClientClosedException;
import io.spikesdk.api.CommandTimeoutException;
import io.spikesdk.api.ConnectionException;
import io.spikesdk.api.Policy;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.Log;
import io.spikesdk.core.internal.cluster.Cluster;
import io.spikesdk.core.internal.cluster.Node;
import io.spikesdk.core.internal.cluster.NodeMetrics;
import io.spikesdk.core.internal.net.Connection;
import io.spikesdk.core.internal.net.Frames;
import io.spikesdk.core.internal.protocol.Proto;

import java.io.IOException;
import java.net.SocketTimeoutException;

/**
 * Runs a {@link Request} with the policy's timeouts and retries.
 *
 * <p>Each attempt picks a node for the key per the policy's replica (the next replica on each retry,
 * see {@code Router}), checks the node's circuit breaker, borrows a pooled connection, sends, reads the
 * whole response and hands it to a {@link ResultHandler}. A socket timeout, an I/O error,
 * NO_MORE_CONNECTIONS, no owning node, a node refused by its breaker (MAX_ERROR_RATE) or that left the
 * cluster, or a server TIMEOUT / KEY_BUSY / DEVICE_OVERLOAD / PARTITION_UNAVAILABLE is retried while
 * {@code attempts <= maxRetries} and the total timeout leaves time for the next attempt after
 * {@code sleepBetweenRetries} (not slept after a client-side timeout). A write that may have reached the
 * server before failing is reported {@code inDoubt}. Every attempt updates the node's {@link NodeMetrics}.
 */
public final class Executor {
    private static final Log LOG = Log.named("core.command");
    /** Per-thread attempt state, reused across commands (a nested command on the same thread gets its own). */
    private static final ThreadLocal<Attempt> ATTEMPT = ThreadLocal.withInitial(Attempt::new);

    private final Cluster cluster;

    public Executor(Cluster cluster) {
        this.cluster = cluster;
    }

    public <T> T execute(Request req, ResultHandler<T> handler) {
        if (cluster.isClosed()) {
            throw new ClientClosedException("client is closed");
        }
        Policy p = req.policy;
        int socketTimeout = Math.max(0, p.socketTimeout());
        int totalTimeout = Math.max(0, p.totalTimeout());
        if (totalTimeout > 0 && (socketTimeout == 0 || socketTimeout > totalTimeout)) {
            socketTimeout = totalTimeout;
        }
        long deadline = totalTimeout > 0 ? System.nanoTime() + totalTimeout * 1_000_000L : 0;
        int maxRetries = Math.max(0, p.maxRetries());
        int sleepMs = Math.max(0, p.sleepBetweenRetries());
        Attempt a = ATTEMPT.get();
        if (a.inUse) {
            a = new Attempt();
        }
        a.start();
        try {
            return run(req, handler, a, socketTimeout, deadline, maxRetries, sleepMs);
        } finally {
            a.finish();
        }
    }

    private <T> T run(Request req, ResultHandler<T> handler, Attempt a, int socketTimeout, long deadline,
                      int maxRetries, int sleepMs) {
        Policy p = req.policy;
        int start = cluster.sequenceStart(p, req.isWrite());
        for (int attempt = 0; ; attempt++) {
            a.clientTimeout = false;
            a.compressed = false;
            a.attempts = attempt + 1;
            T result = attempt(req, handler, start + attempt, socketTimeout, deadline, a);
            if (a.done) {
                return result;
            }
            if (attempt >= maxRetries) {
                break;
            }
            if (deadline != 0 && deadline - System.nanoTime() - sleepMs * 1_000_000L <= 0) {
                break;
            }
            if (LOG.debugEnabled()) {
                LOG.debug("retrying " + req.key + " after attempt " + a.attempts + ": "
                        + (a.clientTimeout ? "client timeout" : String.valueOf(a.last)));
            }
            if (!a.clientTimeout && sleepMs > 0 && !sleep(sleepMs)) {
                break;
            }
        }
        if (a.clientTimeout) {
            throw new CommandTimeoutException("client timeout after " + a.attempts + " attempt(s) (socketTimeout "
                    + p.socketTimeout() + " ms, totalTimeout " + p.totalTimeout() + " ms)",
                    a.nodeName(), a.inDoubt, a.attempts, true, null);
        }
        throw AerospikeException.create(a.last.resultCode(), a.last.detail(), a.nodeName(), a.inDoubt, a.attempts, a.last);
    }

    /** One attempt; sets {@code a.done} on success, else records why it failed (or throws when final). */
    private <T> T attempt(Request req, ResultHandler<T> handler, int sequence, int socketTimeout, long deadline,
                          Attempt a) {
        Node node;
        try {
            node = cluster.node(req.key, req.policy, sequence, req.isWrite());
        } catch (AerospikeException e) {
            if (e.resultCode() != ResultCode.INVALID_NODE_ERROR) {
                throw e;
            }
            a.last = e;
            return null;
        }
        a.node = node;
        NodeMetrics metrics = node.metrics();
        int maxErrorRate = cluster.config().maxErrorRate();
        if (!metrics.admit(maxErrorRate)) {
            metrics.rejected();
            a.last = AerospikeException.create(ResultCode.MAX_ERROR_RATE, "node " + node.name() + " had more than "
                    + maxErrorRate + " errors in the current window of " + cluster.config().errorRateWindow()
                    + " tend(s) (ClientConfig.maxErrorRate): failing fast", node.name(), a.inDoubt, a.attempts);
            return null;
        }
        Connection conn;
        try {
            conn = node.pool().borrow(waitNanos(socketTimeout, deadline));
        } catch (IOException e) {
            metrics.failed();
            a.last = new ConnectionException(ResultCode.SERVER_NOT_AVAILABLE,
                    "cannot connect to node " + node + ": " + e.getMessage(), node.name(), false, a.attempts, e);
            return null;
        } catch (ConnectionException e) {
            metrics.rejected();
            a.last = e;
            return null;
        } catch (ClientClosedException e) {
            if (cluster.isClosed()) {
                throw e;
            }
            a.last = new ConnectionException(ResultCode.SERVER_NOT_AVAILABLE, "node " + node + " left the cluster",
                    node.name(), false, a.attempts, null);
            return null;
        }
        boolean sent = false;
        int length;
        int rc;
        try {
            conn.setTimeouts(socketTimeout, deadline);
            metrics.sent();
            a.compressed = req.send(conn);
            sent = true;
            length = Frames.read(conn, Proto.TYPE_MESSAGE);
            rc = ResponseParser.resultCode(conn.buffer(0), length);
        } catch (SocketTimeoutException e) {
            node.pool().discard(conn);
            metrics.timedOut();
            a.clientTimeout = true;
            a.inDoubt |= req.isWrite() && sent;
            return null;
        } catch (IOException e) {
            node.pool().discard(conn);
            metrics.failed();
            a.inDoubt |= req.isWrite() && sent;
            a.last = new ConnectionException(ResultCode.SERVER_NOT_AVAILABLE,
                    "connection to node " + node + " failed: " + e.getMessage(), node.name(), false, a.attempts, e);
            return null;
        } catch (AerospikeException e) {
            node.pool().discard(conn);
            a.inDoubt |= req.isWrite() && sent;
            throw AerospikeException.create(e.resultCode(), e.detail(), node.name(), a.inDoubt, a.attempts, e);
        } catch (RuntimeException e) {
            node.pool().discard(conn);
            throw e;
        }
        if (isRetryable(rc)) {
            node.pool().release(conn);
            countServerError(metrics, rc);
            a.inDoubt |= req.isWrite() && rc == ResultCode.TIMEOUT.code();
            a.last = a.of(rc);
            return null;
        }
        T result;
        try {
            result = handler.handle(req, conn.buffer(0), length, rc, a);
        } catch (AerospikeException e) {
            if (e.resultCode() == ResultCode.PARSE_ERROR) {
                node.pool().discard(conn);
                throw AerospikeException.create(e.resultCode(), e.detail(), node.name(), a.inDoubt, a.attempts, e);
            }
            node.pool().release(conn);
            throw e;
        } catch (RuntimeException e) {
            node.pool().discard(conn);
            throw e;
        }
        node.pool().release(conn);
        a.done = true;
        return result;
    }

    /** Server TIMEOUT and DEVICE_OVERLOAD count towards the breaker (as the official client); the others do not. */
    private static void countServerError(NodeMetrics metrics, int rc) {
        if (rc == ResultCode.TIMEOUT.code()) {
            metrics.timedOut();
        } else if (rc == ResultCode.DEVICE_OVERLOAD.code()) {
            metrics.failed();
        } else {
            metrics.rejected();
        }
    }

    /** How long an attempt may wait for a pooled connection. */
    private long waitNanos(int socketTimeout, long deadline) {
        long wait = socketTimeout > 0 ? socketTimeout * 1_000_000L : cluster.config().connectTimeout().toNanos();
        if (deadline != 0) {
            wait = Math.min(wait, deadline - System.nanoTime());
        }
        return Math.max(0, wait);
    }

    /** Whether a server's result code is worth another attempt, as {@link ResultCode#retryable()} decides. */
    static boolean isRetryable(int rc) {
        if (rc == 0) {
            return false;
        }
        ResultCode code = ResultCode.fromCode(rc);
        return code != null && code.retryable();
    }

    private static boolean sleep(int ms) {
        try {
            Thread.sleep(ms);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** State carried across the attempts of one command. */
    private static final class Attempt implements ResultHandler.Errors {
        boolean inUse;
        int attempts;
        boolean done;
        boolean clientTimeout;
        boolean inDoubt;
        boolean compressed;
        Node node;
        AerospikeException last;

        void start() {
            inUse = true;
            attempts = 0;
            done = false;
            clientTimeout = false;
            inDoubt = false;
            compressed = false;
            node = null;
            last = null;
        }

        /** Drops the references of the finished command, so that a thread does not keep them alive. */
        void finish() {
            node = null;
            last = null;
            inUse = false;
        }

        String nodeName() {
            return node == null ? null : node.name();
        }

        @Override
        public AerospikeException of(int resultCode) {
            ResultCode code = ResultCode.fromCode(resultCode);
            String detail = code == null ? "server result code " + resultCode : null;
            if (code == ResultCode.ENTERPRISE_ONLY && compressed) {
                detail = "the server refused a compressed request (Policy.compress): compression needs an Enterprise "
                        + "server; Community Edition answers 25 (ENTERPRISE_ONLY)";
            }
            return AerospikeException.create(code == null ? ResultCode.SERVER_ERROR : code, detail, nodeName(), inDoubt,
                    attempts);
        }
    }
}
