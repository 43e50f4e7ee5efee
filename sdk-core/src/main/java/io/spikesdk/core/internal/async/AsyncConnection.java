package io.spikesdk.core.internal.async;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.cluster.Node;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.Proto;

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
 */
final class AsyncConnection {
    private static final int INITIAL_BUFFER = 8 * 1024;
    /** A request frame up to this size is written from the connection's own buffer, kept between exchanges. */
    private static final int MAX_KEPT_REQUEST_BUFFER = 128 * 1024;

    private final EventLoop loop;
    private final Node node;
    private final SocketChannel channel;
    private final SelectionKey key;
    private Exchange exchange;
    private ByteBuffer out;
    private byte[] request = new byte[0];
    private ByteBuffer requestView = ByteBuffer.wrap(request);
    private byte[] in = new byte[INITIAL_BUFFER];
    private ByteBuffer inView = ByteBuffer.wrap(in);
    private int inLength;
    private long idleSince;

    private AsyncConnection(EventLoop loop, Node node, SocketChannel channel) throws IOException {
        this.loop = loop;
        this.node = node;
        this.channel = channel;
        this.key = channel.register(loop.selector(), 0, this);
    }

    /**
     * Starts connecting to {@code node} for {@code exchange}, which hears {@link Exchange#connected} or
     * {@link Exchange#failed} (possibly before this returns).
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
            exchange.connected(conn);
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

    long idleSince() {
        return idleSince;
    }

    /** Back in the pool: no exchange, watching for the peer closing the socket. */
    void idle() {
        exchange = null;
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

    /** The exchange ended early (a timeout): the socket may still carry its reply, so it is closed. */
    void abandon() {
        exchange = null;
        close();
    }

    void close() {
        key.cancel();
        try {
            channel.close();
        } catch (IOException e) {
            // closing a socket we no longer use: nothing to recover
        }
    }

    /** The selector found the socket ready for {@code ops}. */
    void ready(int ops) {
        try {
            if ((ops & SelectionKey.OP_CONNECT) != 0) {
                channel.finishConnect();
                key.interestOps(0);
                exchange.connected(this);
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

    private void flush() throws IOException {
        channel.write(out);
        if (out.hasRemaining()) {
            key.interestOps(SelectionKey.OP_WRITE);
            return;
        }
        out = null;
        key.interestOps(SelectionKey.OP_READ);
        exchange.written();
    }

    private void read() throws IOException {
        if (exchange == null) {
            // idle: the peer closed the socket, or sent what nobody asked for
            loop.dropIdle(this);
            return;
        }
        if (inLength == in.length) {
            grow(in.length * 2);
        }
        inView.limit(in.length).position(inLength);
        int n = channel.read(inView);
        if (n < 0) {
            throw new IOException("connection closed by the server");
        }
        inLength += n;
        deliverFrames();
    }

    /** Hands every complete frame in the buffer to the exchange, keeping a partial one for the next read. */
    private void deliverFrames() {
        while (exchange != null && inLength >= Proto.HEADER_SIZE) {
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
            try {
                more = current.frame(type, frame, deliveredLength);
            } catch (RuntimeException e) {
                // an exchange handles its own errors; one that escapes must not kill the loop
                exchange = null;
                close();
                current.malformed(new AerospikeException(ResultCode.CLIENT_ERROR, "unexpected failure: " + e));
                return;
            }
            if (!more) {
                if (inLength != frameLength) {
                    // bytes after the end of the reply: the stream cannot be trusted for another exchange
                    close();
                }
                inLength = 0;
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
