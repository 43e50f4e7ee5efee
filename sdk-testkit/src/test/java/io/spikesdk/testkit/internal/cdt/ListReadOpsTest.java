package io.spikesdk.testkit.internal.cdt;

import static io.spikesdk.testkit.internal.cdt.CdtCase.R;
import static io.spikesdk.testkit.internal.cdt.CdtCase.W;
import static io.spikesdk.testkit.internal.cdt.CdtCase.error;
import static io.spikesdk.testkit.internal.cdt.CdtCase.row;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Table tests of list reads and get/remove-by ops (codes 16..27, 32..40). Return types: 0 NONE, 1 INDEX,
 * 2 REVINDEX, 3 RANK, 4 REVRANK, 5 COUNT, 7 VALUE, 9 INDEX_RANGE, 10 REVINDEX_RANGE, 11 RANK_RANGE, 13 EXISTS;
 * 65536 + t = INVERTED. Row names cite docs/embedded-server.md (§6.3 and the ids of §6.1).
 */
class ListReadOpsTest {
    private static final String E1 = "[50, 10, 40, 20, 30, 0, 60, 70, 80, 90]";
    private static final String BABA = "['b', 'a', 'b', 'a']";
    private static final String DUPS = "[5, 3, 1, 4, 2, 3]";

    @TestFactory
    Stream<DynamicTest> sizeGetRange() {
        return CdtCase.tests(List.of(
                row("size", "[1, 2]", R, "[16]", 0, "2", "="),
                row("size ignores extra args (C-6.5)", "[1, 2]", R, "[16, 1, 2]", 0, "2", "="),
                row("size on absent bin: no entry", "-", R, "[16]", 0, "-", "-"),
                row("legacy form 00 10 = SIZE (C-6.5)", "[1, 2]", R, "hex:0010", 0, "2", "="),
                row("legacy form 00 11 + [1] = GET 1 (C-6.5)", "[1, 2]", R, "hex:00119101", 0, "2", "="),
                error("size as a modify op", "[1]", W, "[16]", 4),
                error("size on a map bin", "{'a': 1}", R, "[16]", 12),
                row("get", "[1, 2, 3]", R, "[17, 1]", 0, "2", "="),
                row("get(-3) on 3 elements (C7)", "[1, 2, 3]", R, "[17, -3]", 0, "1", "="),
                row("get a string", "['ab']", R, "[17, 0]", 0, "'ab'", "="),
                row("get a double", "[2.5]", R, "[17, 0]", 0, "2.5", "="),
                row("get a bool", "[true]", R, "[17, 0]", 0, "true", "="),
                row("get a blob", "[b'0102']", R, "[17, 0]", 0, "b'0102'", "="),
                row("get a map keeps its order marker", "[{#1| 'a': 1}]", R, "[17, 0]", 0, "{#1| 'a': 1}", "="),
                row("get a nil element: no entry", "[nil]", R, "[17, 0]", 0, "-", "="),
                error("get(10) (C7)", "[1, 2, 3]", R, "[17, 10]", 26),
                error("get(-4) (C7)", "[1, 2, 3]", R, "[17, -4]", 26),
                error("string index (C-6.5)", "[1, 2, 3]", R, "[17, 'a']", 4),
                error("unknown op 15 (C-6.5)", "[1]", R, "[15]", 4),
                row("get_range", "[1, 2, 3]", R, "[18, 1]", 0, "[2, 3]", "="),
                row("get_range(10,2) (C7)", "[1, 2, 3]", R, "[18, 10, 2]", 0, "[]", "="),
                row("get_range(-10,2) (C7)", "[1, 2, 3]", R, "[18, -10, 2]", 0, "[]", "="),
                row("get_range(-5,4) (C7)", "[1, 2, 3]", R, "[18, -5, 4]", 0, "[1, 2]", "=")));
    }

