package io.spikesdk.exp;

import io.spikesdk.cdt.CdtValue;
import io.spikesdk.cdt.ListOrder;
import io.spikesdk.cdt.ListPolicy;
import io.spikesdk.cdt.ListReturnType;
import io.spikesdk.cdt.ListSortFlags;
import io.spikesdk.cdt.ListWriteFlags;
import io.spikesdk.exp.CallTable.Row;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.spikesdk.exp.CtxPairs.OFFICIAL;
import static io.spikesdk.exp.CtxPairs.OURS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every {@link ListExp} factory packs the same bytes as the official client's {@code ListExp}. */
class ListExpBytesTest {
    private static final int INV = ListReturnType.INVERTED_FLAG;
    /** Return types of reads (index 0 is the default used with every context path). */
    private static final int[] READ_RTS = {7, 1, 2, 3, 4, 5, 13, 7 | INV, 1 | INV, 3 | INV, 5 | INV, 13 | INV};
    /** Return types of removes: the read ones plus NONE. */
    private static final int[] MODIFY_RTS = {0, 1, 2, 3, 4, 5, 7, 13, 0 | INV, 5 | INV, 7 | INV};

    private static final ListPolicy[] POLICIES = {
        ListPolicy.DEFAULT,
        ListPolicy.of(ListOrder.ORDERED, ListWriteFlags.DEFAULT),
        ListPolicy.of(ListOrder.UNORDERED, ListWriteFlags.of(ListWriteFlags.ADD_UNIQUE, ListWriteFlags.NO_FAIL)),
        ListPolicy.of(ListOrder.ORDERED, ListWriteFlags.of(ListWriteFlags.ADD_UNIQUE, ListWriteFlags.INSERT_BOUNDED,
                ListWriteFlags.NO_FAIL, ListWriteFlags.PARTIAL)),
        ListPolicy.of(ListWriteFlags.INSERT_BOUNDED),
    };
    private static final com.aerospike.client.cdt.ListPolicy[] OFFICIAL_POLICIES = {
        com.aerospike.client.cdt.ListPolicy.Default,
        new com.aerospike.client.cdt.ListPolicy(com.aerospike.client.cdt.ListOrder.ORDERED, 0),
        new com.aerospike.client.cdt.ListPolicy(com.aerospike.client.cdt.ListOrder.UNORDERED, 1 | 4),
        new com.aerospike.client.cdt.ListPolicy(com.aerospike.client.cdt.ListOrder.ORDERED, 1 | 2 | 4 | 8),
        new com.aerospike.client.cdt.ListPolicy(com.aerospike.client.cdt.ListOrder.UNORDERED, 2),
    };
    private static final int[] SORT_FLAGS = {0, 1, 2, 3, 2};

    private static ListReturnType rt(int[] table, int i) {
        return ListReturnType.fromCode(table[i]);
    }

    private static ListSortFlags sort(int p) {
        return ListSortFlags.fromCode(SORT_FLAGS[p]);
    }

    private static Exp bin() {
        return Exp.listBin("l");
    }

    private static com.aerospike.client.exp.Exp obin() {
        return AsExp.listBin("l");
    }

    private static Row row(String name, boolean rt, boolean policy, CallTable.Build<Exp> ours,
                           CallTable.Build<com.aerospike.client.exp.Exp> official) {
        return new Row(name, rt, policy, ours, official);
    }

