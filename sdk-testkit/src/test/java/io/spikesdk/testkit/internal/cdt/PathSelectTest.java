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
 * The path select op {@code [254, [ctx...], flags(, modifyExp)]} as the real CE 8.1.2 server answers it. Context ids:
 * 0 index, 1 rank, 2 key, 3 value, 4 expression ({@code true} = every child), 42 map key list, 516 AND filter; flags
 * 0 matching tree, 1 values, 2 map keys, 3 map keys and values, 4 apply, +16 NO_FAIL. Loop variables
 * {@code [122, type, 0 key | 1 value | 2 index]}, RESULT_REMOVE {@code [100]}.
 */
class PathSelectTest {
    private static final String VALUE_GT_4 = "[3, [122, 2, 1], 4]";

    @TestFactory
    Stream<DynamicTest> selects() {
        return CdtCase.tests(List.of(
                row("tree of all children", "[1, [2, 3], {'a': 4}]", R, "[254, [4, true], 0]", 0,
                        "[1, [2, 3], {'a': 4}]", "="),
                row("tree keeps scalars met above the leaf", "[[1, 2], [3], 5]", R, "[254, [4, true, 4, true], 0]", 0,
                        "[[1, 2], [3], 5]", "="),
                row("values skip scalars above the leaf", "[[1, 2], [3], 5]", R, "[254, [4, true, 4, true], 1]", 0,
                        "[1, 2, 3]", "="),
                row("tree with a leaf filter", "[[1, 5], [7]]", R, "[254, [4, true, 4, " + VALUE_GT_4 + "], 0]", 0,
                        "[[5], [7]]", "="),
                row("map keys", "{'a': {'x': 1, 'y': 2}, 'b': {'z': 3}}", R, "[254, [4, true, 4, true], 2]", 0,
                        "['x', 'y', 'z']", "="),
                row("map keys and values, flat", "{'a': {'x': 1, 'y': 2}, 'b': {'z': 3}}", R,
                        "[254, [4, true, 4, true], 3]", 0, "['x', 1, 'y', 2, 'z', 3]", "="),
                row("tree of a map drops nothing but unselected keys", "{'a': {'x': 1, 'y': 2}, 'b': 7}", R,
                        "[254, [4, true, 2, 'y'], 0]", 0, "{'a': {'y': 2}, 'b': 7}", "="),
                row("key step", "{'a': [1, 2], 'b': [3]}", R, "[254, [2, 'b', 4, true], 1]", 0, "[3]", "="),
                row("key list in storage order", "{'a': 1, 'b': 2, 'c': 3}", R, "[254, [42, ['c', 'a']], 1]", 0,
                        "[1, 3]", "="),
                row("negative index", "[[1, 2], [3, 4]]", R, "[254, [0, -1, 0, 0], 1]", 0, "[3]", "="),
                row("index out of range selects nothing", "[[1, 2]]", R, "[254, [0, 5], 1]", 0, "[]", "="),
                row("value step matches every equal element", "[1, 2, 1]", R, "[254, [3, 1], 1]", 0, "[1, 1]", "="),
                row("AND filter on the index loop variable", "[6, 6, 7]", R, "[254, [3, 6, 516, [1, [122, 2, 2], 1]], 1]",
                        0, "[6]", "="),
                row("map rank ties resolved as the real server's quickselect", "{0: 5, 4: 5}", R, "[254, [1, 1], 3]",
                        0, "[0, 5]", "="),
                row("map keys from a list under NO_FAIL", "[1, 2]", R, "[254, [4, true], 18]", 0, "[]", "="),
                row("key step on a list under NO_FAIL", "[1, 2]", R, "[254, [2, 'a'], 17]", 0, "[]", "="),
                row("UNKNOWN filter under NO_FAIL skips", "[1, 'a', 5]", R, "[254, [4, " + VALUE_GT_4 + "], 17]", 0,
                        "[5]", "="),
                row("create bits on a list step are ignored", "[1]", R, "[254, [64, 0], 1]", 0, "[1]", "="),
                row("rank at a nested level with no sibling after it", "[5, [3, 1]]", R,
                        "[254, [4, true, 1, 0], 1]", 0, "[1]", "="),
                row("AND true is no filter", "[1]", R, "[254, [0, 0, 516, true], 1]", 0, "[1]", "="),
                row("read of an absent bin: no entry", "-", R, "[254, [4, true], 1]", 0, "-", "-"),
                error("map keys from a list", "[1, 2]", R, "[254, [4, true], 2]", 12),
                error("key step on a list", "[1, 2]", R, "[254, [2, 'a'], 1]", 4),
                error("map kind on a list, even under NO_FAIL", "[1, 2]", R, "[254, [32, 0], 17]", 4),
                error("create bits on a map step", "{'a': 1}", R, "[254, [66, 'a'], 1]", 4),
                error("UNKNOWN filter", "[1, 'a', 5]", R, "[254, [4, " + VALUE_GT_4 + "], 1]", 4),
                error("AND on an expression step", "[1]", R, "[254, [4, true, 516, true], 1]", 4),
                error("AND first", "[1]", R, "[254, [516, true], 1]", 4),
                error("select type 5", "[1]", R, "[254, [4, true], 5]", 4),
                error("extra parameter", "[1]", R, "[254, [4, true], 1, 7]", 4),
                error("empty context", "[1]", R, "[254, [], 1]", 4),
                error("bin that is not a container", "int:5", R, "[254, [4, true], 1]", 12),
                error("key list that is not a list", "{'a': 1}", R, "[254, [42, 3], 1]", 4),
                error("read cursor left at the bin's end by a nested rank", "[[2], [3, 1]]", R,
                        "[254, [4, true, 1, 0], 1]", 1),
                error("read cursor left at the bin's end by a nested map index", "[{'a': 1}, {'b': 2}]", R,
                        "[254, [4, true, 0, 0], 1]", 1)));
    }

