package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.AuthenticationException;
import io.spikesdk.api.ClientClosedException;
import io.spikesdk.api.CommandTimeoutException;
import io.spikesdk.api.ConnectionException;
import io.spikesdk.api.Policy;
import io.spikesdk.api.Host;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.metrics.CommandOutcome;
import io.spikesdk.api.metrics.CommandType;
import io.spikesdk.api.metrics.MetricsListener;
import io.spikesdk.core.internal.Log;
import io.spikesdk.core.internal.cluster.Cluster;
import io.spikesdk.core.internal.cluster.Node;
import io.spikesdk.core.internal.cluster.NodeMetrics;
import io.spikesdk.core.internal.security.AuthenticationErrors;
import io.spikesdk.core.internal.security.SessionKeeper;
import io.spikesdk.core.internal.protocol.Proto;

import java.io.IOException;

/**
 * The attempts of one command, as a state machine that knows nothing of sockets or threads: it routes each
 * attempt, classifies how the attempt ended, and decides whether, when and where to try again; a driver
 * moves the bytes ({@link BlockingDriver} over pooled sockets; a non-blocking driver can run the same
 * machine). It also keeps the deadline, the in-doubt flag and every node's {@link NodeMetrics}.
 *
 * <p>A driver's cycle, per attempt:
 * <ol>
 *   <li>{@link #nextNode()}: the node for this attempt, or {@code null} when the attempt already failed
 *       (no owning node, a refusing circuit breaker);</li>
 *   <li>get a connection within {@link #connectionWaitNanos()}, or report {@link #connectFailed},
 *       {@link #poolRefused} or {@link #nodeClosed};</li>
 *   <li>encode the {@link #request()}, call {@link #sending}, write, call {@link #sent()}, read the reply with
 *       {@link #socketTimeoutMs()} and {@link #deadlineNanos()}; report {@link #timedOut()},
 *       {@link #ioFailed} or {@link #transportFailed}, or hand each reply frame to {@link #response}
 *       ({@link Progress#DONE}: {@link #result()} holds the result; {@link Progress#MORE}: read the next frame
 *       of the same reply; {@link Progress#RETRY}: the attempt failed);</li>
 *   <li>otherwise {@link #retryDelayNanos()}: wait that long and start the next attempt, or, when it is
 *       negative, throw {@link #failure()}.</li>
 * </ol>
 *
 * <p>Retried: a client-side socket timeout, an I/O error, no connection available, no owning node, a
 * refusing breaker, a node that left the cluster, and the server codes {@link ResultCode#retryable()}
 * names, and a refused login session (NOT_AUTHENTICATED, EXPIRED_SESSION) when the client logs in; while
 * {@code attempts <= maxRetries} and the total timeout leaves room for the next attempt after
 * {@code sleepBetweenRetries} (not slept after a client-side timeout). Each retry goes to the next replica
 * ({@code Router}). A write that may have reached the server before failing is reported {@code inDoubt}.
 *
 * <p>The request says where each attempt goes ({@link CommandRequest#node}): a single-record request by its
 * key, a batch request to the node of its keys (re-split on a retry). The reply is consumed by a
 * {@link ReplyHandler}, frame by frame, so a batch's stream of frames runs through the same cycle.
 *
 * <p>Not thread-safe; one command at a time. A driver may reuse an instance for the next command after
 * {@link #finish()}.
 */
public final class Command<T> implements ResultHandler.Errors {
    private static final Log LOG = Log.named("core.command");

    /** How a reply frame left the attempt. */
    public enum Progress {
        /** The command ended with a result. */
        DONE,
        /** The reply continues in another frame: read it. */
        MORE,
        /** The attempt failed with a retryable code: go on with {@link #retryDelayNanos()}. */
        RETRY,
        /**
         * The server refused the connection's login session (NOT_AUTHENTICATED, EXPIRED_SESSION): close the
         * connection, then go on with {@link #retryDelayNanos()}; the node renews its session on a new connection.
         */
        RETRY_CLOSE
    }

