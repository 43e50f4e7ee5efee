package io.spikesdk.testkit.internal.hll;

/** Particle bytes of HLL op results: big-endian integers and doubles, and the describe list. */
final class ResultBytes {
    private ResultBytes() {
    }

    static byte[] integer(long v) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (v >>> (56 - 8 * i));
        }
        return b;
    }

    static byte[] real(double v) {
        return integer(Double.doubleToRawLongBits(v));
    }

    /** The msgpack list {@code [a, b]} of two small non-negative integers. */
    static byte[] intPair(int a, int b) {
        return new byte[] {(byte) 0x92, (byte) a, (byte) b};
    }
}
