package io.spikesdk.api;

/**
 * The record would exceed the namespace's max-record-size.
 *
 * <p>Result code {@link ResultCode#RECORD_TOO_BIG} (13).
 */
public class RecordTooBigException extends AerospikeException {

    private static final long serialVersionUID = 1L;

    /** Full constructor; {@link AerospikeException#create} is the usual way to build one. */
    public RecordTooBigException(String detail, String node, boolean inDoubt, int attempts, Throwable cause) {
        super(ResultCode.RECORD_TOO_BIG, detail, node, inDoubt, attempts, cause);
    }

    /** An exception with only a detail message. */
    public RecordTooBigException(String detail) {
        this(detail, null, false, 0, null);
    }
}
