package io.spikesdk.api;

import java.util.Arrays;
import java.util.Objects;

/**
 * A compiled filter or operation expression: its msgpack bytes, as built by {@code io.spikesdk.exp.Exp}.
 *
 * <p>Immutable; used as {@link Policy#filterExpression()}: the server applies the command only when the
 * expression evaluates to true.
 */
public final class Expression {

    private final byte[] bytes;

    private Expression(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * Wraps a copy of the packed expression.
     *
     * @throws NullPointerException if {@code msgpack} is null
     * @throws IllegalArgumentException if {@code msgpack} is empty
     */
    public static Expression of(byte[] msgpack) {
        Objects.requireNonNull(msgpack, "msgpack");
        if (msgpack.length == 0) {
            throw new IllegalArgumentException("msgpack: an expression needs its msgpack bytes, got 0 bytes");
        }
        return new Expression(msgpack.clone());
    }

    /** A copy of the msgpack bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The number of msgpack bytes. */
    public int size() {
        return bytes.length;
    }

    /** Copies the bytes to {@code dst[off..off+size())} without allocating. */
    public void copyTo(byte[] dst, int off) {
        System.arraycopy(bytes, 0, dst, off, bytes.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Expression && Arrays.equals(((Expression) o).bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Expression(" + bytes.length + " bytes)";
    }
}
