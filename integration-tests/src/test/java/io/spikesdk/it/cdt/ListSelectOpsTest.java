package io.spikesdk.it.cdt;

import io.spikesdk.cdt.ListReturnType;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

import static io.spikesdk.api.ResultCode.BIN_TYPE_ERROR;
import static io.spikesdk.api.ResultCode.OP_NOT_APPLICABLE;
import static io.spikesdk.cdt.ListReturnType.COUNT;
import static io.spikesdk.cdt.ListReturnType.EXISTS;
import static io.spikesdk.cdt.ListReturnType.INDEX;
import static io.spikesdk.cdt.ListReturnType.NONE;
import static io.spikesdk.cdt.ListReturnType.RANK;
import static io.spikesdk.cdt.ListReturnType.REVERSE_INDEX;
import static io.spikesdk.cdt.ListReturnType.REVERSE_RANK;
import static io.spikesdk.cdt.ListReturnType.VALUE;
import static io.spikesdk.it.cdt.CdtCall.list;
import static io.spikesdk.it.cdt.CdtRow.fails;
import static io.spikesdk.it.cdt.CdtRow.row;
import static io.spikesdk.it.cdt.Notation.v;

/**
 * List reads and removes by index, rank, value, value list, value interval and relative rank: every
 * return type, INVERTED, negative and out-of-range positions, ordered and unordered lists, and the
 * result orders a real server produces (docs/embedded-server.md C1, C7, C8b, §6.3).
 */
class ListSelectOpsTest {
    /** The list of docs/embedded-server.md C1, for rank-range orders. */
    private static final String L = "[50,10,40,20,30,0,60,70,80,90]";
    private static final String DUPS = "[5,3,1,4,2,3]";
    private static final ListReturnType INDEX_RANGE = ListReturnType.fromCode(9);
    private static final ListReturnType REVINDEX_RANGE = ListReturnType.fromCode(10);
    private static final ListReturnType RANK_RANGE = ListReturnType.fromCode(11);
    private static final ListReturnType MAP_KEY = ListReturnType.fromCode(6);

    @TestFactory
    Stream<DynamicNode> sizeGetAndRange() {
        return CdtTables.run("listGet", List.of(
            row("[1,2,3]", list("size"), "3"),
            row("[]", list("size"), "0"),
            row("-", list("size"), "-"),
            fails("{a:1}", list("size"), BIN_TYPE_ERROR),
            row("[1,2,3]", list("get", 0), "1"),
            row("[1,2,3]", list("get", -3), "1"),
            fails("[1,2,3]", list("get", 3), OP_NOT_APPLICABLE),
            fails("[1,2,3]", list("get", -4), OP_NOT_APPLICABLE),
            row("-", list("get", 0), "-"),
            row("[1,2,3]", list("getRange", 1), "[2,3]"),
            row("[1,2,3]", list("getRange", 1, 1), "[2]"),
            row("[1,2,3]", list("getRange", 10, 2), "[]"),
            row("[1,2,3]", list("getRange", -10, 2), "[]"),
            row("[1,2,3]", list("getRange", -5, 4), "[1,2]")));
    }

    @TestFactory
    Stream<DynamicNode> byIndex() {
        return CdtTables.run("listByIndex", List.of(
            row("[a,b,c]", list("getByIndex", 1, VALUE), "b"),
            row("[a,b,c]", list("getByIndex", 0, INDEX), "0"),
            row("[a,b,c]", list("getByIndex", 0, REVERSE_INDEX), "2"),
            row("[b,a,b,a]", list("getByIndex", 0, RANK), "2"),
            row("[b,a,b,a]", list("getByIndex", 1, RANK), "0"),
            row("[b,a,b,a]", list("getByIndex", 3, REVERSE_RANK), "3"),
            row("[a,b,c]", list("getByIndex", -1, COUNT), "1"),
            row("[a,b,c]", list("getByIndex", -1, EXISTS), "true"),
            row("[a,b,c]", list("getByIndex", 1, NONE), "-"),
            fails("[a,b,c]", list("getByIndex", 3, VALUE), OP_NOT_APPLICABLE),
            fails("[a,b,c]", list("getByIndex", 0, VALUE.inverted()), OP_NOT_APPLICABLE),
            fails("[a,b,c]", list("getByIndex", 0, MAP_KEY), OP_NOT_APPLICABLE),
            row(L, list("getByIndexRange", 1, 3, VALUE), "[10,40,20]"),
            row(L, list("getByIndexRange", 1, 3, INDEX), "[1,2,3]"),
            row(L, list("getByIndexRange", 1, 3, RANK), "[1,4,2]"),
            row(L, list("getByIndexRange", 1, 3, COUNT), "3"),
            row(L, list("getByIndexRange", 1, 3, VALUE.inverted()), "[50,30,0,60,70,80,90]"),
            row(L, list("getByIndexRange", -2, VALUE), "[80,90]"),
            row(L, list("getByIndexRange", 20, 1, VALUE), "[]"),
            row(L, list("getByIndexRange", 20, 1, EXISTS), "false"),
            row(L, list("getByIndexRange", 0, COUNT.inverted()), "0"),
            row(L, list("getByIndexRange", 1, 3, INDEX_RANGE), "[1,3]"),
            row(L, list("getByIndexRange", 1, 3, REVINDEX_RANGE), "[6,3]"),
            fails(L, list("getByIndexRange", 1, 3, RANK_RANGE), OP_NOT_APPLICABLE),
            fails(L, list("getByIndexRange", 1, 3, INDEX_RANGE.inverted()), OP_NOT_APPLICABLE),
            row("-", list("getByIndex", 0, VALUE), "-"),
            row("[a,b,c]", list("removeByIndex", 1, VALUE), "b").after("[a,c]"),
            row("[a,b,c]", list("removeByIndex", -1, INDEX), "2").after("[a,b]"),
            row("[a,b,c]", list("removeByIndex", 1, NONE), "-").after("[a,c]"),
            fails("[a,b,c]", list("removeByIndex", 3, VALUE), OP_NOT_APPLICABLE),
            row("[1,2,3,4]", list("removeByIndexRange", 1, 2, COUNT), "2").after("[1,4]"),
            row("[1,2,3,4]", list("removeByIndexRange", 1, 2, VALUE.inverted()), "[1,4]").after("[2,3]"),
            row("-", list("removeByIndexRange", 0, 2, COUNT), "-")));
    }

