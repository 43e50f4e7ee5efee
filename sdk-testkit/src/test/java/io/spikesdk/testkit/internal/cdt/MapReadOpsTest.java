package io.spikesdk.testkit.internal.cdt;

import static io.spikesdk.testkit.internal.cdt.CdtCase.R;
import static io.spikesdk.testkit.internal.cdt.CdtCase.W;
import static io.spikesdk.testkit.internal.cdt.CdtCase.error;
import static io.spikesdk.testkit.internal.cdt.CdtCase.row;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Table tests of map get/remove-by ops (76..110), reproducing docs/embedded-server.md §6.3, C8a and C14b, and
 * answering its §4.1 crash inputs.
 * Return types: 1 INDEX, 2 REVINDEX, 3 RANK, 4 REVRANK, 5 COUNT, 6 KEY, 7 VALUE, 8 KEY_VALUE, 9 INDEX_RANGE,
 * 11 RANK_RANGE, 13 EXISTS, 16 UNORDERED_MAP, 17 ORDERED_MAP; +65536 INVERTED.
 */
class MapReadOpsTest {
    private static final String M5_BODY = "'a': 3, 'b': 4, 'c': 1, 'd': 2, 'e': 5}";
    private static final String M5 = "{" + M5_BODY;
    private static final String M6 = "{'a': 3, 'b': 4, 'c': 1, 'd': 2, 'e': 5, 'f': 3}";
    private static final String M7_BODY = "'a': 50, 'b': 40, 'c': 30, 'd': 20, 'e': 10, 'f': 45, 'g': 5}";
    private static final String C8 = "{'a': 1, 'b': 1, 'c': 1, 'd': 1, 'e': 0, 'f': 2}";

