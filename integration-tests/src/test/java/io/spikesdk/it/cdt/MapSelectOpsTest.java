package io.spikesdk.it.cdt;

import io.spikesdk.cdt.MapReturnType;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

import static io.spikesdk.api.ResultCode.BIN_TYPE_ERROR;
import static io.spikesdk.api.ResultCode.OP_NOT_APPLICABLE;
import static io.spikesdk.cdt.MapReturnType.COUNT;
import static io.spikesdk.cdt.MapReturnType.EXISTS;
import static io.spikesdk.cdt.MapReturnType.INDEX;
import static io.spikesdk.cdt.MapReturnType.KEY;
import static io.spikesdk.cdt.MapReturnType.KEY_VALUE;
import static io.spikesdk.cdt.MapReturnType.NONE;
import static io.spikesdk.cdt.MapReturnType.ORDERED_MAP;
import static io.spikesdk.cdt.MapReturnType.RANK;
import static io.spikesdk.cdt.MapReturnType.REVERSE_INDEX;
import static io.spikesdk.cdt.MapReturnType.REVERSE_RANK;
import static io.spikesdk.cdt.MapReturnType.UNORDERED_MAP;
import static io.spikesdk.cdt.MapReturnType.VALUE;
import static io.spikesdk.it.cdt.CdtCall.map;
import static io.spikesdk.it.cdt.CdtRow.fails;
import static io.spikesdk.it.cdt.CdtRow.row;
import static io.spikesdk.it.cdt.Notation.v;

/**
 * Map reads and removes by key, key list, key interval, relative index, value, value list, value
 * interval, relative rank, index and rank: every return type (KEY_VALUE, ORDERED_MAP and
 * UNORDERED_MAP included), INVERTED, out-of-range positions, ties broken by key, and the result
 * orders a real server produces (docs/embedded-server.md C8a, C14a, C14b, §6.3).
 */
class MapSelectOpsTest {
    private static final String M5 = "{a:3,b:4,c:1,d:2,e:5}";
    private static final String M6 = "{a:3,b:4,c:1,d:2,e:5,f:3}";
    private static final String M7 = "{a:50,b:40,c:30,d:20,e:10,f:45,g:5}";
    /** Equal values: ties are broken by key. */
    private static final String TIES = "{d:1,b:1,e:0,a:1,f:2,c:1}";
    private static final String NUM = "{0:17,4:2,5:15,9:10}";
    private static final MapReturnType INDEX_RANGE = MapReturnType.fromCode(9);
    private static final MapReturnType RANK_RANGE = MapReturnType.fromCode(11);

    @TestFactory
    Stream<DynamicNode> byKey() {
        return CdtTables.run("mapByKey", List.of(
            row(M5, map("getByKey", "c", VALUE), "1"),
            row(M5, map("getByKey", "c", KEY), "c"),
            row(M5, map("getByKey", "c", INDEX), "2"),
            row(M5, map("getByKey", "c", REVERSE_INDEX), "2"),
            row(M5, map("getByKey", "c", RANK), "0"),
            row(M5, map("getByKey", "b", REVERSE_RANK), "1"),
            row(M5, map("getByKey", "c", KEY_VALUE), "{c:1}"),
            row(M5, map("getByKey", "c", COUNT), "1"),
            row(M5, map("getByKey", "c", EXISTS), "true"),
            row(M5, map("getByKey", "c", NONE), "nil"),
            row(M5, map("getByKey", "zz", VALUE), "nil"),
            row(M5, map("getByKey", "zz", INDEX), "-1"),
            row(M5, map("getByKey", "zz", COUNT), "0"),
            row(M5, map("getByKey", "zz", EXISTS), "false"),
            row(M5, map("getByKey", "zz", KEY_VALUE), "{}"),
            row(M5, map("getByKey", "zz", ORDERED_MAP), "{}"),
            row(M5, map("getByKey", "zz", UNORDERED_MAP), "{}"),
            fails(M5, map("getByKey", "c", VALUE.inverted()), OP_NOT_APPLICABLE),
            row(TIES, map("getByKey", "c", RANK), "3"),
            row(TIES, map("getByKey", "a", RANK), "1"),
            row("-", map("getByKey", "a", VALUE), "nil"),
            fails("[1]", map("getByKey", "a", VALUE), BIN_TYPE_ERROR),
            row(M5, map("getByKeyList", v("[d,a,c]"), KEY), "[a,c,d]"),
            row(M5, map("getByKeyList", v("[d,a,c]"), VALUE), "[3,1,2]"),
            row(M5, map("getByKeyList", v("[d,a,c]"), INDEX), "[3,0,2]"),
            row(M5, map("getByKeyList", v("[d,a,c]"), KEY_VALUE), "{a:3,c:1,d:2}"),
            row(M5, map("getByKeyList", v("[d,a,c]"), COUNT), "3"),
            row(M5, map("getByKeyList", v("[d,a,c]"), KEY.inverted()), "[b,e]"),
            fails(M5, map("getByKeyList", v("[d,a,c]"), RANK), OP_NOT_APPLICABLE),
            row(M6, map("getByKeyList", v("[e,a,zz,c,a]"), INDEX), "[4,2,0]"),
            row(M6, map("getByKeyList", v("[e,a,zz,c,a]"), REVERSE_INDEX), "[1,3,5]"),
            row(M6, map("getByKeyList", v("[e,a,zz,c,a]"), KEY), "[a,c,e]"),
            row(M5, map("getByKeyRange", "b", "e", VALUE), "[4,1,2]"),
            row(M5, map("getByKeyRange", "b", null, KEY), "[b,c,d,e]"),
            row(M5, map("getByKeyRange", null, "c", KEY), "[a,b]"),
            row(M5, map("getByKeyRange", "b", "e", KEY_VALUE), "{b:4,c:1,d:2}"),
            row(M5, map("getByKeyRange", "x", "y", KEY_VALUE), "{}"),
            row(M5, map("getByKeyRange", "b", "d", INDEX_RANGE), "[1,2]"),
            row(M5, map("getByKeyRange", "b", "d", KEY.inverted()), "[a,d,e]"),
            row(NUM, map("getByKeyRelativeIndexRange", 5, 0, KEY), "[5,9]"),
            row(NUM, map("getByKeyRelativeIndexRange", 5, -1, KEY), "[4,5,9]"),
            row(NUM, map("getByKeyRelativeIndexRange", 3, 2, KEY), "[9]"),
            row(NUM, map("getByKeyRelativeIndexRange", 3, -2, KEY), "[0,4,5,9]"),
            row(NUM, map("getByKeyRelativeIndexRange", 3, -2, 2, KEY), "[0]"),
            row(M5, map("getByKeyRelativeIndexRange", "c", -1, 2, KEY), "[b,c]"),
            row(M5, map("removeByKey", "c", VALUE), "1").after("{a:3,b:4,d:2,e:5}"),
            row(M5, map("removeByKey", "zz", VALUE), "nil"),
            row("-", map("removeByKey", "a", VALUE), "nil"),
            row(M5, map("removeByKeyList", v("[d,a]"), VALUE), "[3,2]").after("{b:4,c:1,e:5}"),
            row(M5, map("removeByKeyRange", "b", "d", COUNT), "2").after("{a:3,d:2,e:5}"),
            row(M5, map("removeByKeyRelativeIndexRange", "c", 0, 2, KEY), "[c,d]").after("{a:3,b:4,e:5}")));
    }

