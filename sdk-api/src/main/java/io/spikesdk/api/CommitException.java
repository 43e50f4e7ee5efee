package io.spikesdk.api;

/**
 * A commit that did not commit: {@link #error()} says how far it got. When {@link #inDoubt()}, the roll-forward
 * mark may have reached the server: call {@link AerospikeClient#commit(Txn)} again to settle the outcome. The
 * cause is the failure of the step that failed. Result code {@link ResultCode#TXN_FAILED}.
 */
public final class CommitException extends AerospikeException {

    private static final long serialVersionUID = 1L;

    private final CommitError error;

    public CommitException(CommitError error, String node, boolean inDoubt, int attempts, Throwable cause) {
        super(ResultCode.TXN_FAILED, error.message() + (cause != null ? ": " + cause.getMessage() : ""), node, inDoubt,
            attempts, cause);
        this.error = error;
    }

    /** Which step of the commit failed. */
    public CommitError error() {
        return error;
    }
}