    private final SingleFrame<T> single = new SingleFrame<>();
    private final Outcome outcome = new Outcome();
    private Cluster cluster;
    private CommandRequest request;
    private ReplyHandler<T> reply;
    private int socketTimeoutMs;
    private long deadlineNanos;
    private int maxRetries;
    private int sleepMs;
    private int sequenceStart;

    private boolean inUse;
    private int attempts;
    private boolean sent;
    private boolean clientTimeout;
    private boolean inDoubt;
    private boolean compressed;
    private Node node;
    private AerospikeException last;
    private T result;

    /** The config's listener, or null: then nothing below is measured. */
    private MetricsListener metrics;
    private long startNanos;
    private long latencyNanos;
    private long bytesSent;
    private long bytesReceived;
    private int replyCode;
    private int endCode;
    private boolean failed;
    private boolean endTimedOut;

    /**
     * Starts a command: derives the attempt timeout, the deadline and the retry budget from the request's
     * policy.
     *
     * @throws ClientClosedException when the cluster is closed
     */
    public Command<T> start(Cluster cluster, Request request, ResultHandler<T> handler) {
        single.request = request;
        single.handler = handler;
        return start(cluster, request, single, 0, 0);
    }

    /**
     * Starts a command whose reply is read by {@code reply}.
     *
     * @param deadlineNanos the deadline to keep ({@code System.nanoTime()}), or 0 to derive it from the policy's
     *     total timeout
     * @param priorAttempts attempts already spent on this work by a command it was split from (0 for a new one)
     * @throws ClientClosedException when the cluster is closed
     */
    public Command<T> start(Cluster cluster, CommandRequest request, ReplyHandler<T> reply, long deadlineNanos,
                            int priorAttempts) {
        if (cluster.isClosed()) {
            throw new ClientClosedException("client is closed");
        }
        this.cluster = cluster;
        this.request = request;
        this.reply = reply;
        Policy p = request.policy();
        int socketTimeout = Math.max(0, p.socketTimeout());
        int totalTimeout = Math.max(0, p.totalTimeout());
        if (totalTimeout > 0 && (socketTimeout == 0 || socketTimeout > totalTimeout)) {
            socketTimeout = totalTimeout;
        }
        socketTimeoutMs = socketTimeout;
        if (deadlineNanos != 0) {
            this.deadlineNanos = deadlineNanos;
        } else {
            this.deadlineNanos = totalTimeout > 0 ? System.nanoTime() + totalTimeout * 1_000_000L : 0;
        }
        maxRetries = Math.max(0, p.maxRetries());
        sleepMs = Math.max(0, p.sleepBetweenRetries());
        sequenceStart = cluster.sequenceStart(p, request.isWrite());
        metrics = cluster.config().metricsListener();
        if (metrics != null) {
            startNanos = System.nanoTime();
            bytesSent = 0;
            bytesReceived = 0;
        }
        inUse = true;
        attempts = priorAttempts;
        sent = false;
        clientTimeout = false;
        inDoubt = false;
        compressed = false;
        node = null;
        last = null;
        result = null;
        return this;
    }

    /** Drops the references of the finished command, so that a reused instance keeps nothing alive. */
    public void finish() {
        cluster = null;
        request = null;
        reply = null;
        single.request = null;
        single.handler = null;
        single.frame = null;
        node = null;
        last = null;
        result = null;
        metrics = null;
        inUse = false;
    }

    /** Whether a command runs on this instance (between {@link #start} and {@link #finish}). */
    public boolean inUse() {
        return inUse;
    }

    public CommandRequest request() {
        return request;
    }

    /** The socket timeout of every attempt (0 = none), capped by the total timeout. */
    public int socketTimeoutMs() {
        return socketTimeoutMs;
    }

    /** {@code System.nanoTime()} by which the command must end, or 0 without a total timeout. */
    public long deadlineNanos() {
        return deadlineNanos;
    }

    /** The result, after {@link #response} returned true. */
    public T result() {
        return result;
    }

