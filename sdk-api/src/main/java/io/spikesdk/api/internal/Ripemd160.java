package io.spikesdk.api.internal;

/**
 * RIPEMD-160 (Dobbertin, Bosselaers, Preneel 1996), the hash of Aerospike key digests.
 *
 * <p>An instance is reusable and not thread-safe: {@link #digest(byte[], int)} finishes the hash and
 * resets the state. Hashing allocates nothing; {@link #digest()} allocates only the 20-byte result.
 */
public final class Ripemd160 {

    /** Length of a digest in bytes. */
    public static final int DIGEST_LENGTH = 20;

    private static final int BLOCK = 64;

    /** Message word used by each left-line step. */
    private static final byte[] RL = {
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
        7, 4, 13, 1, 10, 6, 15, 3, 12, 0, 9, 5, 2, 14, 11, 8,
        3, 10, 14, 4, 9, 15, 8, 1, 2, 7, 0, 6, 13, 11, 5, 12,
        1, 9, 11, 10, 0, 8, 12, 4, 13, 3, 7, 15, 14, 5, 6, 2,
        4, 0, 5, 9, 7, 12, 2, 10, 14, 1, 3, 8, 11, 6, 15, 13};

    /** Message word used by each right-line step. */
    private static final byte[] RR = {
        5, 14, 7, 0, 9, 2, 11, 4, 13, 6, 15, 8, 1, 10, 3, 12,
        6, 11, 3, 7, 0, 13, 5, 10, 14, 15, 8, 12, 4, 9, 1, 2,
        15, 5, 1, 3, 7, 14, 6, 9, 11, 8, 12, 2, 10, 0, 4, 13,
        8, 6, 4, 1, 3, 11, 15, 0, 5, 12, 2, 13, 9, 7, 10, 14,
        12, 15, 10, 4, 1, 5, 8, 7, 6, 2, 13, 14, 0, 3, 9, 11};

    /** Left-rotation of each left-line step. */
    private static final byte[] SL = {
        11, 14, 15, 12, 5, 8, 7, 9, 11, 13, 14, 15, 6, 7, 9, 8,
        7, 6, 8, 13, 11, 9, 7, 15, 7, 12, 15, 9, 11, 7, 13, 12,
        11, 13, 6, 7, 14, 9, 13, 15, 14, 8, 13, 6, 5, 12, 7, 5,
        11, 12, 14, 15, 14, 15, 9, 8, 9, 14, 5, 6, 8, 6, 5, 12,
        9, 15, 5, 11, 6, 8, 13, 12, 5, 12, 13, 14, 11, 8, 5, 6};

    /** Left-rotation of each right-line step. */
    private static final byte[] SR = {
        8, 9, 9, 11, 13, 15, 15, 5, 7, 7, 8, 11, 14, 14, 12, 6,
        9, 13, 15, 7, 12, 8, 9, 11, 7, 7, 12, 7, 6, 15, 13, 11,
        9, 7, 15, 11, 8, 6, 6, 14, 12, 13, 5, 14, 13, 13, 7, 5,
        15, 5, 8, 11, 14, 14, 6, 14, 6, 9, 12, 9, 12, 5, 15, 8,
        8, 5, 12, 9, 12, 5, 14, 6, 8, 13, 6, 5, 15, 13, 11, 11};

    private static final int[] KL = {0x00000000, 0x5A827999, 0x6ED9EBA1, 0x8F1BBCDC, 0xA953FD4E};
    private static final int[] KR = {0x50A28BE6, 0x5C4DD124, 0x6D703EF3, 0x7A6D76E9, 0x00000000};

    private final int[] h = new int[5];
    private final int[] x = new int[16];
    private final byte[] buffer = new byte[BLOCK];
    private int bufferLength;
    private long byteCount;

    /** A fresh hash state. */
    public Ripemd160() {
        reset();
    }

    /** Forgets all input: the next byte starts a new message. */
    public void reset() {
        h[0] = 0x67452301;
        h[1] = 0xEFCDAB89;
        h[2] = 0x98BADCFE;
        h[3] = 0x10325476;
        h[4] = 0xC3D2E1F0;
        bufferLength = 0;
        byteCount = 0;
    }

    /** Adds one byte. */
    public void update(byte b) {
        buffer[bufferLength++] = b;
        byteCount++;
        if (bufferLength == BLOCK) {
            compress(buffer, 0);
            bufferLength = 0;
        }
    }

    /** Adds all bytes of {@code in}. */
    public void update(byte[] in) {
        update(in, 0, in.length);
    }

    /** Adds {@code len} bytes of {@code in} starting at {@code off}. */
    public void update(byte[] in, int off, int len) {
        if (off < 0 || len < 0 || off > in.length - len) {
            throw new IndexOutOfBoundsException("range [" + off + ", " + off + "+" + len + ") outside array of " + in.length);
        }
        byteCount += len;
        int pos = off;
        int end = off + len;
        if (bufferLength > 0) {
            int n = Math.min(BLOCK - bufferLength, len);
            System.arraycopy(in, pos, buffer, bufferLength, n);
            bufferLength += n;
            pos += n;
            if (bufferLength < BLOCK) {
                return;
            }
            compress(buffer, 0);
            bufferLength = 0;
        }
        while (end - pos >= BLOCK) {
            compress(in, pos);
            pos += BLOCK;
        }
        int rest = end - pos;
        System.arraycopy(in, pos, buffer, 0, rest);
        bufferLength = rest;
    }

