package io.spikesdk.testkit.internal.sindex;

/**
 * The 64-bit wyhash (final version 3, with the real server's seed) that turns an indexed string or blob into the
 * signed "bval" its index entries are ordered by and that query rows carry in their BVAL field.
 */
final class Wyhash {
    private static final long S0 = 0xa0761d6478bd642fL;
    private static final long S1 = 0xe7037ed1a0b428dbL;
    private static final long S2 = 0x8ebc6af09c88c6e3L;
    private static final long S3 = 0x589965cc75374cc3L;
    private static final long SEED = 0x29FBB14cc886fL ^ S0;

    private Wyhash() {
    }

    static long hash(byte[] p) {
        int len = p.length;
        long seed = SEED;
        long a;
        long b;
        if (len <= 16) {
            if (len >= 4) {
                int shift = (len >>> 3) << 2;
                a = (r4(p, 0) << 32) | r4(p, shift);
                b = (r4(p, len - 4) << 32) | r4(p, len - 4 - shift);
            } else if (len > 0) {
                a = ((long) (p[0] & 0xff) << 16) | ((long) (p[len >>> 1] & 0xff) << 8) | (p[len - 1] & 0xff);
                b = 0;
            } else {
                a = 0;
                b = 0;
            }
        } else {
            int i = len;
            int off = 0;
            if (i > 48) {
                long see1 = seed;
                long see2 = seed;
                do {
                    seed = mix(r8(p, off) ^ S1, r8(p, off + 8) ^ seed);
                    see1 = mix(r8(p, off + 16) ^ S2, r8(p, off + 24) ^ see1);
                    see2 = mix(r8(p, off + 32) ^ S3, r8(p, off + 40) ^ see2);
                    off += 48;
                    i -= 48;
                } while (i > 48);
                seed ^= see1 ^ see2;
            }
            while (i > 16) {
                seed = mix(r8(p, off) ^ S1, r8(p, off + 8) ^ seed);
                i -= 16;
                off += 16;
            }
            a = r8(p, off + i - 16);
            b = r8(p, off + i - 8);
        }
        return mix(S1 ^ len, mix(a ^ S1, b ^ seed));
    }

    /** The low and high halves of the unsigned 128-bit product, xor-ed. */
    private static long mix(long x, long y) {
        long lo = x * y;
        long hi = Math.multiplyHigh(x, y) + ((x >> 63) & y) + ((y >> 63) & x);
        return lo ^ hi;
    }

    private static long r8(byte[] p, int off) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (p[off + i] & 0xff);
        }
        return v;
    }

    private static long r4(byte[] p, int off) {
        return (p[off] & 0xffL) | (p[off + 1] & 0xffL) << 8 | (p[off + 2] & 0xffL) << 16 | (p[off + 3] & 0xffL) << 24;
    }
}
