package io.spikesdk.core.internal.async;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * How an {@link AsyncConnection} moves the bytes of its exchanges over its non-blocking socket: as they are
 * ({@link PlainTransport}) or inside TLS records ({@link TlsTransport}), so that the exchanges never know which.
 * Used on the connection's event loop only.
 */
interface AsyncTransport {
    /**
     * Advances the opening handshake once the socket is connected.
     *
     * @return 0 when the transport is ready for exchanges, else the {@link java.nio.channels.SelectionKey}
     *     interest the handshake waits for
     * @throws IOException the handshake failed or the server certificate was refused (the message names the
     *     address and the TLS name)
     */
    int handshake() throws IOException;

    /**
     * Reads application bytes into {@code dst}.
     *
     * @return how many, 0 when none are available without blocking, -1 when the server closed the connection
     */
    int read(ByteBuffer dst) throws IOException;

    /** Whether bytes already taken from the socket wait for {@link #read} (the selector will not report them). */
    boolean hasBuffered();

    /**
     * Writes as much of {@code src} as the socket takes, with whatever the transport still held back.
     *
     * @param src the bytes to send, or {@code null} to only flush what the transport holds
     * @return true when everything, {@code src} included, reached the socket; false when the caller must wait
     *     until the socket is writable and call again
     */
    boolean write(ByteBuffer src) throws IOException;

    /**
     * Whether bytes the transport produced on its own (TLS: an answer to the server's key update or
     * renegotiation) still wait for the socket: {@link #write}{@code (null)} sends them.
     */
    boolean hasPendingOutput();

    /** Closes the socket (TLS: after a best-effort close_notify). */
    void close();
}
