package io.spikesdk.cdt.internal.msgpack;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.GeoJson;
import io.spikesdk.api.ResultCode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Unpacks the Aerospike msgpack dialect into Java values: integers as {@code Long}, floats as
 * {@code Double}, strings as {@code String}, GeoJSON as {@link GeoJson}, other blobs as
 * {@code byte[]}, arrays as {@code List} and maps as {@code Map}.
 *
 * <p>Maps keep the server's order ({@link LinkedHashMap}); a key-ordered map whose keys are all
 * longs or all strings comes back as a {@link TreeMap}, whose order then equals the server's.
 * The leading ext element that marks ordered lists and maps is consumed, never returned.
 */
public final class MsgPackReader {
    /** Decodes a nested blob (any particle type but string and GeoJSON), e.g. a serialized object. */
    @FunctionalInterface
    public interface BlobDecoder {
        /** The value for {@code bytes} (a fresh copy) of particle type {@code particleType}. */
        Object decode(int particleType, byte[] bytes);
    }

    private static final int MAP_KEY_ORDERED = 0x01;

    private final byte[] buf;
    private int pos;
    private final int end;
    private final BlobDecoder blobs;

    private MsgPackReader(byte[] buf, int offset, int length, BlobDecoder blobs) {
        this.buf = buf;
        this.pos = offset;
        this.end = offset + length;
        this.blobs = blobs;
    }

    /** Unpacks exactly one value occupying {@code [offset, offset + length)}. */
    public static Object unpack(byte[] bytes, int offset, int length) {
        return unpack(bytes, offset, length, null);
    }

    /**
     * Like {@link #unpack(byte[], int, int)}, passing nested blobs through {@code blobs} ({@code null}: they stay
     * {@code byte[]}).
     */
    public static Object unpack(byte[] bytes, int offset, int length, BlobDecoder blobs) {
        MsgPackReader reader = new MsgPackReader(bytes, offset, length, blobs);
        Object value = reader.readValue();
        if (reader.pos != reader.end) {
            throw parseError("trailing bytes after a msgpack value");
        }
        return value;
    }

    public static Object unpack(byte[] bytes) {
        return unpack(bytes, 0, bytes.length);
    }

    private Object readValue() {
        int type = readUnsignedByte();
        if (type <= 0x7f) {
            return (long) type;
        }
        if (type >= 0xe0) {
            return (long) (byte) type;
        }
        if ((type & 0xf0) == 0x80) {
            return readMap(type & 0x0f);
        }
        if ((type & 0xf0) == 0x90) {
            return readList(type & 0x0f);
        }
        if ((type & 0xe0) == 0xa0) {
            return readBlob(type & 0x1f);
        }
        switch (type) {
            case 0xc0: return null;
            case 0xc2: return Boolean.FALSE;
            case 0xc3: return Boolean.TRUE;
            case 0xc4: case 0xd9: return readBlob(readUnsignedByte());
            case 0xc5: case 0xda: return readBlob(readUnsignedShort());
            case 0xc6: case 0xdb: return readBlob(readLength32());
            case 0xca: return (double) Float.intBitsToFloat(readInt());
            case 0xcb: return Double.longBitsToDouble(readLong());
            case 0xcc: return (long) readUnsignedByte();
            case 0xcd: return (long) readUnsignedShort();
            case 0xce: return readInt() & 0xFFFF_FFFFL;
            case 0xcf: case 0xd3: return readLong();
            case 0xd0: return (long) (byte) readUnsignedByte();
            case 0xd1: return (long) (short) readUnsignedShort();
            case 0xd2: return (long) readInt();
            case 0xdc: return readList(readUnsignedShort());
            case 0xdd: return readList(readLength32());
            case 0xde: return readMap(readUnsignedShort());
            case 0xdf: return readMap(readLength32());
            default:
                throw parseError("unexpected msgpack type byte 0x" + Integer.toHexString(type));
        }
    }

    private Object readBlob(int length) {
        need(length);
        if (length == 0) {
            return new byte[0];
        }
        int particleType = buf[pos] & 0xFF;
        int start = pos + 1;
        pos += length;
        switch (particleType) {
            case 3: return new String(buf, start, length - 1, StandardCharsets.UTF_8);
            case 23: return GeoJson.of(new String(buf, start, length - 1, StandardCharsets.UTF_8));
            default:
                byte[] blob = Arrays.copyOfRange(buf, start, start + length - 1);
                return blobs == null ? blob : blobs.decode(particleType, blob);
        }
    }

    private List<Object> readList(int count) {
        if (count > 0 && isExt()) {
            skipExt();
            count--;
        }
        List<Object> list = new ArrayList<>(Math.min(count, end - pos));
        for (int i = 0; i < count; i++) {
            list.add(readValue());
        }
        return list;
    }

    private Map<Object, Object> readMap(int count) {
        int flags = 0;
        if (count > 0 && isExt()) {
            flags = skipExt();
            readValue();
            count--;
        }
        Map<Object, Object> map = new LinkedHashMap<>(Math.max(4, Math.min(count, end - pos) * 4 / 3 + 1));
        for (int i = 0; i < count; i++) {
            Object key = readValue();
            map.put(key, readValue());
        }
        if ((flags & MAP_KEY_ORDERED) != 0 && sameComparableKeys(map)) {
            return new TreeMap<>(map);
        }
        return map;
    }

    private static boolean sameComparableKeys(Map<Object, Object> map) {
        if (map.isEmpty()) {
            return true;
        }
        Class<?> first = null;
        for (Object key : map.keySet()) {
            if (!(key instanceof Long || key instanceof String)) {
                return false;
            }
            if (first == null) {
                first = key.getClass();
            } else if (first != key.getClass()) {
                return false;
            }
        }
        return true;
    }

    private boolean isExt() {
        need(1);
        int type = buf[pos] & 0xFF;
        return type == 0xc7 || (type >= 0xd4 && type <= 0xd8);
    }

    /** Skips an ext element and returns its ext type (the container flags for ordered markers). */
    private int skipExt() {
        int type = readUnsignedByte();
        int length;
        switch (type) {
            case 0xd4: length = 1; break;
            case 0xd5: length = 2; break;
            case 0xd6: length = 4; break;
            case 0xd7: length = 8; break;
            case 0xd8: length = 16; break;
            default: length = readUnsignedByte(); break;
        }
        int extType = readUnsignedByte();
        need(length);
        pos += length;
        return extType;
    }

    private int readUnsignedByte() {
        need(1);
        return buf[pos++] & 0xFF;
    }

    private int readUnsignedShort() {
        need(2);
        int v = ((buf[pos] & 0xFF) << 8) | (buf[pos + 1] & 0xFF);
        pos += 2;
        return v;
    }

    private int readInt() {
        need(4);
        int v = ((buf[pos] & 0xFF) << 24) | ((buf[pos + 1] & 0xFF) << 16) | ((buf[pos + 2] & 0xFF) << 8) | (buf[pos + 3] & 0xFF);
        pos += 4;
        return v;
    }

    private int readLength32() {
        int length = readInt();
        if (length < 0) {
            throw parseError("msgpack length out of range");
        }
        return length;
    }

    private long readLong() {
        need(8);
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (buf[pos + i] & 0xFF);
        }
        pos += 8;
        return v;
    }

    private void need(int n) {
        if (n < 0 || end - pos < n) {
            throw parseError("truncated msgpack value");
        }
    }

    private static AerospikeException parseError(String detail) {
        return AerospikeException.create(ResultCode.PARSE_ERROR, detail, null, false, 0);
    }

}
