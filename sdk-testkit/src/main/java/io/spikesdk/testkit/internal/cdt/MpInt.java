package io.spikesdk.testkit.internal.cdt;

/**
 * A msgpack integer. {@code uint64} marks a {@code cf} value of 2^63 or more, whose bits are held in
 * {@code value} (negative as a Java long) but which orders as a non-negative number.
 */
public record MpInt(long value, boolean uint64) implements Element {
    public static MpInt of(long value) {
        return new MpInt(value, false);
    }

    /** Whether the server classifies this integer as negative (it ranks below every non-negative one). */
    public boolean negative() {
        return value < 0 && !uint64;
    }
}