    /**
     * Adds the UTF-8 encoding of {@code s} without allocating; the bytes are exactly those of
     * {@code s.toString().getBytes(StandardCharsets.UTF_8)} (an unpaired surrogate becomes {@code '?'}).
     */
    public void updateUtf8(CharSequence s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                update((byte) c);
            } else if (c < 0x800) {
                update((byte) (0xC0 | (c >> 6)));
                update((byte) (0x80 | (c & 0x3F)));
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    update((byte) (0xF0 | (cp >> 18)));
                    update((byte) (0x80 | ((cp >> 12) & 0x3F)));
                    update((byte) (0x80 | ((cp >> 6) & 0x3F)));
                    update((byte) (0x80 | (cp & 0x3F)));
                } else {
                    update((byte) '?');
                }
            } else {
                update((byte) (0xE0 | (c >> 12)));
                update((byte) (0x80 | ((c >> 6) & 0x3F)));
                update((byte) (0x80 | (c & 0x3F)));
            }
        }
    }

    /** Adds {@code v} as 8 big-endian bytes. */
    public void updateLongBigEndian(long v) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            update((byte) (v >>> shift));
        }
    }

    /** Finishes the hash, returns the 20-byte digest and resets the state. */
    public byte[] digest() {
        byte[] out = new byte[DIGEST_LENGTH];
        digest(out, 0);
        return out;
    }

    /** Finishes the hash, writes the 20-byte digest to {@code out[off..off+20)} and resets the state. */
    public void digest(byte[] out, int off) {
        if (off < 0 || off > out.length - DIGEST_LENGTH) {
            throw new IndexOutOfBoundsException("need " + DIGEST_LENGTH + " bytes at offset " + off + " of an array of " + out.length);
        }
        long bitCount = byteCount << 3;
        buffer[bufferLength++] = (byte) 0x80;
        if (bufferLength > BLOCK - 8) {
            fill(bufferLength, BLOCK);
            compress(buffer, 0);
            bufferLength = 0;
        }
        fill(bufferLength, BLOCK - 8);
        for (int i = 0; i < 8; i++) {
            buffer[BLOCK - 8 + i] = (byte) (bitCount >>> (8 * i));
        }
        compress(buffer, 0);
        for (int i = 0; i < 5; i++) {
            int v = h[i];
            out[off + 4 * i] = (byte) v;
            out[off + 4 * i + 1] = (byte) (v >>> 8);
            out[off + 4 * i + 2] = (byte) (v >>> 16);
            out[off + 4 * i + 3] = (byte) (v >>> 24);
        }
        reset();
    }

    /** One-shot hash of {@code data}. */
    public static byte[] hash(byte[] data) {
        Ripemd160 md = new Ripemd160();
        md.update(data);
        return md.digest();
    }

    private void fill(int from, int to) {
        for (int i = from; i < to; i++) {
            buffer[i] = 0;
        }
    }

    private void compress(byte[] block, int off) {
        for (int i = 0; i < 16; i++) {
            int p = off + 4 * i;
            x[i] = (block[p] & 0xFF) | (block[p + 1] & 0xFF) << 8 | (block[p + 2] & 0xFF) << 16 | (block[p + 3] & 0xFF) << 24;
        }
        int al = h[0], bl = h[1], cl = h[2], dl = h[3], el = h[4];
        int ar = al, br = bl, cr = cl, dr = dl, er = el;
        for (int j = 0; j < 80; j++) {
            int round = j >> 4;
            int t = Integer.rotateLeft(al + f(round, bl, cl, dl) + x[RL[j]] + KL[round], SL[j]) + el;
            al = el;
            el = dl;
            dl = Integer.rotateLeft(cl, 10);
            cl = bl;
            bl = t;
            t = Integer.rotateLeft(ar + f(4 - round, br, cr, dr) + x[RR[j]] + KR[round], SR[j]) + er;
            ar = er;
            er = dr;
            dr = Integer.rotateLeft(cr, 10);
            cr = br;
            br = t;
        }
        int t = h[1] + cl + dr;
        h[1] = h[2] + dl + er;
        h[2] = h[3] + el + ar;
        h[3] = h[4] + al + br;
        h[4] = h[0] + bl + cr;
        h[0] = t;
    }

    private static int f(int round, int x, int y, int z) {
        switch (round) {
            case 0:
                return x ^ y ^ z;
            case 1:
                return (x & y) | (~x & z);
            case 2:
                return (x | ~y) ^ z;
            case 3:
                return (x & z) | (y & ~z);
            default:
                return x ^ (y | ~z);
        }
    }
}