    /**
     * Begins an attempt: the node the policy's replica picks for it, or {@code null} when the attempt failed
     * before reaching one (no active node owns the partition; the node's breaker refuses it): go on with
     * {@link #retryDelayNanos()}.
     *
     * @throws AerospikeException when the key cannot be routed at all (an unknown namespace)
     */
    public Node nextNode() {
        attempts++;
        sent = false;
        clientTimeout = false;
        compressed = false;
        Node target;
        try {
            target = request.node(cluster, sequenceStart + attempts - 1);
        } catch (AerospikeException e) {
            if (e.resultCode() != ResultCode.INVALID_NODE_ERROR) {
                throw e;
            }
            last = e;
            return null;
        }
        node = target;
        NodeMetrics metrics = target.metrics();
        int maxErrorRate = cluster.config().maxErrorRate();
        if (!metrics.admit(maxErrorRate)) {
            metrics.rejected();
            last = AerospikeException.create(ResultCode.MAX_ERROR_RATE, "node " + target.name() + " had more than "
                    + maxErrorRate + " errors in the current window of " + cluster.config().errorRateWindow()
                    + " tend(s) (ClientConfig.maxErrorRate): failing fast", target.name(), inDoubt, attempts);
            return null;
        }
        return target;
    }

    /** How long this attempt may wait for a pooled connection: the socket timeout (else the connect timeout), within the deadline. */
    public long connectionWaitNanos() {
        long wait = socketTimeoutMs > 0 ? socketTimeoutMs * 1_000_000L : cluster.config().connectTimeout().toNanos();
        if (deadlineNanos != 0) {
            wait = Math.min(wait, deadlineNanos - System.nanoTime());
        }
        return Math.max(0, wait);
    }

    /** Opening a new connection to the node failed. */
    public void connectFailed(IOException e) {
        node.metrics().failed();
        last = new ConnectionException(ResultCode.SERVER_NOT_AVAILABLE,
                "cannot connect to node " + node + ": " + e.getMessage(), node.name(), false, attempts, e);
    }

    /** The node's pool had no connection for this attempt in time (NO_MORE_CONNECTIONS). */
    public void poolRefused(ConnectionException e) {
        node.metrics().rejected();
        last = e;
    }

    /**
     * The node's pool was closed: the node left the cluster (retried elsewhere), or the client was closed.
     *
     * @throws ClientClosedException when the client was closed
     */
    public void nodeClosed(ClientClosedException e) {
        if (cluster.isClosed()) {
            throw e;
        }
        last = new ConnectionException(ResultCode.SERVER_NOT_AVAILABLE, "node " + node + " left the cluster",
                node.name(), false, attempts, null);
    }

    /** The request is about to be written, {@code length} bytes; {@code compressed}: as proto type 4. */
    public void sending(boolean compressed, int length) {
        this.compressed = compressed;
        bytesSent += length;
        node.metrics().sent();
    }

    /** The whole request was written: from now on a failed write is in doubt. */
    public void sent() {
        sent = true;
    }

    /** The attempt's socket timeout (or the deadline) passed before the reply was complete. */
    public void timedOut() {
        node.metrics().timedOut();
        clientTimeout = true;
        inDoubt |= request.isWrite() && sent;
    }

    /** Writing the request or reading the reply failed. */
    public void ioFailed(IOException e) {
        node.metrics().failed();
        inDoubt |= request.isWrite() && sent;
        last = new ConnectionException(ResultCode.SERVER_NOT_AVAILABLE,
                "connection to node " + node + " failed: " + e.getMessage(), node.name(), false, attempts, e);
    }

    /**
     * A reply that cannot be read (a malformed frame): not retried. Returns the exception to throw, with node,
     * attempts and in-doubt filled in.
     */
    public AerospikeException transportFailed(AerospikeException e) {
        inDoubt |= request.isWrite() && sent;
        return AerospikeException.create(e.resultCode(), e.detail(), node.name(), inDoubt, attempts, e);
    }