    @TestFactory
    Stream<DynamicTest> byIndex() {
        return CdtCase.tests(List.of(
                row("INDEX", "[10, 20, 30]", R, "[19, 1, -1]", 0, "2", "="),
                row("REVINDEX", "[10, 20, 30]", R, "[19, 2, -1]", 0, "0", "="),
                row("COUNT", "[10, 20, 30]", R, "[19, 5, -1]", 0, "1", "="),
                row("VALUE", "[10, 20, 30]", R, "[19, 7, -1]", 0, "30", "="),
                row("EXISTS", "[10, 20, 30]", R, "[19, 13, 0]", 0, "true", "="),
                row("INDEX_RANGE", "[10, 20, 30]", R, "[19, 9, 2]", 0, "[2, 1]", "="),
                row("REVINDEX_RANGE", "[10, 20, 30]", R, "[19, 10, 2]", 0, "[0, 1]", "="),
                row("NONE", "[10, 20, 30]", R, "[19, 0, 2]", 0, "-", "="),
                row("rt high bits ignored (C-6.5)", "[10, 20, 30]", R, "[19, 131079, 0]", 0, "10", "="),
                row("RANK 0 shared (C8b)", BABA, R, "[19, 3, 0]", 0, "2", "="),
                row("RANK 1 shared (C8b)", BABA, R, "[19, 3, 1]", 0, "0", "="),
                row("RANK 2 shared (C8b)", BABA, R, "[19, 3, 2]", 0, "2", "="),
                row("RANK 3 shared (C8b)", BABA, R, "[19, 3, 3]", 0, "0", "="),
                row("REVRANK", BABA, R, "[19, 4, 1]", 0, "3", "="),
                row("RANK_RANGE on an ordered list", "[#1| 1, 2, 3]", R, "[19, 11, 1]", 0, "[1, 1]", "="),
                error("RANK_RANGE on an unordered list (C-6.5)", "[1, 2]", R, "[19, 11, 0]", 26),
                error("rt KEY on a list (C-6.5)", "[1, 2]", R, "[19, 6, 0]", 26),
                error("rt KEY_VALUE on a list (C-6.5)", "[1, 2]", R, "[19, 8, 0]", 26),
                error("unused rt 14 (C-6.5)", "[1, 2]", R, "[19, 14, 0]", 26),
                error("INVERTED on a single op (C-6.5)", "[1, 2]", R, "[19, 65543, 0]", 26),
                error("getByIndex(3) (C7)", "[1, 2, 3]", R, "[19, 7, 3]", 26),
                error("too few args", "[1, 2, 3]", R, "[19, 7]", 4),
                row("remove by index", "[10, 20, 30]", W, "[32, 7, 1]", 0, "20", "[10, 30]"),
                row("remove by index NONE", "[10, 20, 30]", W, "[32, 0, 0]", 0, "-", "[20, 30]"),
                error("removeByIndex(10) (C7)", "[10, 20, 30]", W, "[32, 7, 10]", 26),
                row("remove by index on absent bin", "-", W, "[32, 7, 0]", 0, "-", "-")));
    }

