package io.spikesdk.api;

/**
 * The client could not reach a node or get a connection to it.
 *
 * <p>Result codes {@link ResultCode#SERVER_NOT_AVAILABLE} (-8) and {@link ResultCode#NO_MORE_CONNECTIONS}
 * (-7); both are retryable.
 */
public class ConnectionException extends AerospikeException {

    private static final long serialVersionUID = 1L;

    /**
     * Full constructor.
     *
     * @throws IllegalArgumentException if {@code code} is not a connection code
     */
    public ConnectionException(ResultCode code, String detail, String node, boolean inDoubt, int attempts, Throwable cause) {
        super(requireConnectionCode(code), detail, node, inDoubt, attempts, cause);
    }

    /** A {@link ResultCode#SERVER_NOT_AVAILABLE} error with a detail message and cause. */
    public ConnectionException(String detail, Throwable cause) {
        this(ResultCode.SERVER_NOT_AVAILABLE, detail, null, false, 0, cause);
    }

    private static ResultCode requireConnectionCode(ResultCode code) {
        if (code != ResultCode.SERVER_NOT_AVAILABLE && code != ResultCode.NO_MORE_CONNECTIONS) {
            throw new IllegalArgumentException("ConnectionException needs SERVER_NOT_AVAILABLE or NO_MORE_CONNECTIONS, not " + code);
        }
        return code;
    }
}
