package io.spikesdk.api;

/**
 * A bin name is longer than 15 UTF-8 bytes. The client refuses such a name before sending the command, naming
 * it in the message; the server answers the same code to a client that sends one.
 *
 * <p>Result code {@link ResultCode#BIN_NAME_TOO_LONG} (21).
 */
public class BinNameTooLongException extends AerospikeException {

    private static final long serialVersionUID = 1L;

    /** Full constructor; {@link AerospikeException#create} is the usual way to build one. */
    public BinNameTooLongException(String detail, String node, boolean inDoubt, int attempts, Throwable cause) {
        super(ResultCode.BIN_NAME_TOO_LONG, detail, node, inDoubt, attempts, cause);
    }

    /** An exception with only a detail message. */
    public BinNameTooLongException(String detail) {
        this(detail, null, false, 0, null);
    }
}
