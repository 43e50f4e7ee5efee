package io.spikesdk.api;

/**
 * The server rejected a request parameter: result code {@link ResultCode#PARAMETER_ERROR} (4).
 *
 * <p>Bad arguments the client can see itself are programming errors and fail before sending with
 * {@link NullPointerException} or {@link IllegalArgumentException} (see the package documentation).
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
