package io.spikesdk.api;

import java.util.Collections;
import java.util.Map;

/**
 * A commit that did not commit: {@link #error()} says how far it got. When {@link #inDoubt()}, the roll-forward
 * mark may have reached the server: call {@link AerospikeClient#commit(Txn)} again to settle the outcome. The
 * cause is the failure of the step that failed. Result code {@link ResultCode#TXN_FAILED}.
 */
public final class CommitException extends AerospikeException {

    private static final long serialVersionUID = 1L;

    private final CommitError error;
    private final Map<Key, ResultCode> verifyResults;
    private final Map<Key, ResultCode> rollResults;

    /**
     * @param verifyResults the outcome of each read key's verification (empty when none ran)
     * @param rollResults the outcome of each written key's roll (empty when none ran)
     */
    public CommitException(CommitError error, String node, boolean inDoubt, int attempts, Throwable cause,
                           Map<Key, ResultCode> verifyResults, Map<Key, ResultCode> rollResults) {
        super(ResultCode.TXN_FAILED, error.message() + (cause != null ? ": " + cause.getMessage() : ""), node, inDoubt,
            attempts, cause);
        this.error = error;
        this.verifyResults = verifyResults == null ? Map.of() : Collections.unmodifiableMap(verifyResults);
        this.rollResults = rollResults == null ? Map.of() : Collections.unmodifiableMap(rollResults);
    }

    /**
     * The result of verifying each key the transaction read: OK, MRT_VERSION_MISMATCH for a record that changed,
     * NO_RESPONSE when its node did not answer; empty when the verification did not run.
     */
    public Map<Key, ResultCode> verifyResults() {
        return verifyResults;
    }

    /** The result of rolling each written key (back, after a failed verification); empty when no roll ran. */
    public Map<Key, ResultCode> rollResults() {
        return rollResults;
    }

    /** Which step of the commit failed. */
    public CommitError error() {
        return error;
    }
}
