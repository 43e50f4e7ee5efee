package io.spikesdk.testkit.internal.cdt;

import static io.spikesdk.testkit.internal.cdt.CdtCase.R;
import static io.spikesdk.testkit.internal.cdt.CdtCase.W;
import static io.spikesdk.testkit.internal.cdt.CdtCase.error;
import static io.spikesdk.testkit.internal.cdt.CdtCase.row;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Table tests of the map ops that write: codes 64..75 (map write flags 1 CREATE_ONLY, 2 UPDATE_ONLY, 4 NO_FAIL, 8 PARTIAL). */
class MapWriteOpsTest {
    private static final String XY = "{'x': 1, 'y': 2}";

    @TestFactory
    Stream<DynamicTest> setType() {
        String ab = "{'a': 1, 'b': 2}";
        return CdtCase.tests(List.of(
                row("key-ordered", ab, W, "[64, 1]", 0, "-", "{#1| 'a': 1, 'b': 2}"),
                row("key-value-ordered", ab, W, "[64, 3]", 0, "-", "{#3| 'a': 1, 'b': 2}"),
                row("flag 2 accepted (C-5.4)", ab, W, "[64, 2]", 0, "-", "{#2| 'a': 1, 'b': 2}"),
                row("persist index only (C-5.4)", ab, W, "[64, 16]", 0, "-", "{#16| 'a': 1, 'b': 2}"),
                row("0x11 (C-5.4)", ab, W, "[64, 17]", 0, "-", "{#17| 'a': 1, 'b': 2}"),
                row("0x13 (C-5.4)", ab, W, "[64, 19]", 0, "-", "{#19| 'a': 1, 'b': 2}"),
                row("back to unordered", "{#1| 'a': 1}", W, "[64, 0]", 0, "-", "{'a': 1}"),
                row("absent bin creates", "-", W, "[64, 1]", 0, "-", "{#1|}"),
                error("flag 4 (C-5.4)", ab, W, "[64, 4]", 26),
                error("flag 8 (C-5.4)", ab, W, "[64, 8]", 26),
                error("flag 0x20 (C-5.4)", ab, W, "[64, 32]", 26),
                error("map op on a list bin (C-6.5)", "[1]", W, "[64, 1]", 12)));
    }

    @TestFactory
    Stream<DynamicTest> addAndPut() {
        return CdtCase.tests(List.of(
                row("add new key", "{'x': 9}", W, "[65, 'y', 2]", 0, "2", "{'x': 9, 'y': 2}"),
                error("add existing key", "{'x': 9}", W, "[65, 'x', 1]", 24),
                row("add on absent bin with attr", "-", W, "[65, 'a', 1, 1]", 0, "1", "{#1| 'a': 1}"),
                row("persist index alone on absent bin makes a plain map (real server)", "-", W, "[65, 'a', 1, 16]", 0,
                        "1", "{'a': 1}"),
                row("put on absent bin key-ordered (golden map_put_key_ordered)", "-", W, "[67, 'c', 3, 1]", 0,
                        "1", "{#1| 'c': 3}"),
                row("put overwrites", "{'c': 3}", W, "[67, 'c', 4]", 0, "1", "{'c': 4}"),
                row("put keeps key order in an unordered map (C13)", "{'a': 1, 'c': 3}", W, "[67, 'b', 2]", 0, "3",
                        "{'a': 1, 'b': 2, 'c': 3}"),
                row("ints before strings before blobs (C13)", "{'z': 1, 2: 1}", W, "[67, b'01', 1]", 0, "3",
                        "{2: 1, 'z': 1, b'01': 1}"),
                row("blob key of the type byte only is accepted (C-1.3)", "{}", W, "[67, b'', 1]", 0, "1",
                        "{b'': 1}"),
                row("single PUT UPDATE_ONLY|NO_FAIL|PARTIAL on {} is a no-op (C3)", "{}", W,
                        "[67, 'x', 1, 0, 14]", 0, "0", "="),
                error("UPDATE_ONLY on a missing key (golden map_update_only_missing)", "{'c': 3}", W,
                        "[67, 'zz', 1, 1, 2]", 23),
                error("CREATE_ONLY on an existing key", "{'x': 9}", W, "[67, 'x', 1, 0, 1]", 24),
                row("CREATE_ONLY|NO_FAIL no-op", "{'x': 9}", W, "[67, 'x', 1, 0, 5]", 0, "1", "="),
                row("UPDATE_ONLY on an existing key", "{'x': 9}", W, "[67, 'x', 1, 0, 2]", 0, "1", "{'x': 1}"),
                error("double key (C-1.3)", "{}", W, "[67, 1.5, 1]", 4),
                error("bool key (C-1.3)", "{}", W, "[67, true, 1]", 4),
                error("list key (C-1.3)", "{}", W, "[67, [1], 1]", 4),
                error("nil key", "{}", W, "[67, nil, 1]", 4),
                error("java-blob key", "{}", W, "[67, r'0701', 1]", 4),
                error("WILDCARD value (C-6.5)", "{}", W, "[67, 'a', *]", 4),
                error("too many args", "{}", W, "[67, 'a', 1, 0, 0, 0]", 4),
                row("replace existing", "{'x': 9}", W, "[69, 'x', 1]", 0, "1", "{'x': 1}"),
                error("replace missing key", "{'x': 9}", W, "[69, 'y', 1]", 23),
                error("replace on absent bin (C3)", "-", W, "[69, 'x', 1]", 23),
                error("replace on absent bin checks the key first (real server)", "-", W, "[69, 0.0, []]", 4),
                error("replace with a 3rd arg (C-6.5)", "{'x': 9}", W, "[69, 'x', 1, 0]", 4)));
    }

