package io.spikesdk.api;

/** Why a commit failed ({@link CommitException#error()}). */
public enum CommitError {
    /** A record read in the transaction changed (or could not be verified): the transaction was aborted. */
    VERIFY_FAIL("transaction verify failed; the transaction was aborted"),
    /** Verify failed and the transaction was rolled back, but closing the monitor failed (the server will). */
    VERIFY_FAIL_CLOSE_ABANDONED("transaction verify failed; the transaction was aborted; the client abandoned the close, "
        + "the server will eventually close the transaction"),
    /** Verify failed and rolling back failed: the server will abort the transaction. */
    VERIFY_FAIL_ABORT_ABANDONED("transaction verify failed; the client abandoned the abort, the server will eventually "
        + "abort the transaction"),
    /**
     * Marking the monitor for roll-forward failed: the transaction is aborted by the server unless the mark was
     * applied ({@link CommitException#inDoubt()}: commit again to find out).
     */
    MARK_ROLL_FORWARD_ABANDONED("the client abandoned marking the transaction for roll-forward; the server will "
        + "eventually abort the transaction");

    private final String message;

    CommitError(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
