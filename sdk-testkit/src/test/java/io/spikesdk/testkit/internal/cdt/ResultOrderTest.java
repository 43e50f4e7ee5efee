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
 * Result order of list/map selections, every expected value as a real Aerospike 8.1.2 server answered it. The
 * server answers along a path per op family and container kind, so the rules are per path: REVERSE_* mirrors whole
 * runs on index-range paths (ascending) but single positions on scans (descending); an INVERTED range that leaves
 * one run becomes that plain range (rank order for rank ranges), two runs are answered in index/key order;
 * EXISTS|INVERTED on scans means "the selection is empty"; ordered containers answer value lists per request item.
 * Return types: 1 INDEX, 2 REVINDEX, 3 RANK, 4 REVRANK, 5 COUNT, 6 KEY, 7 VALUE, 8 KEY_VALUE, 9 INDEX_RANGE,
 * 10 REVINDEX_RANGE, 13 EXISTS, 16 UNORDERED_MAP, 17 ORDERED_MAP; 65536 + t = INVERTED.
 */
class ResultOrderTest {
    private static final String SEVEN = "[1, 2, 3, 4, 5, 6, 7]";
    private static final String MIXED = "[[], -2, nil, -7.75, -7.75, 9, 0.0]";
    /** Ranks: g 5, e 10, d 20, c 30, b 40, f 45, a 50. */
    private static final String M7 = "{'a': 50, 'b': 40, 'c': 30, 'd': 20, 'e': 10, 'f': 45, 'g': 5}";
    private static final String M7K = "{#1| 'a': 50, 'b': 40, 'c': 30, 'd': 20, 'e': 10, 'f': 45, 'g': 5}";

    @TestFactory
    Stream<DynamicTest> reverseTypesMirrorRuns() {
        return CdtCase.tests(List.of(
                row("index range REVINDEX: one run, mirrored, ascending", SEVEN, R, "[24, 2, 0, 6]", 0,
                        "[1, 2, 3, 4, 5, 6]", "="),
                row("value interval REVINDEX on an unordered list: one by one, descending", SEVEN, R,
                        "[25, 2, 1, 7]", 0, "[6, 5, 4, 3, 2, 1]", "="),
                row("rank range REVINDEX on an unordered list: one by one", SEVEN, R, "[26, 2, 0, 6]", 0,
                        "[6, 5, 4, 3, 2, 1]", "="),
                row("rank range REVRANK: one run", SEVEN, R, "[26, 4, 0, 6]", 0, "[1, 2, 3, 4, 5, 6]", "="),
                row("ordered list value interval REVINDEX goes through the index range", "[#1| nil, false, 9, 12, "
                        + "'abc', b'0005', -7.75, 1.0]", R, "[25, 2, b'0005', INF]", 0, "[0, 1, 2]", "="),
                row("INVERTED index range leaving head and tail: runs head then tail", SEVEN, R,
                        "[24, 65538, 2, 3]", 0, "[5, 6, 0, 1]", "="),
                row("INVERTED value interval REVRANK: the two rank runs, each mirrored", MIXED, R,
                        "[25, 65540, 9, -7.75]", 0, "[5, 6, 0, 1, 2]", "="),
                row("key-ordered map: empty relative range INVERTED is everything", "{#1| 'a': 1, 'b': 2, 'c': 3, "
                        + "'d': 4, 'e': 5, 'f': 6}", R, "[109, 65538, 'd', 5]", 0, "[0, 1, 2, 3, 4, 5]", "="),
                row("map value interval REVINDEX: one by one", M7, R, "[105, 2, 10, 46]", 0, "[5, 4, 3, 2, 1]",
                        "="),
                row("map index range REVRANK: per entry", M7, R, "[104, 4, 1, 3]", 0, "[2, 3, 4]", "=")));
    }