    @TestFactory
    Stream<DynamicTest> byValueAndRank() {
        return CdtCase.tests(List.of(
                row("single by value: first match", "[3, 1, 3]", R, "[20, 1, 3]", 0, "0", "="),
                row("single by value RANK", "[3, 1, 3]", R, "[20, 3, 3]", 0, "1", "="),
                row("single by value not found INDEX", "[3, 1, 3]", R, "[20, 1, 9]", 0, "-1", "="),
                row("single by value not found VALUE: no entry", "[3, 1, 3]", R, "[20, 7, 9]", 0, "-", "="),
                row("single by value not found COUNT", "[3, 1, 3]", R, "[20, 5, 9]", 0, "0", "="),
                row("single by value not found EXISTS", "[3, 1, 3]", R, "[20, 13, 9]", 0, "false", "="),
                row("single by value not found RANK_RANGE", "[3, 1, 3]", R, "[20, 11, 9]", 0, "[3, 0]", "="),
                error("single by value INDEX_RANGE", "[3, 1, 3]", R, "[20, 9, 3]", 26),
                row("remove single by value", "[3, 1, 3]", W, "[33, 7, 3]", 0, "3", "[1, 3]"),
                row("by rank 0 (C8b)", BABA, R, "[21, 1, 0]", 0, "1", "="),
                row("by rank 1 (C8b)", BABA, R, "[21, 1, 1]", 0, "3", "="),
                row("by rank 2 (C8b)", BABA, R, "[21, 1, 2]", 0, "2", "="),
                row("by rank 3 (C8b)", BABA, R, "[21, 1, 3]", 0, "0", "="),
                row("by rank -1 VALUE", "[3, 1, 2]", R, "[21, 7, -1]", 0, "3", "="),
                row("by rank RANK", "[3, 1, 2]", R, "[21, 3, -1]", 0, "2", "="),
                row("by rank ordered list", "[#1| 1, 1, 2]", R, "[21, 1, 1]", 0, "1", "="),
                error("getByRank(3) (C7)", "[3, 1, 2]", R, "[21, 7, 3]", 26),
                error("removeByRank(-4) (C7)", "[3, 1, 2]", W, "[34, 7, -4]", 26),
                row("remove by rank", "[3, 1, 2]", W, "[34, 7, 0]", 0, "1", "[3, 2]"),
                row("all by value INDEX", "[1, 2, 1, 3]", R, "[22, 1, 1]", 0, "[0, 2]", "="),
                row("all by value COUNT", "[1, 2, 1, 3]", R, "[22, 5, 1]", 0, "2", "="),
                row("all by value RANK", "[1, 2, 1, 3]", R, "[22, 3, 1]", 0, "[0, 1]", "="),
                row("all by value VALUE", "[1, 2, 1, 3]", R, "[22, 7, 1]", 0, "[1, 1]", "="),
                row("all by value RANK_RANGE", "[1, 2, 1, 3]", R, "[22, 11, 2]", 0, "[2, 1]", "="),
                row("all by value INVERTED INDEX", "[1, 2, 1, 3]", R, "[22, 65537, 1]", 0, "[1, 3]", "="),
                row("all by value not found", "[1, 2]", R, "[22, 7, 9]", 0, "[]", "="),
                row("all by value EXISTS false", "[1, 2]", R, "[22, 13, 9]", 0, "false", "="),
                row("remove all by value", "[1, 2, 1, 3]", W, "[35, 5, 1]", 0, "2", "[2, 3]"),
                row("remove all by value INVERTED", "[1, 2, 1, 3]", W, "[35, 65541, 1]", 0, "2", "[1, 1]"),
                row("remove every element leaves [] (C-6.5)", "[1, 1]", W, "[35, 5, 1]", 0, "2", "[]"),
                row("WILDCARD matches lists by prefix", "[[1, 'a'], [1], [2, 'b'], [1, 'c', 3]]", R,
                        "[22, 7, [1, *]]", 0, "[[1, 'a'], [1, 'c', 3]]", "="),
                row("ordered list: +-0.0 both match 0.0 (C8c)", "[#1| -0.0, -0.0, 0.0, 0.0]", R, "[22, 5, 0.0]",
                        0, "4", "="),
                row("ordered list: +-0.0 both match -0.0 (C8c)", "[#1| -0.0, -0.0, 0.0, 0.0]", R,
                        "[22, 5, -0.0]", 0, "4", "="),
                row("int 1 does not equal double 1.0", "[1, 1.0]", R, "[22, 1, 1.0]", 0, "[1]", "=")));
    }

    @TestFactory
    Stream<DynamicTest> byValueList() {
        return CdtCase.tests(List.of(
                row("INDEX ascending (§6.3)", DUPS, R, "[23, 1, [4, 1, 5, 3]]", 0, "[0, 1, 2, 3, 5]", "="),
                row("REVINDEX (§6.3)", DUPS, R, "[23, 2, [4, 1, 5, 3]]", 0, "[5, 4, 3, 2, 0]", "="),
                row("VALUE in index order (§6.3)", DUPS, R, "[23, 7, [4, 1, 5, 3]]", 0, "[5, 3, 1, 4, 3]", "="),
                row("RANK in request order (§6.3)", DUPS, R, "[23, 3, [4, 1, 5, 3]]", 0, "[4, 0, 5, 2, 3]", "="),
                row("REVRANK (§6.3)", DUPS, R, "[23, 4, [4, 1, 5, 3]]", 0, "[1, 5, 0, 3, 2]", "="),
                row("COUNT (§6.3)", DUPS, R, "[23, 5, [4, 1, 5, 3]]", 0, "5", "="),
                row("INVERTED VALUE", DUPS, R, "[23, 65543, [4, 1, 5, 3]]", 0, "[2]", "="),
                row("empty list INVERTED selects all", DUPS, R, "[23, 65543, []]", 0, "[5, 3, 1, 4, 2, 3]", "="),
                row("empty list selects nothing", DUPS, R, "[23, 7, []]", 0, "[]", "="),
                error("INDEX_RANGE rejected (C-6.5)", DUPS, R, "[23, 9, [3]]", 26),
                error("RANK_RANGE rejected", DUPS, R, "[23, 11, [3]]", 26),
                error("value list must be a list", DUPS, R, "[23, 7, 3]", 4),
                row("remove by value list", DUPS, W, "[36, 5, [3]]", 0, "2", "[5, 1, 4, 2]")));
    }

