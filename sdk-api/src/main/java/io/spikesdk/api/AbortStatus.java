package io.spikesdk.api;

/** How {@link AerospikeClient#abort(Txn)} ended. */
public enum AbortStatus {
    /** Aborted: every write was rolled back and the monitor record closed. */
    OK("abort succeeded"),
    /** The transaction had already been aborted. */
    ALREADY_ABORTED("already aborted"),
    /** Aborted, but rolling the writes back failed: the server will finish it. */
    ROLL_BACK_ABANDONED("the client abandoned the roll-back; the server will eventually abort the transaction"),
    /** Rolled back, but deleting the monitor record failed: the server will close it. */
    CLOSE_ABANDONED("rolled back, but the client abandoned the close; the server will eventually close the transaction");

    private final String message;

    AbortStatus(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
