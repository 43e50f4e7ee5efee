package io.spikesdk.core.internal.async;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.ConnectionException;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.cluster.Node;
import io.spikesdk.core.internal.net.Info;
import io.spikesdk.core.internal.protocol.Proto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * One info request (proto type 1) on an event loop's pooled connection to a node, within a timeout; failures
 * are reported as the blocking client reports them (SERVER_NOT_AVAILABLE naming the node). Not retried.
 */
final class InfoExchange implements Exchange {
    private final AsyncDriver driver;
    private final EventLoop loop;
    private final Node node;
    private final List<String> commands;
    private final int timeoutMs;
    private final CompletableFuture<Map<String, String>> future = new CompletableFuture<>();
    private AsyncConnection conn;
    private Future<?> timer;

    InfoExchange(AsyncDriver driver, EventLoop loop, Node node, List<String> commands, int timeoutMs) {
        this.driver = driver;
        this.loop = loop;
        this.node = node;
        this.commands = commands;
        this.timeoutMs = timeoutMs;
    }

    CompletableFuture<Map<String, String>> future() {
        return future;
    }

    void start() {
        if (!loop.execute(this::run)) {
            future.completeExceptionally(new io.spikesdk.api.ClientClosedException("client is closed"));
        }
    }

    private void run() {
        loop.started(this);
        timer = driver.schedule(timeoutMs * 1_000_000L, () -> loop.execute(() -> {
            if (!future.isDone()) {
                failed(new IOException("no answer within " + timeoutMs + " ms"));
            }
        }));
        conn = loop.idleConnection(node);
        if (conn != null) {
            connected(conn);
            return;
        }
        try {
            conn = AsyncConnection.open(loop, node, this);
        } catch (IOException e) {
            failed(e);
        }
    }

    @Override
    public void connected(AsyncConnection connection) {
        if (future.isDone()) {
            connection.close();
            return;
        }
        StringBuilder body = new StringBuilder();
        for (String command : commands) {
            body.append(command).append('\n');
        }
        byte[] text = body.toString().getBytes(StandardCharsets.UTF_8);
        byte[] frame = new byte[Proto.HEADER_SIZE + text.length];
        System.arraycopy(text, 0, frame, Proto.HEADER_SIZE, text.length);
        Proto.writeHeader(frame, Proto.TYPE_INFO, frame.length);
        connection.send(this, frame, frame.length);
    }

    @Override
    public void written() {
        // the answer follows
    }

    @Override
    public boolean frame(int type, byte[] frame, int bodyLength) {
        if (type != Proto.TYPE_INFO) {
            malformed(new AerospikeException(ResultCode.PARSE_ERROR,
                "unexpected proto type " + type + " (expected " + Proto.TYPE_INFO + ")"));
            return false;
        }
        Map<String, String> answers = Info.parse(frame, Proto.HEADER_SIZE, bodyLength);
        end(true);
        future.complete(answers);
        return false;
    }

    @Override
    public void failed(IOException e) {
        end(false);
        future.completeExceptionally(new ConnectionException(ResultCode.SERVER_NOT_AVAILABLE,
            "info request to node " + node + " failed: " + e.getMessage(), node.name(), false, 1, e));
    }

    @Override
    public void malformed(AerospikeException e) {
        end(false);
        future.completeExceptionally(e);
    }

    @Override
    public void abort(RuntimeException reason) {
        end(false);
        future.completeExceptionally(reason);
    }

    private void end(boolean keep) {
        if (timer != null) {
            timer.cancel(false);
        }
        loop.ended(this);
        if (conn != null) {
            if (keep) {
                loop.release(conn);
            } else {
                conn.abandon();
            }
            conn = null;
        }
    }
}