    /**
     * A complete reply frame ({@code frame} holds the AS_MSG(s) at offset 8, {@code bodyLength} bytes): whether
     * it ended the command ({@link #result()}), the reply continues in another frame, or the attempt failed
     * with a retryable code. A connection goes back to its pool only after a frame that did not answer
     * {@link Progress#MORE}.
     *
     * @throws AerospikeException the command's error; the connection that carried the reply stays usable
     *     unless {@link #connectionSurvives} says otherwise
     */
    public Progress response(byte[] frame, int bodyLength) {
        int rc;
        try {
            rc = reply.frame(frame, bodyLength, attempts);
        } catch (AerospikeException e) {
            throw transportFailed(e);
        }
        bytesReceived += Proto.HEADER_SIZE + bodyLength;
        if (rc == ReplyHandler.MORE) {
            return Progress.MORE;
        }
        if (isSessionRefusal(rc) && node.sessionRefused()) {
            // the server checks the session before the command: nothing was applied, so not in doubt
            last = of(rc);
            return Progress.RETRY_CLOSE;
        }
        if (isRetryable(rc)) {
            countServerError(node.metrics(), rc);
            inDoubt |= request.isWrite() && rc == ResultCode.TIMEOUT.code();
            last = of(rc);
            return Progress.RETRY;
        }
        replyCode = rc;
        try {
            result = reply.result(rc, this);
        } catch (AerospikeException e) {
            if (e.resultCode() == ResultCode.PARSE_ERROR) {
                throw AerospikeException.create(e.resultCode(), e.detail(), node.name(), inDoubt, attempts, e);
            }
            throw e;
        }
        return Progress.DONE;
    }

    /**
     * Whether the connection that carried a reply may be reused after {@link #response} threw {@code e}: yes
     * for the command's own errors, no for a reply that could not be parsed or an unexpected failure.
     */
    public static boolean connectionSurvives(RuntimeException e) {
        return e instanceof AerospikeException ae && ae.resultCode() != ResultCode.PARSE_ERROR;
    }

    /**
     * After a failed attempt: the delay before the next one ({@code >= 0}), or -1 when the command has no
     * attempt or no time left; then throw {@link #failure()}.
     */
    public long retryDelayNanos() {
        if (attempts > maxRetries) {
            return -1;
        }
        long delay = clientTimeout ? 0 : sleepMs * 1_000_000L;
        if (deadlineNanos != 0 && deadlineNanos - System.nanoTime() - sleepMs * 1_000_000L <= 0) {
            return -1;
        }
        if (LOG.debugEnabled()) {
            LOG.debug("retrying " + request.subject() + " after attempt " + attempts + ": "
                    + (clientTimeout ? "client timeout" : String.valueOf(last)));
        }
        return delay;
    }

