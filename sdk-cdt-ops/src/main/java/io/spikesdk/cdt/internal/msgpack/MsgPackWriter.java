package io.spikesdk.cdt.internal.msgpack;

import io.spikesdk.api.GeoJson;
import io.spikesdk.api.SerializationException;
import io.spikesdk.api.ParticleType;
import io.spikesdk.api.Value;
import io.spikesdk.cdt.CdtValue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.SortedMap;

/**
 * Packs Java values into the Aerospike msgpack dialect (docs/wire-protocol.md §12): strings, blobs and GeoJSON
 * carry a leading particle-type byte inside a msgpack str, integers take their smallest form, and a
 * {@link SortedMap} is written as a key-ordered map (count + 1, then the ext flags entry).
 *
 * <p>A writer owns a growable buffer that is reused across {@link #reset()} calls; it is not
 * thread-safe. Values that have no native mapping go to the {@link Fallback} given to
 * {@link #packObject(Object, Fallback)}, or fail with a {@link SerializationException}.
 */
public final class MsgPackWriter {
    /** Turns a value without a native mapping into a blob: the bytes and the particle type they carry. */
    @FunctionalInterface
    public interface Fallback {
        Value.BytesValue encode(Object value);
    }

    /** The fallback used when none is given: every unsupported value is an error. */
    public static final Fallback NO_SERIALIZER = value -> {
        throw new SerializationException("cannot store a value of type " + value.getClass().getName()
                + ": it has no Aerospike type and no serializer handles it (configure a serializer "
                + "or convert it to a supported type)");
    };

    private static final int MAP_KEY_ORDERED = 0x01;
    /** Scratch buffers larger than this are not kept by a thread between calls. */
    private static final int MAX_RETAINED_SCRATCH = 64 * 1024;
    private static final ThreadLocal<MsgPackWriter> SCRATCH = ThreadLocal.withInitial(() -> new MsgPackWriter(1024));

    private byte[] buffer;
    private int size;
    /** Set while this writer serves as a thread's scratch, so that a re-entrant pack gets its own writer. */
    private boolean inUse;

    public MsgPackWriter() {
        this(256);
    }

    public MsgPackWriter(int initialCapacity) {
        buffer = new byte[Math.max(16, initialCapacity)];
    }

    /** Packs one value with no fallback serializer. */
    public static byte[] pack(Object value) {
        return pack(value, NO_SERIALIZER);
    }

    /**
     * Packs one value into a new array of exactly its size. The work is done in a per-thread scratch
     * writer, so the only allocation on a warm thread is the returned array.
     */
    public static byte[] pack(Object value, Fallback fallback) {
        MsgPackWriter scratch = SCRATCH.get();
        if (scratch.inUse) {
            MsgPackWriter writer = new MsgPackWriter();
            writer.packObject(value, fallback);
            return writer.toByteArray();
        }
        scratch.inUse = true;
        try {
            scratch.reset();
            scratch.packObject(value, fallback);
            return scratch.toByteArray();
        } finally {
            scratch.inUse = false;
            if (scratch.buffer.length > MAX_RETAINED_SCRATCH) {
                SCRATCH.remove();
            }
        }
    }

    public void reset() {
        size = 0;
    }

    public int size() {
        return size;
    }