    @TestFactory
    Stream<DynamicTest> byIndexRange() {
        return CdtCase.tests(List.of(
                row("VALUE", "[10, 20, 30, 40]", R, "[24, 7, 1, 2]", 0, "[20, 30]", "="),
                row("INDEX to the end", "[10, 20, 30, 40]", R, "[24, 1, -2]", 0, "[2, 3]", "="),
                row("INVERTED VALUE", "[10, 20, 30, 40]", R, "[24, 65543, 1, 2]", 0, "[10, 40]", "="),
                row("out of range (C7)", "[10, 20, 30, 40]", R, "[24, 7, 5, 2]", 0, "[]", "="),
                row("INDEX_RANGE", "[10, 20, 30, 40]", R, "[24, 9, 1, 2]", 0, "[1, 2]", "="),
                row("REVINDEX_RANGE", "[10, 20, 30, 40]", R, "[24, 10, 1, 2]", 0, "[1, 2]", "="),
                row("RANK in index order", "[30, 10, 20]", R, "[24, 3, 0, 2]", 0, "[2, 0]", "="),
                row("COUNT", "[30, 10, 20]", R, "[24, 5, -5, 2]", 0, "0", "="),
                error("INVERTED with INDEX_RANGE", "[10, 20]", R, "[24, 65545, 0, 1]", 26),
                row("remove index range", "[10, 20, 30]", W, "[37, 5, 1]", 0, "2", "[10]"),
                row("remove index range INVERTED", "[10, 20, 30]", W, "[37, 65543, 1, 1]", 0, "[10, 30]",
                        "[20]")));
    }

    @TestFactory
    Stream<DynamicTest> byValueInterval() {
        return CdtCase.tests(List.of(
                row("INDEX (§6.3)", DUPS, R, "[25, 1, 2, 5]", 0, "[1, 3, 4, 5]", "="),
                row("VALUE in index order (§6.3)", DUPS, R, "[25, 7, 2, 5]", 0, "[3, 4, 2, 3]", "="),
                row("RANK sorted (§6.3)", DUPS, R, "[25, 3, 2, 5]", 0, "[1, 2, 3, 4]", "="),
                row("RANK_RANGE", DUPS, R, "[25, 11, 2, 5]", 0, "[1, 4]", "="),
                row("no end", DUPS, R, "[25, 7, 4]", 0, "[5, 4]", "="),
                row("INF end", DUPS, R, "[25, 7, 4, INF]", 0, "[5, 4]", "="),
                row("nil begin includes nil elements", "[nil, 1, 5]", R, "[25, 7, nil, 3]", 0, "[nil, 1]", "="),
                row("explicit nil end is empty", DUPS, R, "[25, 7, 1, nil]", 0, "[]", "="),
                row("begin >= end is empty", DUPS, R, "[25, 7, 5, 2]", 0, "[]", "="),
                row("lists [1, x...] (a bare [1] sorts below [1, nil])", "[[1, 'a'], [2], [1], [1, nil]]", R,
                        "[25, 7, [1, nil], [1, INF]]", 0, "[[1, 'a'], [1, nil]]", "="),
                row("ints never promote to doubles", "[1, 2.5, 1000]", R, "[25, 7, 0, 2000]", 0, "[1, 1000]", "="),
                error("INDEX_RANGE rejected", DUPS, R, "[25, 9, 2, 5]", 26),
                row("remove value interval", DUPS, W, "[38, 5, 2, 4]", 0, "3", "[5, 1, 4]")));
    }

