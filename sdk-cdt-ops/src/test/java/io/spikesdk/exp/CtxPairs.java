package io.spikesdk.exp;

import com.aerospike.client.Value;
import io.spikesdk.cdt.CTX;
import io.spikesdk.cdt.ListOrder;
import io.spikesdk.cdt.MapOrder;

import java.util.List;

/** The same context paths built with our {@link CTX} and with the official client's, index-aligned. */
final class CtxPairs {
    static final String[] NAMES;
    static final CTX[][] OURS;
    static final com.aerospike.client.cdt.CTX[][] OFFICIAL;

    private record Pair(String name, CTX[] ours, com.aerospike.client.cdt.CTX[] official) {
    }

    static {
        byte[] blobKey = {1, 2, 3};
        List<Pair> pairs = List.of(
                pair("none", new CTX[0], new com.aerospike.client.cdt.CTX[0]),
                pair("listIndex(-1)", a(CTX.listIndex(-1)), o(com.aerospike.client.cdt.CTX.listIndex(-1))),
                pair("listIndex(300)", a(CTX.listIndex(300)), o(com.aerospike.client.cdt.CTX.listIndex(300))),
                pair("listIndexCreate(3, UNORDERED, no pad)", a(CTX.listIndexCreate(3, ListOrder.UNORDERED, false)),
                        o(com.aerospike.client.cdt.CTX.listIndexCreate(3, com.aerospike.client.cdt.ListOrder.UNORDERED, false))),
                pair("listIndexCreate(3, UNORDERED, pad)", a(CTX.listIndexCreate(3, ListOrder.UNORDERED, true)),
                        o(com.aerospike.client.cdt.CTX.listIndexCreate(3, com.aerospike.client.cdt.ListOrder.UNORDERED, true))),
                pair("listIndexCreate(0, ORDERED)", a(CTX.listIndexCreate(0, ListOrder.ORDERED, false)),
                        o(com.aerospike.client.cdt.CTX.listIndexCreate(0, com.aerospike.client.cdt.ListOrder.ORDERED, false))),
                pair("listRank(2)", a(CTX.listRank(2)), o(com.aerospike.client.cdt.CTX.listRank(2))),
                pair("listValue(\"x\")", a(CTX.listValue("x")), o(com.aerospike.client.cdt.CTX.listValue(Value.get("x")))),
                pair("listValue([1, 2])", a(CTX.listValue(List.of(1L, 2L))),
                        o(com.aerospike.client.cdt.CTX.listValue(Value.get(List.of(1L, 2L))))),
                pair("mapIndex(0)", a(CTX.mapIndex(0)), o(com.aerospike.client.cdt.CTX.mapIndex(0))),
                pair("mapRank(-1)", a(CTX.mapRank(-1)), o(com.aerospike.client.cdt.CTX.mapRank(-1))),
                pair("mapKey(\"k\")", a(CTX.mapKey("k")), o(com.aerospike.client.cdt.CTX.mapKey(Value.get("k")))),
                pair("mapKey(5)", a(CTX.mapKey(5L)), o(com.aerospike.client.cdt.CTX.mapKey(Value.get(5L)))),
                pair("mapKey(blob)", a(CTX.mapKey(blobKey)), o(com.aerospike.client.cdt.CTX.mapKey(Value.get(blobKey)))),
                pair("mapKeyCreate(UNORDERED)", a(CTX.mapKeyCreate("k", MapOrder.UNORDERED)),
                        o(com.aerospike.client.cdt.CTX.mapKeyCreate(Value.get("k"), com.aerospike.client.cdt.MapOrder.UNORDERED))),
                pair("mapKeyCreate(KEY_ORDERED)", a(CTX.mapKeyCreate("k", MapOrder.KEY_ORDERED)),
                        o(com.aerospike.client.cdt.CTX.mapKeyCreate(Value.get("k"), com.aerospike.client.cdt.MapOrder.KEY_ORDERED))),
                pair("mapKeyCreate(KEY_VALUE_ORDERED)", a(CTX.mapKeyCreate("k", MapOrder.KEY_VALUE_ORDERED)),
                        o(com.aerospike.client.cdt.CTX.mapKeyCreate(Value.get("k"),
                                com.aerospike.client.cdt.MapOrder.KEY_VALUE_ORDERED))),
                pair("mapValue(3.5)", a(CTX.mapValue(3.5)), o(com.aerospike.client.cdt.CTX.mapValue(Value.get(3.5)))),
                pair("mapKey/listIndex/mapKeyCreate",
                        a(CTX.mapKey("a"), CTX.listIndex(2), CTX.mapKeyCreate("b", MapOrder.KEY_ORDERED)),
                        o(com.aerospike.client.cdt.CTX.mapKey(Value.get("a")), com.aerospike.client.cdt.CTX.listIndex(2),
                                com.aerospike.client.cdt.CTX.mapKeyCreate(Value.get("b"),
                                        com.aerospike.client.cdt.MapOrder.KEY_ORDERED))),
                pair("listRank/mapIndex", a(CTX.listRank(-1), CTX.mapIndex(1)),
                        o(com.aerospike.client.cdt.CTX.listRank(-1), com.aerospike.client.cdt.CTX.mapIndex(1))));
        NAMES = pairs.stream().map(Pair::name).toArray(String[]::new);
        OURS = pairs.stream().map(Pair::ours).toArray(CTX[][]::new);
        OFFICIAL = pairs.stream().map(Pair::official).toArray(com.aerospike.client.cdt.CTX[][]::new);
    }

    private CtxPairs() {
    }

    private static Pair pair(String name, CTX[] ours, com.aerospike.client.cdt.CTX[] official) {
        return new Pair(name, ours, official);
    }

    private static CTX[] a(CTX... ctx) {
        return ctx;
    }

    private static com.aerospike.client.cdt.CTX[] o(com.aerospike.client.cdt.CTX... ctx) {
        return ctx;
    }
}