    @TestFactory
    Stream<DynamicTest> modifies() {
        List<Row> rows = List.of(
            row("append", false, true,
                (r, p, c) -> ListExp.append(POLICIES[p], Exp.val("v"), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.ListExp.append(OFFICIAL_POLICIES[p], AsExp.val("v"), obin(), OFFICIAL[c])),
            row("appendItems", false, true,
                (r, p, c) -> ListExp.appendItems(POLICIES[p], Exp.val(List.of(1L, "a")), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.ListExp.appendItems(OFFICIAL_POLICIES[p], AsExp.val(List.of(1L, "a")), obin(), OFFICIAL[c])),
            row("insert", false, true,
                (r, p, c) -> ListExp.insert(POLICIES[p], Exp.intBin("i"), Exp.val(2.5), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.ListExp.insert(OFFICIAL_POLICIES[p], AsExp.intBin("i"), AsExp.val(2.5), obin(), OFFICIAL[c])),
            row("insertItems", false, true,
                (r, p, c) -> ListExp.insertItems(POLICIES[p], Exp.val(-1), Exp.listBin("other"), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.ListExp.insertItems(OFFICIAL_POLICIES[p], AsExp.val(-1), AsExp.listBin("other"), obin(), OFFICIAL[c])),
            row("increment", false, true,
                (r, p, c) -> ListExp.increment(POLICIES[p], Exp.val(0), Exp.add(Exp.intBin("d"), Exp.val(1)), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.ListExp.increment(OFFICIAL_POLICIES[p], AsExp.val(0), AsExp.add(AsExp.intBin("d"), AsExp.val(1)), obin(), OFFICIAL[c])),
            row("set", false, true,
                (r, p, c) -> ListExp.set(POLICIES[p], Exp.val(3), Exp.val(true), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.ListExp.set(OFFICIAL_POLICIES[p], AsExp.val(3), AsExp.val(true), obin(), OFFICIAL[c])),
            row("clear", false, false,
                (r, p, c) -> ListExp.clear(bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.ListExp.clear(obin(), OFFICIAL[c])),
            row("sort", false, true,
                (r, p, c) -> ListExp.sort(sort(p), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.ListExp.sort(SORT_FLAGS[p], obin(), OFFICIAL[c])),
            row("removeByValue", true, false,
                (r, p, c) -> ListExp.removeByValue(rt(MODIFY_RTS, r), Exp.val("x"), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.ListExp.removeByValue(MODIFY_RTS[r], AsExp.val("x"), obin(), OFFICIAL[c])),
            row("removeByValueList", true, false,
                (r, p, c) -> ListExp.removeByValueList(rt(MODIFY_RTS, r), Exp.val(List.of("x", 2L)), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.ListExp.removeByValueList(MODIFY_RTS[r], AsExp.val(List.of("x", 2L)), obin(), OFFICIAL[c])),
            row("removeByValueRange", true, false,
                (r, p, c) -> ListExp.removeByValueRange(rt(MODIFY_RTS, r), Exp.val(1), Exp.val(10), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.ListExp.removeByValueRange(MODIFY_RTS[r], AsExp.val(1), AsExp.val(10), obin(), OFFICIAL[c])),
            row("removeByValueRelativeRankRange", true, false,
                (r, p, c) -> ListExp.removeByValueRelativeRankRange(rt(MODIFY_RTS, r), Exp.val(5), Exp.val(-1), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.ListExp.removeByValueRelativeRankRange(MODIFY_RTS[r], AsExp.val(5), AsExp.val(-1), obin(), OFFICIAL[c])),
            row("removeByValueRelativeRankRange+count", true, false,
                (r, p, c) -> ListExp.removeByValueRelativeRankRange(rt(MODIFY_RTS, r), Exp.val(5), Exp.val(-1), Exp.val(2), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.ListExp.removeByValueRelativeRankRange(MODIFY_RTS[r], AsExp.val(5), AsExp.val(-1), AsExp.val(2), obin(), OFFICIAL[c])),
            row("removeByIndex", false, false,
                (r, p, c) -> ListExp.removeByIndex(Exp.val(-2), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.ListExp.removeByIndex(AsExp.val(-2), obin(), OFFICIAL[c])),
            row("removeByIndexRange", true, false,
                (r, p, c) -> ListExp.removeByIndexRange(rt(MODIFY_RTS, r), Exp.val(1), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.ListExp.removeByIndexRange(MODIFY_RTS[r], AsExp.val(1), obin(), OFFICIAL[c])),
            row("removeByIndexRange+count", true, false,
                (r, p, c) -> ListExp.removeByIndexRange(rt(MODIFY_RTS, r), Exp.val(1), Exp.intBin("n"), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.ListExp.removeByIndexRange(MODIFY_RTS[r], AsExp.val(1), AsExp.intBin("n"), obin(), OFFICIAL[c])),
            row("removeByRank", false, false,
                (r, p, c) -> ListExp.removeByRank(Exp.val(0), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.ListExp.removeByRank(AsExp.val(0), obin(), OFFICIAL[c])),
            row("removeByRankRange", true, false,
                (r, p, c) -> ListExp.removeByRankRange(rt(MODIFY_RTS, r), Exp.val(-3), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.ListExp.removeByRankRange(MODIFY_RTS[r], AsExp.val(-3), obin(), OFFICIAL[c])),
            row("removeByRankRange+count", true, false,
                (r, p, c) -> ListExp.removeByRankRange(rt(MODIFY_RTS, r), Exp.val(-3), Exp.val(2), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.ListExp.removeByRankRange(MODIFY_RTS[r], AsExp.val(-3), AsExp.val(2), obin(), OFFICIAL[c])));
        return CallTable.expand(rows, MODIFY_RTS, POLICIES.length).stream().map(ByteCase::toTest);
    }

    @TestFactory
    Stream<DynamicTest> reads() {
        List<Row> rows = List.of(
            row("size", false, false,
                (r, p, c) -> ListExp.size(bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.ListExp.size(obin(), OFFICIAL[c])),
            row("getByValue", true, false,
                (r, p, c) -> ListExp.getByValue(rt(READ_RTS, r), Exp.stringBin("s"), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.ListExp.getByValue(READ_RTS[r], AsExp.stringBin("s"), obin(), OFFICIAL[c])),
            row("getByValueRange", true, false,
                (r, p, c) -> ListExp.getByValueRange(rt(READ_RTS, r), Exp.val("a"), Exp.val("m"), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.ListExp.getByValueRange(READ_RTS[r], AsExp.val("a"), AsExp.val("m"), obin(), OFFICIAL[c])),
            row("getByValueList", true, false,
                (r, p, c) -> ListExp.getByValueList(rt(READ_RTS, r), Exp.val(List.of(1L, 2L, 3L)), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.ListExp.getByValueList(READ_RTS[r], AsExp.val(List.of(1L, 2L, 3L)), obin(), OFFICIAL[c])),
            row("getByValueRelativeRankRange", true, false,
                (r, p, c) -> ListExp.getByValueRelativeRankRange(rt(READ_RTS, r), Exp.val(5), Exp.val(1), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.ListExp.getByValueRelativeRankRange(READ_RTS[r], AsExp.val(5), AsExp.val(1), obin(), OFFICIAL[c])),
            row("getByValueRelativeRankRange+count", true, false,
                (r, p, c) -> ListExp.getByValueRelativeRankRange(rt(READ_RTS, r), Exp.val(5), Exp.val(1), Exp.val(4), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.ListExp.getByValueRelativeRankRange(READ_RTS[r], AsExp.val(5), AsExp.val(1), AsExp.val(4), obin(), OFFICIAL[c])),
            row("getByIndex", true, false,
                (r, p, c) -> ListExp.getByIndex(rt(READ_RTS, r), Exp.Type.INT, Exp.val(-1), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.ListExp.getByIndex(READ_RTS[r], AsExp.Type.INT, AsExp.val(-1), obin(), OFFICIAL[c])),
            row("getByIndexRange", true, false,
                (r, p, c) -> ListExp.getByIndexRange(rt(READ_RTS, r), Exp.val(2), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.ListExp.getByIndexRange(READ_RTS[r], AsExp.val(2), obin(), OFFICIAL[c])),
            row("getByIndexRange+count", true, false,
                (r, p, c) -> ListExp.getByIndexRange(rt(READ_RTS, r), Exp.val(2), Exp.val(3), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.ListExp.getByIndexRange(READ_RTS[r], AsExp.val(2), AsExp.val(3), obin(), OFFICIAL[c])),
            row("getByRank", true, false,
                (r, p, c) -> ListExp.getByRank(rt(READ_RTS, r), Exp.Type.STRING, Exp.val(0), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.ListExp.getByRank(READ_RTS[r], AsExp.Type.STRING, AsExp.val(0), obin(), OFFICIAL[c])),
            row("getByRankRange", true, false,
                (r, p, c) -> ListExp.getByRankRange(rt(READ_RTS, r), Exp.val(-2), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.ListExp.getByRankRange(READ_RTS[r], AsExp.val(-2), obin(), OFFICIAL[c])),
            row("getByRankRange+count", true, false,
                (r, p, c) -> ListExp.getByRankRange(rt(READ_RTS, r), Exp.val(-2), Exp.val(2), bin(), OURS[c]),
                (r, p, c) -> com.aerospike.client.exp.ListExp.getByRankRange(READ_RTS[r], AsExp.val(-2), AsExp.val(2), obin(), OFFICIAL[c])));
        return CallTable.expand(rows, READ_RTS, 1).stream().map(ByteCase::toTest);
    }

    @TestFactory
    Stream<DynamicTest> rangesWithOpenEndsAndComposites() {
        List<ByteCase> cases = new ArrayList<>();
        ListReturnType value = ListReturnType.VALUE;
        cases.add(ByteCase.of("getByValueRange(null begin)",
                () -> ListExp.getByValueRange(value, null, Exp.val(10), bin()),
                () -> com.aerospike.client.exp.ListExp.getByValueRange(7, null, AsExp.val(10), obin())));
        cases.add(ByteCase.of("getByValueRange(null end)",
                () -> ListExp.getByValueRange(value, Exp.val(10), null, bin()),
                () -> com.aerospike.client.exp.ListExp.getByValueRange(7, AsExp.val(10), null, obin())));
        cases.add(ByteCase.of("removeByValueRange(null, null)",
                () -> ListExp.removeByValueRange(ListReturnType.COUNT, null, null, bin()),
                () -> com.aerospike.client.exp.ListExp.removeByValueRange(5, null, null, obin())));
        cases.add(ByteCase.of("getByValueRange(wildcard/inf list bounds)",
                () -> ListExp.getByValueRange(value, Exp.val(List.of("a")), Exp.val(List.of("a", CdtValue.INFINITY)), bin()),
                () -> com.aerospike.client.exp.ListExp.getByValueRange(7, AsExp.val(List.of("a")),
                        AsExp.val(List.of("a", com.aerospike.client.Value.INFINITY)), obin())));
        cases.add(ByteCase.of("getByValue(wildcard inside list value)",
                () -> ListExp.getByValue(value, Exp.val(List.of("a", CdtValue.WILDCARD)), bin()),
                () -> com.aerospike.client.exp.ListExp.getByValue(7,
                        AsExp.val(List.of("a", com.aerospike.client.Value.WILDCARD)), obin())));
        cases.add(ByteCase.of("getByValueRange(inf end)",
                () -> ListExp.getByValueRange(value, Exp.val(100), Exp.inf(), bin()),
                () -> com.aerospike.client.exp.ListExp.getByValueRange(7, AsExp.val(100), AsExp.inf(), obin())));
        cases.add(ByteCase.of("size(quoted list literal) > 2",
                () -> Exp.gt(ListExp.size(Exp.val(List.of(1L, 2L, 3L))), Exp.val(2)),
                () -> AsExp.gt(com.aerospike.client.exp.ListExp.size(AsExp.val(List.of(1L, 2L, 3L))), AsExp.val(2))));
        cases.add(ByteCase.of("size(append(...)) on nil container",
                () -> ListExp.size(ListExp.append(ListPolicy.DEFAULT, Exp.val(1), Exp.nil())),
                () -> com.aerospike.client.exp.ListExp.size(com.aerospike.client.exp.ListExp.append(
                        com.aerospike.client.cdt.ListPolicy.Default, AsExp.val(1), AsExp.nil()))));
        for (Exp.Type type : Exp.Type.values()) {
            AsExp.Type theirs = AsExp.Type.valueOf(type.name());
            cases.add(ByteCase.of("getByIndex(VALUE, " + type + ")",
                    () -> ListExp.getByIndex(value, type, Exp.val(0), bin()),
                    () -> com.aerospike.client.exp.ListExp.getByIndex(7, theirs, AsExp.val(0), obin())));
        }
        cases.add(ByteCase.of("filter on nested list through map ctx",
                () -> Exp.eq(ListExp.getByIndex(value, Exp.Type.STRING, Exp.val(0), Exp.mapBin("doc"),
                        io.spikesdk.cdt.CTX.mapKey("tags")), Exp.val("vip")),
                () -> AsExp.eq(com.aerospike.client.exp.ListExp.getByIndex(7, AsExp.Type.STRING, AsExp.val(0),
                        AsExp.mapBin("doc"), com.aerospike.client.cdt.CTX.mapKey(com.aerospike.client.Value.get("tags"))),
                        AsExp.val("vip"))));
        return cases.stream().map(ByteCase::toTest);
    }

    @Test
    void readsRejectReturnTypesWithoutAValue() {
        assertThrows(IllegalArgumentException.class, () -> ListExp.getByValue(ListReturnType.NONE, Exp.val(1), bin()));
        assertThrows(IllegalArgumentException.class, () -> ListExp.getByIndexRange(ListReturnType.fromCode(6), Exp.val(1), bin()));
        assertThrows(NullPointerException.class, () -> ListExp.size(null));
        assertThrows(NullPointerException.class, () -> ListExp.append(null, Exp.val(1), bin()));
        assertThrows(NullPointerException.class, () -> ListExp.getByIndex(ListReturnType.VALUE, null, Exp.val(0), bin()));
    }

    @Test
    void modifyResultTypeFollowsTheFirstContextLevel() {
        assertEquals("957f0440", ByteCase.hex(Exp.build(ListExp.clear(bin())).bytes()).substring(0, 8));
        assertEquals("957f0540", ByteCase.hex(Exp.build(ListExp.clear(bin(), io.spikesdk.cdt.CTX.mapKey("k"))).bytes())
                .substring(0, 8));
        assertEquals("957f0440", ByteCase.hex(Exp.build(ListExp.clear(bin(), io.spikesdk.cdt.CTX.listIndex(0))).bytes())
                .substring(0, 8));
    }

    @Test
    void matchesTheDocumentedSizeExample() {
        assertEquals("957f02009110935104a16c", ByteCase.hex(Exp.build(ListExp.size(bin())).bytes()));
    }
}
