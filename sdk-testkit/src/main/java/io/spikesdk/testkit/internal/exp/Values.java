package io.spikesdk.testkit.internal.exp;

import io.spikesdk.api.ParticleType;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.testkit.internal.cdt.CdtException;
import io.spikesdk.testkit.internal.cdt.Element;
import io.spikesdk.testkit.internal.cdt.MpBool;
import io.spikesdk.testkit.internal.cdt.MpBytes;
import io.spikesdk.testkit.internal.cdt.MpExt;
import io.spikesdk.testkit.internal.cdt.MpFloat;
import io.spikesdk.testkit.internal.cdt.MpInt;
import io.spikesdk.testkit.internal.cdt.MpList;
import io.spikesdk.testkit.internal.cdt.MpMap;
import io.spikesdk.testkit.internal.cdt.MpNil;
import io.spikesdk.testkit.internal.cdt.MsgpackReader;
import io.spikesdk.testkit.internal.cdt.MsgpackWriter;
import io.spikesdk.testkit.internal.geo.GeoJsonException;
import io.spikesdk.testkit.internal.geo.GeoParticle;
import java.util.Arrays;

/**
 * Expression values are CDT elements: strings, blobs, GeoJSON and HLL are {@link MpBytes} whose payload starts
 * with the particle type byte. This class converts between them and stored particles.
 */
final class Values {
    /** Bytes of the GeoJSON particle header (flags, cell count). */
    static final int GEO_HEADER = 3;

    private Values() {
    }

    /** The runtime type of a value, or null for bytes with an unknown type byte. */
    static ExpType typeOf(Element e) {
        if (e instanceof MpNil) {
            return ExpType.NIL;
        }
        if (e instanceof MpBool) {
            return ExpType.BOOL;
        }
        if (e instanceof MpInt) {
            return ExpType.INT;
        }
        if (e instanceof MpFloat) {
            return ExpType.FLOAT;
        }
        if (e instanceof MpList) {
            return ExpType.LIST;
        }
        if (e instanceof MpMap) {
            return ExpType.MAP;
        }
        if (e instanceof MpExt) {
            return ExpType.RAW;
        }
        switch (((MpBytes) e).typeByte()) {
            case ParticleType.STRING:
                return ExpType.STRING;
            case ParticleType.BLOB:
                return ExpType.BLOB;
            case ParticleType.HLL:
                return ExpType.HLL;
            case ParticleType.GEOJSON:
                return ExpType.GEO;
            default:
                return null;
        }
    }

    /** The particle type that holds values of expression type {@code t}, or -1 (NIL, ANY, RAW). */
    static int particleType(ExpType t) {
        switch (t) {
            case BOOL:
                return ParticleType.BOOL;
            case INT:
                return ParticleType.INTEGER;
            case STRING:
                return ParticleType.STRING;
            case LIST:
                return ParticleType.LIST;
            case MAP:
                return ParticleType.MAP;
            case BLOB:
                return ParticleType.BLOB;
            case FLOAT:
                return ParticleType.DOUBLE;
            case GEO:
                return ParticleType.GEOJSON;
            case HLL:
                return ParticleType.HLL;
            default:
                return -1;
        }
    }

    static MpBool bool(boolean v) {
        return new MpBool(v);
    }

    static MpInt integer(long v) {
        return MpInt.of(v);
    }

    static MpFloat real(double v) {
        return MpFloat.ofDouble(v);
    }

    /** A bytes value: {@code typeByte} followed by {@code data}. */
    static MpBytes bytes(int typeByte, byte[] data, int from) {
        byte[] payload = new byte[data.length - from + 1];
        payload[0] = (byte) typeByte;
        System.arraycopy(data, from, payload, 1, data.length - from);
        return new MpBytes(payload);
    }

    /** The data of a bytes value without its type byte. */
    static byte[] data(MpBytes b) {
        byte[] p = b.payload();
        return p.length == 0 ? p : Arrays.copyOfRange(p, 1, p.length);
    }

    /** Decodes a stored bin or CDT result particle; null when the type is not an expression type or malformed. */
    static Element fromParticle(int type, byte[] value) {
        try {
            switch (type) {
                case ParticleType.INTEGER:
                    return value.length == 8 ? integer(Bytes.getLong(value, 0)) : null;
                case ParticleType.DOUBLE:
                    return value.length == 8 ? real(Double.longBitsToDouble(Bytes.getLong(value, 0))) : null;
                case ParticleType.BOOL:
                    return value.length == 1 ? bool(value[0] != 0) : null;
                case ParticleType.STRING:
                case ParticleType.BLOB:
                case ParticleType.HLL:
                    return bytes(type, value, 0);
                case ParticleType.GEOJSON:
                    return geoFromParticle(value);
                case ParticleType.LIST:
                case ParticleType.MAP:
                    return MsgpackReader.readFully(value);
                default:
                    return null;
            }
        } catch (CdtException e) {
            return null;
        }
    }

    /** A GeoJSON result gets its cells, as on the real server; text it cannot read is kept without cells. */
    private static BinValue geoParticle(byte[] json) {
        try {
            return new BinValue(ParticleType.GEOJSON, GeoParticle.fromJson(json));
        } catch (GeoJsonException ex) {
            byte[] geo = new byte[GEO_HEADER + json.length];
            System.arraycopy(json, 0, geo, GEO_HEADER, json.length);
            return new BinValue(ParticleType.GEOJSON, geo);
        }
    }

    private static Element geoFromParticle(byte[] value) {
        if (value.length < GEO_HEADER) {
            return null;
        }
        int start = GEO_HEADER + Bytes.getShort(value, 1) * 8;
        return start > value.length ? null : bytes(ParticleType.GEOJSON, value, start);
    }

    /**
     * The particle a value is returned or stored as: type and bytes. Null for nil and for values that are no
     * bin value (INFINITY / WILDCARD, bytes of an unknown type).
     */
    static BinValue toParticle(Element e) {
        ExpType t = typeOf(e);
        if (t == null || t == ExpType.NIL || t == ExpType.RAW) {
            return null;
        }
        switch (t) {
            case BOOL:
                return new BinValue(ParticleType.BOOL, new byte[] {(byte) (((MpBool) e).value() ? 1 : 0)});
            case INT:
                return new BinValue(ParticleType.INTEGER, long8(((MpInt) e).value()));
            case FLOAT:
                return new BinValue(ParticleType.DOUBLE, long8(Double.doubleToRawLongBits(((MpFloat) e).value())));
            case LIST:
                return new BinValue(ParticleType.LIST, MsgpackWriter.encode(e));
            case MAP:
                return new BinValue(ParticleType.MAP, MsgpackWriter.encode(e));
            case GEO:
                return geoParticle(data((MpBytes) e));
            default:
                return new BinValue(particleType(t), data((MpBytes) e));
        }
    }

    private static byte[] long8(long v) {
        byte[] b = new byte[8];
        Bytes.putLong(b, 0, v);
        return b;
    }

    /** A particle: type and value bytes. */
    record BinValue(int type, byte[] bytes) {
    }
}
