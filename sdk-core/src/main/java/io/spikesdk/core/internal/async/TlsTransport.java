package io.spikesdk.core.internal.async;

import io.spikesdk.core.internal.tls.TlsContext;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLEngineResult.Status;
import javax.net.ssl.SSLException;

/**
 * TLS over a non-blocking socket with an {@link SSLEngine} of the client's {@link TlsContext} (the blocking
 * connections' protocols, cipher suites and trust): the handshake, then the same server certificate check as the
 * blocking path ({@link TlsContext#checkServer}: TLS name, revoked serials). After the handshake it answers what
 * the server sends between records (TLS 1.3 session tickets and key updates, a TLS 1.2 renegotiation, close_notify).
 *
 * <p>Its three buffers are made once per connection, sized from the TLS session, and only grow when the engine
 * asks; all are kept in write mode (position = bytes held).
 */
final class TlsTransport implements AsyncTransport {
    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

    private final SocketChannel channel;
    private final TlsContext tls;
    private final InetSocketAddress address;
    private final String tlsName;
    private final SSLEngine engine;
    /** Records read from the socket, not yet unwrapped. */
    private ByteBuffer netIn;
    /** Records wrapped, not yet written to the socket. */
    private ByteBuffer netOut;
    /** Application bytes unwrapped, not yet read. */
    private ByteBuffer appIn;
    private boolean handshakeStarted;
    private boolean peerClosed;

    TlsTransport(SocketChannel channel, TlsContext tls, InetSocketAddress address, String tlsName) {
        this.channel = channel;
        this.tls = tls;
        this.address = address;
        this.tlsName = tlsName;
        this.engine = tls.engine(address, tlsName);
        int packet = engine.getSession().getPacketBufferSize();
        this.netIn = ByteBuffer.allocate(packet);
        this.netOut = ByteBuffer.allocate(packet);
        this.appIn = ByteBuffer.allocate(engine.getSession().getApplicationBufferSize());
    }

    @Override
    public int handshake() throws IOException {
        int waitFor;
        try {
            waitFor = advanceHandshake();
        } catch (SSLException e) {
            throw TlsContext.handshakeFailed(address, tlsName, e);
        }
        if (waitFor == 0) {
            tls.checkServer(engine.getSession(), address, tlsName);
        }
        return waitFor;
    }

    private int advanceHandshake() throws IOException {
        if (!handshakeStarted) {
            handshakeStarted = true;
            engine.beginHandshake();
        }
        while (true) {
            if (!flushNet()) {
                return SelectionKey.OP_WRITE;
            }
            switch (engine.getHandshakeStatus()) {
                case NEED_TASK -> runTasks();
                case NEED_WRAP -> {
                    if (wrap(EMPTY).getStatus() == Status.CLOSED) {
                        throw new SSLException("the engine closed during the handshake");
                    }
                }
                case NEED_UNWRAP, NEED_UNWRAP_AGAIN -> {
                    Status status = unwrap();
                    if (status == Status.CLOSED) {
                        throw new SSLException("the server closed TLS during the handshake");
                    }
                    if (status == Status.BUFFER_UNDERFLOW) {
                        int n = channel.read(netIn);
                        if (n < 0) {
                            throw new SSLException("the server closed the connection during the handshake");
                        }
                        if (n == 0) {
                            return SelectionKey.OP_READ;
                        }
                    }
                }
                default -> {
                    return 0;
                }
            }
        }
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        while (appIn.position() == 0) {
            if (peerClosed) {
                return -1;
            }
            Status status = unwrap();
            answerHandshake();
            if (status == Status.BUFFER_UNDERFLOW) {
                int n = channel.read(netIn);
                if (n < 0) {
                    return -1;
                }
                if (n == 0) {
                    return 0;
                }
            }
        }
        appIn.flip();
        int n = Math.min(appIn.remaining(), dst.remaining());
        dst.put(appIn.slice(appIn.position(), n));
        appIn.position(appIn.position() + n);
        appIn.compact();
        return n;
    }

    @Override
    public boolean hasBuffered() {
        return appIn.position() > 0 || netIn.position() > 0;
    }

