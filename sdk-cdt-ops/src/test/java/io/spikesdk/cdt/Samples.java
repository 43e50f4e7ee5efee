package io.spikesdk.cdt;

import io.spikesdk.api.GeoJson;
import org.junit.jupiter.api.DynamicTest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/** Argument samples and the case table machinery shared by the byte-equality tests. */
final class Samples {
    static final String BIN = "bin";

    /** One builder call, made with our API and with the official client, for a given context path. */
    record OpCase(String name, Function<CTX[], io.spikesdk.api.Operation> ours,
                  Function<com.aerospike.client.cdt.CTX[], com.aerospike.client.Operation> theirs) {
    }

    /** The same context path built with both APIs. */
    record CtxPair(String name, CTX[] ours, com.aerospike.client.cdt.CTX[] theirs) {
    }

    static final List<CtxPair> CTXS = List.of(
        new CtxPair("noCtx", new CTX[0], new com.aerospike.client.cdt.CTX[0]),
        new CtxPair("listIndex(-1)", new CTX[] {CTX.listIndex(-1)},
            new com.aerospike.client.cdt.CTX[] {com.aerospike.client.cdt.CTX.listIndex(-1)}),
        new CtxPair("listRank(300)", new CTX[] {CTX.listRank(300)},
            new com.aerospike.client.cdt.CTX[] {com.aerospike.client.cdt.CTX.listRank(300)}),
        new CtxPair("listValue([x,*])", new CTX[] {CTX.listValue(List.of("x", CdtValue.WILDCARD))},
            new com.aerospike.client.cdt.CTX[] {com.aerospike.client.cdt.CTX.listValue(Official.v(List.of("x", CdtValue.WILDCARD)))}),
        new CtxPair("mapIndex(0)/mapRank(-2)", new CTX[] {CTX.mapIndex(0), CTX.mapRank(-2)},
            new com.aerospike.client.cdt.CTX[] {com.aerospike.client.cdt.CTX.mapIndex(0), com.aerospike.client.cdt.CTX.mapRank(-2)}),
        new CtxPair("mapKey(s)/mapKey(7)/mapValue(b)", new CTX[] {CTX.mapKey("s"), CTX.mapKey(7L), CTX.mapValue(new byte[] {1, 2})},
            new com.aerospike.client.cdt.CTX[] {com.aerospike.client.cdt.CTX.mapKey(Official.v("s")),
                com.aerospike.client.cdt.CTX.mapKey(Official.v(7L)), com.aerospike.client.cdt.CTX.mapValue(Official.v(new byte[] {1, 2}))}),
        new CtxPair("listIndexCreate(ordered)", new CTX[] {CTX.mapKey("a"), CTX.listIndexCreate(5, ListOrder.ORDERED, false)},
            new com.aerospike.client.cdt.CTX[] {com.aerospike.client.cdt.CTX.mapKey(Official.v("a")),
                com.aerospike.client.cdt.CTX.listIndexCreate(5, com.aerospike.client.cdt.ListOrder.ORDERED, false)}),
        new CtxPair("listIndexCreate(unordered,pad)", new CTX[] {CTX.listIndexCreate(-1, ListOrder.UNORDERED, true)},
            new com.aerospike.client.cdt.CTX[] {com.aerospike.client.cdt.CTX.listIndexCreate(-1, com.aerospike.client.cdt.ListOrder.UNORDERED, true)}),
        new CtxPair("listIndexCreate(unordered)", new CTX[] {CTX.listIndexCreate(0, ListOrder.UNORDERED, false)},
            new com.aerospike.client.cdt.CTX[] {com.aerospike.client.cdt.CTX.listIndexCreate(0, com.aerospike.client.cdt.ListOrder.UNORDERED, false)}),
        new CtxPair("mapKeyCreate(kv)", new CTX[] {CTX.listIndex(2), CTX.mapKeyCreate("k", MapOrder.KEY_VALUE_ORDERED)},
            new com.aerospike.client.cdt.CTX[] {com.aerospike.client.cdt.CTX.listIndex(2),
                com.aerospike.client.cdt.CTX.mapKeyCreate(Official.v("k"), com.aerospike.client.cdt.MapOrder.KEY_VALUE_ORDERED)}),
        new CtxPair("mapKeyCreate(k)/unordered", new CTX[] {CTX.mapKeyCreate(1L, MapOrder.KEY_ORDERED), CTX.mapKeyCreate("z", MapOrder.UNORDERED)},
            new com.aerospike.client.cdt.CTX[] {com.aerospike.client.cdt.CTX.mapKeyCreate(Official.v(1L), com.aerospike.client.cdt.MapOrder.KEY_ORDERED),
                com.aerospike.client.cdt.CTX.mapKeyCreate(Official.v("z"), com.aerospike.client.cdt.MapOrder.UNORDERED)}),
        new CtxPair("deep16", deepOurs(), deepTheirs()));

    static final int[] INDEXES = {0, 1, -1, 15, 127, 128, -32, -33, 255, 65536, -129, Integer.MAX_VALUE, Integer.MIN_VALUE};
    static final int[] COUNTS = {0, 1, 2, 300, 70000, Integer.MAX_VALUE};