    @TestFactory
    Stream<DynamicNode> byRank() {
        return CdtTables.run("listByRank", List.of(
            row(L, list("getByRank", 0, VALUE), "0"),
            row(L, list("getByRank", -1, VALUE), "90"),
            row(L, list("getByRank", 0, INDEX), "5"),
            row("[b,a,b,a]", list("getByRank", 0, INDEX), "1"),
            row("[b,a,b,a]", list("getByRank", 1, INDEX), "3"),
            row("[b,a,b,a]", list("getByRank", 2, INDEX), "2"),
            row("[b,a,b,a]", list("getByRank", 3, INDEX), "0"),
            fails(L, list("getByRank", 10, VALUE), OP_NOT_APPLICABLE),
            fails(L, list("getByRank", -11, VALUE), OP_NOT_APPLICABLE),
            row(L, list("getByRankRange", 0, 3, VALUE), "[20,10,0]"),
            row(L, list("getByRankRange", 3, 3, VALUE), "[50,40,30]"),
            row(L, list("getByRankRange", 4, 2, VALUE), "[50,40]"),
            row(L, list("getByRankRange", 5, 3, VALUE), "[50,60,70]"),
            row(L, list("getByRankRange", -3, 3, VALUE), "[70,80,90]"),
            row(L, list("getByRankRange", 0, VALUE), "[90,80,70,60,50,40,30,20,10,0]"),
            row(L, list("getByRankRange", 2, VALUE), "[20,30,40,50,60,70,80,90]"),
            row(L, list("getByRankRange", 0, 3, INDEX), "[1,3,5]"),
            row(L, list("getByRankRange", 0, 3, RANK), "[0,1,2]"),
            row(L, list("getByRankRange", 0, 3, COUNT), "3"),
            row(L, list("getByRankRange", 0, 3, VALUE.inverted()), "[50,40,30,60,70,80,90]"),
            row(L, list("getByRankRange", 10, VALUE), "[]"),
            row(L, list("getByRankRange", 0, 3, RANK_RANGE), "[0,3]"),
            fails(L, list("getByRankRange", 0, 3, INDEX_RANGE), OP_NOT_APPLICABLE),
            row("[3,1,3,2,1,3]", list("getByRankRange", 0, 3, VALUE), "[2,1,1]"),
            row("o[0,10,20,30,40]", list("getByRankRange", 0, 3, VALUE), "[0,10,20]"),
            row(L, list("removeByRank", 0, VALUE), "0").after("[50,10,40,20,30,60,70,80,90]"),
            fails("[1,2,3]", list("removeByRank", -4, VALUE), OP_NOT_APPLICABLE),
            row(L, list("removeByRankRange", 0, 3, VALUE), "[20,10,0]").after("[50,40,30,60,70,80,90]"),
            row(L, list("removeByRankRange", 6, 3, VALUE), "[60,70,80]").after("[50,10,40,20,30,0,90]"),
            row(L, list("removeByRankRange", 0, 8, VALUE.inverted()), "[80,90]").after("[50,10,40,20,30,0,60,70]")));
    }

