package io.spikesdk.api;

/**
 * The client was closed; no command can run on it any more.
 *
 * <p>Result code {@link ResultCode#CLIENT_CLOSED} (-20).
 */
public class ClientClosedException extends AerospikeException {

    private static final long serialVersionUID = 1L;

    /** Full constructor; {@link AerospikeException#create} is the usual way to build one. */
    public ClientClosedException(String detail, String node, boolean inDoubt, int attempts, Throwable cause) {
        super(ResultCode.CLIENT_CLOSED, detail, node, inDoubt, attempts, cause);
    }

    /** An exception with only a detail message. */
    public ClientClosedException(String detail) {
        this(detail, null, false, 0, null);
    }
}
