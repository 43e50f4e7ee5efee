package io.spikesdk.exp;

import io.spikesdk.cdt.CdtValue;
import io.spikesdk.cdt.MapOrder;
import io.spikesdk.cdt.MapPolicy;
import io.spikesdk.cdt.MapReturnType;
import io.spikesdk.cdt.MapWriteFlags;
import io.spikesdk.cdt.MapWriteMode;
import io.spikesdk.exp.CallTable.Row;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static io.spikesdk.exp.CtxPairs.OFFICIAL;
import static io.spikesdk.exp.CtxPairs.OURS;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every {@link MapExp} factory packs the same bytes as the official client's {@code MapExp}. */
class MapExpBytesTest {
    private static final int INV = MapReturnType.INVERTED_FLAG;
    /** Return types of reads (index 0 is the default used with every context path). */
    private static final int[] READ_RTS = {7, 1, 2, 3, 4, 5, 6, 8, 13, 16, 17, 8 | INV, 6 | INV, 17 | INV, 5 | INV};
    /** Return types of removes: the read ones plus NONE. */
    private static final int[] MODIFY_RTS = {0, 1, 2, 3, 4, 5, 6, 7, 8, 13, 16, 17, 0 | INV, 8 | INV};

    private static final MapPolicy[] POLICIES = {
        MapPolicy.DEFAULT,
        MapPolicy.of(MapOrder.KEY_ORDERED, MapWriteFlags.DEFAULT),
        MapPolicy.of(MapOrder.KEY_VALUE_ORDERED, MapWriteFlags.of(MapWriteFlags.CREATE_ONLY, MapWriteFlags.NO_FAIL)),
        MapPolicy.of(MapOrder.UNORDERED, MapWriteFlags.of(MapWriteFlags.UPDATE_ONLY, MapWriteFlags.NO_FAIL,
                MapWriteFlags.PARTIAL), true),
        MapPolicy.of(MapOrder.KEY_ORDERED, MapWriteFlags.DEFAULT, true),
        MapPolicy.of(MapOrder.KEY_ORDERED, MapWriteMode.UPDATE_ONLY),
        MapPolicy.of(MapOrder.UNORDERED, MapWriteMode.CREATE_ONLY),
        MapPolicy.of(MapOrder.KEY_VALUE_ORDERED, MapWriteMode.UPDATE),
    };
    private static final com.aerospike.client.cdt.MapPolicy[] OFFICIAL_POLICIES = {
        com.aerospike.client.cdt.MapPolicy.Default,
        new com.aerospike.client.cdt.MapPolicy(com.aerospike.client.cdt.MapOrder.KEY_ORDERED, 0),
        new com.aerospike.client.cdt.MapPolicy(com.aerospike.client.cdt.MapOrder.KEY_VALUE_ORDERED, 1 | 4),
        new com.aerospike.client.cdt.MapPolicy(com.aerospike.client.cdt.MapOrder.UNORDERED, 2 | 4 | 8, true),
        new com.aerospike.client.cdt.MapPolicy(com.aerospike.client.cdt.MapOrder.KEY_ORDERED, 0, true),
        new com.aerospike.client.cdt.MapPolicy(com.aerospike.client.cdt.MapOrder.KEY_ORDERED,
                com.aerospike.client.cdt.MapWriteMode.UPDATE_ONLY),
        new com.aerospike.client.cdt.MapPolicy(com.aerospike.client.cdt.MapOrder.UNORDERED,
                com.aerospike.client.cdt.MapWriteMode.CREATE_ONLY),
        new com.aerospike.client.cdt.MapPolicy(com.aerospike.client.cdt.MapOrder.KEY_VALUE_ORDERED,
                com.aerospike.client.cdt.MapWriteMode.UPDATE),
    };

    private static MapReturnType rt(int[] table, int i) {
        return MapReturnType.fromCode(table[i]);
    }

