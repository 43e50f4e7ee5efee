package io.spikesdk.testkit.internal.cdt;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Test-only msgpack notation, independent of the engine's codec. Grammar: {@code nil true false * (WILDCARD)
 * INF}, integers ({@code -5}, {@code 18446744073709551615u}), doubles ({@code 2.5}, {@code -0.0}), float32
 * ({@code 1.5f}), strings {@code 'abc'} (packed with the 0x03 type byte), blobs {@code b'0102'} (type byte 4),
 * raw bytes {@code r'0702'} (payload as given), lists {@code [1, 2]}, maps {@code {'a': 1}} and container ext
 * flags {@code [#1| 1, 2]} / {@code {#8| 'a': 1}}. {@link #render} prints msgpack back in the same notation.
 */
final class Notation {
    private final String s;
    private int p;

    private Notation(String s) {
        this.s = s;
    }

    /** Encodes notation to msgpack bytes. */
    static byte[] mp(String notation) {
        Notation n = new Notation(notation);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        n.value(out);
        n.ws();
        if (n.p != n.s.length()) {
            throw new IllegalArgumentException("trailing input at " + n.p + " in " + notation);
        }
        return out.toByteArray();
    }

    private void value(ByteArrayOutputStream out) {
        ws();
        char c = s.charAt(p);
        if (c == '[') {
            p++;
            int flags = flags();
            List<byte[]> items = new ArrayList<>();
            while (!peek(']')) {
                ByteArrayOutputStream item = new ByteArrayOutputStream();
                value(item);
                items.add(item.toByteArray());
                ws();
                if (peek(',')) {
                    p++;
                }
            }
            p++;
            header(out, 0x90, 0xdc, items.size() + (flags >= 0 ? 1 : 0));
            if (flags >= 0) {
                out.writeBytes(new byte[] {(byte) 0xc7, 0, (byte) flags});
            }
            items.forEach(out::writeBytes);
        } else if (c == '{') {
            p++;
            int flags = flags();
            List<byte[]> items = new ArrayList<>();
            while (!peek('}')) {
                ByteArrayOutputStream kv = new ByteArrayOutputStream();
                value(kv);
                ws();
                expect(':');
                value(kv);
                items.add(kv.toByteArray());
                ws();
                if (peek(',')) {
                    p++;
                }
            }
            p++;
            header(out, 0x80, 0xde, items.size() + (flags >= 0 ? 1 : 0));
            if (flags >= 0) {
                out.writeBytes(new byte[] {(byte) 0xc7, 0, (byte) flags, (byte) 0xc0});
            }
            items.forEach(out::writeBytes);
        } else if (c == '\'') {
            byte[] text = quoted().getBytes(StandardCharsets.UTF_8);
            str(out, 3, text);
        } else if (c == 'b' && s.charAt(p + 1) == '\'') {
            p++;
            str(out, 4, HexFormat.of().parseHex(quoted()));
        } else if (c == 'r' && s.charAt(p + 1) == '\'') {
            p++;
            str(out, -1, HexFormat.of().parseHex(quoted()));
        } else if (s.startsWith("nil", p)) {
            p += 3;
            out.write(0xc0);
        } else if (s.startsWith("true", p)) {
            p += 4;
            out.write(0xc3);
        } else if (s.startsWith("false", p)) {
            p += 5;
            out.write(0xc2);
        } else if (c == '*') {
            p++;
            out.writeBytes(new byte[] {(byte) 0xd4, (byte) 0xff, 0});
        } else if (s.startsWith("INF", p)) {
            p += 3;
            out.writeBytes(new byte[] {(byte) 0xd4, (byte) 0xff, 1});
        } else {
            number(out);
        }
    }

    private int flags() {
        ws();
        if (!peek('#')) {
            return -1;
        }
        p++;
        int start = p;
        while (Character.isDigit(s.charAt(p))) {
            p++;
        }
        int f = Integer.parseInt(s.substring(start, p));
        expect('|');
        return f;
    }

    private void number(ByteArrayOutputStream out) {
        int start = p;
        while (p < s.length() && "-+0123456789.eEfu".indexOf(s.charAt(p)) >= 0) {
            p++;
        }
        String t = s.substring(start, p);
        if (t.endsWith("f")) {
            out.write(0xca);
            be(out, Float.floatToRawIntBits(Float.parseFloat(t.substring(0, t.length() - 1))), 4);
        } else if (t.contains(".") || t.contains("e")) {
            out.write(0xcb);
            be(out, Double.doubleToRawLongBits(Double.parseDouble(t)), 8);
        } else if (t.endsWith("u")) {
            out.write(0xcf);
            be(out, Long.parseUnsignedLong(t.substring(0, t.length() - 1)), 8);
        } else {
            integer(out, Long.parseLong(t));
        }
    }

    static void integer(ByteArrayOutputStream out, long v) {
        if (v >= 0 && v < 128) {
            out.write((int) v);
        } else if (v >= -32 && v < 0) {
            out.write((int) v & 0xff);
        } else if (v >= 0 && v < 256) {
            out.write(0xcc);
            be(out, v, 1);
        } else if (v >= 0 && v < 65536) {
            out.write(0xcd);
            be(out, v, 2);
        } else if (v >= 0 && v <= 0xffffffffL) {
            out.write(0xce);
            be(out, v, 4);
        } else if (v >= 0) {
            out.write(0xcf);
            be(out, v, 8);
        } else if (v >= -128) {
            out.write(0xd0);
            be(out, v, 1);
        } else if (v >= -32768) {
            out.write(0xd1);
            be(out, v, 2);
        } else if (v >= Integer.MIN_VALUE) {
            out.write(0xd2);
            be(out, v, 4);
        } else {
            out.write(0xd3);
            be(out, v, 8);
        }
    }

    private static void str(ByteArrayOutputStream out, int type, byte[] data) {
        int n = data.length + (type >= 0 ? 1 : 0);
        if (n < 32) {
            out.write(0xa0 | n);
        } else if (n < 256) {
            out.write(0xd9);
            out.write(n);
        } else {
            out.write(0xda);
            be(out, n, 2);
        }
        if (type >= 0) {
            out.write(type);
        }
        out.writeBytes(data);
    }

    private static void header(ByteArrayOutputStream out, int fix, int wide, int n) {
        if (n < 16) {
            out.write(fix | n);
        } else {
            out.write(wide);
            be(out, n, 2);
        }
    }

    private static void be(ByteArrayOutputStream out, long v, int n) {
        for (int i = n - 1; i >= 0; i--) {
            out.write((int) (v >>> (8 * i)) & 0xff);
        }
    }

    private String quoted() {
        p++;
        int start = p;
        while (s.charAt(p) != '\'') {
            p++;
        }
        return s.substring(start, p++);
    }

    private boolean peek(char c) {
        ws();
        return p < s.length() && s.charAt(p) == c;
    }

    private void expect(char c) {
        ws();
        if (s.charAt(p) != c) {
            throw new IllegalArgumentException("expected " + c + " at " + p + " in " + s);
        }
        p++;
    }

    private void ws() {
        while (p < s.length() && s.charAt(p) == ' ') {
            p++;
        }
    }

    /** Renders msgpack bytes in this notation. */
    static String render(byte[] b) {
        int[] pos = {0};
        String r = render(b, pos);
        if (pos[0] != b.length) {
            throw new IllegalArgumentException("trailing bytes");
        }
        return r;
    }

    private static String render(byte[] b, int[] pos) {
        int c = b[pos[0]++] & 0xff;
        if (c <= 0x7f) {
            return Integer.toString(c);
        }
        if (c >= 0xe0) {
            return Integer.toString((byte) c);
        }
        if (c >= 0x80 && c <= 0x8f) {
            return map(b, pos, c & 0xf);
        }
        if (c >= 0x90 && c <= 0x9f) {
            return list(b, pos, c & 0xf);
        }
        if (c >= 0xa0 && c <= 0xbf) {
            return bytes(b, pos, c & 0x1f);
        }
        switch (c) {
            case 0xc0: return "nil";
            case 0xc2: return "false";
            case 0xc3: return "true";
            case 0xc7: {
                int len = (int) read(b, pos, 1);
                int type = (int) read(b, pos, 1);
                pos[0] += len;
                return "ext" + type;
            }
            case 0xca: return Float.intBitsToFloat((int) read(b, pos, 4)) + "f";
            case 0xcb: return Double.toString(Double.longBitsToDouble(read(b, pos, 8)));
            case 0xcc: return Long.toString(read(b, pos, 1));
            case 0xcd: return Long.toString(read(b, pos, 2));
            case 0xce: return Long.toString(read(b, pos, 4));
            case 0xcf: {
                long v = read(b, pos, 8);
                return v < 0 ? Long.toUnsignedString(v) + "u" : Long.toString(v);
            }
            case 0xd0: return Long.toString((byte) read(b, pos, 1));
            case 0xd1: return Long.toString((short) read(b, pos, 2));
            case 0xd2: return Long.toString((int) read(b, pos, 4));
            case 0xd3: return Long.toString(read(b, pos, 8));
            case 0xd4: {
                int type = (int) read(b, pos, 1);
                int data = (int) read(b, pos, 1);
                return type == 0xff ? (data == 0 ? "*" : "INF") : "ext" + type;
            }
            case 0xd9: return bytes(b, pos, (int) read(b, pos, 1));
            case 0xda: return bytes(b, pos, (int) read(b, pos, 2));
            case 0xdc: return list(b, pos, (int) read(b, pos, 2));
            case 0xde: return map(b, pos, (int) read(b, pos, 2));
            default: throw new IllegalArgumentException("unsupported byte " + Integer.toHexString(c));
        }
    }

    private static String list(byte[] b, int[] pos, int n) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            String item = render(b, pos);
            if (i == 0 && item.startsWith("ext")) {
                sb.append('#').append(item.substring(3)).append('|').append(n > 1 ? " " : "");
                continue;
            }
            sb.append(item).append(i < n - 1 ? ", " : "");
        }
        return sb.append(']').toString();
    }

    private static String map(byte[] b, int[] pos, int n) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < n; i++) {
            String k = render(b, pos);
            String v = render(b, pos);
            if (i == 0 && k.startsWith("ext")) {
                sb.append('#').append(k.substring(3)).append('|').append(n > 1 ? " " : "");
                continue;
            }
            sb.append(k).append(": ").append(v).append(i < n - 1 ? ", " : "");
        }
        return sb.append('}').toString();
    }

    private static String bytes(byte[] b, int[] pos, int n) {
        byte[] data = java.util.Arrays.copyOfRange(b, pos[0], pos[0] + n);
        pos[0] += n;
        if (n > 0 && data[0] == 3) {
            return "'" + new String(data, 1, n - 1, StandardCharsets.UTF_8) + "'";
        }
        if (n > 0 && data[0] == 4) {
            return "b'" + HexFormat.of().formatHex(data, 1, n) + "'";
        }
        return "r'" + HexFormat.of().formatHex(data) + "'";
    }

    private static long read(byte[] b, int[] pos, int n) {
        long v = 0;
        for (int i = 0; i < n; i++) {
            v = (v << 8) | (b[pos[0]++] & 0xff);
        }
        return v;
    }
}
