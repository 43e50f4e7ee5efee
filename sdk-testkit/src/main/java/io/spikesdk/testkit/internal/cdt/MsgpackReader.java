package io.spikesdk.testkit.internal.cdt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decodes msgpack into {@link Element}s. A leading ext element of an array, or an ext key leading a map, is the
 * container's order header (its ext type is the flags); any ext index payload in it is dropped. Every malformed
 * input raises PARAMETER_ERROR.
 */
public final class MsgpackReader {
    private static final int MAX_DEPTH = 256;

    private final byte[] buf;
    private int pos;

    MsgpackReader(byte[] buf) {
        this.buf = buf;
    }

    /** Decodes exactly one element spanning all of {@code bytes}. */
    public static Element readFully(byte[] bytes) throws CdtException {
        MsgpackReader r = new MsgpackReader(bytes);
        Element e = r.read();
        if (r.pos != bytes.length) {
            throw CdtException.param("trailing bytes after msgpack element");
        }
        return e;
    }

    Element read() throws CdtException {
        return read(0);
    }

    private Element read(int depth) throws CdtException {
        if (depth > MAX_DEPTH) {
            throw CdtException.param("msgpack nesting too deep");
        }
        int b = u8();
        if (b <= 0x7f) {
            return MpInt.of(b);
        }
        if (b >= 0xe0) {
            return MpInt.of((byte) b);
        }
        if (b >= 0x80 && b <= 0x8f) {
            return map(b & 0x0f, depth);
        }
        if (b >= 0x90 && b <= 0x9f) {
            return array(b & 0x0f, depth);
        }
        if (b >= 0xa0 && b <= 0xbf) {
            return new MpBytes(take(b & 0x1f));
        }
        switch (b) {
            case 0xc0:
                return MpNil.INSTANCE;
            case 0xc2:
                return new MpBool(false);
            case 0xc3:
                return new MpBool(true);
            case 0xc4:
            case 0xd9:
                return new MpBytes(take(u8()));
            case 0xc5:
            case 0xda:
                return new MpBytes(take(u16()));
            case 0xc6:
            case 0xdb:
                return new MpBytes(take(u32()));
            case 0xc7:
                return ext(u8());
            case 0xc8:
                return ext(u16());
            case 0xc9:
                return ext(u32());
            case 0xca:
                return new MpFloat(true, (long) u32() & 0xffffffffL);
            case 0xcb:
                return new MpFloat(false, u64());
            case 0xcc:
                return MpInt.of(u8());
            case 0xcd:
                return MpInt.of(u16());
            case 0xce:
                return MpInt.of((long) u32() & 0xffffffffL);
            case 0xcf: {
                long v = u64();
                return new MpInt(v, v < 0);
            }
            case 0xd0:
                return MpInt.of((byte) u8());
            case 0xd1:
                return MpInt.of((short) u16());
            case 0xd2:
                return MpInt.of(u32());
            case 0xd3:
                return MpInt.of(u64());
            case 0xd4:
                return ext(1);
            case 0xd5:
                return ext(2);
            case 0xd6:
                return ext(4);
            case 0xd7:
                return ext(8);
            case 0xd8:
                return ext(16);
            case 0xdc:
                return array(u16(), depth);
            case 0xdd:
                return array(u32(), depth);
            case 0xde:
                return map(u16(), depth);
            case 0xdf:
                return map(u32(), depth);
            default:
                throw CdtException.param("invalid msgpack byte 0x" + Integer.toHexString(b));
        }
    }

    private MpExt ext(int len) throws CdtException {
        int type = u8();
        return new MpExt(type, take(len));
    }

    private MpList array(int n, int depth) throws CdtException {
        checkCount(n, 1);
        List<Element> items = new ArrayList<>(Math.min(n, 1024));
        int flags = 0;
        for (int i = 0; i < n; i++) {
            Element e = read(depth + 1);
            if (i == 0 && isHeader(e)) {
                flags = ((MpExt) e).type();
            } else {
                items.add(e);
            }
        }
        return new MpList(flags, items);
    }

    private MpMap map(int n, int depth) throws CdtException {
        checkCount(n, 2);
        List<MapEntry> entries = new ArrayList<>(Math.min(n, 1024));
        int flags = 0;
        for (int i = 0; i < n; i++) {
            Element k = read(depth + 1);
            Element v = read(depth + 1);
            if (i == 0 && isHeader(k)) {
                flags = ((MpExt) k).type();
            } else {
                entries.add(new MapEntry(k, v));
            }
        }
        return new MpMap(flags, entries);
    }

    private static boolean isHeader(Element e) {
        return e instanceof MpExt x && x.type() != 0xff;
    }

    private void checkCount(int n, int minBytesEach) throws CdtException {
        if (n < 0 || (long) n * minBytesEach > buf.length - pos) {
            throw CdtException.param("msgpack container count exceeds the input");
        }
    }

    private int u8() throws CdtException {
        need(1);
        return buf[pos++] & 0xff;
    }

    private int u16() throws CdtException {
        need(2);
        int v = ((buf[pos] & 0xff) << 8) | (buf[pos + 1] & 0xff);
        pos += 2;
        return v;
    }

    private int u32() throws CdtException {
        need(4);
        int v = ((buf[pos] & 0xff) << 24) | ((buf[pos + 1] & 0xff) << 16) | ((buf[pos + 2] & 0xff) << 8)
                | (buf[pos + 3] & 0xff);
        pos += 4;
        return v;
    }

    private long u64() throws CdtException {
        long hi = (long) u32() & 0xffffffffL;
        long lo = (long) u32() & 0xffffffffL;
        return (hi << 32) | lo;
    }

    private byte[] take(int len) throws CdtException {
        if (len < 0) {
            throw CdtException.param("msgpack length too large");
        }
        need(len);
        byte[] out = Arrays.copyOfRange(buf, pos, pos + len);
        pos += len;
        return out;
    }

    private void need(int n) throws CdtException {
        if (n > buf.length - pos) {
            throw CdtException.param("truncated msgpack");
        }
    }
}
