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
 * Nested operations through the {@code [255, [ctx...], [op...]]} envelope. Ids: 16 list index, 17 list rank,
 * 19 list value, 32 map index, 33 map rank, 34 map key, 35 map value; create flags 64/128/192 (list: unordered,
 * pad, ordered; map: unordered, key-ordered, kv-ordered) and 256 persist index.
 */
class ContextOpsTest {
    private static final String DOC = "{'inner': {'x': 1}, 'list': [1, 2]}";

    @TestFactory
    Stream<DynamicTest> navigation() {
        return CdtCase.tests(List.of(
                row("append via mapKey (golden nested_ctx_list_append)", DOC, W, "[255, [34, 'list'], [1, 3]]", 0,
                        "3", "{'inner': {'x': 1}, 'list': [1, 2, 3]}"),
                row("put via mapKey (golden nested_ctx_map_put)", DOC, W, "[255, [34, 'inner'], [67, 'y', 2, 0]]",
                        0, "2", "{'inner': {'x': 1, 'y': 2}, 'list': [1, 2]}"),
                row("mapKeyCreate (golden nested_ctx_create)", DOC, W, "[255, [162, 'new'], [67, 'z', 9, 0]]", 0,
                        "1", "{'inner': {'x': 1}, 'list': [1, 2], 'new': {'z': 9}}"),
                row("getByIndex(-1) via mapKey (golden nested_ctx_get)", DOC, R,
                        "[255, [34, 'list'], [19, 7, -1]]", 0, "2", "="),
                row("two levels", "[[1, [5, 6]]]", R, "[255, [16, 0, 16, 1], [16]]", 0, "2", "="),
                row("list rank", "[[3], [1, 1]]", R, "[255, [17, 0], [16]]", 0, "2", "="),
                row("list value", "[[3], [1, 1]]", R, "[255, [19, [3]], [17, 0]]", 0, "3", "="),
                row("map index", "{'a': [1], 'b': [2, 2]}", R, "[255, [32, -1], [16]]", 0, "2", "="),
                row("map rank", "{'a': [3], 'b': [1, 1]}", R, "[255, [33, 0], [16]]", 0, "2", "="),
                row("map value", "{'a': [3], 'b': [1, 1]}", R, "[255, [35, [3]], [16]]", 0, "1", "="),
                row("auto id index on a map", "{'a': [3], 'b': [1, 1]}", R, "[255, [0, 1], [16]]", 0, "2", "="),
                row("auto id key on a map", "{'a': [3]}", R, "[255, [2, 'a'], [17, 0]]", 0, "3", "="),
                row("read ctx on absent bin: no entry", "-", R, "[255, [34, 'a'], [16]]", 0, "-", "-"),
                error("listIndex(5) out of range (C7)", "[[1]]", R, "[255, [16, 5], [16]]", 26),
                error("nested [0][9] (C7)", "[[[1]]]", R, "[255, [16, 0, 16, 9], [16]]", 26),
                error("listRank(9) (C7)", "[[1]]", R, "[255, [17, 9], [16]]", 26),
                error("listValue not found (C7)", "[[1]]", R, "[255, [19, [2]], [16]]", 26),
                error("mapKey not found (C7)", DOC, R, "[255, [34, 'zz'], [16]]", 26),
                error("mapIndex on a list (C7)", "[[1]]", R, "[255, [32, 0], [16]]", 26),
                error("listIndex on a map", DOC, R, "[255, [16, 0], [16]]", 26),
                error("list by key", "[[1]]", R, "[255, [2, 0], [16]]", 26),
                error("through a scalar", "[1]", R, "[255, [16, 0, 16, 0], [16]]", 26),
                error("wrong family at the end of the walk (C7)", DOC, R, "[255, [34, 'inner'], [16]]", 12),
                error("map op on a nested list", DOC, R, "[255, [34, 'list'], [96]]", 12),
                error("ctx on a non-CDT bin (C-6.5)", "int:5", R, "[255, [16, 0], [16]]", 4),
                error("ctx on a string bin (C-6.5)", "str:x", W, "[255, [16, 0], [1, 1]]", 4),
                error("odd ctx list", "[[1]]", R, "[255, [16], [16]]", 4),
                error("envelope with 2 elements", "[[1]]", R, "[255, [16, 0]]", 4),
                error("ctx selector 4 is path-select only", "[[1]]", R, "[255, [4, 0], [16]]", 26),
                error("string ctx index", "[[1]]", R, "[255, [16, 'a'], [16]]", 4),
                error("read that would need creation", DOC, R, "[255, [162, 'new'], [96]]", 26)));
    }

