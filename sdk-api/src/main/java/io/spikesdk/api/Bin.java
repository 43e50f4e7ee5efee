package io.spikesdk.api;

/**
 * A named value of a record.
 *
 * <p>The name is not length-checked client-side: the server rejects names over 15 UTF-8 bytes with
 * {@link ResultCode#BIN_NAME_TOO_LONG}. A {@code null} value is stored as {@link Value#NULL}, which
 * deletes the bin when written.
 *
 * @param name the bin name (required)
 * @param value the value; {@code null} becomes {@link Value#NULL}
 */
public record Bin(String name, Value value) {

    /**
     * Canonical constructor.
     *
     * @throws NullPointerException if {@code name} is null
     */
    public Bin {
        if (name == null) {
            throw new NullPointerException("a bin name must not be null");
        }
        if (value == null) {
            value = Value.NULL;
        }
    }

    /**
     * A bin holding {@link Value#of(Object) Value.of(value)}.
     *
     * @throws NullPointerException if {@code name} is null
     * @throws SerializationException if the value's type is not supported
     */
    public static Bin of(String name, Object value) {
        return new Bin(name, Value.of(value));
    }

    /** A bin that deletes {@code name} when written. */
    public static Bin asNull(String name) {
        return new Bin(name, Value.NULL);
    }
}