    @TestFactory
    Stream<DynamicTest> invertedOrder() {
        return CdtCase.tests(List.of(
                row("rank range INVERTED leaving one run: that run in rank order",
                        "{'': -3, 'ab': false, 'c': 'z', 'd': 12}", R, "[106, 65544, 5, 4]", 0,
                        "{#8| 'ab': false, '': -3, 'd': 12, 'c': 'z'}", "="),
                row("the same as UNORDERED_MAP keeps rank order", "{'': -3, 'ab': false, 'c': 'z', 'd': 12}", R,
                        "[106, 65552, 5, 4]", 0, "{'ab': false, '': -3, 'd': 12, 'c': 'z'}", "="),
                row("the same as ORDERED_MAP is key-sorted", "{'': -3, 'ab': false, 'c': 'z', 'd': 12}", R,
                        "[106, 65553, 5, 4]", 0, "{#1| '': -3, 'ab': false, 'c': 'z', 'd': 12}", "="),
                row("rank range INVERTED tail: rank order", M7, R, "[106, 65542, 0, 2]", 0,
                        "['d', 'c', 'b', 'f', 'a']", "="),
                row("rank range INVERTED head and tail: key order", M7, R, "[106, 65542, 2, 2]", 0,
                        "['a', 'b', 'e', 'f', 'g']", "="),
                row("rank range INVERTED tail INDEX: rank order", M7, R, "[106, 65537, 0, 2]", 0,
                        "[3, 2, 1, 5, 0]", "="),
                row("value relative rank range INVERTED, nothing selected: all in rank order",
                        "{2: ['ba'], 5: '', 7: 'abc', 8: 2}", R, "[110, 65537, false, 6, 4]", 0, "[3, 1, 2, 0]",
                        "="),
                row("value list REVRANK INVERTED: rank runs between the matches",
                        "[4, 3, [], 'b', 'ba', 7, [7, -3], -1]", W, "[36, 65540, [-1, [7, -3]]]", 0,
                        "[1, 2, 3, 4, 5, 6]", "[[7, -3], -1]"),
                row("value interval RANK INVERTED: the complement of the rank block", MIXED, W,
                        "[38, 65539, 9, -7.75]", 0, "[0, 1, 4, 5, 6]", "[[], 9]"),
                row("unordered rank range RANK INVERTED", "[5, 3, 1, 4, 2, 3]", R, "[26, 65539, 1, 3]", 0,
                        "[0, 4, 5]", "=")));
    }

    @TestFactory
    Stream<DynamicTest> existsAndCountInverted() {
        String seven = "[[1, b'02df', -7.75], 0.0, {'zz': 'ba', 'f': -2}, [0, 'ba', 'x'], 4, 5, 12]";
        return CdtCase.tests(List.of(
                row("value interval EXISTS|INVERTED: false while something is selected", seven, R,
                        "[25, 65549, 5, INF]", 0, "false", "="),
                row("... though the complement is not empty", seven, R, "[25, 65541, 5, INF]", 0, "1", "="),
                row("remove by value interval EXISTS|INVERTED", "[['x', -7.75], [1.0, 9, -1.5], 9, -3]", W,
                        "[38, 65549, [9, *], INF]", 0, "false", "[['x', -7.75], [1.0, 9, -1.5]]"),
                row("nothing selected: true", "[5, 3, 1]", R, "[25, 65549, 10, 20]", 0, "true", "="),
                row("unordered rank range: false while something is selected", "[5, 3, 1, 4, 2, 3]", R,
                        "[26, 65549, 1, 2]", 0, "false", "="),
                row("index range: the complement decides", "[5, 3, 1, 4, 2, 3]", R, "[24, 65549, 1, 2]", 0,
                        "true", "="),
                row("value list: the complement decides", "[5, 3, 1, 4, 2, 3]", R, "[23, 65549, [3]]", 0, "true",
                        "="),
                row("map value interval", M7, R, "[105, 65549, 10, 30]", 0, "false", "="),
                row("map value interval, nothing selected", M7, R, "[105, 65549, 100, 200]", 0, "true", "="),
                row("unordered map index range, head and tail left", M7, R, "[104, 65549, 1, 2]", 0, "false", "="),
                row("key-ordered map index range, head and tail left", M7K, R, "[104, 65549, 1, 2]", 0, "true",
                        "="),
                row("unordered map key interval", M7, R, "[103, 65549, 'b', 'd']", 0, "false", "="),
                row("unordered map key interval COUNT|INVERTED", M7, R, "[103, 65541, 'b', 'd']", 0, "5", "="),
                row("empty list value interval: nothing selected, so true", "[]", R, "[25, 65549, 1, 5]", 0, "true",
                        "="),
                row("empty list rank range", "[]", R, "[26, 65549, 0]", 0, "false", "="),
                row("empty list index range", "[]", R, "[24, 65549, 0]", 0, "false", "="),
                row("empty map value interval", "{}", R, "[105, 65549, 1, 5]", 0, "false", "="),
                row("empty map key interval", "{}", R, "[103, 65549, 'a', 'b']", 0, "true", "=")));
    }