    private static Exp bin() {
        return Exp.mapBin("m");
    }

    private static com.aerospike.client.exp.Exp obin() {
        return AsExp.mapBin("m");
    }

    private static Row row(String name, boolean rt, boolean policy, CallTable.Build<Exp> ours,
                           CallTable.Build<com.aerospike.client.exp.Exp> official) {
        return new Row(name, rt, policy, ours, official);
    }

    @TestFactory
    Stream<DynamicTest> modifies() {
        Map<Object, Object> items = new TreeMap<>(Map.of("a", 1L, "b", List.of(2L)));
        List<Row> rows = List.of(
            row("put", false, true,
                (r, p, c) -> MapExp.put(POLICIES[p], Exp.val("k"), Exp.intBin("v"), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.put(OFFICIAL_POLICIES[p], AsExp.val("k"), AsExp.intBin("v"), obin(), OFFICIAL[c])),
            row("putItems", false, true,
                (r, p, c) -> MapExp.putItems(POLICIES[p], Exp.val(items), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.putItems(OFFICIAL_POLICIES[p], AsExp.val(items), obin(), OFFICIAL[c])),
            row("increment", false, true,
                (r, p, c) -> MapExp.increment(POLICIES[p], Exp.val(7), Exp.val(-1), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.increment(OFFICIAL_POLICIES[p], AsExp.val(7), AsExp.val(-1), obin(), OFFICIAL[c])),
            row("clear", false, false,
                (r, p, c) -> MapExp.clear(bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.clear(obin(), OFFICIAL[c])),
            row("removeByKey", false, false,
                (r, p, c) -> MapExp.removeByKey(Exp.val("k"), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.removeByKey(AsExp.val("k"), obin(), OFFICIAL[c])),
            row("removeByKeyList", true, false,
                (r, p, c) -> MapExp.removeByKeyList(rt(MODIFY_RTS, r), Exp.val(List.of("a", "b")), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.removeByKeyList(MODIFY_RTS[r], AsExp.val(List.of("a", "b")), obin(), OFFICIAL[c])),
            row("removeByKeyRange", true, false,
                (r, p, c) -> MapExp.removeByKeyRange(rt(MODIFY_RTS, r), Exp.val("a"), Exp.val("c"), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.removeByKeyRange(MODIFY_RTS[r], AsExp.val("a"), AsExp.val("c"), obin(), OFFICIAL[c])),
            row("removeByKeyRelativeIndexRange", true, false,
                (r, p, c) -> MapExp.removeByKeyRelativeIndexRange(rt(MODIFY_RTS, r), Exp.val("b"), Exp.val(1), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.removeByKeyRelativeIndexRange(MODIFY_RTS[r], AsExp.val("b"), AsExp.val(1), obin(), OFFICIAL[c])),
            row("removeByKeyRelativeIndexRange+count", true, false,
                (r, p, c) -> MapExp.removeByKeyRelativeIndexRange(rt(MODIFY_RTS, r), Exp.val("b"), Exp.val(1), Exp.val(2), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.removeByKeyRelativeIndexRange(MODIFY_RTS[r], AsExp.val("b"), AsExp.val(1), AsExp.val(2), obin(), OFFICIAL[c])),
            row("removeByValue", true, false,
                (r, p, c) -> MapExp.removeByValue(rt(MODIFY_RTS, r), Exp.val(3.0), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.removeByValue(MODIFY_RTS[r], AsExp.val(3.0), obin(), OFFICIAL[c])),
            row("removeByValueList", true, false,
                (r, p, c) -> MapExp.removeByValueList(rt(MODIFY_RTS, r), Exp.val(List.of(1L, 2L)), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.removeByValueList(MODIFY_RTS[r], AsExp.val(List.of(1L, 2L)), obin(), OFFICIAL[c])),
            row("removeByValueRange", true, false,
                (r, p, c) -> MapExp.removeByValueRange(rt(MODIFY_RTS, r), Exp.val(0), Exp.val(100), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.removeByValueRange(MODIFY_RTS[r], AsExp.val(0), AsExp.val(100), obin(), OFFICIAL[c])),
            row("removeByValueRelativeRankRange", true, false,
                (r, p, c) -> MapExp.removeByValueRelativeRankRange(rt(MODIFY_RTS, r), Exp.val(10), Exp.val(-1), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.removeByValueRelativeRankRange(MODIFY_RTS[r], AsExp.val(10), AsExp.val(-1), obin(), OFFICIAL[c])),
            row("removeByValueRelativeRankRange+count", true, false,
                (r, p, c) -> MapExp.removeByValueRelativeRankRange(rt(MODIFY_RTS, r), Exp.val(10), Exp.val(-1), Exp.val(3), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.removeByValueRelativeRankRange(MODIFY_RTS[r], AsExp.val(10), AsExp.val(-1), AsExp.val(3), obin(), OFFICIAL[c])),
            row("removeByIndex", false, false,
                (r, p, c) -> MapExp.removeByIndex(Exp.val(0), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.removeByIndex(AsExp.val(0), obin(), OFFICIAL[c])),
            row("removeByIndexRange", true, false,
                (r, p, c) -> MapExp.removeByIndexRange(rt(MODIFY_RTS, r), Exp.val(1), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.removeByIndexRange(MODIFY_RTS[r], AsExp.val(1), obin(), OFFICIAL[c])),
            row("removeByIndexRange+count", true, false,
                (r, p, c) -> MapExp.removeByIndexRange(rt(MODIFY_RTS, r), Exp.val(1), Exp.val(2), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.removeByIndexRange(MODIFY_RTS[r], AsExp.val(1), AsExp.val(2), obin(), OFFICIAL[c])),
            row("removeByRank", false, false,
                (r, p, c) -> MapExp.removeByRank(Exp.val(-1), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.removeByRank(AsExp.val(-1), obin(), OFFICIAL[c])),
            row("removeByRankRange", true, false,
                (r, p, c) -> MapExp.removeByRankRange(rt(MODIFY_RTS, r), Exp.val(0), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.removeByRankRange(MODIFY_RTS[r], AsExp.val(0), obin(), OFFICIAL[c])),
            row("removeByRankRange+count", true, false,
                (r, p, c) -> MapExp.removeByRankRange(rt(MODIFY_RTS, r), Exp.val(0), Exp.val(5), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.removeByRankRange(MODIFY_RTS[r], AsExp.val(0), AsExp.val(5), obin(), OFFICIAL[c])));
        return CallTable.expand(rows, MODIFY_RTS, POLICIES.length).stream().map(ByteCase::toTest);
    }

    @TestFactory
    Stream<DynamicTest> reads() {
        List<Row> rows = List.of(
            row("size", false, false,
                (r, p, c) -> MapExp.size(bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.size(obin(), OFFICIAL[c])),
            row("getByKey", true, false,
                (r, p, c) -> MapExp.getByKey(rt(READ_RTS, r), Exp.Type.INT, Exp.val("k"), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.getByKey(READ_RTS[r], AsExp.Type.INT, AsExp.val("k"), obin(), OFFICIAL[c])),
            row("getByKeyRange", true, false,
                (r, p, c) -> MapExp.getByKeyRange(rt(READ_RTS, r), Exp.val(1), Exp.val(9), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.getByKeyRange(READ_RTS[r], AsExp.val(1), AsExp.val(9), obin(), OFFICIAL[c])),
            row("getByKeyList", true, false,
                (r, p, c) -> MapExp.getByKeyList(rt(READ_RTS, r), Exp.val(List.of("x", "y")), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.getByKeyList(READ_RTS[r], AsExp.val(List.of("x", "y")), obin(), OFFICIAL[c])),
            row("getByKeyRelativeIndexRange", true, false,
                (r, p, c) -> MapExp.getByKeyRelativeIndexRange(rt(READ_RTS, r), Exp.val("m"), Exp.val(-1), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.getByKeyRelativeIndexRange(READ_RTS[r], AsExp.val("m"), AsExp.val(-1), obin(), OFFICIAL[c])),
            row("getByKeyRelativeIndexRange+count", true, false,
                (r, p, c) -> MapExp.getByKeyRelativeIndexRange(rt(READ_RTS, r), Exp.val("m"), Exp.val(-1), Exp.val(2), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.getByKeyRelativeIndexRange(READ_RTS[r], AsExp.val("m"), AsExp.val(-1), AsExp.val(2), obin(), OFFICIAL[c])),
            row("getByValue", true, false,
                (r, p, c) -> MapExp.getByValue(rt(READ_RTS, r), Exp.val(true), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.getByValue(READ_RTS[r], AsExp.val(true), obin(), OFFICIAL[c])),
            row("getByValueRange", true, false,
                (r, p, c) -> MapExp.getByValueRange(rt(READ_RTS, r), Exp.val(10), Exp.val(20), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.getByValueRange(READ_RTS[r], AsExp.val(10), AsExp.val(20), obin(), OFFICIAL[c])),
            row("getByValueList", true, false,
                (r, p, c) -> MapExp.getByValueList(rt(READ_RTS, r), Exp.listBin("wanted"), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.getByValueList(READ_RTS[r], AsExp.listBin("wanted"), obin(), OFFICIAL[c])),
            row("getByValueRelativeRankRange", true, false,
                (r, p, c) -> MapExp.getByValueRelativeRankRange(rt(READ_RTS, r), Exp.val(50), Exp.val(0), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.getByValueRelativeRankRange(READ_RTS[r], AsExp.val(50), AsExp.val(0), obin(), OFFICIAL[c])),
            row("getByValueRelativeRankRange+count", true, false,
                (r, p, c) -> MapExp.getByValueRelativeRankRange(rt(READ_RTS, r), Exp.val(50), Exp.val(0), Exp.val(3), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.getByValueRelativeRankRange(READ_RTS[r], AsExp.val(50), AsExp.val(0), AsExp.val(3), obin(), OFFICIAL[c])),
            row("getByIndex", true, false,
                (r, p, c) -> MapExp.getByIndex(rt(READ_RTS, r), Exp.Type.FLOAT, Exp.val(0), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.getByIndex(READ_RTS[r], AsExp.Type.FLOAT, AsExp.val(0), obin(), OFFICIAL[c])),
            row("getByIndexRange", true, false,
                (r, p, c) -> MapExp.getByIndexRange(rt(READ_RTS, r), Exp.val(0), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.getByIndexRange(READ_RTS[r], AsExp.val(0), obin(), OFFICIAL[c])),
            row("getByIndexRange+count", true, false,
                (r, p, c) -> MapExp.getByIndexRange(rt(READ_RTS, r), Exp.val(0), Exp.val(10), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.getByIndexRange(READ_RTS[r], AsExp.val(0), AsExp.val(10), obin(), OFFICIAL[c])),
            row("getByRank", true, false,
                (r, p, c) -> MapExp.getByRank(rt(READ_RTS, r), Exp.Type.MAP, Exp.val(-1), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.getByRank(READ_RTS[r], AsExp.Type.MAP, AsExp.val(-1), obin(), OFFICIAL[c])),
            row("getByRankRange", true, false,
                (r, p, c) -> MapExp.getByRankRange(rt(READ_RTS, r), Exp.val(-3), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.getByRankRange(READ_RTS[r], AsExp.val(-3), obin(), OFFICIAL[c])),
            row("getByRankRange+count", true, false,
                (r, p, c) -> MapExp.getByRankRange(rt(READ_RTS, r), Exp.val(-3), Exp.val(3), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.MapExp.getByRankRange(READ_RTS[r], AsExp.val(-3), AsExp.val(3), obin(), OFFICIAL[c])));
        return CallTable.expand(rows, READ_RTS, 1).stream().map(ByteCase::toTest);
    }

    @TestFactory
    Stream<DynamicTest> openRangesAndComposites() {
        List<ByteCase> cases = new ArrayList<>();
        cases.add(ByteCase.of("getByKeyRange(null begin)",
                () -> MapExp.getByKeyRange(MapReturnType.KEY, null, Exp.val("m"), bin()),
                () -> com.aerospike.client.exp.MapExp.getByKeyRange(6, null, AsExp.val("m"), obin())));
        cases.add(ByteCase.of("getByValueRange(null end)",
                () -> MapExp.getByValueRange(MapReturnType.COUNT, Exp.val(5), null, bin()),
                () -> com.aerospike.client.exp.MapExp.getByValueRange(5, AsExp.val(5), null, obin())));
        cases.add(ByteCase.of("removeByKeyRange(null, null)",
                () -> MapExp.removeByKeyRange(MapReturnType.NONE, null, null, bin()),
                () -> com.aerospike.client.exp.MapExp.removeByKeyRange(0, null, null, obin())));
        cases.add(ByteCase.of("getByValue(wildcard list)",
                () -> MapExp.getByValue(MapReturnType.KEY, Exp.val(List.of(1L, CdtValue.WILDCARD)), bin()),
                () -> com.aerospike.client.exp.MapExp.getByValue(6,
                        AsExp.val(List.of(1L, com.aerospike.client.Value.WILDCARD)), obin())));
        cases.add(ByteCase.of("leaderboard: top score > 100",
                () -> Exp.gt(MapExp.getByRank(MapReturnType.VALUE, Exp.Type.INT, Exp.val(-1), bin()), Exp.val(100)),
                () -> AsExp.gt(com.aerospike.client.exp.MapExp.getByRank(7, AsExp.Type.INT, AsExp.val(-1), obin()),
                        AsExp.val(100))));
        cases.add(ByteCase.of("size(put on map literal)",
                () -> MapExp.size(MapExp.put(MapPolicy.DEFAULT, Exp.val("k"), Exp.val(1), Exp.val(Map.of("a", 2L)))),
                () -> com.aerospike.client.exp.MapExp.size(com.aerospike.client.exp.MapExp.put(
                        com.aerospike.client.cdt.MapPolicy.Default, AsExp.val("k"), AsExp.val(1), AsExp.val(Map.of("a", 2L))))));
        cases.add(ByteCase.of("map read nested in list modify",
                () -> ListExp.size(ListExp.append(io.spikesdk.cdt.ListPolicy.DEFAULT,
                        MapExp.getByKey(MapReturnType.VALUE, Exp.Type.STRING, Exp.val("name"), bin()), Exp.listBin("l"))),
                () -> com.aerospike.client.exp.ListExp.size(com.aerospike.client.exp.ListExp.append(
                        com.aerospike.client.cdt.ListPolicy.Default,
                        com.aerospike.client.exp.MapExp.getByKey(7, AsExp.Type.STRING, AsExp.val("name"), obin()),
                        AsExp.listBin("l")))));
        return cases.stream().map(ByteCase::toTest);
    }

    @Test
    void readsRejectReturnTypesWithoutAValue() {
        assertThrows(IllegalArgumentException.class, () -> MapExp.getByValue(MapReturnType.NONE, Exp.val(1), bin()));
        assertThrows(IllegalArgumentException.class, () -> MapExp.getByKeyList(MapReturnType.fromCode(9), Exp.val(List.of()), bin()));
        assertThrows(NullPointerException.class, () -> MapExp.put(null, Exp.val(1), Exp.val(1), bin()));
        assertThrows(NullPointerException.class, () -> MapExp.size(bin(), (io.spikesdk.cdt.CTX) null));
    }
}
