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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection of the {@link NetworkServer}. The selector thread assembles its frames
 * ({@link #onReadable()}) without holding a thread between them; a complete frame is served by a
 * worker ({@link #serveFrame()}) while reading is suspended, so frames are answered one at a time and
 * in order. Any framing error closes this connection only. Injected faults apply as on a blocking
 * connection: a paused node holds the frame unanswered; AS_MSG replies are delayed or dropped.
 */
final class NioConnection {
    private static final Logger LOG = LoggerFactory.getLogger(NioConnection.class);
    private static final int CHUNK = 64 * 1024;
    /** Bodies up to this size keep their buffer for the next frame; larger ones are let go after the reply. */
    private static final int KEPT_BODY = 64 * 1024;
    private static final byte[] NO_BODY = new byte[0];

    /** What the connection needs from its server. */
    interface Host {
        /** Serves {@code connection}'s complete frame on a worker. */
        void serve(NioConnection connection);

        /** Resumes reading {@code connection} (on the selector thread). */
        void resumeReading(NioConnection connection);

        /** The connection closed; called once. */
        void closed(NioConnection connection);
    }

    private final SocketChannel channel;
    private final Host host;
    private final NodeService node;
    private final ServerStats stats;
    private final FaultPlan faults;
    private final ConnectionPeer peer;
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

    NioConnection(SocketChannel channel, Host host, NodeService node, ServerStats stats, FaultPlan faults)
            throws IOException {
        this.channel = channel;
        this.host = host;
        this.node = node;
        this.stats = stats;
        this.faults = faults;
        InetSocketAddress remote = (InetSocketAddress) channel.getRemoteAddress();
        this.peer = new ConnectionPeer(remote, null);
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

    /** Selector thread: reads what has arrived; hands a complete frame to a worker. */
    void onReadable() {
        try {
            if (readFrame()) {
                key.interestOps(0);
                host.serve(this);
            }
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

    /** True when a whole frame is in; false when more bytes are needed (or the client closed cleanly). */
    private boolean readFrame() throws IOException {
        if (bodyLength < 0) {
            int r = channel.read(header);
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
            int r = channel.read(ByteBuffer.wrap(body, bodyRead, Math.min(CHUNK, body.length - bodyRead)));
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

    /** Worker: answers the frame read, then lets the selector read the next one. */
    void serveFrame() {
        try {
            answer(Proto.type(header.getLong(0)));
        } catch (ProtocolException e) {
            LOG.warn("closing connection from {}: {}", address, e.getMessage());
            close(false);
            return;
        } catch (IOException e) {
            LOG.debug("connection from {} ended: {}", address, e.toString());
            close(false);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.debug("connection from {} interrupted by server shutdown", address);
            close(false);
            return;
        } catch (RuntimeException e) {
            LOG.error("closing connection from {} after an unexpected failure", address, e);
            close(false);
            return;
        }
        header.clear();
        bodyLength = -1;
        if (body.length > KEPT_BODY) {
            body = NO_BODY;
        }
        host.resumeReading(this);
    }

    private void answer(int type) throws IOException, InterruptedException {
        faults.awaitResumed();
        if (dispatcher == null) {
            dispatcher = new FrameDispatcher(node, stats, peer);
        }
        FrameDispatcher.Reply reply = dispatcher.dispatch(type, body, bodyLength);
        if (type == Proto.TYPE_MESSAGE || type == Proto.TYPE_COMPRESSED) {
            long delay = faults.delayNanos();
            if (delay > 0) {
                TimeUnit.NANOSECONDS.sleep(delay);
            }
            if (faults.dropping()) {
                return;
            }
        }
        faults.awaitResumed();
        try (ChannelOutput out = new ChannelOutput(channel)) {
            reply.writeTo(out);
            out.flush();
        }
    }

    /** Closes the connection (with a TCP reset when {@code reset}); only the first call counts. */
    void close(boolean reset) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            if (reset) {
                channel.setOption(StandardSocketOptions.SO_LINGER, 0);
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