    @TestFactory
    Stream<DynamicTest> duplicatesAndPaths() {
        return CdtCase.tests(List.of(
                row("ordered list value list repeats request items", "[#1| 9]", R, "[23, 2, [9, 9, 9]]", 0,
                        "[0, 0, 0]", "="),
                row("... VALUE too", "[#1| 9]", R, "[23, 7, [9, 9, 9]]", 0, "[9, 9, 9]", "="),
                row("... COUNT counts elements", "[#1| 9]", R, "[23, 5, [9, 9, 9]]", 0, "1", "="),
                row("unordered list value list: the last equal request item", "[9]", R, "[23, 1, [9, 9, 9]]", 0,
                        "[0]", "="),
                row("ordered value list REVRANK: per item, runs mirrored", "[#1| 1, 2, 2, 3]", R,
                        "[23, 4, [3, 2]]", 0, "[0, 1, 2]", "="),
                row("unordered value list REVRANK: per item, one by one", "[3, 2, 2, 1]", R, "[23, 4, [3, 2]]", 0,
                        "[0, 2, 1]", "="),
                row("index range RANK: shared ranks", "[3, 3, 1, 0]", R, "[24, 3, 0, 2]", 0, "[2, 2]", "="),
                row("index range RANK of everything: 0..n-1", "[3, 3, 1, 0]", R, "[24, 3, 0, 4]", 0,
                        "[0, 1, 2, 3]", "="),
                row("ordered list getByIndex RANK is the index", "[#1| false, 9, 'zz', 'zz']", R, "[19, 3, -1]", 0,
                        "3", "="),
                row("heap tie order: getByRank picks this 3", "[1, 'b', 3, 5, 3]", R, "[21, 1, -3]", 0, "2", "="),
                row("heap tie order in a rank range", "[[], 'a', -4, 'a']", R, "[26, 1, 2, 3]", 0, "[0, 3]", "="),
                row("key-ordered map key list repeats request keys", "{#1| 'a': 1, 'b': 2}", R,
                        "[107, 1, ['a', 'a', 'c']]", 0, "[0, 0]", "="),
                row("unordered map key list: the last equal request key", "{'a': 1, 'b': 2}", R,
                        "[107, 1, ['a', 'a', 'c']]", 0, "[0]", "="),
                row("one-entry map value list takes the indexed path", "{'a': 1}", R, "[108, 1, [1, 1]]", 0,
                        "[0, 0]", "="),
                row("map index range of everything RANK: 0..n-1", M7, R, "[104, 3, 0]", 0,
                        "[0, 1, 2, 3, 4, 5, 6]", "="),
                row("map index range RANK: per entry in key order", M7, R, "[104, 3, 1]", 0,
                        "[4, 3, 2, 1, 5, 0]", "="),
                row("missing key INDEX_RANGE", "{'a': 1}", R, "[97, 9, 'zz']", 0, "[-1, 0]", "="),
                row("key-ordered map: missing key with INVERTED is just not found", "{#1| 'a': 1}", R,
                        "[97, 65543, 'zz']", 0, "-", "="),
                error("unordered map: INVERTED on a single key", "{'a': 1}", R, "[97, 65543, 'zz']", 26),
                row("INVERTED INDEX_RANGE of everything: the empty rest", "{'a': 1, 'b': 2, 'c': 3}", R,
                        "[104, 65545, 0]", 0, "[3, 0]", "="),
                row("unordered list: relative rank range selecting nothing takes REVINDEX_RANGE",
                        "[3, 0, ['a']]", R, "[27, 10, {'a': 1}, 0, 2]", 0, "[3, 0]", "="),
                row("ordered list: relative rank range answers REVINDEX_RANGE", "[#1| nil, 'ab', [1, 2]]", R,
                        "[27, 10, true, -1]", 0, "[0, 3]", "="),
                row("value list items are found by binary search: a bare WILDCARD matches what it probes",
                        "[0, 'b', 2, {'a': 1}, false, 0, -1, '', {'a': 1}, [1, 2]]", W, "[36, 2, [*, [1, 2]]]", 0,
                        "[9, 8, 7, 5, 4, 3, 2, 0]", "[{'a': 1}, {'a': 1}]"),
                row("... here only 1.5", "[7, 2, '', [1], ['a'], 'a', 0, {'a': 1}, 1.5]", R,
                        "[23, 7, [false, 1.5, *]]", 0, "[1.5]", "=")));
    }
}
