package io.spikesdk.testkit.internal.udf;

import io.spikesdk.api.ParticleType;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.testkit.internal.cdt.CdtException;
import io.spikesdk.testkit.internal.cdt.Element;
import io.spikesdk.testkit.internal.cdt.MapEntry;
import io.spikesdk.testkit.internal.cdt.MpBool;
import io.spikesdk.testkit.internal.cdt.MpBytes;
import io.spikesdk.testkit.internal.cdt.MpFloat;
import io.spikesdk.testkit.internal.cdt.MpInt;
import io.spikesdk.testkit.internal.cdt.MpList;
import io.spikesdk.testkit.internal.cdt.MpMap;
import io.spikesdk.testkit.internal.cdt.MpNil;
import io.spikesdk.testkit.internal.cdt.MsgpackReader;
import io.spikesdk.testkit.internal.cdt.MsgpackWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.luaj.vm2.LuaDouble;
import org.luaj.vm2.LuaString;
import org.luaj.vm2.LuaValue;

/**
 * Values between particles (and their msgpack form inside lists and maps) and Lua: integers and doubles become
 * numbers, strings strings, bools booleans, blobs {@code bytes}, GeoJSON {@code geojson}, lists and maps the
 * {@code list} and {@code map} userdata. Back to particles, a number is an integer when it is integral (LuaJ keeps no
 * integer/float subtype, so {@code 1.0} comes back as the integer 1), and values with no particle form (tables,
 * functions, records) become nil, as on the real server.
 */
final class LuaConversions {
    private static final int GEO_HEADER = 3;
    private static final double TWO_63 = 0x1p63;

    private final LuaCollections collections;

    LuaConversions(LuaCollections collections) {
        this.collections = collections;
    }

    /** A bin or a result value in Lua. */
    LuaValue toLua(int type, byte[] value) {
        switch (type) {
            case ParticleType.NULL:
                return LuaValue.NIL;
            case ParticleType.INTEGER:
                return number(Bytes.getLong(value, 0));
            case ParticleType.DOUBLE:
                return LuaValue.valueOf(Double.longBitsToDouble(Bytes.getLong(value, 0)));
            case ParticleType.STRING:
                return LuaValue.valueOf(value);
            case ParticleType.BOOL:
                return LuaValue.valueOf(value.length > 0 && value[0] != 0);
            case ParticleType.GEOJSON:
                return collections.newGeoJson(geoJsonText(value));
            case ParticleType.LIST:
            case ParticleType.MAP:
                try {
                    return toLua(MsgpackReader.readFully(value));
                } catch (CdtException e) {
                    return LuaValue.NIL;
                }
            default:
                return collections.newBytes(value.clone(), type);
        }
    }

    /** The arguments of a call (the UDF_ARGLIST msgpack array), each as a Lua value. */
    List<LuaValue> arguments(byte[] arglist) throws CdtException {
        List<LuaValue> args = new ArrayList<>();
        if (arglist == null || arglist.length == 0) {
            return args;
        }
        Element e = MsgpackReader.readFully(arglist);
        if (e instanceof MpList list) {
            for (Element item : list.items) {
                args.add(toLua(item));
            }
        }
        return args;
    }

    LuaValue toLua(Element e) {
        if (e instanceof MpInt i) {
            return i.uint64() ? LuaValue.valueOf(Double.parseDouble(Long.toUnsignedString(i.value())))
                    : number(i.value());
        }
        if (e instanceof MpFloat f) {
            return LuaValue.valueOf(f.value());
        }
        if (e instanceof MpBool b) {
            return LuaValue.valueOf(b.value());
        }
        if (e instanceof MpBytes b) {
            byte[] p = b.payload();
            byte[] content = p.length == 0 ? p : Arrays.copyOfRange(p, 1, p.length);
            switch (b.typeByte()) {
                case ParticleType.STRING:
                    return LuaValue.valueOf(content);
                case ParticleType.GEOJSON:
                    return collections.newGeoJson(new String(content, StandardCharsets.UTF_8));
                case -1:
                    return collections.newBytes(content, ParticleType.BLOB);
                default:
                    return collections.newBytes(content, b.typeByte());
            }
        }
        if (e instanceof MpList l) {
            List<LuaValue> items = new ArrayList<>();
            for (Element item : l.items) {
                items.add(toLua(item));
            }
            return collections.newList(items);
        }
        if (e instanceof MpMap m) {
            Map<LuaValue, LuaValue> entries = new LinkedHashMap<>();
            for (MapEntry entry : m.entries) {
                entries.put(toLua(entry.key), toLua(entry.value));
            }
            return collections.newMap(entries);
        }
        return LuaValue.NIL;
    }

