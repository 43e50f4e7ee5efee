package io.spikesdk.api;

/**
 * A user-defined function failed: a Lua runtime error or an error the function raised ({@code error(...)}), an
 * unknown module or function, or a module the server refused to register (a compile error).
 *
 * <p>Result code {@link ResultCode#UDF_BAD_RESPONSE} (100) for a failed call; {@link #udfError()} is the server's text,
 * e.g. {@code "stats:12: attempt to perform arithmetic on a nil value"}. A refused registration carries the code of
 * its cause (for a compile error {@link ResultCode#UDF_BAD_RESPONSE} too) with the server's file, line and message.
 */
public class UdfException extends AerospikeException {

    private static final long serialVersionUID = 1L;

    private final String udfError;

    /** Full constructor. */
    public UdfException(ResultCode resultCode, String udfError, String detail, String node, boolean inDoubt,
                        int attempts, Throwable cause) {
        super(resultCode, detail, node, inDoubt, attempts, cause);
        this.udfError = udfError;
    }

    /** A failed call (code 100) with the server's error text. */
    public UdfException(String udfError) {
        this(ResultCode.UDF_BAD_RESPONSE, udfError, udfError, null, false, 0, null);
    }

    /** The server's error text (the {@code FAILURE} bin of a call, the message of a refused module), or null. */
    public String udfError() {
        return udfError;
    }
}
