package io.spikesdk.api;

/**
 * A request parameter is invalid: rejected by the client before sending, or by the server.
 *
 * <p>Result code {@link ResultCode#PARAMETER_ERROR} (4).
 */
public class ParameterException extends AerospikeException {

    private static final long serialVersionUID = 1L;

    /** Full constructor; {@link AerospikeException#create} is the usual way to build one. */
    public ParameterException(String detail, String node, boolean inDoubt, int attempts, Throwable cause) {
        super(ResultCode.PARAMETER_ERROR, detail, node, inDoubt, attempts, cause);
    }

    /** An exception with only a detail message. */
    public ParameterException(String detail) {
        this(detail, null, false, 0, null);
    }
}
