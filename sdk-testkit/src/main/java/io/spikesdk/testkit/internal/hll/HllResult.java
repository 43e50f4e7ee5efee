package io.spikesdk.testkit.internal.hll;

/**
 * The outcome of one HLL op.
 *
 * @param resultCode  0 on success, else the server result code (1, 4, 6, 12, 17, 26)
 * @param newSketch   the bin's new HLL particle bytes, or null when the bin is left as it was
 * @param resultType  particle type of the op's result entry, or -1 when the op returns nothing
 * @param resultValue particle bytes of the result entry
 */
public record HllResult(int resultCode, byte[] newSketch, int resultType, byte[] resultValue) {
    private static final byte[] EMPTY = new byte[0];

    static HllResult error(int code) {
        return new HllResult(code, null, -1, EMPTY);
    }

    static HllResult unchanged() {
        return new HllResult(0, null, -1, EMPTY);
    }

    static HllResult written(HllSketch sketch) {
        return new HllResult(0, sketch.toBytes(), -1, EMPTY);
    }

    static HllResult written(HllSketch sketch, int resultType, byte[] resultValue) {
        return new HllResult(0, sketch.toBytes(), resultType, resultValue);
    }

    static HllResult read(int resultType, byte[] resultValue) {
        return new HllResult(0, null, resultType, resultValue);
    }

    /** Whether the op produced a result entry. */
    public boolean hasResult() {
        return resultType >= 0;
    }
}
