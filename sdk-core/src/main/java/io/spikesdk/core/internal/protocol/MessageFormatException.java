package io.spikesdk.core.internal.protocol;

/**
 * An AS_MSG body whose structure is inconsistent (truncated fields or ops, trailing bytes).
 * A server answers it with PARAMETER_ERROR (4) and keeps the connection.
 */
public final class MessageFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public MessageFormatException(String message) {
        super(message);
    }
}