    @TestFactory
    Stream<DynamicNode> byValue() {
        return CdtTables.run("listByValue", List.of(
            row("[1,2,1,3]", list("getByValue", 1, INDEX), "[0,2]"),
            row("[1,2,1,3]", list("getByValue", 1, VALUE), "[1,1]"),
            row("[1,2,1,3]", list("getByValue", 1, COUNT), "2"),
            row("[1,2,1,3]", list("getByValue", 1, VALUE.inverted()), "[2,3]"),
            row("[1,2,1,3]", list("getByValue", 5, INDEX), "[]"),
            row("[1,2,1,3]", list("getByValue", 5, EXISTS), "false"),
            row("[1,2,1,3]", list("getByValue", 1.0, COUNT), "0"),
            row("[[1,a],[1,b,c],[2,a],[1]]", list("getByValue", v("[1,WILD]"), VALUE), "[[1,a],[1,b,c]]"),
            row(DUPS, list("getByValueList", v("[4,1,5,3]"), INDEX), "[0,1,2,3,5]"),
            row(DUPS, list("getByValueList", v("[4,1,5,3]"), REVERSE_INDEX), "[5,4,3,2,0]"),
            row(DUPS, list("getByValueList", v("[4,1,5,3]"), VALUE), "[5,3,1,4,3]"),
            row(DUPS, list("getByValueList", v("[4,1,5,3]"), RANK), "[4,0,5,2,3]"),
            row(DUPS, list("getByValueList", v("[4,1,5,3]"), REVERSE_RANK), "[1,5,0,3,2]"),
            row(DUPS, list("getByValueList", v("[4,1,5,3]"), COUNT), "5"),
            row(DUPS, list("getByValueList", v("[4,1,5,3]"), VALUE.inverted()), "[2]"),
            row(DUPS, list("getByValueList", v("[]"), VALUE), "[]"),
            row(DUPS, list("getByValueList", v("[]"), VALUE.inverted()), DUPS),
            fails(DUPS, list("getByValueList", v("[1]"), RANK_RANGE), OP_NOT_APPLICABLE),
            row(DUPS, list("getByValueRange", 2, 5, INDEX), "[1,3,4,5]"),
            row(DUPS, list("getByValueRange", 2, 5, VALUE), "[3,4,2,3]"),
            row(DUPS, list("getByValueRange", 2, 5, RANK), "[1,2,3,4]"),
            row(DUPS, list("getByValueRange", 2, 5, VALUE.inverted()), "[5,1]"),
            row(DUPS, list("getByValueRange", null, 3, VALUE), "[1,2]"),
            row(DUPS, list("getByValueRange", 4, null, VALUE), "[5,4]"),
            row(DUPS, list("getByValueRange", 5, 2, VALUE), "[]"),
            row("[[1,a],[2],[1],[1,nil]]", list("getByValueRange", v("[1,nil]"), v("[1,INF]"), VALUE), "[[1,a],[1,nil]]"),
            row("o[0,4,5,9,11,15]", list("getByValueRelativeRankRange", 5, 0, VALUE), "[5,9,11,15]"),
            row("o[0,4,5,9,11,15]", list("getByValueRelativeRankRange", 5, -1, VALUE), "[4,5,9,11,15]"),
            row("o[0,4,5,9,11,15]", list("getByValueRelativeRankRange", 3, 3, VALUE), "[11,15]"),
            row("o[0,4,5,9,11,15]", list("getByValueRelativeRankRange", 3, -3, VALUE), "[0,4,5,9,11,15]"),
            row("o[0,4,5,9,11,15]", list("getByValueRelativeRankRange", 5, -1, 2, VALUE), "[4,5]"),
            row("o[0,4,5,9,11,15]", list("getByValueRelativeRankRange", 3, -3, 2, VALUE), "[]"),
            row(L, list("getByValueRelativeRankRange", 35, 0, 2, VALUE), "[50,40]"),
            row(L, list("getByValueRelativeRankRange", 35, -2, 3, VALUE), "[40,30,20]"),
            row(L, list("getByValueRelativeRankRange", 35, 1, VALUE), "[50,60,70,80,90]"),
            row("[1,2,1,3]", list("removeByValue", 1, COUNT), "2").after("[2,3]"),
            row("[1,2,1,3]", list("removeByValue", 1, VALUE.inverted()), "[2,3]").after("[1,1]"),
            row("[1,2,1,3]", list("removeByValue", 9, COUNT), "0"),
            row("-", list("removeByValue", 1, COUNT), "-"),
            row(DUPS, list("removeByValueList", v("[3,5]"), INDEX), "[0,1,5]").after("[1,4,2]"),
            row(DUPS, list("removeByValueList", v("[]"), COUNT.inverted()), "6").after("[]"),
            row("o[1,2,2,3]", list("getByValue", 2, INDEX), "[1,2]"),
            row("o[1,2,2,3]", list("removeByValueRange", 2, null, VALUE), "[2,2,3]").after("[1]"),
            row(DUPS, list("removeByValueRange", 2, 4, VALUE), "[3,2,3]").after("[5,1,4]"),
            row(L, list("removeByValueRelativeRankRange", 35, 0, 2, VALUE), "[50,40]")
                .after("[10,20,30,0,60,70,80,90]"),
            row("o[0,4,5,9]", list("removeByValueRelativeRankRange", 5, -1, COUNT), "3").after("[0]")));
    }
}
