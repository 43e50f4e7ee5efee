package io.spikesdk.api;

/** How {@link AerospikeClient#commit(Txn)} ended (a failed commit throws {@link CommitException}). */
public enum CommitStatus {
    /** Committed: every write was rolled forward and the monitor record closed. */
    OK("commit succeeded"),
    /** The transaction had already been committed. */
    ALREADY_COMMITTED("already committed"),
    /** Committed, but rolling the writes forward failed: the server will finish it. */
    ROLL_FORWARD_ABANDONED("the client abandoned the roll-forward; the server will eventually commit the transaction"),
    /** Committed and rolled forward, but deleting the monitor record failed: the server will close it. */
    CLOSE_ABANDONED("rolled forward, but the client abandoned the close; the server will eventually close the transaction");

    private final String message;

    CommitStatus(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
