package io.spikesdk.api;

/**
 * A create-only write found a live record with the same key.
 *
 * <p>Result code {@link ResultCode#KEY_EXISTS_ERROR} (5).
 */
public class RecordExistsException extends AerospikeException {

    private static final long serialVersionUID = 1L;

    /** Full constructor; {@link AerospikeException#create} is the usual way to build one. */
    public RecordExistsException(String detail, String node, boolean inDoubt, int attempts, Throwable cause) {
        super(ResultCode.KEY_EXISTS_ERROR, detail, node, inDoubt, attempts, cause);
    }

    /** An exception with only a detail message. */
    public RecordExistsException(String detail) {
        this(detail, null, false, 0, null);
    }
}
