package io.spikesdk.core.internal.async;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.cluster.AsyncConnectionCounts;
import io.spikesdk.core.internal.cluster.Node;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.core.internal.security.SessionKeeper;
import io.spikesdk.core.internal.tls.TlsContext;

import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A non-blocking socket to one node, owned by one {@link EventLoop}: writes a request, reassembles the reply's
 * proto frames (docs/wire-protocol.md §1) and hands each complete frame to the current {@link Exchange}. Idle in
 * its loop's pool between exchanges, it watches for the peer closing it.
 *
 * <p>Opening runs connect, then the TLS handshake when the client uses TLS ({@link AsyncTransport}: the exchanges
 * never see TLS), then, when the client logs in, AUTHENTICATE or LOGIN ({@link AuthenticateExchange}); only then
 * does the exchange that asked for the connection hear {@link Exchange#connected}.
 */
final class AsyncConnection {
    private static final int INITIAL_BUFFER = 8 * 1024;
    /** A request frame up to this size is written from the connection's own buffer, kept between exchanges. */
    private static final int MAX_KEPT_REQUEST_BUFFER = 128 * 1024;

    private final EventLoop loop;
    private final Node node;
    private final SocketChannel channel;
    private final AsyncTransport transport;
    private final SelectionKey key;
    private boolean handshaking;
    /** The node's session refusals when this connection authenticated ({@link #reusable}). */
    private int sessionEpoch;
    private Exchange exchange;
    private ByteBuffer out;
    private byte[] request = new byte[0];
    private ByteBuffer requestView = ByteBuffer.wrap(request);
    private byte[] in = new byte[INITIAL_BUFFER];
    private ByteBuffer inView = ByteBuffer.wrap(in);
    private int inLength;
    private long idleSince;
    /** The exchange's consumer is behind: no read, no delivery of buffered frames ({@link #pauseReading}). */
    private boolean paused;
    /** A frame is being handed to the exchange (which may pause and resume within that call). */
    private boolean delivering;
    /** Connected and counted in the node's {@link AsyncConnectionCounts}, until closed. */
    private boolean counted;
    /** In its loop's pool of idle connections. */
    private boolean pooled;

    private AsyncConnection(EventLoop loop, Node node, SocketChannel channel) throws IOException {
        this.loop = loop;
        this.node = node;
        this.channel = channel;
        TlsContext tls = node.tls();
        this.transport = tls == null ? new PlainTransport(channel)
            : new TlsTransport(channel, tls, node.address(), node.tlsName());
        this.key = channel.register(loop.selector(), 0, this);
    }

    /**
     * Starts opening a connection to {@code node} for {@code exchange}, which hears {@link Exchange#connected}
     * (always after this returns), {@link Exchange#failed} or {@link Exchange#openRefused}.
     *
     * @throws IOException when no socket can be opened at all
     */
    static AsyncConnection open(EventLoop loop, Node node, Exchange exchange) throws IOException {
        SocketChannel channel = SocketChannel.open();
        AsyncConnection conn;
        try {
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.setOption(StandardSocketOptions.SO_KEEPALIVE, true);
            conn = new AsyncConnection(loop, node, channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        conn.exchange = exchange;
        boolean connected;
        try {
            connected = channel.connect(node.address());
        } catch (IOException e) {
            conn.close();
            throw e;
        }
        if (connected) {
            loop.execute(conn::established);
        } else {
            conn.key.interestOps(SelectionKey.OP_CONNECT);
        }
        return conn;
    }

    Node node() {
        return node;
    }

    boolean isOpen() {
        return channel.isOpen();
    }

    /**
     * Whether a pooled connection may carry another command: open, and (when the client logs in) authenticated
     * since the node last had its session refused, as the blocking pool closes its idle connections then.
     */
    boolean reusable() {
        SessionKeeper keeper = node.session();
        return channel.isOpen() && (keeper == null || keeper.refusals() == sessionEpoch);
    }

    long idleSince() {
        return idleSince;
    }

    /** Back in the pool: no exchange, watching for the peer closing the socket. */
    void idle() {
        if (!pooled && counted) {
            pooled = true;
            node.asyncConnections().pooled();
        }
        exchange = null;
        paused = false;
        idleSince = System.nanoTime();
        key.interestOps(SelectionKey.OP_READ);
    }

    /**
     * A buffer of at least {@code size} bytes to encode the next request into, then {@link #send}: the connection's
     * own (reused by every exchange, one at a time) unless the request is very large.
     */
    byte[] requestBuffer(int size) {
        if (size <= request.length) {
            return request;
        }
        if (size > MAX_KEPT_REQUEST_BUFFER) {
            return new byte[size];
        }
        request = new byte[Math.max(size, Math.min(MAX_KEPT_REQUEST_BUFFER, request.length * 2))];
        requestView = ByteBuffer.wrap(request);
        return request;
    }

    /** Sends {@code length} bytes of {@code frame} for {@code exchange}, then reads its reply. */
    void send(Exchange exchange, byte[] frame, int length) {
        this.exchange = exchange;
        inLength = 0;
        paused = false;
        if (frame == request) {
            requestView.limit(length).position(0);
            out = requestView;
        } else {
            out = ByteBuffer.wrap(frame, 0, length);
        }
        try {
            flush();
        } catch (IOException e) {
            fail(e);
        }
    }

    /**
     * Stops reading the reply (a streamed exchange whose consumer is behind): the socket is not read and frames
     * already buffered wait, so the server's sends block on a full socket buffer. Only during an exchange.
     */
    void pauseReading() {
        paused = true;
        if (key.isValid()) {
            key.interestOps(0);
        }
    }

    /** Reads again after {@link #pauseReading}: first the frames already buffered, then the socket. */
    void resumeReading() {
        if (!paused) {
            return;
        }
        paused = false;
        if (key.isValid()) {
            key.interestOps(SelectionKey.OP_READ);
        }
        // called from within a frame's delivery, the delivering loop goes on with the next frame itself
        if (!delivering) {
            deliverFrames();
        }
    }

    /** The exchange ended early (a timeout): the socket may still carry its reply, so it is closed. */
    void abandon() {
        exchange = null;
        close();
    }

    /** Taken from its loop's pool for an exchange. */
    void taken() {
        if (pooled) {
            pooled = false;
            node.asyncConnections().taken();
        }
    }

    void close() {
        key.cancel();
        transport.close();
        if (counted) {
            counted = false;
            node.asyncConnections().closed(pooled);
            pooled = false;
        }
    }

    private void countOpened() {
        counted = true;
        node.asyncConnections().opened();
    }

    /** The selector found the socket ready for {@code ops}. */
    void ready(int ops) {
        try {
            if ((ops & SelectionKey.OP_CONNECT) != 0) {
                channel.finishConnect();
                countOpened();
                handshaking = true;
                handshake();
                return;
            }
            if (handshaking) {
                handshake();
                return;
            }
            if ((ops & SelectionKey.OP_WRITE) != 0) {
                flush();
            }
            if ((ops & SelectionKey.OP_READ) != 0 && key.isValid()) {
                read();
            }
        } catch (IOException e) {
            fail(e);
        }
    }

    /** Connected at once: the opening goes on from the loop, once the caller holds the connection. */
    private void established() {
        if (exchange == null || !channel.isOpen()) {
            return; // abandoned meanwhile
        }
        countOpened();
        handshaking = true;
        try {
            handshake();
        } catch (IOException e) {
            fail(e);
        }
    }

    private void handshake() throws IOException {
        int waitFor = transport.handshake();
        if (waitFor != 0) {
            key.interestOps(waitFor);
            return;
        }
        handshaking = false;
        key.interestOps(0);
        SessionKeeper keeper = node.session();
        if (keeper == null) {
            exchange.connected(this);
            return;
        }
        sessionEpoch = keeper.refusals();
        new AuthenticateExchange(this, keeper, exchange).start();
    }

    private void flush() throws IOException {
        if (!transport.write(out)) {
            // without a request of its own, the connection still reads while the transport's bytes wait
            key.interestOps(out == null ? SelectionKey.OP_READ | SelectionKey.OP_WRITE : SelectionKey.OP_WRITE);
            return;
        }
        key.interestOps(SelectionKey.OP_READ);
        if (out != null) {
            out = null;
            exchange.written();
        }
    }

    private void read() throws IOException {
        if (exchange == null) {
            // idle: the peer closed the socket or sent what nobody asked for (TLS: or a record of its own)
            if (transport.read(ByteBuffer.allocate(1)) != 0) {
                loop.dropIdle(this);
                return;
            }
        } else {
            readReply();
        }
        if (transport.hasPendingOutput() && key.isValid()) {
            // TLS answered the server (key update, renegotiation) and the socket did not take it all
            key.interestOps(key.interestOps() | SelectionKey.OP_WRITE);
        }
    }

    private void readReply() throws IOException {
        do {
            if (inLength == in.length) {
                grow(in.length * 2);
            }
            inView.limit(in.length).position(inLength);
            int n = transport.read(inView);
            if (n < 0) {
                throw new IOException("connection closed by the server");
            }
            if (n == 0) {
                return;
            }
            inLength += n;
            deliverFrames();
            // TLS may hold decrypted bytes the selector will not report again
        } while (exchange != null && transport.hasBuffered());
    }

    /** Hands every complete frame in the buffer to the exchange, keeping a partial one for the next read. */
    private void deliverFrames() {
        while (exchange != null && !paused && inLength >= Proto.HEADER_SIZE) {
            long header = Bytes.getLong(in, 0);
            long bodyLength = Proto.bodyLength(header);
            if (Proto.version(header) != Proto.VERSION) {
                malformed("unexpected proto version " + Proto.version(header));
                return;
            }
            if (bodyLength > Proto.MAX_BODY_SIZE) {
                malformed("proto body of " + bodyLength + " bytes exceeds the limit");
                return;
            }
            int frameLength = Proto.HEADER_SIZE + (int) bodyLength;
            if (inLength < frameLength) {
                if (frameLength > in.length) {
                    grow(frameLength);
                }
                return;
            }
            boolean trailing = inLength != frameLength;
            byte[] frame = in;
            int type = Proto.type(header);
            int deliveredLength = (int) bodyLength;
            if (type == Proto.TYPE_COMPRESSED) {
                try {
                    frame = inflate(in, deliveredLength);
                } catch (AerospikeException e) {
                    fail(e);
                    return;
                }
                type = Proto.TYPE_MESSAGE;
                deliveredLength = frame.length - Proto.HEADER_SIZE;
            }
            Exchange current = exchange;
            boolean more;
            delivering = true;
            try {
                more = current.frame(type, frame, deliveredLength);
            } catch (RuntimeException e) {
                // an exchange handles its own errors; one that escapes must not kill the loop
                exchange = null;
                close();
                current.malformed(new AerospikeException(ResultCode.CLIENT_ERROR, "unexpected failure: " + e));
                return;
            } finally {
                delivering = false;
            }
            if (!more) {
                inLength = 0;
                if (trailing) {
                    // bytes after the end of the reply: the stream cannot be trusted for another exchange (the
                    // reply's exchange may have started the next one on this connection: it fails)
                    malformed("bytes after the end of the reply");
                }
                return;
            }
            System.arraycopy(in, frameLength, in, 0, inLength - frameLength);
            inLength -= frameLength;
        }
    }

    private void grow(int size) {
        in = Arrays.copyOf(in, size);
        inView = ByteBuffer.wrap(in);
    }

    private void malformed(String detail) {
        fail(new AerospikeException(ResultCode.PARSE_ERROR, detail));
    }

    private void fail(AerospikeException e) {
        Exchange current = exchange;
        exchange = null;
        close();
        if (current != null) {
            current.malformed(e);
        }
    }

    private void fail(IOException e) {
        Exchange current = exchange;
        exchange = null;
        close();
        if (current != null) {
            current.failed(e);
        } else {
            loop.dropIdle(this);
        }
    }

    /** The type-3 frame a compressed (type 4) frame at offset 0 holds. */
    private static byte[] inflate(byte[] buf, int bodyLength) {
        if (bodyLength < 8) {
            throw new AerospikeException(ResultCode.PARSE_ERROR, "compressed frame too short");
        }
        long inflatedSize = Bytes.getLong(buf, Proto.HEADER_SIZE);
        if (inflatedSize < Proto.HEADER_SIZE || inflatedSize > Proto.MAX_BODY_SIZE + Proto.HEADER_SIZE) {
            throw new AerospikeException(ResultCode.PARSE_ERROR, "bad uncompressed size " + inflatedSize);
        }
        byte[] frame = new byte[(int) inflatedSize];
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(buf, Proto.HEADER_SIZE + 8, bodyLength - 8);
            int n = 0;
            while (n < frame.length && !inflater.finished()) {
                int got = inflater.inflate(frame, n, frame.length - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += got;
            }
            if (n != frame.length) {
                throw new AerospikeException(ResultCode.PARSE_ERROR,
                    "compressed frame inflated to " + n + " bytes, expected " + inflatedSize);
            }
        } catch (DataFormatException e) {
            throw new AerospikeException(ResultCode.PARSE_ERROR, "cannot inflate compressed frame: " + e.getMessage());
        } finally {
            inflater.end();
        }
        long inner = Bytes.getLong(frame, 0);
        if (Proto.type(inner) != Proto.TYPE_MESSAGE || Proto.bodyLength(inner) + Proto.HEADER_SIZE != inflatedSize) {
            throw new AerospikeException(ResultCode.PARSE_ERROR, "compressed frame does not hold one AS_MSG frame");
        }
        return frame;
    }
}
