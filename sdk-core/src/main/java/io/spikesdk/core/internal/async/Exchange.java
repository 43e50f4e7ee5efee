package io.spikesdk.core.internal.async;

import io.spikesdk.api.AerospikeException;

import java.io.IOException;

/** What runs on an {@link AsyncConnection}: one request and its reply frames. Called on the connection's loop. */
interface Exchange {
    /** The connection is open: send the request. */
    void connected(AsyncConnection conn);

    /** The whole request was written. */
    void written();

    /**
     * A complete reply frame of proto {@code type} ({@code frame} holds the header at 0 and the body at 8,
     * {@code bodyLength} bytes; a compressed frame arrives inflated, as the frame it holds); valid only during
     * the call. Returns true when the reply continues in another frame.
     */
    boolean frame(int type, byte[] frame, int bodyLength);

    /** Connecting, writing or reading failed; the connection is closed. */
    void failed(IOException e);

    /** The reply cannot be read (a malformed frame); the connection is closed. */
    void malformed(AerospikeException e);

    /**
     * The connection could not be opened for a reason another attempt would not mend (the server refused the
     * login: {@code e} is the blocking path's {@link io.spikesdk.api.AuthenticationException}); it is closed.
     */
    default void openRefused(AerospikeException e) {
        malformed(e);
    }

    /** The event loop closes: fail with {@code reason}. */
    void abort(RuntimeException reason);
}
