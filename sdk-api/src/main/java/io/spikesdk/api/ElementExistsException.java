package io.spikesdk.api;

/**
 * A list or map write with a create-only or unique flag found the element already present.
 *
 * <p>Result code {@link ResultCode#ELEMENT_EXISTS} (24).
 */
public class ElementExistsException extends AerospikeException {

    private static final long serialVersionUID = 1L;

    /** Full constructor; {@link AerospikeException#create} is the usual way to build one. */
    public ElementExistsException(String detail, String node, boolean inDoubt, int attempts, Throwable cause) {
        super(ResultCode.ELEMENT_EXISTS, detail, node, inDoubt, attempts, cause);
    }

    /** An exception with only a detail message. */
    public ElementExistsException(String detail) {
        this(detail, null, false, 0, null);
    }
}
