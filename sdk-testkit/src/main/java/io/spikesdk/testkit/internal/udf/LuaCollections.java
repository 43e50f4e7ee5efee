package io.spikesdk.testkit.internal.udf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaUserdata;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.LibFunction;
import org.luaj.vm2.lib.OneArgFunction;
import org.luaj.vm2.lib.ThreeArgFunction;
import org.luaj.vm2.lib.TwoArgFunction;
import org.luaj.vm2.lib.VarArgFunction;

/**
 * The {@code list}, {@code map}, {@code bytes} and {@code geojson} modules UDFs get: userdata values (type
 * {@code userdata}, compared with {@code getmetatable(v) == List}) backed by Java collections, and the module tables
 * that build and edit them. One instance per Lua state: the metatables identify the values of that state.
 */
final class LuaCollections {
    /** A geojson value: the JSON text. */
    record GeoJson(String json) {
    }

    /** A bytes value: its content and its particle type (4 = blob). */
    static final class Bytes {
        byte[] data;
        int type;

        Bytes(byte[] data, int type) {
            this.data = data;
            this.type = type;
        }
    }

    final LuaTable listMeta = new LuaTable();
    final LuaTable mapMeta = new LuaTable();
    final LuaTable bytesMeta = new LuaTable();
    final LuaTable geoMeta = new LuaTable();

    LuaCollections() {
        listMeta.set(LuaValue.INDEX, fn2((l, i) -> listIndex(l, i)));
        listMeta.set(LuaValue.NEWINDEX, fn3((l, i, v) -> {
            listNewIndex(l, i, v);
            return LuaValue.NIL;
        }));
        listMeta.set(LuaValue.LEN, fn1(l -> LuaValue.valueOf(list(l).size())));
        listMeta.set(LuaValue.TOSTRING, fn1(l -> LuaValue.valueOf(describe(l))));
        listMeta.set(LuaValue.EQ, fn2((a, b) -> LuaValue.valueOf(a.touserdata() == b.touserdata())));
        mapMeta.set(LuaValue.INDEX, fn2((m, k) -> orNil(map(m).get(k))));
        mapMeta.set(LuaValue.NEWINDEX, fn3((m, k, v) -> {
            if (v.isnil()) {
                map(m).remove(k);
            } else {
                map(m).put(k, v);
            }
            return LuaValue.NIL;
        }));
        mapMeta.set(LuaValue.LEN, fn1(m -> LuaValue.valueOf(map(m).size())));
        mapMeta.set(LuaValue.TOSTRING, fn1(m -> LuaValue.valueOf(describe(m))));
        bytesMeta.set(LuaValue.INDEX, fn2((b, i) -> {
            Bytes bytes = bytes(b);
            int at = i.checkint();
            return at < 1 || at > bytes.data.length ? LuaValue.NIL : LuaValue.valueOf(bytes.data[at - 1] & 0xFF);
        }));
        bytesMeta.set(LuaValue.NEWINDEX, fn3((b, i, v) -> {
            setByte(bytes(b), i.checkint(), v.checkint());
            return LuaValue.NIL;
        }));
        bytesMeta.set(LuaValue.LEN, fn1(b -> LuaValue.valueOf(bytes(b).data.length)));
        bytesMeta.set(LuaValue.TOSTRING, fn1(b -> LuaValue.valueOf(describe(b))));
        geoMeta.set(LuaValue.TOSTRING, fn1(g -> LuaValue.valueOf(((GeoJson) g.touserdata()).json())));
    }

    LuaValue newList(List<LuaValue> items) {
        return new LuaUserdata(items, listMeta);
    }

    LuaValue newMap(Map<LuaValue, LuaValue> entries) {
        return new LuaUserdata(entries, mapMeta);
    }

    LuaValue newBytes(byte[] data, int type) {
        return new LuaUserdata(new Bytes(data, type), bytesMeta);
    }

    LuaValue newGeoJson(String json) {
        return new LuaUserdata(new GeoJson(json), geoMeta);
    }

    boolean isList(LuaValue v) {
        return v.isuserdata() && v.getmetatable() == listMeta;
    }

    boolean isMap(LuaValue v) {
        return v.isuserdata() && v.getmetatable() == mapMeta;
    }

    boolean isBytes(LuaValue v) {
        return v.isuserdata() && v.getmetatable() == bytesMeta;
    }

    boolean isGeoJson(LuaValue v) {
        return v.isuserdata() && v.getmetatable() == geoMeta;
    }

    @SuppressWarnings("unchecked")
    List<LuaValue> list(LuaValue v) {
        if (!isList(v)) {
            throw new LuaError("bad argument #1 (List expected, got " + v.typename() + ")");
        }
        return (List<LuaValue>) v.touserdata();
    }

