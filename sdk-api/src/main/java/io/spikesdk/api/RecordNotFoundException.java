package io.spikesdk.api;

/**
 * The record does not exist (or has expired): raised by operations that need one, such as touch, update-only writes or a delete of a missing record.
 *
 * <p>Result code {@link ResultCode#KEY_NOT_FOUND_ERROR} (2).
 */
public class RecordNotFoundException extends AerospikeException {

    private static final long serialVersionUID = 1L;

    /** Full constructor; {@link AerospikeException#create} is the usual way to build one. */
    public RecordNotFoundException(String detail, String node, boolean inDoubt, int attempts, Throwable cause) {
        super(ResultCode.KEY_NOT_FOUND_ERROR, detail, node, inDoubt, attempts, cause);
    }

    /** An exception with only a detail message. */
    public RecordNotFoundException(String detail) {
        this(detail, null, false, 0, null);
    }
}
