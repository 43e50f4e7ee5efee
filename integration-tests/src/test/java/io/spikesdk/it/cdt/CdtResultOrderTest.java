package io.spikesdk.it.cdt;

import io.spikesdk.cdt.ListReturnType;
import io.spikesdk.cdt.MapReturnType;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

import static io.spikesdk.api.ResultCode.OP_NOT_APPLICABLE;
import static io.spikesdk.it.cdt.CdtCall.list;
import static io.spikesdk.it.cdt.CdtCall.map;
import static io.spikesdk.it.cdt.CdtRow.fails;
import static io.spikesdk.it.cdt.CdtRow.row;
import static io.spikesdk.it.cdt.Notation.v;

/**
 * The order (and a few shapes) of list/map selection results as a real Aerospike 8.1 server produces them. The
 * server answers each op family along its own path, so the same return type comes out differently per family:
 * REVERSE_INDEX/REVERSE_RANK mirror whole runs (ascending) on index-range paths but single positions (descending)
 * on scans; INVERTED ranges that leave one run are answered as that plain range (in rank order for rank ranges),
 * two runs in index or key order; EXISTS|INVERTED is "the selection is empty" on scan paths; ordered containers
 * answer value lists per request item, duplicates repeated; a value list is matched by binary search over the
 * sorted request, so a bare WILDCARD item matches only what that search happens to probe.
 */
class CdtResultOrderTest {
    private static final String SEVEN = "[1,2,3,4,5,6,7]";
    private static final String MIXED = "[[],-2,nil,-7.75,-7.75,9,0.0]";
    /** Ranks: g5 e10 d20 c30 b40 f45 a50. */
    private static final String M7 = "{a:50,b:40,c:30,d:20,e:10,f:45,g:5}";
    private static final ListReturnType L_INDEX = ListReturnType.INDEX;
    private static final ListReturnType L_REVINDEX = ListReturnType.REVERSE_INDEX;
    private static final ListReturnType L_RANK = ListReturnType.RANK;
    private static final ListReturnType L_REVRANK = ListReturnType.REVERSE_RANK;
    private static final ListReturnType L_EXISTS = ListReturnType.EXISTS;
    private static final ListReturnType L_VALUE = ListReturnType.VALUE;
    private static final ListReturnType L_COUNT = ListReturnType.COUNT;

    @TestFactory
    Stream<DynamicNode> reverseIndexAndRank() {
        return CdtTables.run("orderReverse", List.of(
            row(SEVEN, list("getByIndexRange", 0, 6, L_REVINDEX), "[1,2,3,4,5,6]"),
            row(SEVEN, list("getByValueRange", v("1"), v("7"), L_REVINDEX), "[6,5,4,3,2,1]"),
            row(SEVEN, list("getByRankRange", 0, 6, L_REVINDEX), "[6,5,4,3,2,1]"),
            row(SEVEN, list("getByRankRange", 0, 6, L_REVRANK), "[1,2,3,4,5,6]"),
            row("o[-7.75,9,nil,12,false,1.0,abc,0x0005]", list("getByValueRange", v("0x0005"), v("INF"), L_REVINDEX),
                "[0,1,2]"),
            row(SEVEN, list("getByIndexRange", 2, 3, L_REVINDEX.inverted()), "[5,6,0,1]"),
            row(MIXED, list("getByValueRange", v("9"), v("-7.75"), L_REVRANK.inverted()), "[5,6,0,1,2]"),
            row("k{a:1,b:2,c:3,d:4,e:5,f:6}", map("getByKeyRelativeIndexRange", "d", 5,
                MapReturnType.REVERSE_INDEX.inverted()), "[0,1,2,3,4,5]"),
            row(M7, map("getByValueRange", v("10"), v("46"), MapReturnType.REVERSE_INDEX), "[5,4,3,2,1]"),
            row(M7, map("getByIndexRange", 1, 3, MapReturnType.REVERSE_RANK), "[2,3,4]")));
    }

    @TestFactory
    Stream<DynamicNode> invertedOrder() {
        return CdtTables.run("orderInverted", List.of(
            row("{'':-3,ab:false,c:z,d:12}", map("getByRankRange", 5, 4, MapReturnType.KEY.inverted()), "[ab,'',d,c]"),
            row(M7, map("getByRankRange", 0, 2, MapReturnType.KEY.inverted()), "[d,c,b,f,a]"),
            row(M7, map("getByRankRange", 2, 2, MapReturnType.KEY.inverted()), "[a,b,e,f,g]"),
            row(M7, map("getByRankRange", 0, 2, MapReturnType.INDEX.inverted()), "[3,2,1,5,0]"),
            row("{2:[ba],5:'',7:abc,8:2}", map("getByValueRelativeRankRange", v("false"), 6, 4,
                MapReturnType.INDEX.inverted()), "[3,1,2,0]"),
            row("[4,3,[],b,ba,7,[7,-3],-1]", list("removeByValueList", v("[-1,[7,-3]]"), L_REVRANK.inverted()),
                "[1,2,3,4,5,6]").after("[[7,-3],-1]"),
            row(MIXED, list("removeByValueRange", v("9"), v("-7.75"), L_RANK.inverted()), "[0,1,4,5,6]")
                .after("[[],9]"),
            row("[5,3,1,4,2,3]", list("getByRankRange", 1, 3, L_RANK.inverted()), "[0,4,5]")));
    }

