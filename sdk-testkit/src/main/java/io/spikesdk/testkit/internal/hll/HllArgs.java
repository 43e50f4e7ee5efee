package io.spikesdk.testkit.internal.hll;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * A cursor over the msgpack of one HLL op, reading the way the real server does: integers of any msgpack width
 * as 64-bit values, str/bin payloads, and whole elements as raw bytes. Every read returns null / false on
 * malformed or mistyped input instead of throwing.
 */
final class HllArgs {
    private final byte[] b;
    private int pos;

    HllArgs(byte[] bytes) {
        this.b = bytes;
    }

    /** An array header's element count, or -1 when the next element is not an array. */
    int arrayHeader() {
        if (pos >= b.length) {
            return -1;
        }
        int t = b[pos] & 0xff;
        if ((t & 0xf0) == 0x90) {
            pos++;
            return t & 0x0f;
        }
        if (t == 0xdc && has(3)) {
            int n = (int) be(pos + 1, 2);
            pos += 3;
            return n;
        }
        if (t == 0xdd && has(5)) {
            long n = be(pos + 1, 4);
            pos += 5;
            return n > Integer.MAX_VALUE ? -1 : (int) n;
        }
        return -1;
    }

    boolean nextIsArray() {
        if (pos >= b.length) {
            return false;
        }
        int t = b[pos] & 0xff;
        return (t & 0xf0) == 0x90 || t == 0xdc || t == 0xdd;
    }

    boolean nextIsMap() {
        if (pos >= b.length) {
            return false;
        }
        int t = b[pos] & 0xff;
        return (t & 0xf0) == 0x80 || t == 0xde || t == 0xdf;
    }

    /** The next integer as 64 bits (signed and unsigned forms alike), or null when it is not an integer. */
    Long integer() {
        if (pos >= b.length) {
            return null;
        }
        int t = b[pos] & 0xff;
        if (t < 0x80 || t >= 0xe0) {
            pos++;
            return (long) (byte) t;
        }
        int width;
        boolean signed;
        if (t >= 0xcc && t <= 0xcf) {
            width = 1 << (t - 0xcc);
            signed = false;
        } else if (t >= 0xd0 && t <= 0xd3) {
            width = 1 << (t - 0xd0);
            signed = true;
        } else {
            return null;
        }
        if (!has(1 + width)) {
            return null;
        }
        long v = be(pos + 1, width);
        if (signed && width < 8) {
            v = (v << (64 - 8 * width)) >> (64 - 8 * width);
        }
        pos += 1 + width;
        return v;
    }

    /** The payload of the next str/bin element, or null when it is neither. */
    byte[] bytes() {
        if (pos >= b.length) {
            return null;
        }
        int t = b[pos] & 0xff;
        int headerLen;
        long len;
        if ((t & 0xe0) == 0xa0) {
            headerLen = 1;
            len = t & 0x1f;
        } else if (t == 0xc4 || t == 0xd9) {
            headerLen = 2;
            len = has(2) ? be(pos + 1, 1) : -1;
        } else if (t == 0xc5 || t == 0xda) {
            headerLen = 3;
            len = has(3) ? be(pos + 1, 2) : -1;
        } else if (t == 0xc6 || t == 0xdb) {
            headerLen = 5;
            len = has(5) ? be(pos + 1, 4) : -1;
        } else {
            return null;
        }
        if (len < 0 || !has(headerLen + len)) {
            return null;
        }
        int from = pos + headerLen;
        pos = from + (int) len;
        return Arrays.copyOfRange(b, from, pos);
    }

    /** The raw bytes of the next element (skipping nested ones), or null when malformed. */
    byte[] rawElement() {
        int start = pos;
        if (!skip(0)) {
            pos = start;
            return null;
        }
        return Arrays.copyOfRange(b, start, pos);
    }

    private boolean skip(int depth) {
        if (pos >= b.length || depth > 256) {
            return false;
        }
        int t = b[pos] & 0xff;
        if (t < 0x80 || t >= 0xe0 || t == 0xc0 || t == 0xc2 || t == 0xc3) {
            pos++;
            return true;
        }
        if ((t & 0xf0) == 0x80 || (t & 0xf0) == 0x90) {
            pos++;
            return children((t & 0x0f) * ((t & 0xf0) == 0x80 ? 2L : 1L), depth);
        }
        if ((t & 0xe0) == 0xa0) {
            return advance(1 + (t & 0x1f));
        }
        switch (t) {
            case 0xcc: case 0xd0: return advance(2);
            case 0xcd: case 0xd1: return advance(3);
            case 0xce: case 0xd2: case 0xca: return advance(5);
            case 0xcf: case 0xd3: case 0xcb: return advance(9);
            case 0xd4: return advance(3);
            case 0xd5: return advance(4);
            case 0xd6: return advance(6);
            case 0xd7: return advance(10);
            case 0xd8: return advance(18);
            case 0xc4: case 0xd9: return has(2) && advance(2 + be(pos + 1, 1));
            case 0xc5: case 0xda: return has(3) && advance(3 + be(pos + 1, 2));
            case 0xc6: case 0xdb: return has(5) && advance(5 + be(pos + 1, 4));
            case 0xc7: return has(2) && advance(3 + be(pos + 1, 1));
            case 0xc8: return has(3) && advance(4 + be(pos + 1, 2));
            case 0xc9: return has(5) && advance(6 + be(pos + 1, 4));
            case 0xdc: return has(3) && headerThenChildren(3, be(pos + 1, 2), depth);
            case 0xdd: return has(5) && headerThenChildren(5, be(pos + 1, 4), depth);
            case 0xde: return has(3) && headerThenChildren(3, 2 * be(pos + 1, 2), depth);
            case 0xdf: return has(5) && headerThenChildren(5, 2 * be(pos + 1, 4), depth);
            default: return false;
        }
    }

    private boolean headerThenChildren(int headerLen, long n, int depth) {
        pos += headerLen;
        return children(n, depth);
    }

    private boolean children(long n, int depth) {
        for (long i = 0; i < n; i++) {
            if (!skip(depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private boolean advance(long n) {
        if (!has(n)) {
            return false;
        }
        pos += (int) n;
        return true;
    }

    private boolean has(long n) {
        return pos + n <= b.length;
    }

    private long be(int from, int n) {
        long v = 0;
        for (int i = 0; i < n; i++) {
            v = (v << 8) | (b[from + i] & 0xff);
        }
        return v;
    }

    /** Writes a str header for {@code len} in the server packer's shortest form. */
    static void strHeader(ByteArrayOutputStream out, long len) {
        if (len < 32) {
            out.write((int) (0xa0 | len));
        } else if (len < 256) {
            out.write(0xd9);
            out.write((int) len);
        } else if (len < 65536) {
            out.write(0xda);
            writeBe(out, len, 2);
        } else {
            out.write(0xdb);
            writeBe(out, len, 4);
        }
    }

    static void writeBe(ByteArrayOutputStream out, long v, int n) {
        for (int i = n - 1; i >= 0; i--) {
            out.write((int) (v >>> (8 * i)));
        }
    }
}
