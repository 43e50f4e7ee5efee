package io.spikesdk.api;

/**
 * The operation does not apply to the type of the bin (for example appending to an integer bin).
 *
 * <p>Result code {@link ResultCode#BIN_TYPE_ERROR} (12).
 */
public class BinTypeException extends AerospikeException {

    private static final long serialVersionUID = 1L;

    /** Full constructor; {@link AerospikeException#create} is the usual way to build one. */
    public BinTypeException(String detail, String node, boolean inDoubt, int attempts, Throwable cause) {
        super(ResultCode.BIN_TYPE_ERROR, detail, node, inDoubt, attempts, cause);
    }

    /** An exception with only a detail message. */
    public BinTypeException(String detail) {
        this(detail, null, false, 0, null);
    }
}