    @TestFactory
    Stream<DynamicNode> byValue() {
        return CdtTables.run("mapByValue", List.of(
            row(M6, map("getByValue", 3, KEY), "[a,f]"),
            row(M6, map("getByValue", 3, VALUE), "[3,3]"),
            row(M6, map("getByValue", 3, INDEX), "[0,5]"),
            row(M6, map("getByValue", 3, RANK), "[2,3]"),
            row(M6, map("getByValue", 3, COUNT), "2"),
            row(M6, map("getByValue", 3, KEY.inverted()), "[b,c,d,e]"),
            row(M6, map("getByValue", 9, KEY_VALUE), "{}"),
            row(M6, map("getByValue", 9, EXISTS), "false"),
            row(TIES, map("getByValue", 1, KEY), "[a,b,c,d]"),
            row(M5, map("getByValueList", v("[4,1,5]"), KEY), "[b,c,e]"),
            row(M5, map("getByValueList", v("[4,1,5]"), RANK), "[3,0,4]"),
            row(M6, map("getByValueList", v("[4,1,5,3]"), KEY), "[a,b,c,e,f]"),
            row(M6, map("getByValueList", v("[4,1,5,3]"), VALUE), "[3,4,1,5,3]"),
            row(M6, map("getByValueList", v("[4,1,5,3]"), INDEX), "[0,1,2,4,5]"),
            row(M6, map("getByValueList", v("[4,1,5,3]"), RANK), "[4,0,5,2,3]"),
            row(M6, map("getByValueList", v("[5,1,4]"), RANK), "[5,0,4]"),
            row(M6, map("getByValueList", v("[3]"), RANK), "[2,3]"),
            fails(M6, map("getByValueList", v("[3]"), INDEX_RANGE), OP_NOT_APPLICABLE),
            row(M5, map("getByValueRange", 2, 5, KEY), "[a,b,d]"),
            row(M5, map("getByValueRange", 2, 5, VALUE), "[3,4,2]"),
            row(M5, map("getByValueRange", 2, 5, INDEX), "[0,1,3]"),
            row(M5, map("getByValueRange", 2, 5, RANK), "[1,2,3]"),
            row(M5, map("getByValueRange", 2, 5, KEY.inverted()), "[c,e]"),
            row(M7, map("getByValueRange", 10, 46, KEY), "[b,c,d,e,f]"),
            row("k" + M7, map("getByValueRange", 10, 46, KEY), "[b,c,d,e,f]"),
            row("kv" + M7, map("getByValueRange", 10, 46, KEY), "[b,c,d,e,f]"),
            row("kv" + M7, map("getByValueRange", 10, 46, VALUE), "[40,30,20,10,45]"),
            row(M5, map("getByValueRelativeRankRange", 3, -1, 3, KEY), "[d,a,b]"),
            row("{4:2,9:10,5:15,0:17}", map("getByValueRelativeRankRange", 11, 1, KEY_VALUE), "{0:17}"),
            row("{4:2,9:10,5:15,0:17}", map("getByValueRelativeRankRange", 11, -1, KEY_VALUE), "{9:10,5:15,0:17}"),
            row(M6, map("removeByValue", 3, KEY), "[a,f]").after("{b:4,c:1,d:2,e:5}"),
            row(M5, map("removeByValueList", v("[4,1]"), COUNT), "2").after("{a:3,d:2,e:5}"),
            row(M5, map("removeByValueRange", 2, 4, KEY), "[a,d]").after("{b:4,c:1,e:5}"),
            row(M5, map("removeByValueRange", 2, 4, KEY.inverted()), "[b,c,e]").after("{a:3,d:2}"),
            row(M5, map("removeByValueRelativeRankRange", 3, 0, 2, KEY), "[a,b]").after("{c:1,d:2,e:5}"),
            row("-", map("removeByValue", 1, COUNT), "nil")));
    }

