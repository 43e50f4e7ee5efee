package io.spikesdk.testkit.internal.hll;

import java.util.Arrays;

/**
 * One HLL particle as the real server stores it: {@code flags(1) index_bits(1) minhash_bits(1) cache(8, little
 * endian) registers}. There are {@code 2^index_bits} registers of {@code 6 + minhash_bits} bits each, packed
 * most-significant bit first; a register holds {@code (leading-zero run << minhash_bits) | minhash}. The cache is
 * the last count estimate, 0 when unknown.
 */
final class HllSketch {
    static final int HEADER = 11;
    static final int HLL_BITS = 6;
    static final int MIN_INDEX_BITS = 4;
    static final int MAX_INDEX_BITS = 16;
    static final int MIN_MINHASH_BITS = 4;
    static final int MAX_MINHASH_BITS = 64 - HLL_BITS - 7;
    static final int MAX_COMBINED_BITS = 64;
    private static final int CACHE_AT = 3;

    private final byte[] bytes;

    private HllSketch(byte[] bytes) {
        this.bytes = bytes;
    }

    /** An empty sketch (all registers zero, no cached count). */
    static HllSketch empty(int indexBits, int minhashBits) {
        byte[] b = new byte[requiredSize(indexBits, minhashBits)];
        b[1] = (byte) indexBits;
        b[2] = (byte) minhashBits;
        return new HllSketch(b);
    }

    /** A private copy of particle bytes whose header and size were already validated. */
    static HllSketch copyOf(byte[] particle, int from, int length) {
        return new HllSketch(Arrays.copyOfRange(particle, from, from + length));
    }

    static int requiredSize(int indexBits, int minhashBits) {
        return HEADER + ((HLL_BITS + minhashBits) * (1 << indexBits) + 7) / 8;
    }

    static boolean validIndexBits(long n) {
        return n >= MIN_INDEX_BITS && n <= MAX_INDEX_BITS;
    }

    static boolean validMinhashBits(long n) {
        return n == 0 || (n >= MIN_MINHASH_BITS && n <= MAX_MINHASH_BITS);
    }

    static boolean validCombined(long indexBits, long minhashBits) {
        return validIndexBits(indexBits) && validMinhashBits(minhashBits) && indexBits + minhashBits <= MAX_COMBINED_BITS;
    }

    /** Whether {@code length} bytes at {@code from} form a sketch the server accepts as a stored particle. */
    static boolean isValidParticle(byte[] b, int from, int length) {
        if (length < HEADER || b[from] != 0) {
            return false;
        }
        int ib = b[from + 1] & 0xff;
        int mb = b[from + 2] & 0xff;
        return validCombined(ib, mb) && requiredSize(ib, mb) == length;
    }

    int indexBits() {
        return bytes[1] & 0xff;
    }

    int minhashBits() {
        return bytes[2] & 0xff;
    }

    int registerCount() {
        return 1 << indexBits();
    }

    long cache() {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (bytes[CACHE_AT + i] & 0xff);
        }
        return v;
    }

    void setCache(long v) {
        for (int i = 0; i < 8; i++) {
            bytes[CACHE_AT + i] = (byte) (v >>> (8 * i));
        }
    }

    /** Register {@code r}: {@code 6 + minhash_bits} bits starting at bit {@code r * (6 + minhash_bits)}. */
    long register(int r) {
        int nBits = HLL_BITS + minhashBits();
        long bitOffset = (long) nBits * r;
        int at = HEADER + (int) (bitOffset >>> 3);
        int lead = (int) (bitOffset & 7);
        long window = window(at);
        return (window >>> (64 - lead - nBits)) & mask(nBits);
    }

    /** Stores the low {@code 6 + minhash_bits} bits of {@code value} in register {@code r}. */
    void setRegister(int r, long value) {
        int nBits = HLL_BITS + minhashBits();
        long bitOffset = (long) nBits * r;
        int at = HEADER + (int) (bitOffset >>> 3);
        int shift = 64 - (int) (bitOffset & 7) - nBits;
        long m = mask(nBits) << shift;
        long window = (window(at) & ~m) | ((value << shift) & m);
        for (int i = 0; i < 8 && at + i < bytes.length; i++) {
            bytes[at + i] = (byte) (window >>> (56 - 8 * i));
        }
    }

    /** Register {@code r} without its minhash bits: the stored leading-zero run. */
    int hllValue(int r) {
        return (int) (register(r) >>> minhashBits()) & 0xff;
    }

    /** Resets every register and the cache, keeping the shape. */
    void clear() {
        Arrays.fill(bytes, CACHE_AT, bytes.length, (byte) 0);
    }

    /**
     * Whether any of the first {@code 2^index_bits} register bytes is non-zero: the real server's emptiness test,
     * which looks at that prefix only.
     */
    boolean hasData() {
        int n = Math.min(registerCount(), bytes.length - HEADER);
        for (int i = 0; i < n; i++) {
            if (bytes[HEADER + i] != 0) {
                return true;
            }
        }
        return false;
    }

    int usedRegisters() {
        int count = 0;
        for (int r = 0, n = registerCount(); r < n; r++) {
            if (register(r) != 0) {
                count++;
            }
        }
        return count;
    }

    byte[] toBytes() {
        return bytes.clone();
    }

    private long window(int at) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            int idx = at + i;
            v = (v << 8) | (idx < bytes.length ? bytes[idx] & 0xff : 0);
        }
        return v;
    }

    private static long mask(int nBits) {
        return nBits == 64 ? -1L : (1L << nBits) - 1;
    }
}
