package io.spikesdk.api;

/**
 * The generation check of the write policy failed: the record was changed since it was read.
 *
 * <p>Result code {@link ResultCode#GENERATION_ERROR} (3).
 */
public class GenerationMismatchException extends AerospikeException {

    private static final long serialVersionUID = 1L;

    /** Full constructor; {@link AerospikeException#create} is the usual way to build one. */
    public GenerationMismatchException(String detail, String node, boolean inDoubt, int attempts, Throwable cause) {
        super(ResultCode.GENERATION_ERROR, detail, node, inDoubt, attempts, cause);
    }

    /** An exception with only a detail message. */
    public GenerationMismatchException(String detail) {
        this(detail, null, false, 0, null);
    }
}
