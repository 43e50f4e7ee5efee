package io.spikesdk.core.internal.protocol;

import java.io.IOException;

/**
 * A frame on the socket that cannot be understood (bad version or type, size over the limit,
 * truncated data). The connection that produced it cannot be trusted any more and must be closed.
 */
public final class ProtocolException extends IOException {
    private static final long serialVersionUID = 1L;

    public ProtocolException(String message) {
        super(message);
    }
}
