package io.spikesdk.api;

/**
 * The namespace is not configured on the server.
 *
 * <p>Result code {@link ResultCode#INVALID_NAMESPACE} (20).
 */
public class InvalidNamespaceException extends AerospikeException {

    private static final long serialVersionUID = 1L;

    /** Full constructor; {@link AerospikeException#create} is the usual way to build one. */
    public InvalidNamespaceException(String detail, String node, boolean inDoubt, int attempts, Throwable cause) {
        super(ResultCode.INVALID_NAMESPACE, detail, node, inDoubt, attempts, cause);
    }

    /** An exception with only a detail message. */
    public InvalidNamespaceException(String detail) {
        this(detail, null, false, 0, null);
    }
}
