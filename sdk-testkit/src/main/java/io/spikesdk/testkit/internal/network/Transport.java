package io.spikesdk.testkit.internal.network;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.cert.X509Certificate;

/**
 * How a {@link NioConnection}'s bytes cross its socket: as they are ({@link ClearTransport}) or through TLS
 * ({@link TlsTransport}). The selector thread drives the handshake and reads; a worker writes a reply; reading and
 * writing never overlap on one connection, except that {@link #closeGracefully()} may come from any thread.
 */
interface Transport {

    /** What the handshake waits for. */
    enum Handshake {
        /** Done: application data flows. */
        DONE,
        /** Bytes from the client. */
        NEED_READ,
        /** Room in the socket for bytes already produced. */
        NEED_WRITE,
        /** {@link #runDelegatedTasks()} on a worker. */
        NEED_TASK
    }

    /** Selector thread: advances the handshake as far as the socket allows without blocking. */
    Handshake handshake() throws IOException;

    /** Whether {@link #handshake()} has work to do (first handshake, or a message of the session after it). */
    boolean handshaking();

    /** Worker: the CPU-heavy steps of the handshake (certificate checks, key agreement). */
    void runDelegatedTasks();

    /** The certificate the client presented in the handshake, or {@code null}. */
    X509Certificate peerCertificate();

    /**
     * Selector thread: reads application bytes into {@code dst}, as many as have arrived.
     *
     * @return the number read, 0 when more must arrive first, -1 at the end of the stream
     */
    int read(ByteBuffer dst) throws IOException;

    /** Whether application bytes already received wait to be read (the socket will not signal them again). */
    boolean hasBufferedInput();

    /**
     * Worker: writes as much of {@code src} as the socket takes now, first any bytes produced earlier.
     *
     * @return false when the socket took nothing (wait until it is writable)
     */
    boolean write(ByteBuffer src) throws IOException;

    /** Whether bytes produced by {@link #write} still wait for room in the socket. */
    boolean hasPendingOutput();

    /** Any thread: says goodbye to the client before the socket is closed, if that can be done without waiting. */
    void closeGracefully();
}
