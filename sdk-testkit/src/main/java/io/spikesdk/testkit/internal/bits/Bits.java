package io.spikesdk.testkit.internal.bits;

/** Big-endian bit addressing in byte arrays: bit 0 is the most significant bit of byte 0. */
final class Bits {
    private Bits() {
    }

    static int get(byte[] b, long bit) {
        return (b[(int) (bit >>> 3)] >>> (7 - (int) (bit & 7))) & 1;
    }

    static void put(byte[] b, long bit, int v) {
        int i = (int) (bit >>> 3);
        int m = 0x80 >>> (int) (bit & 7);
        b[i] = (byte) (v != 0 ? b[i] | m : b[i] & ~m);
    }

    /** The {@code n} (1..64) bits at {@code from} as an unsigned number. */
    static long load(byte[] b, long from, int n) {
        long v = 0;
        for (int i = 0; i < n; i++) {
            v = (v << 1) | get(b, from + i);
        }
        return v;
    }

    /** Writes the low {@code n} (1..64) bits of {@code v} at {@code from}. */
    static void store(byte[] b, long from, int n, long v) {
        for (int i = 0; i < n; i++) {
            put(b, from + i, (int) (v >>> (n - 1 - i)) & 1);
        }
    }

    /** The low {@code n} bits set (n in 1..64). */
    static long mask(int n) {
        return -1L >>> (64 - n);
    }

    /** {@code v}'s low {@code n} bits, sign-extended from bit {@code n - 1}. */
    static long signExtend(long v, int n) {
        int leading = 64 - n;
        return (v << leading) >> leading;
    }
}
