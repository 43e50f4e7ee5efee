package io.spikesdk.testkit.internal.hll;

import java.io.ByteArrayOutputStream;

/**
 * Where an element lands in a sketch. The real server hashes the element's msgpack after normalizing it to its
 * shortest encoding (integers, str/bin headers, ext headers; a bin header becomes a str header), so that
 * {@code 7} sent as {@code cc 07} or {@code 07} counts once.
 *
 * @param register the register index: the low {@code index_bits} bits of the hash's first half
 * @param value    {@code (trailing zeros of the second half + 1) << minhash_bits | minhash}; may exceed the
 *                 register width (a zero second half), as on the server, which compares before truncating
 */
record ElementHash(int register, long value) {

    static ElementHash of(byte[] normalizedElement, int indexBits, int minhashBits) {
        long[] h = Murmur3.hash128(normalizedElement);
        int register = (int) (h[0] & 0xffff) & ((1 << indexBits) - 1);
        long minhashMask = (1L << minhashBits) - 1;
        long minhash = (h[0] >>> indexBits) & minhashMask;
        long hllValue = Long.numberOfTrailingZeros(h[1]) + 1;
        return new ElementHash(register, (hllValue << minhashBits) | minhash);
    }

    /** The shortest-form msgpack of one scalar element (as the server's compactify leaves it). */
    static byte[] normalize(byte[] raw) {
        int t = raw[0] & 0xff;
        if (t < 0xc4 || t >= 0xdc) {
            return raw;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length);
        if (t >= 0xcc && t <= 0xcf) {
            packUnsigned(out, be(raw, 1, 1 << (t - 0xcc)));
        } else if (t >= 0xd0 && t <= 0xd3) {
            int width = 1 << (t - 0xd0);
            long v = be(raw, 1, width);
            packSigned(out, (v << (64 - 8 * width)) >> (64 - 8 * width));
        } else if (t == 0xc4 || t == 0xd9) {
            return restring(raw, 2, be(raw, 1, 1), 31);
        } else if (t == 0xc5 || t == 0xda) {
            return restring(raw, 3, be(raw, 1, 2), 0xff);
        } else if (t == 0xc6 || t == 0xdb) {
            return restring(raw, 5, be(raw, 1, 4), 0xffff);
        } else if (t == 0xc7) {
            return reext(raw, 2, be(raw, 1, 1), be(raw, 1, 1) != 0 && isFixExtSize(be(raw, 1, 1)));
        } else if (t == 0xc8) {
            return reext(raw, 3, be(raw, 1, 2), be(raw, 1, 2) <= 0xff);
        } else if (t == 0xc9) {
            return reext(raw, 5, be(raw, 1, 4), be(raw, 1, 4) <= 0xffff);
        } else {
            return raw;
        }
        return out.toByteArray();
    }

    private static byte[] restring(byte[] raw, int headerLen, long len, long compactBelow) {
        if (len > compactBelow) {
            return raw;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length);
        HllArgs.strHeader(out, len);
        out.write(raw, headerLen, (int) len);
        return out.toByteArray();
    }

    /** {@code raw} is an ext with a {@code headerLen}-byte header before its type byte. */
    private static byte[] reext(byte[] raw, int headerLen, long len, boolean notCompact) {
        if (!notCompact) {
            return raw;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length);
        if (isFixExtSize(len)) {
            out.write(0xd4 + Long.numberOfTrailingZeros(len));
        } else if (len < 256) {
            out.write(0xc7);
            out.write((int) len);
        } else {
            out.write(0xc8);
            HllArgs.writeBe(out, len, 2);
        }
        out.write(raw, headerLen, (int) len + 1);
        return out.toByteArray();
    }

    private static boolean isFixExtSize(long len) {
        return len == 1 || len == 2 || len == 4 || len == 8 || len == 16;
    }

    private static void packUnsigned(ByteArrayOutputStream out, long v) {
        if (Long.compareUnsigned(v, 1L << 7) < 0) {
            out.write((int) v);
        } else if (Long.compareUnsigned(v, 1L << 8) < 0) {
            out.write(0xcc);
            out.write((int) v);
        } else if (Long.compareUnsigned(v, 1L << 16) < 0) {
            out.write(0xcd);
            HllArgs.writeBe(out, v, 2);
        } else if (Long.compareUnsigned(v, 1L << 32) < 0) {
            out.write(0xce);
            HllArgs.writeBe(out, v, 4);
        } else {
            out.write(0xcf);
            HllArgs.writeBe(out, v, 8);
        }
    }

    private static void packSigned(ByteArrayOutputStream out, long v) {
        if (v >= 0) {
            packUnsigned(out, v);
        } else if (v >= -(1L << 5)) {
            out.write((int) (0xe0 | (v + 32)));
        } else if (v >= -(1L << 7)) {
            out.write(0xd0);
            out.write((int) v);
        } else if (v >= -(1L << 15)) {
            out.write(0xd1);
            HllArgs.writeBe(out, v, 2);
        } else if (v >= -(1L << 31)) {
            out.write(0xd2);
            HllArgs.writeBe(out, v, 4);
        } else {
            out.write(0xd3);
            HllArgs.writeBe(out, v, 8);
        }
    }

    private static long be(byte[] b, int from, int n) {
        long v = 0;
        for (int i = 0; i < n; i++) {
            v = (v << 8) | (b[from + i] & 0xff);
        }
        return v;
    }
}
