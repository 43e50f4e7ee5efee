package io.spikesdk.testkit.internal.inspect;

import io.spikesdk.api.GeoJson;
import io.spikesdk.api.ParticleType;
import io.spikesdk.testkit.internal.cdt.CdtException;
import io.spikesdk.testkit.internal.cdt.Element;
import io.spikesdk.testkit.internal.cdt.MapEntry;
import io.spikesdk.testkit.internal.cdt.MpBool;
import io.spikesdk.testkit.internal.cdt.MpBytes;
import io.spikesdk.testkit.internal.cdt.MpExt;
import io.spikesdk.testkit.internal.cdt.MpFloat;
import io.spikesdk.testkit.internal.cdt.MpInt;
import io.spikesdk.testkit.internal.cdt.MpList;
import io.spikesdk.testkit.internal.cdt.MpMap;
import io.spikesdk.testkit.internal.cdt.MpNil;
import io.spikesdk.testkit.internal.cdt.MsgpackReader;
import io.spikesdk.testkit.internal.geo.GeoParticle;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stored particles as the Java values a client reads: Long, Double, String, byte[] (every blob type and HLL),
 * Boolean, List, Map (in stored, key-sorted order), {@link GeoJson}; nested nil is null.
 */
public final class JavaValues {
    private JavaValues() {
    }

    /** The Java value of a stored bin. */
    public static Object ofParticle(int type, byte[] value) {
        switch (type) {
            case ParticleType.NULL:
                return null;
            case ParticleType.INTEGER:
                return integer(value);
            case ParticleType.DOUBLE:
                return value.length == 8 ? Double.longBitsToDouble(integer(value)) : value.clone();
            case ParticleType.STRING:
                return new String(value, StandardCharsets.UTF_8);
            case ParticleType.BOOL:
                return value.length > 0 && value[0] != 0;
            case ParticleType.GEOJSON:
                return GeoJson.of(new String(GeoParticle.json(value), StandardCharsets.UTF_8));
            case ParticleType.LIST:
            case ParticleType.MAP:
                try {
                    return ofElement(MsgpackReader.readFully(value));
                } catch (CdtException e) {
                    return value.clone();
                }
            default:
                return value.clone();
        }
    }

    /** The Java value of a user key as stored in the KEY field (particle type byte, then the value). */
    public static Object ofKeyField(byte[] keyField) {
        if (keyField == null || keyField.length == 0) {
            return null;
        }
        return ofParticle(keyField[0] & 0xFF, Arrays.copyOfRange(keyField, 1, keyField.length));
    }

    /** The Java value of a decoded msgpack element. */
    public static Object ofElement(Element e) {
        if (e instanceof MpNil) {
            return null;
        }
        if (e instanceof MpBool b) {
            return b.value();
        }
        if (e instanceof MpInt i) {
            return i.uint64() ? new BigInteger(Long.toUnsignedString(i.value())) : (Object) i.value();
        }
        if (e instanceof MpFloat f) {
            return f.value();
        }
        if (e instanceof MpBytes b) {
            return bytes(b);
        }
        if (e instanceof MpList l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Element item : l.items) {
                out.add(ofElement(item));
            }
            return out;
        }
        if (e instanceof MpMap m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (MapEntry entry : m.entries) {
                out.put(ofElement(entry.key), ofElement(entry.value));
            }
            return out;
        }
        return ((MpExt) e).data().clone();
    }

    private static Object bytes(MpBytes b) {
        byte[] p = b.payload();
        if (p.length == 0) {
            return "";
        }
        byte[] rest = Arrays.copyOfRange(p, 1, p.length);
        switch (b.typeByte()) {
            case MpBytes.STRING:
                return new String(rest, StandardCharsets.UTF_8);
            case MpBytes.GEOJSON:
                return GeoJson.of(new String(rest, StandardCharsets.UTF_8));
            default:
                return rest;
        }
    }

    private static long integer(byte[] value) {
        long v = 0;
        for (byte b : value) {
            v = (v << 8) | (b & 0xFF);
        }
        return v;
    }
}
