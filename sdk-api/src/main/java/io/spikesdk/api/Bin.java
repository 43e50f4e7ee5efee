package io.spikesdk.api;

/**
 * A named value of a record.
 *
 * <p>Names are at most 15 UTF-8 bytes: a command with a longer one fails before it is sent with a
 * {@link BinNameTooLongException} that names it (the empty name is a valid bin). A {@code null} value is stored as {@link Value#NULL}, which
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