    @TestFactory
    Stream<DynamicTest> creation() {
        return CdtCase.tests(List.of(
                row("list index create -1 on absent bin", "-", W, "[255, [80, -1], [1, 5]]", 0, "1", "[[5]]"),
                row("list index create 0 on absent bin", "-", W, "[255, [80, 0], [1, 5]]", 0, "1", "[[5]]"),
                error("unordered list create index 2 on absent bin", "-", W, "[255, [80, 2], [1, 5]]", 26),
                error("create index -2 on absent bin", "-", W, "[255, [144, -2], [1, 5]]", 26),
                row("pad create", "[1]", W, "[255, [144, 3], [1, 'x']]", 0, "1", "[1, nil, nil, ['x']]"),
                error("no pad past the end", "[1]", W, "[255, [80, 3], [1, 'x']]", 26),
                error("ordered create flag does not reach past the end of an unordered list", "[1]", W,
                        "[255, [208, 3], [1, 'x']]", 26),
                row("ordered create at the end appends", "[1]", W, "[255, [208, 1], [1, 'x']]", 0, "1", "[1, ['x']]"),
                row("an ordered parent appends past the end", "[#1| 1]", W, "[255, [80, 3], [1, 'x']]", 0, "1",
                        "[#1| 1, ['x']]"),
                row("a NO_FAIL no-op writes no created map (real server)", "{}", W,
                        "[255, [162, 0], [67, '', 0, 0, 6]]", 0, "0", "="),
                row("a NO_FAIL no-op writes no created list", "[1]", W, "[255, [80, 1], [3, 2, 'x', 6]]", 0, "0",
                        "="),
                row("sort on an element a create context would make does nothing", "[1]", W,
                        "[255, [80, 1], [13, 0]]", 0, "-", "="),
                error("sort through a create context on an absent bin", "-", W, "[255, [80, 0], [13, 0]]", 12),
                row("ordered root created by ctx", "-", W, "[255, [208, 0], [1, 5]]", 0, "1", "[#1| [5]]"),
                row("persist index on the root", "-", W, "[255, [464, 0], [1, 5]]", 0, "1", "[#17| [5]]"),
                error("persist index on a nested entry", "[[1]]", W, "[255, [16, 0, 336, 0], [1, 5]]", 26),
                row("kv-ordered root map", "-", W, "[255, [226, 'a'], [67, 'k', 1]]", 0, "1",
                        "{#3| 'a': {'k': 1}}"),
                row("key-ordered root, list inside", "-", W, "[255, [162, 'a'], [1, 1, 1]]", 0, "1",
                        "{#1| 'a': [#1| 1]}"),
                row("two created levels", "{}", W, "[255, [98, 'a', 208, 0], [67, 'k', 1]]", 0, "1",
                        "{'a': [#1| {'k': 1}]}"),
                row("deeper level without create flags creates unordered", "{}", W,
                        "[255, [98, 'a', 16, 0], [1, 1]]", 0, "1", "{'a': [[1]]}"),
                row("deeper map key without create flags", "{}", W, "[255, [98, 'a', 34, 'z'], [1, 1]]", 0, "1",
                        "{'a': {'z': [1]}}"),
                error("deeper index past 0 without create flags", "{}", W, "[255, [98, 'a', 16, 1], [1, 1]]", 26),
                error("deeper rank below a created element", "{}", W, "[255, [98, 'a', 17, 0], [1, 1]]", 26),
                error("absent bin without create flags", "-", W, "[255, [34, 'a'], [67, 'k', 1]]", 26),
                error("rank cannot create", "-", W, "[255, [209, 0], [1, 1]]", 26),
                error("invalid created key", "{}", W, "[255, [98, 1.5], [1, 1]]", 4),
                row("remove on a created slot changes nothing", DOC, W, "[255, [162, 'new'], [76, 7, 'a']]", 0, "-",
                        "="),
                row("SET_TYPE via ctx drops persist index", "[[3, 1]]", W, "[255, [16, 0], [0, 17]]", 0, "-",
                        "[[#1| 1, 3]]"),
                row("modified element of an ordered list is re-sorted", "[#1| [1], [5], [9]]", W,
                        "[255, [16, 0], [9, 0, 7]]", 0, "-", "[#1| [5], [7], [9]]"),
                row("ordered list nested in a map is re-sorted", "{'k': [#1| [1], [5]]}", W,
                        "[255, [34, 'k', 16, 0], [9, 0, 7]]", 0, "-", "{'k': [#1| [5], [7]]}"),
                row("increment nested map value", "{'a': {'n': 1}}", W, "[255, [34, 'a'], [73, 'n', 2]]", 0, "3",
                        "{'a': {'n': 3}}")));
    }
}
