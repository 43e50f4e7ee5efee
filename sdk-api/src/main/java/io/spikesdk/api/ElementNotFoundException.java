package io.spikesdk.api;

/**
 * A list or map operation did not find the element it needs.
 *
 * <p>Result code {@link ResultCode#ELEMENT_NOT_FOUND} (23).
 */
public class ElementNotFoundException extends AerospikeException {

    private static final long serialVersionUID = 1L;

    /** Full constructor; {@link AerospikeException#create} is the usual way to build one. */
    public ElementNotFoundException(String detail, String node, boolean inDoubt, int attempts, Throwable cause) {
        super(ResultCode.ELEMENT_NOT_FOUND, detail, node, inDoubt, attempts, cause);
    }

    /** An exception with only a detail message. */
    public ElementNotFoundException(String detail) {
        this(detail, null, false, 0, null);
    }
}
