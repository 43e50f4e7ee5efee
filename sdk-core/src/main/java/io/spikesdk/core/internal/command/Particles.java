package io.spikesdk.core.internal.command;

import io.spikesdk.api.GeoJson;
import io.spikesdk.api.Value;
import io.spikesdk.cdt.internal.msgpack.MsgPackReader;
import io.spikesdk.cdt.internal.msgpack.Utf8;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.api.ParticleType;

import java.nio.charset.StandardCharsets;

/**
 * Particle encoding of values in ops and the KEY field, and decoding of returned particles (docs/wire-protocol.md §5).
 *
 * <p>Lists, maps and objects without an Aerospike type are converted once, when the request is built
 * ({@link Request#prepare}); every value is then written straight into the request buffer.
 */
final class Particles {
    private Particles() {
    }

    /** The particle type of an op value; {@code null} (no value) is NULL. */
    static int type(Value v) {
        return v == null ? ParticleType.NULL : v.particleType();
    }

    /** Encoded size of a value as sent (lists, maps and objects already {@linkplain Request#prepare prepared}). */
    static int size(Value v) {
        if (v == null || v == Value.NULL) {
            return 0;
        }
        if (v instanceof Value.LongValue || v instanceof Value.DoubleValue) {
            return 8;
        }
        if (v instanceof Value.StringValue s) {
            return Utf8.encodedLength(s.value());
        }
        if (v instanceof Value.BytesValue b) {
            return b.length();
        }
        if (v instanceof Value.BoolValue) {
            return 1;
        }
        if (v instanceof Value.GeoJsonValue g) {
            return 3 + Utf8.encodedLength(g.value().json());
        }
        throw new IllegalStateException("value without a particle encoding: " + v.getClass().getName());
    }

    /** Writes a value as sent at {@code off}; returns the offset after it. */
    static int write(Value v, byte[] buf, int off) {
        if (v == null || v == Value.NULL) {
            return off;
        }
        if (v instanceof Value.LongValue l) {
            Bytes.putLong(buf, off, l.value());
            return off + 8;
        }
        if (v instanceof Value.StringValue s) {
            return Utf8.encode(s.value(), buf, off);
        }
        if (v instanceof Value.BytesValue b) {
            b.copyTo(buf, off);
            return off + b.length();
        }
        if (v instanceof Value.DoubleValue d) {
            Bytes.putLong(buf, off, Double.doubleToLongBits(d.value()));
            return off + 8;
        }
        if (v instanceof Value.BoolValue b) {
            buf[off] = (byte) (b.value() ? 1 : 0);
            return off + 1;
        }
        if (v instanceof Value.GeoJsonValue g) {
            buf[off] = 0;
            buf[off + 1] = 0;
            buf[off + 2] = 0;
            return Utf8.encode(g.value().json(), buf, off + 3);
        }
        throw new IllegalStateException("value without a particle encoding: " + v.getClass().getName());
    }

    /**
     * Decodes a returned particle into its Java value: Long, Double, String, byte[] (every blob type
     * and unknown types), Boolean, List, Map, GeoJson; NULL ⇒ {@code null}. Blobs nested in lists and maps
     * go through {@code blobs} when it is not null.
     */
    static Object read(int type, byte[] buf, int off, int len, MsgPackReader.BlobDecoder blobs) {
        switch (type) {
            case ParticleType.NULL:
                return null;
            case ParticleType.INTEGER:
                return readLong(buf, off, len);
            case ParticleType.DOUBLE:
                return len == 8 ? Double.longBitsToDouble(Bytes.getLong(buf, off)) : blob(buf, off, len);
            case ParticleType.STRING:
                return new String(buf, off, len, StandardCharsets.UTF_8);
            case ParticleType.BOOL:
                return len > 0 && buf[off] != 0 ? Boolean.TRUE : Boolean.FALSE;
            case ParticleType.LIST:
            case ParticleType.MAP:
                return MsgPackReader.unpack(buf, off, len, blobs);
            case ParticleType.GEOJSON:
                return readGeoJson(buf, off, len);
            default:
                return blob(buf, off, len);
        }
    }

    private static Long readLong(byte[] buf, int off, int len) {
        long v = 0;
        for (int i = 0; i < len; i++) {
            v = (v << 8) | (buf[off + i] & 0xFF);
        }
        return v;
    }

    private static GeoJson readGeoJson(byte[] buf, int off, int len) {
        int cells = Bytes.getShort(buf, off + 1);
        int header = 3 + cells * 8;
        return GeoJson.of(new String(buf, off + header, len - header, StandardCharsets.UTF_8));
    }

    static byte[] blob(byte[] buf, int off, int len) {
        byte[] b = new byte[len];
        System.arraycopy(buf, off, b, 0, len);
        return b;
    }
}
