package io.spikesdk.api;

/**
 * The policy's filter expression evaluated to false, so the command was not applied (only raised when failOnFilteredOut is set).
 *
 * <p>Result code {@link ResultCode#FILTERED_OUT} (27).
 */
public class FilteredOutException extends AerospikeException {

    private static final long serialVersionUID = 1L;

    /** Full constructor; {@link AerospikeException#create} is the usual way to build one. */
    public FilteredOutException(String detail, String node, boolean inDoubt, int attempts, Throwable cause) {
        super(ResultCode.FILTERED_OUT, detail, node, inDoubt, attempts, cause);
    }

    /** An exception with only a detail message. */
    public FilteredOutException(String detail) {
        this(detail, null, false, 0, null);
    }
}