    @TestFactory
    Stream<DynamicTest> putItems() {
        return CdtCase.tests(List.of(
                row("UPDATE_ONLY|NO_FAIL|PARTIAL on absent bin writes all (C3)", "-", W, "[68, " + XY + ", 0, 14]",
                        0, "2", XY),
                row("... on an empty map (C3)", "{}", W, "[68, " + XY + ", 0, 14]", 0, "2", XY),
                row("... on {x:9} skips y (C3)", "{'x': 9}", W, "[68, " + XY + ", 0, 14]", 0, "1", "{'x': 1}"),
                row("... key-ordered attr on absent bin (C3)", "-", W, "[68, " + XY + ", 1, 14]", 0, "2",
                        "{#1| 'x': 1, 'y': 2}"),
                row("UPDATE_ONLY|NO_FAIL on absent bin creates {} (C3)", "-", W, "[68, " + XY + ", 0, 6]", 0, "0",
                        "{}"),
                row("UPDATE_ONLY|NO_FAIL on {} (C3)", "{}", W, "[68, " + XY + ", 0, 6]", 0, "0", "="),
                row("UPDATE_ONLY|NO_FAIL on {x:9} (C3)", "{'x': 9}", W, "[68, " + XY + ", 0, 6]", 0, "1", "="),
                error("UPDATE_ONLY on absent bin (C3)", "-", W, "[68, " + XY + ", 0, 2]", 23),
                error("UPDATE_ONLY on {} (C3)", "{}", W, "[68, " + XY + ", 0, 2]", 23),
                error("UPDATE_ONLY on {x:9} (C3)", "{'x': 9}", W, "[68, " + XY + ", 0, 2]", 23),
                error("UPDATE_ONLY|PARTIAL on absent bin (C3)", "-", W, "[68, " + XY + ", 0, 10]", 23),
                error("UPDATE_ONLY|PARTIAL on {} (C3)", "{}", W, "[68, " + XY + ", 0, 10]", 23),
                error("UPDATE_ONLY|PARTIAL on {x:9} (C3)", "{'x': 9}", W, "[68, " + XY + ", 0, 10]", 23),
                error("CREATE_ONLY on {x:9} (C3)", "{'x': 9}", W, "[68, " + XY + ", 0, 1]", 24),
                row("CREATE_ONLY|NO_FAIL on {x:9} (C3)", "{'x': 9}", W, "[68, " + XY + ", 0, 5]", 0, "1", "="),
                row("CREATE_ONLY|NO_FAIL|PARTIAL on {x:9} (C3)", "{'x': 9}", W, "[68, " + XY + ", 0, 13]", 0, "2",
                        "{'x': 9, 'y': 2}"),
                row("golden map_put_items_key_ordered", "{#1| 'c': 3}", W, "[68, {'a': 1, 'b': 2, 'd': 4}, 1]", 0,
                        "4", "{#1| 'a': 1, 'b': 2, 'c': 3, 'd': 4}"),
                row("unsorted items are sorted", "{}", W, "[68, {'b': 1, 'a': 2}]", 0, "2", "{'a': 2, 'b': 1}"),
                row("add_items", "{'x': 9}", W, "[66, {'y': 1, 'a': 2}]", 0, "3", "{'a': 2, 'x': 9, 'y': 1}"),
                error("add_items with an existing key (C3)", "{'x': 9}", W, "[66, {'x': 1}]", 24),
                row("replace_items", "{'x': 9}", W, "[70, {'x': 1}]", 0, "1", "{'x': 1}"),
                error("replace_items on {} (C3)", "{}", W, "[70, " + XY + "]", 23),
                error("replace_items on absent bin (C3)", "-", W, "[70, " + XY + "]", 23),
                error("duplicate keys in items", "{}", W, "[68, {'a': 1, 'a': 2}]", 4),
                error("items not a map", "{}", W, "[68, [1]]", 4),
                error("double key in items", "{}", W, "[68, {1.5: 1}]", 4)));
    }

