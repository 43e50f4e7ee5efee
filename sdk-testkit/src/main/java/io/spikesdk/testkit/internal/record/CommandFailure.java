package io.spikesdk.testkit.internal.record;

/**
 * Thrown inside a record command to answer the given result code. Stack traces are not filled:
 * this is control flow for expected client errors, not a fault.
 */
final class CommandFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final int resultCode;

    CommandFailure(int resultCode) {
        super("result code " + resultCode, null, false, false);
        this.resultCode = resultCode;
    }

    int resultCode() {
        return resultCode;
    }
}