    /** The internal buffer; valid bytes are {@code [0, size())}. */
    public byte[] buffer() {
        return buffer;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    public void packObject(Object value) {
        packObject(value, NO_SERIALIZER);
    }

    /** Packs any supported value, recursing into lists and maps. */
    public void packObject(Object value, Fallback fallback) {
        if (value == null || value == Value.NULL) {
            packNil();
        } else if (value instanceof String s) {
            packParticleString(s);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            packLong(((Number) value).longValue());
        } else if (value instanceof Double d) {
            packDouble(d);
        } else if (value instanceof Float f) {
            packFloat(f);
        } else if (value instanceof Boolean b) {
            packBoolean(b);
        } else if (value instanceof byte[] bytes) {
            packParticleBytes(4, bytes, 0, bytes.length);
        } else if (value instanceof List<?> list) {
            packList(list, fallback);
        } else if (value instanceof Map<?, ?> map) {
            packMap(map, fallback);
        } else if (value instanceof GeoJson geo) {
            packGeoJson(geo);
        } else if (value instanceof Value v) {
            packValue(v, fallback);
        } else if (value instanceof CdtValue special) {
            packSpecial(special.marker());
        } else {
            packParticleBytes(fallback.encode(value));
        }
    }

    /** Packs an API {@link Value}. */
    public void packValue(Value value, Fallback fallback) {
        if (value == Value.NULL) {
            packNil();
        } else if (value instanceof Value.LongValue v) {
            packLong(v.value());
        } else if (value instanceof Value.DoubleValue v) {
            packDouble(v.value());
        } else if (value instanceof Value.StringValue v) {
            packParticleString(v.value());
        } else if (value instanceof Value.BytesValue v) {
            packParticleBytes(v);
        } else if (value instanceof Value.BoolValue v) {
            packBoolean(v.value());
        } else if (value instanceof Value.ListValue v) {
            packList(v.value(), fallback);
        } else if (value instanceof Value.MapValue v) {
            packMap(v.value(), fallback);
        } else if (value instanceof Value.GeoJsonValue v) {
            packGeoJson(v.value());
        } else {
            packObject(value.toObject(), fallback);
        }
    }

    public void packList(List<?> list, Fallback fallback) {
        int n = list.size();
        packArrayHeader(n);
        if (list instanceof RandomAccess) {
            for (int i = 0; i < n; i++) {
                packObject(list.get(i), fallback);
            }
        } else {
            for (Object element : list) {
                packObject(element, fallback);
            }
        }
    }

    public void packMap(Map<?, ?> map, Fallback fallback) {
        if (map instanceof SortedMap) {
            packMapHeader(map.size() + 1);
            packOrderFlags(MAP_KEY_ORDERED);
            packNil();
        } else {
            packMapHeader(map.size());
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            packObject(entry.getKey(), fallback);
            packObject(entry.getValue(), fallback);
        }
    }

    public void packGeoJson(GeoJson geo) {
        String json = geo.json();
        int utf8Length = Utf8.encodedLength(json);
        packStringHeader(utf8Length + 1);
        ensure(utf8Length + 1);
        buffer[size++] = 23;
        size = Utf8.encode(json, buffer, size);
    }

    /** Writes the ext element {@code c7 00 <flags>} that marks ordered lists and maps. */
    public void packOrderFlags(int flags) {
        ensure(3);
        buffer[size++] = (byte) 0xc7;
        buffer[size++] = 0;
        buffer[size++] = (byte) flags;
    }

    /** Writes the CDT comparison marker {@code d4 ff <marker>}: 0 = WILDCARD, 1 = INFINITY. */
    public void packSpecial(int marker) {
        ensure(3);
        buffer[size++] = (byte) 0xd4;
        buffer[size++] = (byte) 0xff;
        buffer[size++] = (byte) marker;
    }

    public void packNil() {
        ensure(1);
        buffer[size++] = (byte) 0xc0;
    }

    public void packBoolean(boolean value) {
        ensure(1);
        buffer[size++] = (byte) (value ? 0xc3 : 0xc2);
    }

    public void packLong(long value) {
        if (value >= 0) {
            if (value < 128) {
                writeByte((int) value);
            } else if (value < 256) {
                writeTypeAndByte(0xcc, (int) value);
            } else if (value < 65536) {
                writeTypeAndShort(0xcd, (int) value);
            } else if (value < 4294967296L) {
                writeTypeAndInt(0xce, (int) value);
            } else {
                writeTypeAndLong(0xcf, value);
            }
        } else if (value >= -32) {
            writeByte((int) value & 0xff);
        } else if (value >= Byte.MIN_VALUE) {
            writeTypeAndByte(0xd0, (int) value);
        } else if (value >= Short.MIN_VALUE) {
            writeTypeAndShort(0xd1, (int) value);
        } else if (value >= Integer.MIN_VALUE) {
            writeTypeAndInt(0xd2, (int) value);
        } else {
            writeTypeAndLong(0xd3, value);
        }
    }

    public void packDouble(double value) {
        writeTypeAndLong(0xcb, Double.doubleToLongBits(value));
    }

    public void packFloat(float value) {
        writeTypeAndInt(0xca, Float.floatToIntBits(value));
    }

    /** A string with its particle-type prefix: str header (length + 1), 3, UTF-8 bytes. */
    public void packParticleString(String value) {
        int utf8Length = Utf8.encodedLength(value);
        packStringHeader(utf8Length + 1);
        ensure(utf8Length + 1);
        buffer[size++] = 3;
        size = Utf8.encode(value, buffer, size);
    }

    /** Bytes with a particle-type prefix, written with a str header as the official clients do. */
    public void packParticleBytes(int particleType, byte[] bytes, int offset, int length) {
        packStringHeader(length + 1);
        ensure(length + 1);
        buffer[size++] = (byte) particleType;
        System.arraycopy(bytes, offset, buffer, size, length);
        size += length;
    }

    /**
     * A {@link Value.BytesValue} with its particle-type prefix, copied straight from the value (no clone). An HLL
     * value gets the BLOB prefix, as the official client packs an {@code HLLValue} inside msgpack; the server
     * ignores that byte where it takes sketches.
     */
    public void packParticleBytes(Value.BytesValue value) {
        int length = value.length();
        packStringHeader(length + 1);
        ensure(length + 1);
        int type = value.particleType();
        buffer[size++] = (byte) (type == ParticleType.HLL ? ParticleType.BLOB : type);
        value.copyTo(buffer, size);
        size += length;
    }

    /** Appends bytes that are already msgpack. */
    public void packRaw(byte[] bytes, int offset, int length) {
        ensure(length);
        System.arraycopy(bytes, offset, buffer, size, length);
        size += length;
    }

    public void packArrayHeader(int count) {
        if (count < 16) {
            writeByte(0x90 | count);
        } else if (count < 65536) {
            writeTypeAndShort(0xdc, count);
        } else {
            writeTypeAndInt(0xdd, count);
        }
    }

    public void packMapHeader(int count) {
        if (count < 16) {
            writeByte(0x80 | count);
        } else if (count < 65536) {
            writeTypeAndShort(0xde, count);
        } else {
            writeTypeAndInt(0xdf, count);
        }
    }

    public void packStringHeader(int length) {
        if (length < 32) {
            writeByte(0xa0 | length);
        } else if (length < 256) {
            writeTypeAndByte(0xd9, length);
        } else if (length < 65536) {
            writeTypeAndShort(0xda, length);
        } else {
            writeTypeAndInt(0xdb, length);
        }
    }

    private void writeByte(int b) {
        ensure(1);
        buffer[size++] = (byte) b;
    }

    private void writeTypeAndByte(int type, int b) {
        ensure(2);
        buffer[size++] = (byte) type;
        buffer[size++] = (byte) b;
    }

    private void writeTypeAndShort(int type, int v) {
        ensure(3);
        buffer[size++] = (byte) type;
        buffer[size++] = (byte) (v >>> 8);
        buffer[size++] = (byte) v;
    }

    private void writeTypeAndInt(int type, int v) {
        ensure(5);
        buffer[size++] = (byte) type;
        buffer[size++] = (byte) (v >>> 24);
        buffer[size++] = (byte) (v >>> 16);
        buffer[size++] = (byte) (v >>> 8);
        buffer[size++] = (byte) v;
    }

    private void writeTypeAndLong(int type, long v) {
        ensure(9);
        buffer[size++] = (byte) type;
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[size++] = (byte) (v >>> shift);
        }
    }

    private void ensure(int extra) {
        int needed = size + extra;
        if (needed > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(needed, buffer.length * 2));
        }
    }
}
