package io.spikesdk.cdt.internal.msgpack;

/** UTF-8 length and encoding straight into a byte array, without the temporary array of {@code String.getBytes}. */
public final class Utf8 {
    private Utf8() {
    }

    /** Number of bytes the UTF-8 encoding of {@code s} takes (unpaired surrogates count as '?', like String.getBytes). */
    public static int encodedLength(String s) {
        int n = s.length();
        int length = n;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                if (c < 0x800) {
                    length += 1;
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    length += 2;
                    i++;
                } else if (!Character.isSurrogate(c)) {
                    length += 2;
                }
            }
        }
        return length;
    }

    /** Encodes {@code s} at {@code offset}; returns the offset after the last byte written. */
    public static int encode(String s, byte[] dst, int offset) {
        int n = s.length();
        int p = offset;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                dst[p++] = (byte) c;
            } else if (c < 0x800) {
                dst[p++] = (byte) (0xc0 | (c >> 6));
                dst[p++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                dst[p++] = (byte) (0xf0 | (cp >> 18));
                dst[p++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                dst[p++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                dst[p++] = (byte) (0x80 | (cp & 0x3f));
            } else if (Character.isSurrogate(c)) {
                dst[p++] = (byte) '?';
            } else {
                dst[p++] = (byte) (0xe0 | (c >> 12));
                dst[p++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                dst[p++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        return p;
    }
}