    /**
     * Values of every kind the builders accept (plus the two comparison markers). Negative {@code Byte}s
     * are left out: the official client packs a Byte as unsigned (see {@code KnownDifferencesTest}).
     */
    static List<Object> values() {
        Map<Object, Object> plainMap = new LinkedHashMap<>();
        plainMap.put("b", 2L);
        plainMap.put("a", List.of(1, "x"));
        plainMap.put(3L, null);
        TreeMap<String, Object> sortedMap = new TreeMap<>(Map.of("k1", 1.5, "k0", true));
        List<Object> nested = new ArrayList<>(Arrays.asList(1L, null, "s", List.of(List.of()), plainMap, sortedMap));
        return Arrays.asList(
            0, 7, -1, 200, -200, 70000, Long.MAX_VALUE, Long.MIN_VALUE, (short) 300, (short) -300, (byte) 5, (byte) 127,
            1.5, -0.0, 2.5f, true, false, null,
            "", "abc", "x".repeat(40), "ünïcødé ✓", new byte[0], new byte[] {1, 2, 3, (byte) 0xff},
            GeoJson.of("{\"type\":\"Point\",\"coordinates\":[1.0,2.0]}"),
            List.of(), nested, plainMap, sortedMap,
            CdtValue.WILDCARD, CdtValue.INFINITY, List.of("x", CdtValue.WILDCARD), List.of(1L, CdtValue.INFINITY));
    }

    static List<ListReturnType> listReturnTypes() {
        List<ListReturnType> base = List.of(ListReturnType.NONE, ListReturnType.INDEX, ListReturnType.REVERSE_INDEX,
            ListReturnType.RANK, ListReturnType.REVERSE_RANK, ListReturnType.COUNT, ListReturnType.VALUE,
            ListReturnType.EXISTS);
        List<ListReturnType> all = new ArrayList<>(base);
        base.forEach(rt -> all.add(rt.inverted()));
        return all;
    }

    static List<MapReturnType> mapReturnTypes() {
        List<MapReturnType> base = List.of(MapReturnType.NONE, MapReturnType.INDEX, MapReturnType.REVERSE_INDEX,
            MapReturnType.RANK, MapReturnType.REVERSE_RANK, MapReturnType.COUNT, MapReturnType.KEY,
            MapReturnType.VALUE, MapReturnType.KEY_VALUE, MapReturnType.EXISTS, MapReturnType.UNORDERED_MAP,
            MapReturnType.ORDERED_MAP);
        List<MapReturnType> all = new ArrayList<>(base);
        base.forEach(rt -> all.add(rt.inverted()));
        return all;
    }

    /** Every combination of the four list write flags. */
    static List<ListWriteFlags> listWriteFlags() {
        List<ListWriteFlags> out = new ArrayList<>();
        for (int code = 0; code < 16; code++) {
            out.add(ListWriteFlags.fromCode(code));
        }
        return out;
    }

    /** Every combination of the four map write flags. */
    static List<MapWriteFlags> mapWriteFlags() {
        List<MapWriteFlags> out = new ArrayList<>();
        for (int code = 0; code < 16; code++) {
            out.add(MapWriteFlags.fromCode(code));
        }
        return out;
    }

    /**
     * Each case runs without context and with one context path that rotates from case to case; a method
     * (the first word of the case name) with fewer cases than paths runs every path, so every builder
     * method meets every path.
     */
    static Stream<DynamicTest> expand(List<OpCase> cases) {
        Map<String, Integer> perMethod = new HashMap<>();
        cases.forEach(c -> perMethod.merge(method(c), 1, Integer::sum));
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            OpCase c = cases.get(i);
            List<CtxPair> paths = perMethod.get(method(c)) < CTXS.size() ? CTXS
                : List.of(CTXS.get(0), CTXS.get(1 + i % (CTXS.size() - 1)));
            for (CtxPair ctx : paths) {
                tests.add(DynamicTest.dynamicTest(c.name() + " @" + ctx.name(),
                    () -> Official.assertSameOperation(c.ours().apply(ctx.ours()), c.theirs().apply(ctx.theirs()))));
            }
        }
        return tests.stream();
    }

    private static String method(OpCase c) {
        int space = c.name().indexOf(' ');
        return space < 0 ? c.name() : c.name().substring(0, space);
    }

    static String show(Object value) {
        if (value instanceof byte[] b) {
            return "bytes" + Arrays.toString(b);
        }
        String text = String.valueOf(value);
        return (value == null ? "null" : value.getClass().getSimpleName()) + ":" + (text.length() > 30 ? text.substring(0, 30) : text);
    }

    private static CTX[] deepOurs() {
        CTX[] ctx = new CTX[16];
        for (int i = 0; i < ctx.length; i++) {
            ctx[i] = i % 2 == 0 ? CTX.listIndex(i) : CTX.mapKey("k" + i);
        }
        return ctx;
    }

    private static com.aerospike.client.cdt.CTX[] deepTheirs() {
        com.aerospike.client.cdt.CTX[] ctx = new com.aerospike.client.cdt.CTX[16];
        for (int i = 0; i < ctx.length; i++) {
            ctx[i] = i % 2 == 0 ? com.aerospike.client.cdt.CTX.listIndex(i)
                : com.aerospike.client.cdt.CTX.mapKey(Official.v("k" + i));
        }
        return ctx;
    }

    private Samples() {
    }
}