    @SuppressWarnings("unchecked")
    Map<LuaValue, LuaValue> map(LuaValue v) {
        if (!isMap(v)) {
            throw new LuaError("bad argument #1 (Map expected, got " + v.typename() + ")");
        }
        return (Map<LuaValue, LuaValue>) v.touserdata();
    }

    Bytes bytes(LuaValue v) {
        if (!isBytes(v)) {
            throw new LuaError("bad argument #1 (Bytes expected, got " + v.typename() + ")");
        }
        return (Bytes) v.touserdata();
    }

    /** Installs the four modules and the {@code List}, {@code Map}, {@code Bytes} globals into {@code env}. */
    void install(LuaTable env) {
        env.set("list", listModule());
        env.set("map", mapModule());
        env.set("bytes", bytesModule());
        LuaTable geo = new LuaTable();
        geo.setmetatable(table(LuaValue.CALL, fn2((self, json) -> newGeoJson(json.checkjstring()))));
        env.set("geojson", geo);
        env.set("List", listMeta);
        env.set("Map", mapMeta);
        env.set("Bytes", bytesMeta);
    }

    private LuaTable listModule() {
        LuaTable m = new LuaTable();
        LibFunction create = new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                return newList(new ArrayList<>());
            }
        };
        m.set("new", create);
        m.set("create", create);
        m.set("size", fn1(l -> LuaValue.valueOf(list(l).size())));
        m.set("append", fn2((l, v) -> {
            list(l).add(v);
            return LuaValue.NIL;
        }));
        m.set("prepend", fn2((l, v) -> {
            list(l).add(0, v);
            return LuaValue.NIL;
        }));
        m.set("insert", fn3((l, i, v) -> {
            List<LuaValue> items = list(l);
            int at = i.checkint();
            if (at >= 1 && at <= items.size() + 1) {
                items.add(at - 1, v);
            }
            return LuaValue.NIL;
        }));
        m.set("remove", fn2((l, i) -> {
            List<LuaValue> items = list(l);
            int at = i.checkint();
            if (at >= 1 && at <= items.size()) {
                items.remove(at - 1);
            }
            return LuaValue.NIL;
        }));
        m.set("concat", fn2((a, b) -> {
            list(a).addAll(new ArrayList<>(list(b)));
            return LuaValue.NIL;
        }));
        m.set("take", fn2((l, n) -> {
            List<LuaValue> items = list(l);
            return newList(new ArrayList<>(items.subList(0, clamp(n.checkint(), items.size()))));
        }));
        m.set("drop", fn2((l, n) -> {
            List<LuaValue> items = list(l);
            return newList(new ArrayList<>(items.subList(clamp(n.checkint(), items.size()), items.size())));
        }));
        m.set("trim", fn2((l, n) -> {
            List<LuaValue> items = list(l);
            int keep = clamp(n.checkint() - 1, items.size());
            items.subList(keep, items.size()).clear();
            return LuaValue.NIL;
        }));
        m.set("iterator", fn1(l -> iterator(new ArrayList<>(list(l)))));
        m.set("tostring", fn1(l -> LuaValue.valueOf(describe(l))));
        m.set("clone", fn1(l -> newList(new ArrayList<>(list(l)))));
        m.set("merge", fn2((a, b) -> {
            List<LuaValue> merged = new ArrayList<>(list(a));
            merged.addAll(list(b));
            return newList(merged);
        }));
        m.setmetatable(table(LuaValue.CALL, new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                List<LuaValue> items = new ArrayList<>();
                if (args.narg() >= 2 && args.arg(2).istable()) {
                    LuaTable t = args.arg(2).checktable();
                    for (LuaValue k = t.next(LuaValue.NIL).arg1(); !k.isnil(); k = t.next(k).arg1()) {
                        if (k.isnumber()) {
                            items.add(t.get(k));
                        }
                    }
                }
                return newList(items);
            }
        }));
        return m;
    }

    private LuaTable mapModule() {
        LuaTable m = new LuaTable();
        LibFunction create = new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                return newMap(new LinkedHashMap<>());
            }
        };
        m.set("new", create);
        m.set("create", create);
        m.set("size", fn1(v -> LuaValue.valueOf(map(v).size())));
        LibFunction pairs = fn1(v -> entryIterator(new ArrayList<>(map(v).entrySet())));
        m.set("pairs", pairs);
        m.set("iterator", pairs);
        m.set("keys", fn1(v -> iterator(new ArrayList<>(map(v).keySet()))));
        m.set("values", fn1(v -> iterator(new ArrayList<>(map(v).values()))));
        m.set("remove", fn2((v, k) -> {
            map(v).remove(k);
            return LuaValue.NIL;
        }));
        m.set("tostring", fn1(v -> LuaValue.valueOf(describe(v))));
        m.set("clone", fn1(v -> newMap(new LinkedHashMap<>(map(v)))));
        m.set("merge", fn3((a, b, f) -> {
            Map<LuaValue, LuaValue> merged = new LinkedHashMap<>(map(a));
            for (Map.Entry<LuaValue, LuaValue> e : map(b).entrySet()) {
                LuaValue old = merged.get(e.getKey());
                merged.put(e.getKey(), old != null && f.isfunction() ? f.call(old, e.getValue()) : e.getValue());
            }
            return newMap(merged);
        }));
        m.set("diff", fn2((a, b) -> {
            Map<LuaValue, LuaValue> left = map(a);
            Map<LuaValue, LuaValue> right = map(b);
            Map<LuaValue, LuaValue> diff = new LinkedHashMap<>();
            left.forEach((k, v) -> {
                if (!right.containsKey(k)) {
                    diff.put(k, v);
                }
            });
            right.forEach((k, v) -> {
                if (!left.containsKey(k)) {
                    diff.put(k, v);
                }
            });
            return newMap(diff);
        }));
        m.setmetatable(table(LuaValue.CALL, new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                Map<LuaValue, LuaValue> entries = new LinkedHashMap<>();
                if (args.narg() >= 2 && args.arg(2).istable()) {
                    LuaTable t = args.arg(2).checktable();
                    for (Varargs e = t.next(LuaValue.NIL); !e.arg1().isnil(); e = t.next(e.arg1())) {
                        entries.put(e.arg1(), e.arg(2));
                    }
                }
                return newMap(entries);
            }
        }));
        return m;
    }

    private LuaTable bytesModule() {
        LuaTable m = new LuaTable();
        m.set("size", fn1(b -> LuaValue.valueOf(bytes(b).data.length)));
        m.set("get_type", fn1(b -> LuaValue.valueOf(bytes(b).type)));
        m.set("set_type", fn2((b, t) -> {
            bytes(b).type = t.checkint();
            return LuaValue.TRUE;
        }));
        m.set("get_byte", fn2((b, i) -> {
            Bytes bytes = bytes(b);
            int at = i.checkint();
            return at < 1 || at > bytes.data.length ? LuaValue.NIL : LuaValue.valueOf(bytes.data[at - 1] & 0xFF);
        }));
        m.set("set_byte", fn3((b, i, v) -> {
            setByte(bytes(b), i.checkint(), v.checkint());
            return LuaValue.TRUE;
        }));
        m.set("append_byte", fn2((b, v) -> {
            Bytes bytes = bytes(b);
            setByte(bytes, bytes.data.length + 1, v.checkint());
            return LuaValue.TRUE;
        }));
        m.set("get_string", fn3((b, pos, len) -> {
            Bytes bytes = bytes(b);
            int from = pos.checkint() - 1;
            int to = Math.min(bytes.data.length, from + len.checkint());
            return from < 0 || from >= to ? LuaValue.NIL
                    : LuaValue.valueOf(Arrays.copyOfRange(bytes.data, from, to));
        }));
        m.set("get_bytes", fn3((b, pos, len) -> {
            Bytes bytes = bytes(b);
            int from = pos.checkint() - 1;
            int to = Math.min(bytes.data.length, from + len.checkint());
            return from < 0 || from >= to ? LuaValue.NIL : newBytes(Arrays.copyOfRange(bytes.data, from, to), 4);
        }));
        m.set("set_string", fn3((b, pos, s) -> {
            writeAt(bytes(b), pos.checkint(), s.checkstring().m_bytes, s.checkstring().m_offset,
                    s.checkstring().m_length);
            return LuaValue.TRUE;
        }));
        m.set("append_string", fn2((b, s) -> {
            Bytes bytes = bytes(b);
            writeAt(bytes, bytes.data.length + 1, s.checkstring().m_bytes, s.checkstring().m_offset,
                    s.checkstring().m_length);
            return LuaValue.TRUE;
        }));
        m.set("set_bytes", fn3((b, pos, other) -> {
            byte[] src = bytes(other).data;
            writeAt(bytes(b), pos.checkint(), src, 0, src.length);
            return LuaValue.TRUE;
        }));
        m.set("append_bytes", fn2((b, other) -> {
            Bytes bytes = bytes(b);
            byte[] src = bytes(other).data;
            writeAt(bytes, bytes.data.length + 1, src, 0, src.length);
            return LuaValue.TRUE;
        }));
        m.set("tostring", fn1(b -> LuaValue.valueOf(describe(b))));
        m.setmetatable(table(LuaValue.CALL, new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                int size = args.narg() >= 2 ? Math.max(0, args.arg(2).optint(0)) : 0;
                return newBytes(new byte[size], 4);
            }
        }));
        return m;
    }

    private static void setByte(Bytes bytes, int at, int value) {
        writeAt(bytes, at, new byte[] {(byte) value}, 0, 1);
    }

    /** Writes at the 1-based position {@code at}, growing the value when the write runs past its end. */
    private static void writeAt(Bytes bytes, int at, byte[] src, int off, int len) {
        if (at < 1) {
            return;
        }
        int end = at - 1 + len;
        if (end > bytes.data.length) {
            bytes.data = Arrays.copyOf(bytes.data, end);
        }
        System.arraycopy(src, off, bytes.data, at - 1, len);
    }

    private LuaValue listIndex(LuaValue l, LuaValue i) {
        List<LuaValue> items = list(l);
        if (!i.isnumber()) {
            return LuaValue.NIL;
        }
        int at = i.toint();
        return at < 1 || at > items.size() ? LuaValue.NIL : items.get(at - 1);
    }

    private void listNewIndex(LuaValue l, LuaValue i, LuaValue v) {
        List<LuaValue> items = list(l);
        int at = i.checkint();
        if (at < 1) {
            return;
        }
        while (items.size() < at) {
            items.add(LuaValue.NIL);
        }
        items.set(at - 1, v);
    }

    /** A Lua iterator function over a snapshot, as {@code for v in list.iterator(l)} uses it. */
    private static LuaValue iterator(List<LuaValue> items) {
        return new VarArgFunction() {
            private int next;

            @Override
            public Varargs invoke(Varargs args) {
                return next < items.size() ? items.get(next++) : LuaValue.NIL;
            }
        };
    }

    private static LuaValue entryIterator(List<Map.Entry<LuaValue, LuaValue>> entries) {
        return new VarArgFunction() {
            private int next;

            @Override
            public Varargs invoke(Varargs args) {
                if (next >= entries.size()) {
                    return LuaValue.NIL;
                }
                Map.Entry<LuaValue, LuaValue> e = entries.get(next++);
                return LuaValue.varargsOf(e.getKey(), e.getValue());
            }
        };
    }

    /** The text {@code tostring} gives, as the real server writes it: {@code [1, "a"]}, {@code {"a":1}}. */
    String describe(LuaValue v) {
        if (isList(v)) {
            StringJoiner out = new StringJoiner(", ", "[", "]");
            list(v).forEach(item -> out.add(nested(item)));
            return out.toString();
        }
        if (isMap(v)) {
            StringJoiner out = new StringJoiner(", ", "{", "}");
            map(v).forEach((k, x) -> out.add(nested(k) + ":" + nested(x)));
            return out.toString();
        }
        if (isBytes(v)) {
            StringBuilder out = new StringBuilder("Bytes(");
            for (byte b : bytes(v).data) {
                out.append(String.format("%02X", b & 0xFF));
            }
            return out.append(')').toString();
        }
        if (isGeoJson(v)) {
            return ((GeoJson) v.touserdata()).json();
        }
        return v.tojstring();
    }

    /** Inside a list or map, strings are quoted. */
    private String nested(LuaValue v) {
        return v.type() == LuaValue.TSTRING ? "\"" + v.tojstring() + "\"" : describe(v);
    }

    private static int clamp(int n, int size) {
        return Math.max(0, Math.min(n, size));
    }

    private static LuaValue orNil(LuaValue v) {
        return v == null ? LuaValue.NIL : v;
    }

    private static LuaTable table(LuaValue key, LuaValue value) {
        LuaTable t = new LuaTable();
        t.set(key, value);
        return t;
    }

    interface Fn1 {
        LuaValue apply(LuaValue a);
    }

    interface Fn2 {
        LuaValue apply(LuaValue a, LuaValue b);
    }

    interface Fn3 {
        LuaValue apply(LuaValue a, LuaValue b, LuaValue c);
    }

    static LibFunction fn1(Fn1 f) {
        return new OneArgFunction() {
            @Override
            public LuaValue call(LuaValue a) {
                return f.apply(a);
            }
        };
    }

    static LibFunction fn2(Fn2 f) {
        return new TwoArgFunction() {
            @Override
            public LuaValue call(LuaValue a, LuaValue b) {
                return f.apply(a, b);
            }
        };
    }

    static LibFunction fn3(Fn3 f) {
        return new ThreeArgFunction() {
            @Override
            public LuaValue call(LuaValue a, LuaValue b, LuaValue c) {
                return f.apply(a, b, c);
            }
        };
    }
}
