package io.spikesdk.api;

/**
 * A list, map, bit or HLL operation is not applicable, for example an index out of range.
 *
 * <p>Result code {@link ResultCode#OP_NOT_APPLICABLE} (26).
 */
public class OpNotApplicableException extends AerospikeException {

    private static final long serialVersionUID = 1L;

    /** Full constructor; {@link AerospikeException#create} is the usual way to build one. */
    public OpNotApplicableException(String detail, String node, boolean inDoubt, int attempts, Throwable cause) {
        super(ResultCode.OP_NOT_APPLICABLE, detail, node, inDoubt, attempts, cause);
    }

    /** An exception with only a detail message. */
    public OpNotApplicableException(String detail) {
        this(detail, null, false, 0, null);
    }
}
