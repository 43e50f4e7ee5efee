package io.spikesdk.api;

/**
 * A value could not be converted to or from its stored form, for example a Java type with no serializer.
 *
 * <p>Result code {@link ResultCode#SERIALIZE_ERROR} (-10).
 */
public class SerializationException extends AerospikeException {

    private static final long serialVersionUID = 1L;

    /** Full constructor; {@link AerospikeException#create} is the usual way to build one. */
    public SerializationException(String detail, String node, boolean inDoubt, int attempts, Throwable cause) {
        super(ResultCode.SERIALIZE_ERROR, detail, node, inDoubt, attempts, cause);
    }

    /** An exception with only a detail message. */
    public SerializationException(String detail) {
        this(detail, null, false, 0, null);
    }
}
