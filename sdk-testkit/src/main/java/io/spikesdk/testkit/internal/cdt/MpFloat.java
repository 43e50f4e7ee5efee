package io.spikesdk.testkit.internal.cdt;

/**
 * A msgpack float kept exactly as sent: {@code single} is the {@code ca} (float32) form with its raw int bits in
 * {@code bits}; otherwise {@code cb} with the raw double bits.
 */
public record MpFloat(boolean single, long bits) implements Element {
    public static MpFloat ofDouble(double d) {
        return new MpFloat(false, Double.doubleToRawLongBits(d));
    }

    /** The value widened to double, as the server compares it. */
    public double value() {
        return single ? Float.intBitsToFloat((int) bits) : Double.longBitsToDouble(bits);
    }
}