    @TestFactory
    Stream<DynamicTest> byRankRange() {
        return CdtCase.tests(List.of(
                row("(0,2) descending (C1)", E1, R, "[26, 7, 0, 2]", 0, "[10, 0]", "="),
                row("(0,3) (C1)", E1, R, "[26, 7, 0, 3]", 0, "[20, 10, 0]", "="),
                row("(1,3) (C1)", E1, R, "[26, 7, 1, 3]", 0, "[30, 20, 10]", "="),
                row("(3,3) (C1)", E1, R, "[26, 7, 3, 3]", 0, "[50, 40, 30]", "="),
                row("(4,2) (C1)", E1, R, "[26, 7, 4, 2]", 0, "[50, 40]", "="),
                row("(5,3) ascending (C1)", E1, R, "[26, 7, 5, 3]", 0, "[50, 60, 70]", "="),
                row("(7,3) (C1)", E1, R, "[26, 7, 7, 3]", 0, "[70, 80, 90]", "="),
                row("(-3,3) (C1)", E1, R, "[26, 7, -3, 3]", 0, "[70, 80, 90]", "="),
                row("(0,10) (C1)", E1, R, "[26, 7, 0, 10]", 0, "[90, 80, 70, 60, 50, 40, 30, 20, 10, 0]", "="),
                row("(0,inf) (C1)", E1, R, "[26, 7, 0]", 0, "[90, 80, 70, 60, 50, 40, 30, 20, 10, 0]", "="),
                row("(2,inf) (C1)", E1, R, "[26, 7, 2]", 0, "[20, 30, 40, 50, 60, 70, 80, 90]", "="),
                row("(9,inf) (C1)", E1, R, "[26, 7, 9]", 0, "[90]", "="),
                row("INDEX ascending (C1)", E1, R, "[26, 1, 0, 3]", 0, "[1, 3, 5]", "="),
                row("RANK ascending (C1)", E1, R, "[26, 3, 0, 3]", 0, "[0, 1, 2]", "="),
                row("INVERTED in index order (C1)", E1, R, "[26, 65543, 3, 7]", 0, "[10, 20, 0]", "="),
                row("duplicates (C1)", "[3, 1, 3, 2, 1, 3]", R, "[26, 7, 0, 3]", 0, "[2, 1, 1]", "="),
                row("RANK_RANGE on unordered (§6.3)", E1, R, "[26, 11, 1, 2]", 0, "[1, 2]", "="),
                row("out of range (C7)", "[1, 2, 3]", R, "[26, 7, 5]", 0, "[]", "="),
                row("ordered list ascending", "[#1| 1, 2, 3, 4]", R, "[26, 7, 0, 2]", 0, "[1, 2]", "="),
                row("persist-index unordered list same as unordered (C1)", "[#16| 50, 10, 40, 20]", R,
                        "[26, 7, 0, 2]", 0, "[20, 10]", "="),
                row("golden list_append_items_get_range", "[7, 5, 3, 9]", R, "[26, 7, 0, 2]", 0, "[5, 3]", "="),
                row("remove rank range (0,3) (C1)", E1, W, "[39, 7, 0, 3]", 0, "[20, 10, 0]",
                        "[50, 40, 30, 60, 70, 80, 90]"),
                row("remove rank range (6,3) (C1)", E1, W, "[39, 7, 6, 3]", 0, "[60, 70, 80]",
                        "[50, 10, 40, 20, 30, 0, 90]")));
    }

    @TestFactory
    Stream<DynamicTest> byValueRelRankRange() {
        String ord = "[#1| 0, 4, 5, 9, 11, 15]";
        return CdtCase.tests(List.of(
                row("(35,0,2) (C1)", E1, R, "[27, 7, 35, 0, 2]", 0, "[50, 40]", "="),
                row("(35,-2,3) (C1)", E1, R, "[27, 7, 35, -2, 3]", 0, "[40, 30, 20]", "="),
                row("(35,1) (C1)", E1, R, "[27, 7, 35, 1]", 0, "[50, 60, 70, 80, 90]", "="),
                row("(0,0,3) (C1)", E1, R, "[27, 7, 0, 0, 3]", 0, "[20, 10, 0]", "="),
                row("ordered (5,0)", ord, R, "[27, 7, 5, 0]", 0, "[5, 9, 11, 15]", "="),
                row("ordered (5,1)", ord, R, "[27, 7, 5, 1]", 0, "[9, 11, 15]", "="),
                row("ordered (5,-1)", ord, R, "[27, 7, 5, -1]", 0, "[4, 5, 9, 11, 15]", "="),
                row("ordered (3,0)", ord, R, "[27, 7, 3, 0]", 0, "[4, 5, 9, 11, 15]", "="),
                row("ordered (3,3)", ord, R, "[27, 7, 3, 3]", 0, "[11, 15]", "="),
                row("ordered (3,-3)", ord, R, "[27, 7, 3, -3]", 0, "[0, 4, 5, 9, 11, 15]", "="),
                row("ordered (5,0,2)", ord, R, "[27, 7, 5, 0, 2]", 0, "[5, 9]", "="),
                row("ordered (5,-1,2)", ord, R, "[27, 7, 5, -1, 2]", 0, "[4, 5]", "="),
                row("ordered (3,3,7)", ord, R, "[27, 7, 3, 3, 7]", 0, "[11, 15]", "="),
                row("ordered (3,-3,2)", ord, R, "[27, 7, 3, -3, 2]", 0, "[]", "="),
                row("RANK_RANGE", ord, R, "[27, 11, 5, -1, 2]", 0, "[1, 2]", "="),
                error("too few args", ord, R, "[27, 7, 5]", 4),
                row("remove", ord, W, "[40, 5, 5, 0, 2]", 0, "2", "[#1| 0, 4, 11, 15]")));
    }
}