    @TestFactory
    Stream<DynamicNode> existsAndCountInverted() {
        return CdtTables.run("orderExists", List.of(
            row("[[1,0x02df,-7.75],0.0,{zz:ba,f:-2},[0,ba,'été'],4,5,12]",
                list("getByValueRange", v("5"), v("INF"), L_EXISTS.inverted()), "false"),
            row("[[1,0x02df,-7.75],0.0,{zz:ba,f:-2},[0,ba,'été'],4,5,12]",
                list("getByValueRange", v("5"), v("INF"), L_COUNT.inverted()), "1"),
            row("[['日本',-7.75],[1.0,9,-1.5],9,-3]",
                list("removeByValueRange", v("[9,WILD]"), v("INF"), L_EXISTS.inverted()), "false")
                .after("[['日本',-7.75],[1.0,9,-1.5]]"),
            row("[5,3,1,4,2,3]", list("getByValueRange", v("10"), v("20"), L_EXISTS.inverted()), "true"),
            row("[5,3,1,4,2,3]", list("getByRankRange", 1, 2, L_EXISTS.inverted()), "false"),
            row("[5,3,1,4,2,3]", list("getByIndexRange", 1, 2, L_EXISTS.inverted()), "true"),
            row("[5,3,1,4,2,3]", list("getByValueList", v("[3]"), L_EXISTS.inverted()), "true"),
            row(M7, map("getByValueRange", v("10"), v("30"), MapReturnType.EXISTS.inverted()), "false"),
            row(M7, map("getByValueRange", v("100"), v("200"), MapReturnType.EXISTS.inverted()), "true"),
            row(M7, map("getByIndexRange", 1, 2, MapReturnType.EXISTS.inverted()), "false"),
            row("k" + M7, map("getByIndexRange", 1, 2, MapReturnType.EXISTS.inverted()), "true"),
            row(M7, map("getByKeyRange", "b", "d", MapReturnType.EXISTS.inverted()), "false"),
            row(M7, map("getByKeyRange", "b", "d", MapReturnType.COUNT.inverted()), "5"),
            row("[]", list("getByValueRange", v("1"), v("5"), L_EXISTS.inverted()), "true"),
            row("[]", list("getByRankRange", 0, L_EXISTS.inverted()), "false"),
            row("[]", list("getByIndexRange", 0, L_EXISTS.inverted()), "false"),
            row("{}", map("getByValueRange", v("1"), v("5"), MapReturnType.EXISTS.inverted()), "false"),
            row("{}", map("getByKeyRange", "a", "b", MapReturnType.EXISTS.inverted()), "true")));
    }

    @TestFactory
    Stream<DynamicNode> duplicatesAndShapes() {
        return CdtTables.run("orderDuplicates", List.of(
            row("o[9]", list("getByValueList", v("[9,9,9]"), L_REVINDEX), "[0,0,0]"),
            row("o[9]", list("getByValueList", v("[9,9,9]"), L_VALUE), "[9,9,9]"),
            row("o[9]", list("getByValueList", v("[9,9,9]"), L_COUNT), "1"),
            row("[9]", list("getByValueList", v("[9,9,9]"), L_INDEX), "[0]"),
            row("o[1,2,2,3]", list("getByValueList", v("[3,2]"), L_REVRANK), "[0,1,2]"),
            row("[3,2,2,1]", list("getByValueList", v("[3,2]"), L_REVRANK), "[0,2,1]"),
            row("[3,3,1,0]", list("getByIndexRange", 0, 2, L_RANK), "[2,2]"),
            row("[3,3,1,0]", list("getByIndexRange", 0, 4, L_RANK), "[0,1,2,3]"),
            row("[1,b,3,5,3]", list("getByRank", -3, L_INDEX), "2"),
            row("[[],a,-4,a]", list("getByRankRange", 2, 3, L_INDEX), "[0,3]"),
            row("k{a:1,b:2}", map("getByKeyList", v("[a,a,c]"), MapReturnType.INDEX), "[0,0]"),
            row("{a:1,b:2}", map("getByKeyList", v("[a,a,c]"), MapReturnType.INDEX), "[0]"),
            row("{a:1}", map("getByValueList", v("[1,1]"), MapReturnType.INDEX), "[0,0]"),
            row(M7, map("getByIndexRange", 0, MapReturnType.RANK), "[0,1,2,3,4,5,6]"),
            row(M7, map("getByIndexRange", 1, MapReturnType.RANK), "[4,3,2,1,5,0]"),
            row("{a:1}", map("getByKey", "zz", MapReturnType.fromCode(9)), "[-1,0]"),
            row("k{a:1}", map("getByKey", "zz", MapReturnType.VALUE.inverted()), "nil"),
            fails("{a:1}", map("getByKey", "zz", MapReturnType.VALUE.inverted()), OP_NOT_APPLICABLE),
            row("{a:1,b:2,c:3}", map("getByIndexRange", 0, MapReturnType.fromCode(9).inverted()), "[3,0]"),
            row("[3,0,[a]]", list("getByValueRelativeRankRange", v("{a:1}"), 0, 2, ListReturnType.fromCode(10)),
                "[3,0]"),
            row("o[[1,2],ab,nil]", list("getByValueRelativeRankRange", v("true"), -1, ListReturnType.fromCode(10)),
                "[0,3]"),
            row("[0,b,2,{a:1},false,0,-1,'',{a:1},[1,2]]", list("removeByValueList", v("[WILD,[1,2]]"), L_REVINDEX),
                "[9,8,7,5,4,3,2,0]").after("[{a:1},{a:1}]"),
            row("[7,2,'',[1],[a],a,0,{a:1},1.5]", list("getByValueList", v("[false,1.5,WILD]"), L_VALUE), "[1.5]")));
    }
}
