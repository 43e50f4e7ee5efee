package io.spikesdk.testkit.internal.network;

import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.core.internal.protocol.ProtocolException;
import io.spikesdk.testkit.internal.info.ServerStats;
import io.spikesdk.testkit.internal.node.FaultPlan;
import io.spikesdk.testkit.internal.node.NodeService;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection of the {@link NetworkServer}, clear or TLS as its {@link Transport} is. The selector thread
 * drives its TLS handshake (a worker runs the handshake's delegated tasks) and assembles its frames
 * ({@link #onReady()}) without holding a thread between them; a complete frame is executed by a
 * worker ({@link #serveFrame()}) while reading is suspended, so frames are answered one at a time and
 * in order. Any framing error closes this connection only. Injected faults hold no thread: a frame that
 * arrives while the node is paused is parked in the {@link FaultPlan} (as is a reply due while paused)
 * until it resumes; a delayed reply (delay or namespace latency) is sent by a worker when the server's
 * timer finds it due; a dropped one is not sent.
 */
final class NioConnection {
    private static final Logger LOG = LoggerFactory.getLogger(NioConnection.class);
    private static final int CHUNK = 64 * 1024;
    /** Bodies up to this size keep their buffer for the next frame; larger ones are let go after the reply. */
    private static final int KEPT_BODY = 64 * 1024;
    private static final byte[] NO_BODY = new byte[0];

    /** What the connection needs from its server. */
    interface Host {
        /** Runs {@code task} of {@code connection} on a worker (the connection is closed if the server is). */
        void execute(NioConnection connection, Runnable task);

        /** Runs {@code task} of {@code connection} on a worker {@code nanos} from now. */
        void schedule(NioConnection connection, long nanos, Runnable task);

        /** Resumes reading {@code connection} (on the selector thread). */
        void resumeReading(NioConnection connection);

        /** Calls {@link #onReady()} of {@code connection} on the selector thread (its handshake task is done). */
        void continueOnSelector(NioConnection connection);

        /** The connection closed; called once. */
        void closed(NioConnection connection);
    }

    /** One step of answering a frame, on a worker. */
    @FunctionalInterface
    private interface Step {
        void run() throws IOException;
    }

    private final SocketChannel channel;
    private final Transport transport;
    private final Host host;
    private final NodeService node;
    private final ServerStats stats;
    private final FaultPlan faults;
    private final InetSocketAddress remote;
    private final String address;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ByteBuffer header = ByteBuffer.allocate(Proto.HEADER_SIZE);
    private byte[] body = NO_BODY;
    /** -1 while the header is incomplete. */
    private int bodyLength = -1;
    private int bodyRead;
    /** Created with the first frame: an idle connection holds no scratch buffers. */
    private volatile FrameDispatcher dispatcher;
    private volatile SelectionKey key;
    /** Set when the first handshake is done (at once on a clear connection), with the client certificate. */
    private volatile ConnectionPeer peer;

    NioConnection(SocketChannel channel, Transport transport, Host host, NodeService node, ServerStats stats,
            FaultPlan faults) throws IOException {
        this.channel = channel;
        this.transport = transport;
        this.host = host;
        this.node = node;
        this.stats = stats;
        this.faults = faults;
        this.remote = (InetSocketAddress) channel.getRemoteAddress();
        this.address = String.valueOf(remote);
    }

    SocketChannel channel() {
        return channel;
    }

    void attach(SelectionKey selectionKey) {
        this.key = selectionKey;
    }

    SelectionKey key() {
        return key;
    }

    /** The client's address, as the blocking server reported it ({@code /127.0.0.1:51234}). */
    String address() {
        return address;
    }

    /**
     * Selector thread, when the socket is ready for what the connection waits for: advances the handshake, reads what
     * has arrived, and hands a complete frame to a worker, or parks it while paused.
     */
    void onReady() {
        try {
            while (!closed.get()) {
                if ((peer == null || transport.handshaking()) && !handshake()) {
                    return;
                }
                if (readFrame()) {
                    key.interestOps(0);
                    if (!faults.parkWhilePaused(() -> host.execute(this, this::serveFrame))) {
                        host.execute(this, this::serveFrame);
                    }
                    return;
                }
                if (!transport.handshaking()) {
                    return; // waits for more bytes; else a message of the TLS session came with the data
                }
            }
        } catch (SSLException e) {
            if (peer == null) {
                LOG.info("TLS handshake from {} failed: {}", address, e.getMessage());
            } else {
                LOG.debug("TLS session with {} failed: {}", address, e.getMessage());
            }
            close(false);
        } catch (ProtocolException e) {
            LOG.warn("closing connection from {}: {}", address, e.getMessage());
            close(false);
        } catch (EOFException e) {
            LOG.info("client {} disconnected mid-frame: {}", address, e.getMessage());
            close(false);
        } catch (IOException e) {
            LOG.debug("connection from {} ended: {}", address, e.toString());
            close(false);
        }
    }

    /** Advances the handshake; true when it is done, false when it waits for the socket or a task. */
    private boolean handshake() throws IOException {
        switch (transport.handshake()) {
            case DONE -> {
                if (peer == null) {
                    peer = new ConnectionPeer(remote, transport.peerCertificate());
                }
                key.interestOps(SelectionKey.OP_READ);
                return true;
            }
            case NEED_READ -> key.interestOps(SelectionKey.OP_READ);
            case NEED_WRITE -> key.interestOps(SelectionKey.OP_WRITE);
            case NEED_TASK -> {
                key.interestOps(0);
                host.execute(this, () -> {
                    transport.runDelegatedTasks();
                    host.continueOnSelector(this);
                });
            }
        }
        return false;
    }

    /** Whether the first handshake is done (at once on a clear connection). */
    boolean handshakeDone() {
        return peer != null;
    }

    /** Whether bytes already received wait to be read: the selector will not signal them. */
    boolean hasBufferedInput() {
        return transport.hasBufferedInput();
    }

    /** True when a whole frame is in; false when more bytes are needed (or the client closed cleanly). */
    private boolean readFrame() throws IOException {
        if (bodyLength < 0) {
            int r = transport.read(header);
            if (r < 0) {
                if (header.position() > 0) {
                    throw new EOFException("connection closed inside a proto header (" + header.position()
                            + " of 8 bytes)");
                }
                LOG.debug("connection from {} ended by the client", address);
                close(false);
                return false;
            }
            if (header.hasRemaining()) {
                return false;
            }
            long h = header.getLong(0);
            FrameDispatcher.checkHeader(h);
            long length = Proto.bodyLength(h);
            if (length < 0 || length > Proto.MAX_BODY_SIZE) {
                throw new ProtocolException("proto body of " + length + " bytes exceeds the limit of "
                        + Proto.MAX_BODY_SIZE);
            }
            bodyLength = (int) length;
            bodyRead = 0;
        }
        while (bodyRead < bodyLength) {
            // The buffer grows with the bytes received, not with the length the header announces.
            ensureCapacity(Math.min(bodyLength, bodyRead + CHUNK));
            // At most a chunk per read: a larger heap window would make the JDK allocate a direct buffer that size.
            // Never past this frame's end, though the buffer may be larger: the next frame may follow in the socket.
            int r = transport.read(ByteBuffer.wrap(body, bodyRead, Math.min(CHUNK, bodyLength - bodyRead)));
            if (r < 0) {
                throw new EOFException("connection closed inside a proto body (" + bodyRead + " of " + bodyLength
                        + " bytes)");
            }
            if (r == 0) {
                return false;
            }
            bodyRead += r;
        }
        return true;
    }

    private void ensureCapacity(int needed) {
        if (needed > body.length) {
            int grown = (int) Math.min(Math.max((long) body.length * 2, needed), Integer.MAX_VALUE - 8);
            byte[] next = new byte[grown];
            System.arraycopy(body, 0, next, 0, bodyRead);
            body = next;
        }
    }

    /** Worker: executes the frame read; its reply is sent now or, when a fault delays it, when due. */
    void serveFrame() {
        guarded(() -> {
            int type = Proto.type(header.getLong(0));
            if (dispatcher == null) {
                dispatcher = new FrameDispatcher(node, stats, peer);
            }
            FrameDispatcher.Answer answer = dispatcher.dispatch(type, body, bodyLength);
            boolean data = type == Proto.TYPE_MESSAGE || type == Proto.TYPE_COMPRESSED;
            long hold = answer.latencyNanos() + (data ? faults.delayNanos() : 0);
            if (hold > 0) {
                host.schedule(this, hold, () -> deliver(answer.reply(), data));
            } else {
                deliver(answer.reply(), data);
            }
        });
    }

    /** Worker: sends the reply of the current frame unless it is dropped; parks it while the node is paused. */
    private void deliver(FrameDispatcher.Reply reply, boolean data) {
        if (closed.get()) {
            return; // closed before its reply was due: nothing to send
        }
        if (data && faults.dropping()) {
            nextFrame();
        } else if (!faults.parkWhilePaused(() -> host.execute(this, () -> send(reply)))) {
            send(reply);
        }
    }

    private void send(FrameDispatcher.Reply reply) {
        guarded(() -> {
            try (ChannelOutput out = new ChannelOutput(channel, transport)) {
                reply.writeTo(out);
                out.flush();
            }
            nextFrame();
        });
    }

    /** Lets the selector read the next frame (this one is answered or dropped). */
    private void nextFrame() {
        header.clear();
        bodyLength = -1;
        if (body.length > KEPT_BODY) {
            body = NO_BODY;
        }
        host.resumeReading(this);
    }

    /** Runs a step unless the connection is closed (by the server, or by a failed step: its client is gone). */
    private void guarded(Step step) {
        if (closed.get()) {
            return;
        }
        try {
            step.run();
        } catch (ProtocolException e) {
            LOG.warn("closing connection from {}: {}", address, e.getMessage());
            close(false);
        } catch (IOException e) {
            LOG.debug("connection from {} ended: {}", address, e.toString());
            close(false);
        } catch (RuntimeException e) {
            LOG.error("closing connection from {} after an unexpected failure", address, e);
            close(false);
        }
    }

    /**
     * Closes the connection (with a TCP reset when {@code reset}, else after a TLS close_notify when one can be sent
     * without waiting); only the first call counts.
     */
    void close(boolean reset) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            if (reset) {
                channel.setOption(StandardSocketOptions.SO_LINGER, 0);
            } else {
                transport.closeGracefully();
            }
        } catch (IOException e) {
            LOG.debug("cannot set linger 0 on {}: {}", address, e.toString());
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("close of {} failed: {}", address, e.toString());
        }
        FrameDispatcher d = dispatcher;
        if (d != null) {
            d.close(); // the connection's login no longer counts for its user
        }
        host.closed(this);
    }

    boolean isClosed() {
        return closed.get();
    }
}