    @TestFactory
    Stream<DynamicTest> incrementClearSize() {
        return CdtCase.tests(List.of(
                row("INT64_MAX + 1 wraps (C9)", "{'a': 9223372036854775807}", W, "[73, 'a', 1]", 0,
                        "-9223372036854775808", "{'a': -9223372036854775808}"),
                row("decrement INT64_MIN wraps (C9)", "{'b': -9223372036854775808}", W, "[74, 'b', 1]", 0,
                        "9223372036854775807", "{'b': 9223372036854775807}"),
                row("missing key starts at 0", "{}", W, "[73, 'n', 5]", 0, "5", "{'n': 5}"),
                row("default delta", "{}", W, "[73, 'n']", 0, "1", "{'n': 1}"),
                row("decrement default delta", "{}", W, "[74, 'n']", 0, "-1", "{'n': -1}"),
                row("double value", "{'a': 1.5}", W, "[73, 'a', 2]", 0, "3.5", "{'a': 3.5}"),
                row("int + double truncates", "{'a': 5}", W, "[73, 'a', 2.7]", 0, "7", "{'a': 7}"),
                row("absent bin with attr", "-", W, "[73, 'a', 1, 1]", 0, "1", "{#1| 'a': 1}"),
                error("non-numeric value", "{'a': 's'}", W, "[73, 'a', 1]", 4),
                error("non-numeric delta", "{'a': 1}", W, "[73, 'a', 'x']", 4),
                error("invalid key", "{}", W, "[73, 1.5, 1]", 4),
                row("clear keeps flags", "{#1| 'a': 1}", W, "[75]", 0, "-", "{#1|}"),
                row("clear ignores extra args (C-6.5)", "{'a': 1}", W, "[75, 1]", 0, "-", "{}"),
                row("clear on absent bin (C-6.5)", "-", W, "[75]", 0, "-", "-"),
                row("size", "{'a': 1, 'b': 2}", R, "[96]", 0, "2", "="),
                row("size on absent bin", "-", R, "[96]", 0, "-", "-"),
                error("size on a list bin", "[1]", R, "[96]", 12),
                error("unknown map code 101 (C-6.5)", "{}", R, "[101]", 4),
                error("read code as modify (C-6.5)", "{}", W, "[97, 7, 'a']", 4)));
    }
}