    @TestFactory
    Stream<DynamicTest> applies() {
        return CdtCase.tests(List.of(
                row("add to every value", "[1, 2, 3]", W, "[254, [4, true], 4, [20, [122, 2, 1], 10]]", 0, "-",
                        "[11, 12, 13]"),
                row("remove the matches", "[1, 5, 2, 6]", W, "[254, [4, " + VALUE_GT_4 + "], 4, [100]]", 0, "-",
                        "[1, 2]"),
                row("ordered list re-sorted", "[#1| 1, 2, 3]", W, "[254, [0, 0], 4, 10]", 0, "-", "[#1| 2, 3, 10]"),
                row("map values from the key variable", "{'a': 1, 'b': 2}", W, "[254, [4, true], 4, [122, 3, 0]]", 0,
                        "-", "{'a': 'a', 'b': 'b'}"),
                row("nested leaf through a key step", "{'a': [1, 2], 'b': [3]}", W,
                        "[254, [2, 'a', 0, -1], 4, [100]]", 0, "-", "{'a': [1], 'b': [3]}"),
                row("UNKNOWN modify under NO_FAIL leaves the element", "[1, 'a']", W,
                        "[254, [4, true], 20, [20, [122, 2, 1], 1]]", 0, "-", "[2, 'a']"),
                error("UNKNOWN modify", "[1, 'a']", W, "[254, [4, true], 4, [20, [122, 2, 1], 1]]", 1),
                error("apply under a read op", "[1]", R, "[254, [4, true], 4, 1]", 4),
                error("apply on an absent bin", "-", W, "[254, [4, true], 4, 1]", 12),
                error("remove mixed with another type in a cond", "[1]", W,
                        "[254, [4, true], 4, [123, [3, [122, 2, 1], 0], [100], 5]]", 4)));
    }
}
