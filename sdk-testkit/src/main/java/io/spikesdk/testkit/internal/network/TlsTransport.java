package io.spikesdk.testkit.internal.network;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.security.cert.X509Certificate;
import java.util.concurrent.locks.ReentrantLock;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TLS over a non-blocking socket, through a server-mode {@link SSLEngine}. Its buffers exist only while they hold
 * bytes, so an idle connection keeps none. The output lock keeps a goodbye ({@link #closeGracefully()}, from any
 * thread) from cutting into a record being written.
 */
final class TlsTransport implements Transport {
    private static final Logger LOG = LoggerFactory.getLogger(TlsTransport.class);
    private static final ByteBuffer NOTHING = ByteBuffer.allocate(0);
    /** Enough for the alert and close_notify an engine produces when it closes. */
    private static final int MAX_GOODBYE_RECORDS = 4;

    private final SocketChannel channel;
    private final SSLEngine engine;
    private final ReentrantLock output = new ReentrantLock();
    /** Records received and not yet decrypted, in fill mode; selector thread. */
    private ByteBuffer netIn;
    /** Decrypted bytes not yet read, in fill mode; selector thread. */
    private ByteBuffer appIn;
    /** Records produced and not yet sent, in fill mode; guarded by {@link #output}. */
    private ByteBuffer netOut;
    private boolean inboundDone;

    TlsTransport(SocketChannel channel, SSLEngine engine) throws SSLException {
        this.channel = channel;
        this.engine = engine;
        engine.beginHandshake();
    }

    @Override
    public Handshake handshake() throws IOException {
        output.lock();
        try {
            while (true) {
                HandshakeStatus status = engine.getHandshakeStatus();
                if (status == HandshakeStatus.NEED_WRAP) {
                    wrap(NOTHING); // a whole flight of messages goes out in one write
                    continue;
                }
                if (holds(netOut)) {
                    flushOut();
                    if (holds(netOut)) {
                        return Handshake.NEED_WRITE;
                    }
                }
                switch (status) {
                    case NEED_TASK -> {
                        return Handshake.NEED_TASK;
                    }
                    case NEED_UNWRAP, NEED_UNWRAP_AGAIN -> {
                        if (!unwrap()) {
                            int r = inboundDone ? -1 : readNet();
                            if (r < 0) {
                                throw new SSLHandshakeException("the client closed the connection");
                            }
                            if (r == 0) {
                                return Handshake.NEED_READ;
                            }
                        }
                    }
                    default -> {
                        if (inboundDone || engine.isOutboundDone()) {
                            throw new SSLHandshakeException("the client ended the session during the handshake");
                        }
                        return Handshake.DONE;
                    }
                }
            }
        } finally {
            output.unlock();
        }
    }

    @Override
    public boolean handshaking() {
        HandshakeStatus status = engine.getHandshakeStatus();
        return status != HandshakeStatus.NOT_HANDSHAKING && status != HandshakeStatus.FINISHED || hasPendingOutput();
    }

    @Override
    public void runDelegatedTasks() {
        Runnable task;
        while ((task = engine.getDelegatedTask()) != null) {
            task.run();
        }
    }

    @Override
    public X509Certificate peerCertificate() {
        return ConnectionPeer.clientCertificate(engine.getSession());
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        int total = 0;
        while (dst.hasRemaining()) {
            if (holds(appIn)) {
                total += drainAppIn(dst);
            } else if (inboundDone || handshaking()) {
                break; // a message of the session (a key update, a renegotiation) is handled as a handshake
            } else if (!unwrap()) {
                int r = readNet();
                if (r < 0) {
                    inboundDone = true; // the client closed without close_notify: the same end of the stream
                } else if (r == 0) {
                    break;
                }
            }
        }
        return total == 0 && inboundDone && !holds(appIn) ? -1 : total;
    }

    @Override
    public boolean hasBufferedInput() {
        return holds(appIn) || holds(netIn);
    }

    @Override
    public boolean write(ByteBuffer src) throws IOException {
        output.lock();
        try {
            if (holds(netOut)) {
                return flushOut() > 0;
            }
            if (src.hasRemaining()) {
                wrap(src);
                flushOut();
            }
            return true;
        } finally {
            output.unlock();
        }
    }

    @Override
    public boolean hasPendingOutput() {
        output.lock();
        try {
            return holds(netOut);
        } finally {
            output.unlock();
        }
    }

    @Override
    public void closeGracefully() {
        if (!output.tryLock()) {
            return; // a worker is writing: the close cuts its record anyway
        }
        try {
            if (holds(netOut)) {
                return;
            }
            engine.closeOutbound();
            netOut = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
            for (int i = 0; i < MAX_GOODBYE_RECORDS && !engine.isOutboundDone(); i++) {
                if (engine.wrap(NOTHING, netOut).bytesProduced() == 0) {
                    break;
                }
            }
            if (holds(netOut)) {
                flushOut();
            }
        } catch (IOException e) {
            LOG.debug("no TLS goodbye sent: {}", e.toString());
        } finally {
            netOut = null;
            output.unlock();
        }
    }

    /** Decrypts one record into {@link #appIn}; false when a whole record has not arrived yet. */
    private boolean unwrap() throws SSLException {
        if (!holds(netIn) || inboundDone) {
            return false;
        }
        netIn.flip();
        try {
            while (true) {
                if (appIn == null) {
                    appIn = ByteBuffer.allocate(engine.getSession().getApplicationBufferSize());
                }
                SSLEngineResult result = engine.unwrap(netIn, appIn);
                switch (result.getStatus()) {
                    case OK -> {
                        return result.bytesConsumed() > 0 || result.bytesProduced() > 0;
                    }
                    case CLOSED -> {
                        inboundDone = true; // close_notify: the engine now wants to answer it, which close does
                        return true;
                    }
                    case BUFFER_UNDERFLOW -> {
                        return false;
                    }
                    case BUFFER_OVERFLOW -> appIn = grown(appIn, engine.getSession().getApplicationBufferSize());
                    default -> throw new SSLException("unexpected unwrap status " + result.getStatus());
                }
            }
        } finally {
            netIn.compact();
            netIn = released(netIn);
            appIn = released(appIn);
        }
    }

    /** Reads records from the socket into {@link #netIn}, made larger when a record does not fit. */
    private int readNet() throws IOException {
        int packet = engine.getSession().getPacketBufferSize();
        if (netIn == null) {
            netIn = ByteBuffer.allocate(packet);
        } else if (!netIn.hasRemaining()) {
            netIn = grown(netIn, packet);
        }
        try {
            return channel.read(netIn);
        } finally {
            netIn = released(netIn);
        }
    }

    /** Encrypts {@code src} (or, while handshaking, the next handshake message) into {@link #netOut}. */
    private void wrap(ByteBuffer src) throws IOException {
        try {
            while (true) {
                if (netOut == null) {
                    netOut = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
                }
                SSLEngineResult result = engine.wrap(src, netOut);
                switch (result.getStatus()) {
                    case OK -> {
                        if (result.bytesConsumed() > 0 || result.bytesProduced() > 0) {
                            return;
                        }
                        if (result.getHandshakeStatus() != HandshakeStatus.NEED_TASK) {
                            throw new SSLException("cannot send while the session is " + result.getHandshakeStatus());
                        }
                        runDelegatedTasks(); // a handshake of the session, met by a worker writing a reply
                    }
                    case BUFFER_OVERFLOW -> netOut = grown(netOut, engine.getSession().getPacketBufferSize());
                    case CLOSED -> {
                        if (result.bytesProduced() > 0) {
                            return;
                        }
                        throw new SSLException("the TLS session is closed");
                    }
                    default -> throw new SSLException("unexpected wrap status " + result.getStatus());
                }
            }
        } finally {
            netOut = released(netOut);
        }
    }

    private int flushOut() throws IOException {
        netOut.flip();
        try {
            return channel.write(netOut);
        } finally {
            netOut.compact();
            netOut = released(netOut);
        }
    }

    /** Moves decrypted bytes to {@code dst}, as many as fit. */
    private int drainAppIn(ByteBuffer dst) {
        appIn.flip();
        int n = Math.min(appIn.remaining(), dst.remaining());
        dst.put(appIn.slice(appIn.position(), n));
        appIn.position(appIn.position() + n);
        appIn.compact();
        appIn = released(appIn);
        return n;
    }

    private static boolean holds(ByteBuffer buffer) {
        return buffer != null && buffer.position() > 0;
    }

    /** An empty buffer is let go: an idle connection keeps no buffer. */
    private static ByteBuffer released(ByteBuffer buffer) {
        return holds(buffer) ? buffer : null;
    }

    private static ByteBuffer grown(ByteBuffer buffer, int more) {
        ByteBuffer larger = ByteBuffer.allocate(buffer.capacity() + more);
        buffer.flip();
        larger.put(buffer);
        return larger;
    }
}
