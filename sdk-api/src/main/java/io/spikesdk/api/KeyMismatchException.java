package io.spikesdk.api;

/**
 * The user key sent with the command differs from the key stored with the record.
 *
 * <p>Result code {@link ResultCode#KEY_MISMATCH} (19).
 */
public class KeyMismatchException extends AerospikeException {

    private static final long serialVersionUID = 1L;

    /** Full constructor; {@link AerospikeException#create} is the usual way to build one. */
    public KeyMismatchException(String detail, String node, boolean inDoubt, int attempts, Throwable cause) {
        super(ResultCode.KEY_MISMATCH, detail, node, inDoubt, attempts, cause);
    }

    /** An exception with only a detail message. */
    public KeyMismatchException(String detail) {
        this(detail, null, false, 0, null);
    }
}