    /** A Lua value as a particle: nil for what has no particle form. */
    UdfValue toParticle(LuaValue v) {
        if (v.isnil()) {
            return UdfValue.NIL;
        }
        if (v.isboolean()) {
            return new UdfValue(ParticleType.BOOL, new byte[] {(byte) (v.toboolean() ? 1 : 0)});
        }
        if (v.type() == LuaValue.TNUMBER) {
            double d = v.todouble();
            if (isIntegral(v)) {
                return new UdfValue(ParticleType.INTEGER, long8(v.tolong()));
            }
            return new UdfValue(ParticleType.DOUBLE, long8(Double.doubleToRawLongBits(d)));
        }
        if (v.type() == LuaValue.TSTRING) {
            LuaString s = v.checkstring();
            return new UdfValue(ParticleType.STRING, Arrays.copyOfRange(s.m_bytes, s.m_offset,
                    s.m_offset + s.m_length));
        }
        if (collections.isList(v)) {
            return new UdfValue(ParticleType.LIST, MsgpackWriter.encode(toElement(v)));
        }
        if (collections.isMap(v)) {
            return new UdfValue(ParticleType.MAP, MsgpackWriter.encode(toElement(v)));
        }
        if (collections.isBytes(v)) {
            LuaCollections.Bytes b = collections.bytes(v);
            return new UdfValue(b.type, b.data.clone());
        }
        if (collections.isGeoJson(v)) {
            byte[] json = ((LuaCollections.GeoJson) v.touserdata()).json().getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[GEO_HEADER + json.length];
            System.arraycopy(json, 0, out, GEO_HEADER, json.length);
            return new UdfValue(ParticleType.GEOJSON, out);
        }
        return UdfValue.NIL;
    }

    /** A Lua value as a msgpack element inside a list or map (nil for what has no such form). */
    Element toElement(LuaValue v) {
        if (collections.isList(v)) {
            List<Element> items = new ArrayList<>();
            for (LuaValue item : collections.list(v)) {
                items.add(toElement(item));
            }
            return new MpList(0, items);
        }
        if (collections.isMap(v)) {
            List<MapEntry> entries = new ArrayList<>();
            for (Map.Entry<LuaValue, LuaValue> e : collections.map(v).entrySet()) {
                entries.add(new MapEntry(toElement(e.getKey()), toElement(e.getValue())));
            }
            return new MpMap(0, entries);
        }
        UdfValue p = toParticle(v);
        switch (p.type()) {
            case ParticleType.NULL:
                return MpNil.INSTANCE;
            case ParticleType.BOOL:
                return new MpBool(p.bytes()[0] != 0);
            case ParticleType.INTEGER:
                return MpInt.of(Bytes.getLong(p.bytes(), 0));
            case ParticleType.DOUBLE:
                return MpFloat.ofDouble(Double.longBitsToDouble(Bytes.getLong(p.bytes(), 0)));
            case ParticleType.GEOJSON:
                return typed(ParticleType.GEOJSON, Arrays.copyOfRange(p.bytes(), GEO_HEADER, p.bytes().length));
            default:
                return typed(p.type(), p.bytes());
        }
    }

    private static MpBytes typed(int type, byte[] content) {
        byte[] payload = new byte[content.length + 1];
        payload[0] = (byte) type;
        System.arraycopy(content, 0, payload, 1, content.length);
        return new MpBytes(payload);
    }

    private static boolean isIntegral(LuaValue v) {
        if (v.isint()) {
            return true;
        }
        double d = v.todouble();
        return !(v instanceof LuaDouble) || (d == Math.rint(d) && Math.abs(d) < TWO_63);
    }

    /** Integers beyond the 32-bit range become doubles in LuaJ: exact up to 2^53. */
    private static LuaValue number(long v) {
        return v == (int) v ? LuaValue.valueOf((int) v) : LuaValue.valueOf((double) v);
    }

    private static String geoJsonText(byte[] value) {
        if (value.length < GEO_HEADER) {
            return "";
        }
        int cells = Bytes.getShort(value, 1) & 0xFFFF;
        int start = Math.min(value.length, GEO_HEADER + cells * 8);
        return new String(value, start, value.length - start, StandardCharsets.UTF_8);
    }

    private static byte[] long8(long v) {
        byte[] b = new byte[8];
        Bytes.putLong(b, 0, v);
        return b;
    }
}