    @TestFactory
    Stream<DynamicNode> byIndexAndRank() {
        return CdtTables.run("mapByIndexRank", List.of(
            row(M5, map("getByIndex", 0, KEY), "a"),
            row(M5, map("getByIndex", -1, VALUE), "5"),
            row(M5, map("getByIndex", 1, KEY_VALUE), "{b:4}"),
            fails(M5, map("getByIndex", 5, KEY), OP_NOT_APPLICABLE),
            fails(M5, map("getByIndex", -6, KEY), OP_NOT_APPLICABLE),
            row(M5, map("getByIndexRange", 1, 3, KEY), "[b,c,d]"),
            row(M5, map("getByIndexRange", 1, 3, RANK), "[3,0,1]"),
            row(M5, map("getByIndexRange", 1, 2, KEY_VALUE), "{b:4,c:1}"),
            row(M5, map("getByIndexRange", 5, 2, KEY), "[]"),
            row(M5, map("getByIndexRange", 1, 3, KEY.inverted()), "[a,e]"),
            fails(M5, map("getByIndexRange", 1, 3, RANK_RANGE), OP_NOT_APPLICABLE),
            row(M5, map("getByRank", -1, KEY), "e"),
            row(TIES, map("getByRank", 0, KEY), "e"),
            row(TIES, map("getByRank", 1, KEY), "a"),
            row(TIES, map("getByRank", 4, KEY), "d"),
            fails(M5, map("getByRank", 5, KEY), OP_NOT_APPLICABLE),
            fails(M5, map("getByRank", -6, KEY), OP_NOT_APPLICABLE),
            row(M5, map("getByRankRange", 0, 3, KEY), "[c,d,a]"),
            row(M5, map("getByRankRange", 0, 3, VALUE), "[1,2,3]"),
            row(M5, map("getByRankRange", 2, 3, VALUE), "[3,4,5]"),
            row(M5, map("getByRankRange", 0, 3, INDEX), "[2,3,0]"),
            row(M5, map("getByRankRange", 2, 3, RANK), "[2,3,4]"),
            row(M5, map("getByRankRange", 0, 3, KEY_VALUE), "{c:1,d:2,a:3}"),
            row(M5, map("getByRankRange", 0, 3, UNORDERED_MAP), "{c:1,d:2,a:3}"),
            row(M5, map("getByRankRange", 0, 3, ORDERED_MAP), "{a:3,c:1,d:2}"),
            row(M5, map("getByRankRange", 1, 2, KEY.inverted()), "[b,c,e]"),
            row(M5, map("getByRankRange", 1, 2, KEY_VALUE.inverted()), "{b:4,c:1,e:5}"),
            row(M5, map("getByRankRange", 0, 3, RANK_RANGE), "[0,3]"),
            fails(M5, map("getByRankRange", 0, 3, INDEX_RANGE), OP_NOT_APPLICABLE),
            row(TIES, map("getByRankRange", 0, 6, KEY), "[e,a,b,c,d,f]"),
            row("kv" + TIES, map("getByRankRange", 0, 6, KEY), "[e,a,b,c,d,f]"),
            row(M5, map("removeByIndex", 0, KEY), "a").after("{b:4,c:1,d:2,e:5}"),
            fails(M5, map("removeByIndex", 5, KEY), OP_NOT_APPLICABLE),
            row(M5, map("removeByIndexRange", 1, KEY_VALUE), "{b:4,c:1,d:2,e:5}").after("{a:3}"),
            row(M5, map("removeByRank", 0, KEY), "c").after("{a:3,b:4,d:2,e:5}"),
            fails(M5, map("removeByRank", 5, KEY), OP_NOT_APPLICABLE),
            row(M5, map("removeByRankRange", 0, 3, KEY_VALUE), "{c:1,d:2,a:3}").after("{b:4,e:5}"),
            row("kv" + M5, map("removeByRankRange", 0, 3, KEY_VALUE), "{c:1,d:2,a:3}").after("{b:4,e:5}"),
            row(M5, map("removeByRankRange", 0, 5, NONE), "nil").after("{}")));
    }
}