    /** The exception that ends a command whose last attempt failed. */
    public AerospikeException failure() {
        if (clientTimeout) {
            Policy p = request.policy();
            return new CommandTimeoutException("client timeout after " + attempts + " attempt(s) (socketTimeout "
                    + p.socketTimeout() + " ms, totalTimeout " + p.totalTimeout() + " ms)",
                    nodeName(), inDoubt, attempts, true, null);
        }
        return AerospikeException.create(last.resultCode(), last.detail(), nodeName(), inDoubt, attempts, last);
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

    private static boolean isSessionRefusal(int rc) {
        return rc == ResultCode.NOT_AUTHENTICATED.code() || rc == ResultCode.EXPIRED_SESSION.code();
    }

    /** Whether a server's result code is worth another attempt, as {@link ResultCode#retryable()} decides. */
    static boolean isRetryable(int rc) {
        if (rc == 0) {
            return false;
        }
        ResultCode code = ResultCode.fromCode(rc);
        return code != null && code.retryable();
    }

    /** The single-frame reply of a {@link Request}, read by its {@link ResultHandler}; reused by its command. */
    private static final class SingleFrame<T> implements ReplyHandler<T> {
        Request request;
        ResultHandler<T> handler;
        byte[] frame;
        int bodyLength;

        @Override
        public int frame(byte[] frame, int bodyLength, int attempt) {
            this.frame = frame;
            this.bodyLength = bodyLength;
            int resultCode = ResponseParser.resultCode(frame, bodyLength);
            request.trackTxn(frame, resultCode);
            return resultCode;
        }

        @Override
        public T result(int resultCode, ResultHandler.Errors errors) {
            return handler.handle(request, frame, bodyLength, resultCode, errors);
        }
    }

    /** The command ended with its {@link #result()}: reported to the metrics listener, if any. */
    public void succeeded() {
        if (metrics != null) {
            report(replyCode, false, replyCode == ResultCode.TIMEOUT.code());
        }
    }

    /**
     * The command ended with {@code e} (thrown after this): a write in a transaction that is in doubt is rolled
     * with the transaction; reported to the metrics listener, if any.
     */
    public void failed(RuntimeException e) {
        if (e instanceof AerospikeException ae && ae.inDoubt()) {
            request.inDoubt();
        }
        if (metrics != null) {
            if (e instanceof AerospikeException ae) {
                inDoubt |= ae.inDoubt();
                report(ae.resultCode().code(), true, ae.resultCode() == ResultCode.TIMEOUT);
            } else {
                report(ResultCode.CLIENT_ERROR.code(), true, false);
            }
        }
    }

    private void report(int code, boolean failed, boolean timedOut) {
        latencyNanos = System.nanoTime() - startNanos;
        endCode = code;
        this.failed = failed;
        endTimedOut = timedOut;
        try {
            metrics.commandCompleted(outcome);
        } catch (RuntimeException e) {
            LOG.warn("metrics listener " + metrics + " failed on a completed command", e);
        }
    }

    private String nodeName() {
        return node == null ? null : node.name();
    }

    /** How the command ended, for the metrics listener: a view on the command's fields. */
    private final class Outcome implements CommandOutcome {
        @Override
        public CommandType type() {
            return request.commandType();
        }

        @Override
        public String namespace() {
            return request.namespace();
        }

        @Override
        public String setName() {
            return request.setName();
        }

        @Override
        public String nodeName() {
            return Command.this.nodeName();
        }

        @Override
        public Host nodeHost() {
            return node == null ? null : node.host();
        }

        @Override
        public long latencyNanos() {
            return latencyNanos;
        }

        @Override
        public int resultCode() {
            return endCode;
        }

        @Override
        public boolean failed() {
            return Command.this.failed;
        }

        @Override
        public int attempts() {
            return Command.this.attempts;
        }

        @Override
        public boolean timedOut() {
            return endTimedOut;
        }

        @Override
        public boolean inDoubt() {
            return Command.this.inDoubt;
        }

        @Override
        public long bytesSent() {
            return bytesSent;
        }

        @Override
        public long bytesReceived() {
            return bytesReceived;
        }

        @Override
        public Object parentCall() {
            return reply == null ? null : reply.parentCall();
        }
    }

    @Override
    public AerospikeException of(int resultCode) {
        ResultCode code = ResultCode.fromCode(resultCode);
        String detail = code == null ? "server result code " + resultCode : null;
        if (code == ResultCode.ENTERPRISE_ONLY && compressed) {
            detail = "the server refused a compressed request (Policy.compress): compression needs an Enterprise "
                    + "server; Community Edition answers 25 (ENTERPRISE_ONLY)";
        } else if (code == ResultCode.ENTERPRISE_ONLY && request != null
                && (request.policy().txn() != null || TxnMonitor.SET.equals(request.setName()))) {
            detail = "the server refused a command in a transaction: multi-record transactions need an Enterprise "
                    + "server 8+ with a strong-consistency namespace; Community Edition answers 25 (ENTERPRISE_ONLY)";
        } else if (code != null && AuthenticationException.isSecurityCode(code)) {
            SessionKeeper session = node == null ? null : node.session();
            detail = AuthenticationErrors.explain(code,
                    session == null ? null : session.credentials().describeUser());
        }
        return AerospikeException.create(code == null ? ResultCode.SERVER_ERROR : code, detail, nodeName(), inDoubt,
                attempts);
    }
}
