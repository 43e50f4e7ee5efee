package io.spikesdk.api;

/**
 * Too many concurrent operations on one record (hot key); retrying later may succeed.
 *
 * <p>Result code {@link ResultCode#KEY_BUSY} (14).
 */
public class KeyBusyException extends AerospikeException {

    private static final long serialVersionUID = 1L;

    /** Full constructor; {@link AerospikeException#create} is the usual way to build one. */
    public KeyBusyException(String detail, String node, boolean inDoubt, int attempts, Throwable cause) {
        super(ResultCode.KEY_BUSY, detail, node, inDoubt, attempts, cause);
    }

    /** An exception with only a detail message. */
    public KeyBusyException(String detail) {
        this(detail, null, false, 0, null);
    }
}