    @Override
    public boolean write(ByteBuffer src) throws IOException {
        while (true) {
            if (!flushNet()) {
                return false;
            }
            if (src == null || !src.hasRemaining()) {
                return true;
            }
            SSLEngineResult result = wrap(src);
            if (result.getStatus() == Status.CLOSED) {
                throw new IOException("TLS connection to " + address + " is closed");
            }
            if (result.bytesConsumed() == 0) {
                answerHandshake();
                if (engine.getHandshakeStatus() == HandshakeStatus.NEED_UNWRAP && !unwrapArrived()) {
                    // a renegotiation waits for the server's records: the caller retries when the socket is
                    // writable, which here means at once (rare: only a server-initiated TLS 1.2 renegotiation)
                    return false;
                }
            }
        }
    }

    /** Unwraps records the socket has now (application bytes are kept for {@link #read}); false when it has none. */
    private boolean unwrapArrived() throws IOException {
        if (unwrap() != Status.BUFFER_UNDERFLOW) {
            return true;
        }
        int n = channel.read(netIn);
        if (n < 0) {
            throw new IOException("connection closed by the server");
        }
        return n > 0;
    }

    /** Runs tasks and sends records the engine needs between application records (key update, close_notify). */
    private void answerHandshake() throws IOException {
        while (true) {
            switch (engine.getHandshakeStatus()) {
                case NEED_TASK -> runTasks();
                case NEED_WRAP -> {
                    if (wrap(EMPTY).bytesProduced() == 0) {
                        return;
                    }
                    // what the socket does not take now goes out before the next request's records
                    flushNet();
                }
                default -> {
                    return;
                }
            }
        }
    }

    private Status unwrap() throws SSLException {
        netIn.flip();
        SSLEngineResult result;
        try {
            result = engine.unwrap(netIn, appIn);
        } finally {
            netIn.compact();
        }
        switch (result.getStatus()) {
            case BUFFER_OVERFLOW -> appIn = enlarge(appIn, engine.getSession().getApplicationBufferSize());
            case BUFFER_UNDERFLOW -> {
                if (!netIn.hasRemaining()) {
                    netIn = enlarge(netIn, engine.getSession().getPacketBufferSize());
                }
            }
            case CLOSED -> peerClosed = true;
            default -> {
            }
        }
        return result.getStatus();
    }

    private SSLEngineResult wrap(ByteBuffer src) throws SSLException {
        while (true) {
            SSLEngineResult result = engine.wrap(src, netOut);
            if (result.getStatus() != Status.BUFFER_OVERFLOW) {
                return result;
            }
            netOut = enlarge(netOut, engine.getSession().getPacketBufferSize());
        }
    }

    /** Writes the wrapped records held back; true when none is left. */
    private boolean flushNet() throws IOException {
        if (netOut.position() == 0) {
            return true;
        }
        netOut.flip();
        try {
            channel.write(netOut);
        } finally {
            netOut.compact();
        }
        return netOut.position() == 0;
    }

    /** The engine's delegated tasks (the certificate checks of a handshake) run on the loop: they are short. */
    private void runTasks() {
        Runnable task;
        while ((task = engine.getDelegatedTask()) != null) {
            task.run();
        }
    }

    /** A copy of {@code buffer} (write mode) with room for {@code more} bytes beyond what it holds. */
    private static ByteBuffer enlarge(ByteBuffer buffer, int more) {
        ByteBuffer bigger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + more));
        buffer.flip();
        bigger.put(buffer);
        return bigger;
    }

    @Override
    public boolean hasPendingOutput() {
        return netOut.position() > 0;
    }

    @Override
    public void close() {
        if (channel.isOpen() && handshakeStarted && !peerClosed) {
            engine.closeOutbound();
            try {
                wrap(EMPTY);
                flushNet();
            } catch (IOException e) {
                // close_notify is a courtesy: the socket is closed below either way
            }
        }
        try {
            channel.close();
        } catch (IOException e) {
            // closing a socket we no longer use: nothing to recover
        }
    }
}
