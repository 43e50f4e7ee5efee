package io.spikesdk.api;

/**
 * The command did not complete in time: either the server gave up (result code 9 sent by the server)
 * or the client's socket/total timeout expired ({@link #clientSide()}).
 *
 * <p>Result code {@link ResultCode#TIMEOUT} (9) in both cases. A timed-out write is usually
 * {@link #inDoubt()}.
 */
public class CommandTimeoutException extends AerospikeException {

    private static final long serialVersionUID = 1L;

    private final boolean clientSide;

    /** Full constructor; {@code clientSide} tells whether the client's own timer fired. */
    public CommandTimeoutException(String detail, String node, boolean inDoubt, int attempts, boolean clientSide, Throwable cause) {
        super(ResultCode.TIMEOUT, detail, node, inDoubt, attempts, cause);
        this.clientSide = clientSide;
    }

    /** A timeout with only a detail message. */
    public CommandTimeoutException(String detail, boolean clientSide) {
        this(detail, null, false, 0, clientSide, null);
    }

    /** True when the client's timeout expired, false when the server answered with TIMEOUT. */
    public boolean clientSide() {
        return clientSide;
    }
}