    /** The same row on M5 stored unordered, key-ordered and key-value-ordered (identical results, §6.3). */
    private static List<CdtCase> m5(String name, String op, String result) {
        List<CdtCase> out = new ArrayList<>();
        for (String prefix : List.of("{", "{#1| ", "{#3| ")) {
            out.add(row(name + " " + prefix.trim(), prefix + M5_BODY, R, op, 0, result, "="));
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> observedOrdering() {
        List<CdtCase> rows = new ArrayList<>();
        rows.addAll(m5("keyList KEY", "[107, 6, ['d', 'a', 'c']]", "['a', 'c', 'd']"));
        rows.addAll(m5("keyList VALUE", "[107, 7, ['d', 'a', 'c']]", "[3, 1, 2]"));
        rows.addAll(m5("keyList INDEX request order", "[107, 1, ['d', 'a', 'c']]", "[3, 0, 2]"));
        rows.addAll(m5("keyList KEY_VALUE", "[107, 8, ['d', 'a', 'c']]", "{#8| 'a': 3, 'c': 1, 'd': 2}"));
        rows.add(error("keyList RANK rejected", M5, R, "[107, 3, ['a']]", 26));
        rows.add(row("empty keyList: an unknown return type answers nothing (real server)", M5, R, "[107, 15, []]", 0,
                "-", "="));
        rows.add(error("non-empty keyList: an unknown return type is rejected", M5, R, "[107, 15, ['a']]", 26));
        rows.addAll(m5("valueList KEY", "[108, 6, [4, 1, 5]]", "['b', 'c', 'e']"));
        rows.addAll(m5("valueList RANK request order", "[108, 3, [4, 1, 5]]", "[3, 0, 4]"));
        rows.addAll(m5("valueRange KEY", "[105, 6, 2, 5]", "['a', 'b', 'd']"));
        rows.addAll(m5("valueRange VALUE key order", "[105, 7, 2, 5]", "[3, 4, 2]"));
        rows.addAll(m5("valueRange INDEX", "[105, 1, 2, 5]", "[0, 1, 3]"));
        rows.addAll(m5("valueRange RANK ascending", "[105, 3, 2, 5]", "[1, 2, 3]"));
        rows.add(row("valueRange VALUE 0x13 value order", "{#19| " + M5_BODY, R, "[105, 7, 2, 5]", 0, "[2, 3, 4]",
                "="));
        rows.add(row("valueRange RANK 0x13", "{#19| " + M5_BODY, R, "[105, 3, 2, 5]", 0, "[1, 2, 3]", "="));
        rows.add(row("valueRange VALUE 0x10 like unordered", "{#16| " + M5_BODY, R, "[105, 7, 2, 5]", 0,
                "[3, 4, 2]", "="));
        rows.addAll(m5("rankRange KEY rank order", "[106, 6, 0, 3]", "['c', 'd', 'a']"));
        rows.addAll(m5("rankRange VALUE", "[106, 7, 2, 3]", "[3, 4, 5]"));
        rows.addAll(m5("rankRange INDEX rank order", "[106, 1, 0, 3]", "[2, 3, 0]"));
        rows.addAll(m5("rankRange RANK", "[106, 3, 2, 3]", "[2, 3, 4]"));
        rows.addAll(m5("rankRange KEY_VALUE", "[106, 8, 0, 3]", "{#8| 'c': 1, 'd': 2, 'a': 3}"));
        rows.addAll(m5("rankRange UNORDERED_MAP", "[106, 16, 0, 3]", "{'c': 1, 'd': 2, 'a': 3}"));
        rows.addAll(m5("rankRange ORDERED_MAP", "[106, 17, 0, 3]", "{#1| 'a': 3, 'c': 1, 'd': 2}"));
        rows.addAll(m5("rankRange INVERTED KEY", "[106, 65542, 1, 2]", "['b', 'c', 'e']"));
        rows.addAll(m5("rankRange INVERTED KEY_VALUE", "[106, 65544, 1, 2]", "{#8| 'b': 4, 'c': 1, 'e': 5}"));
        rows.addAll(m5("indexRange KEY", "[104, 6, 1, 3]", "['b', 'c', 'd']"));
        rows.addAll(m5("indexRange RANK index order", "[104, 3, 1, 3]", "[3, 0, 1]"));
        rows.addAll(m5("keyRange VALUE", "[103, 7, 'b', 'e']", "[4, 1, 2]"));
        rows.addAll(m5("valueRelRankRange KEY", "[110, 6, 3, -1, 3]", "['d', 'a', 'b']"));
        rows.addAll(m5("keyRelIndexRange KEY", "[109, 6, 'c', -1, 2]", "['b', 'c']"));
        rows.add(row("removeByRankRange KEY_VALUE", M5, W, "[87, 8, 0, 3]", 0, "{#8| 'c': 1, 'd': 2, 'a': 3}",
                "{'b': 4, 'e': 5}"));
        rows.add(row("removeByKeyList VALUE", M5, W, "[81, 7, ['d', 'a']]", 0, "[3, 2]",
                "{'b': 4, 'c': 1, 'e': 5}"));
        rows.add(row("M6 keyList KEY", M6, R, "[107, 6, ['e', 'a', 'zz', 'c', 'a']]", 0, "['a', 'c', 'e']", "="));
        rows.add(row("M6 keyList VALUE", M6, R, "[107, 7, ['e', 'a', 'zz', 'c', 'a']]", 0, "[3, 1, 5]", "="));
        rows.add(row("M6 keyList INDEX last occurrence", M6, R, "[107, 1, ['e', 'a', 'zz', 'c', 'a']]", 0,
                "[4, 2, 0]", "="));
        rows.add(row("M6 keyList INDEX [e,a,c]", M6, R, "[107, 1, ['e', 'a', 'c']]", 0, "[4, 0, 2]", "="));
        rows.add(row("M6 keyList INDEX [c,a,e]", M6, R, "[107, 1, ['c', 'a', 'e']]", 0, "[2, 0, 4]", "="));
        rows.add(row("M6 keyList REVINDEX", M6, R, "[107, 2, ['e', 'a', 'zz', 'c', 'a']]", 0, "[1, 3, 5]", "="));
        rows.add(row("M6 keyList KEY_VALUE", M6, R, "[107, 8, ['e', 'a', 'zz', 'c', 'a']]", 0,
                "{#8| 'a': 3, 'c': 1, 'e': 5}", "="));
        rows.add(row("M6 keyList COUNT", M6, R, "[107, 5, ['e', 'a', 'zz', 'c', 'a']]", 0, "3", "="));
        for (String[] v : new String[][] {{"[4, 1, 5]", "[4, 0, 5]"}, {"[5, 1, 4]", "[5, 0, 4]"},
                {"[1, 4, 5]", "[0, 4, 5]"}}) {
            rows.add(row("M6 valueList KEY " + v[0], M6, R, "[108, 6, " + v[0] + "]", 0, "['b', 'c', 'e']", "="));
            rows.add(row("M6 valueList INDEX " + v[0], M6, R, "[108, 1, " + v[0] + "]", 0, "[1, 2, 4]", "="));
            rows.add(row("M6 valueList RANK " + v[0], M6, R, "[108, 3, " + v[0] + "]", 0, v[1], "="));
        }
        rows.add(row("M6 valueList [4,1,5,3] KEY", M6, R, "[108, 6, [4, 1, 5, 3]]", 0,
                "['a', 'b', 'c', 'e', 'f']", "="));
        rows.add(row("M6 valueList [4,1,5,3] VALUE", M6, R, "[108, 7, [4, 1, 5, 3]]", 0, "[3, 4, 1, 5, 3]", "="));
        rows.add(row("M6 valueList [4,1,5,3] INDEX", M6, R, "[108, 1, [4, 1, 5, 3]]", 0, "[0, 1, 2, 4, 5]", "="));
        rows.add(row("M6 valueList [4,1,5,3] RANK", M6, R, "[108, 3, [4, 1, 5, 3]]", 0, "[4, 0, 5, 2, 3]", "="));
        rows.add(row("M6 valueList [3] KEY", M6, R, "[108, 6, [3]]", 0, "['a', 'f']", "="));
        rows.add(row("M6 valueList [3] VALUE", M6, R, "[108, 7, [3]]", 0, "[3, 3]", "="));
        rows.add(row("M6 valueList [3] INDEX", M6, R, "[108, 1, [3]]", 0, "[0, 5]", "="));
        rows.add(row("M6 valueList [3] RANK", M6, R, "[108, 3, [3]]", 0, "[2, 3]", "="));
        for (String prefix : List.of("{", "{#1| ", "{#3| ")) {
            rows.add(row("M7 valueRange KEY " + prefix, prefix + M7_BODY, R, "[105, 6, 10, 46]", 0,
                    "['b', 'c', 'd', 'e', 'f']", "="));
            rows.add(row("M7 valueRange VALUE " + prefix, prefix + M7_BODY, R, "[105, 7, 10, 46]", 0,
                    "[40, 30, 20, 10, 45]", "="));
            rows.add(row("M7 valueRange INDEX " + prefix, prefix + M7_BODY, R, "[105, 1, 10, 46]", 0,
                    "[1, 2, 3, 4, 5]", "="));
        }
        String m7p = "{#19| " + M7_BODY;
        rows.add(row("M7 0x13 valueRange KEY", m7p, R, "[105, 6, 10, 46]", 0, "['e', 'd', 'c', 'b', 'f']", "="));
        rows.add(row("M7 0x13 valueRange VALUE", m7p, R, "[105, 7, 10, 46]", 0, "[10, 20, 30, 40, 45]", "="));
        rows.add(row("M7 0x13 valueRange INDEX", m7p, R, "[105, 1, 10, 46]", 0, "[4, 3, 2, 1, 5]", "="));
        rows.add(row("M7 0x13 valueRange KEY_VALUE", m7p, R, "[105, 8, 10, 46]", 0,
                "{#8| 'e': 10, 'd': 20, 'c': 30, 'b': 40, 'f': 45}", "="));
        return CdtCase.tests(rows);
    }

    @TestFactory
    Stream<DynamicTest> tiesBrokenByKey() {
        List<CdtCase> rows = new ArrayList<>(List.of(
                row("rankRange(0,6) KEY (C8a)", C8, R, "[106, 6, 0, 6]", 0, "['e', 'a', 'b', 'c', 'd', 'f']", "="),
                row("getByValue(1) KEY (C8a)", C8, R, "[102, 6, 1]", 0, "['a', 'b', 'c', 'd']", "="),
                row("getByKey(c) RANK is unique (C8a)", C8, R, "[97, 3, 'c']", 0, "3", "="),
                row("getByKey(a) RANK (C8a)", C8, R, "[97, 3, 'a']", 0, "1", "="),
                row("KV-ordered putItems ties (C8a)", "{#3| 1: 1, 3: 1, 5: 0, 7: 1, 9: 1}", R, "[106, 6, 0, 5]", 0,
                        "[5, 1, 3, 7, 9]", "=")));
        String[] keys = {"'e'", "'a'", "'b'", "'c'", "'d'", "'f'"};
        for (int r = 0; r < keys.length; r++) {
            for (String prefix : List.of("{", "{#1| ", "{#3| ", "{#19| ")) {
                rows.add(row("getByRank(" + r + ") KEY " + prefix + " (C8a)", prefix + C8.substring(1), R,
                        "[100, 6, " + r + "]", 0, keys[r], "="));
            }
        }
        return CdtCase.tests(rows);
    }

    @TestFactory
    Stream<DynamicTest> notFoundShapes() {
        String a1 = "{'a': 1}";
        return CdtCase.tests(List.of(
                row("KEY_VALUE empty keeps the marker (C14b)", a1, R, "[97, 8, 'zz']", 0, "{#8|}", "="),
                row("ORDERED_MAP empty (C14b)", a1, R, "[97, 17, 'zz']", 0, "{#1|}", "="),
                row("UNORDERED_MAP empty (C14b)", a1, R, "[97, 16, 'zz']", 0, "{}", "="),
                row("KEY_VALUE found (C14b)", a1, R, "[97, 8, 'a']", 0, "{#8| 'a': 1}", "="),
                row("UNORDERED_MAP found (C14b)", a1, R, "[97, 16, 'a']", 0, "{'a': 1}", "="),
                row("ORDERED_MAP found (C14b)", a1, R, "[97, 17, 'a']", 0, "{#1| 'a': 1}", "="),
                row("INDEX -1 (C14b)", a1, R, "[97, 1, 'zz']", 0, "-1", "="),
                row("RANK -1", a1, R, "[97, 3, 'zz']", 0, "-1", "="),
                row("COUNT 0 (C14b)", a1, R, "[97, 5, 'zz']", 0, "0", "="),
                row("EXISTS false (C14b)", a1, R, "[97, 13, 'zz']", 0, "false", "="),
                row("VALUE: no entry (C14b, golden map_get_by_key_missing)", a1, R, "[97, 7, 'zz']", 0, "-", "="),
                row("KEY: no entry (C14b)", a1, R, "[97, 6, 'zz']", 0, "-", "="),
                row("INDEX_RANGE of a missing key: [-1, 0], not the insertion index (real server)", a1, R,
                        "[97, 9, 'zz']", 0, "[-1, 0]", "="),
                row("KEY found", a1, R, "[97, 6, 'a']", 0, "'a'", "="),
                row("multi VALUE empty (C14b)", a1, R, "[103, 7, 'x', 'y']", 0, "[]", "="),
                row("multi INDEX empty (C14b)", a1, R, "[103, 1, 'x', 'y']", 0, "[]", "="),
                row("key range INDEX_RANGE empty (C14b)", "{'a': 1, 'b': 2}", R, "[103, 9, 'c', 'd']", 0, "[2, 0]",
                        "="),
                row("empty key list KEY_VALUE (C14b)", a1, R, "[107, 8, []]", 0, "{#8|}", "="),
                row("read on absent bin (C14b)", "-", R, "[97, 7, 'a']", 0, "-", "-"),
                row("remove by key on absent bin (C-6.5)", "-", W, "[76, 7, 'a']", 0, "-", "-")));
    }

    @TestFactory
    Stream<DynamicTest> singlesRangesAndErrors() {
        String abc = "{'a': 10, 'b': 30, 'c': 20}";
        return CdtCase.tests(List.of(
                row("getByIndex VALUE", abc, R, "[98, 7, -1]", 0, "20", "="),
                row("getByIndex KEY", abc, R, "[98, 6, 0]", 0, "'a'", "="),
                row("getByIndex RANK", abc, R, "[98, 3, 1]", 0, "2", "="),
                row("getByIndex INDEX_RANGE", abc, R, "[98, 9, 1]", 0, "[1, 1]", "="),
                error("getByIndex(3) (C7)", abc, R, "[98, 7, 3]", 26),
                error("getByRank(-4) (C7)", abc, R, "[100, 7, -4]", 26),
                error("removeByIndex(3) (C7)", abc, W, "[77, 7, 3]", 26),
                error("removeByRank(3) (C7)", abc, W, "[79, 7, 3]", 26),
                row("getByIndexRange(3,2) empty (C7)", abc, R, "[104, 7, 3, 2]", 0, "[]", "="),
                row("getByRank KEY", abc, R, "[100, 6, -1]", 0, "'b'", "="),
                row("getByRank INDEX", abc, R, "[100, 1, 1]", 0, "2", "="),
                row("getByRank RANK_RANGE", abc, R, "[100, 11, 1]", 0, "[1, 1]", "="),
                row("single by value", abc, R, "[99, 6, 20]", 0, "'c'", "="),
                row("single by value not found", abc, R, "[99, 1, 99]", 0, "-1", "="),
                row("remove single by value", abc, W, "[78, 6, 20]", 0, "'c'", "{'a': 10, 'b': 30}"),
                row("remove by key", abc, W, "[76, 7, 'b']", 0, "30", "{'a': 10, 'c': 20}"),
                row("remove by key not found: unchanged", abc, W, "[76, 7, 'z']", 0, "-", "="),
                row("remove by rank", abc, W, "[79, 6, 0]", 0, "'a'", "{'b': 30, 'c': 20}"),
                row("remove all keeps flags (C-6.5)", "{#1| 'a': 1}", W, "[84, 5, nil]", 0, "1", "{#1|}"),
                row("keyRange no end", abc, R, "[103, 6, 'b']", 0, "['b', 'c']", "="),
                row("keyRange nil begin", abc, R, "[103, 6, nil, 'b']", 0, "['a']", "="),
                row("keyRange INDEX_RANGE", abc, R, "[103, 9, 'b']", 0, "[1, 2]", "="),
                row("indexRange REVINDEX_RANGE", abc, R, "[104, 10, 0, 1]", 0, "[2, 1]", "="),
                row("rankRange RANK_RANGE", abc, R, "[106, 11, -2]", 0, "[1, 2]", "="),
                row("rankRange REVRANK_RANGE", abc, R, "[106, 12, -2]", 0, "[0, 2]", "="),
                row("valueRange RANK_RANGE", abc, R, "[105, 11, 15, 25]", 0, "[1, 1]", "="),
                row("all by value RANK", "{'a': 1, 'b': 2, 'c': 1}", R, "[102, 3, 1]", 0, "[0, 1]", "="),
                row("all by value INVERTED KEY", "{'a': 1, 'b': 2, 'c': 1}", R, "[102, 65542, 1]", 0, "['b']", "="),
                row("indexRange INVERTED RANK", abc, R, "[104, 65539, 1, 1]", 0, "[0, 1]", "="),
                row("keyRelIndex javadoc (5,0)", "{0: 17, 4: 2, 5: 15, 9: 10}", R, "[109, 6, 5, 0]", 0, "[5, 9]", "="),
                row("keyRelIndex javadoc (5,-1)", "{0: 17, 4: 2, 5: 15, 9: 10}", R, "[109, 6, 5, -1]", 0,
                        "[4, 5, 9]", "="),
                row("keyRelIndex javadoc (3,2)", "{0: 17, 4: 2, 5: 15, 9: 10}", R, "[109, 6, 3, 2]", 0, "[9]", "="),
                row("keyRelIndex javadoc (3,-2)", "{0: 17, 4: 2, 5: 15, 9: 10}", R, "[109, 6, 3, -2]", 0,
                        "[0, 4, 5, 9]", "="),
                row("keyRelIndex javadoc (3,-2,2)", "{0: 17, 4: 2, 5: 15, 9: 10}", R, "[109, 6, 3, -2, 2]", 0,
                        "[0]", "="),
                row("valueRelRank javadoc (11,1)", "{0: 17, 4: 2, 5: 15, 9: 10}", R, "[110, 8, 11, 1]", 0,
                        "{#8| 0: 17}", "="),
                row("valueRelRank javadoc (11,-1)", "{0: 17, 4: 2, 5: 15, 9: 10}", R, "[110, 8, 11, -1]", 0,
                        "{#8| 9: 10, 5: 15, 0: 17}", "="),
                error("key op with RANK_RANGE", abc, R, "[97, 11, 'a']", 26),
                error("index range with RANK_RANGE", abc, R, "[104, 11, 0]", 26),
                error("rank op with INDEX_RANGE", abc, R, "[100, 9, 0]", 26),
                error("value list with INDEX_RANGE", abc, R, "[108, 9, [10]]", 26),
                error("INVERTED single", abc, R, "[97, 65543, 'a']", 26),
                error("INVERTED single key present on a key-ordered map", "{#1| 'a': 1}", R, "[97, 65543, 'a']", 26),
                row("INVERTED single key missing on a key-ordered map answers as not found", "{#1| 'a': 1}", R,
                        "[97, 65541, 'z']", 0, "0", "="),
                row("INVERTED remove of a missing key on a key-ordered map is a no-op", "{#3| 'a': 1}", W,
                        "[76, 65536, 'z']", 0, "-", "="),
                row("INVERTED INDEX_RANGE of everything: the empty rest [3, 0] (real server)", abc, R, "[104, 65545, 0]", 0,
                        "[3, 0]", "="),
                error("INVERTED with INDEX_RANGE", abc, R, "[104, 65545, 1, 1]", 26),
                error("unused rt 15", abc, R, "[104, 15, 0]", 26),
                error("key list not a list", abc, R, "[107, 7, 'a']", 4),
                error("map op on an int bin", "int:5", R, "[97, 7, 'a']", 12)));
    }

    @TestFactory
    Stream<DynamicTest> crashRequestsSelectEverything() {
        String m3 = "{'a': 1, 'b': 2, 'c': 3}";
        return CdtCase.tests(List.of(
                row("removeByKeyList([]) VALUE|INVERTED (§4.1)", m3, W, "[81, 65543, []]", 0, "[1, 2, 3]", "{}"),
                row("getByKeyList([]) KEY_VALUE|INVERTED (§4.1)", m3, R, "[107, 65544, []]", 0,
                        "{#8| 'a': 1, 'b': 2, 'c': 3}", "="),
                row("getByValueList([]) KEY|INVERTED (§4.1)", m3, R, "[108, 65542, []]", 0, "['a', 'b', 'c']", "="),
                row("empty value interval VALUE|INVERTED (§4.1)", m3, R, "[105, 65543, 100, 200]", 0, "[1, 2, 3]",
                        "="),
                row("key-ordered map too", "{#1| 'a': 1, 'b': 2}", W, "[81, 65542, []]", 0, "['a', 'b']",
                        "{#1|}")));
    }
}
