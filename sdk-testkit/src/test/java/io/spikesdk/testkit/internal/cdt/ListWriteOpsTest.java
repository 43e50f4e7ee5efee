package io.spikesdk.testkit.internal.cdt;

import static io.spikesdk.testkit.internal.cdt.CdtCase.R;
import static io.spikesdk.testkit.internal.cdt.CdtCase.W;
import static io.spikesdk.testkit.internal.cdt.CdtCase.error;
import static io.spikesdk.testkit.internal.cdt.CdtCase.row;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Table tests of the list ops that write: codes 0..13 (op codes in each row's first array element). */
class ListWriteOpsTest {

    @TestFactory
    Stream<DynamicTest> setType() {
        return CdtCase.tests(List.of(
                row("unordered to ordered sorts", "[3, 1, 2]", W, "[0, 1]", 0, "-", "[#1| 1, 2, 3]"),
                row("ordered to unordered keeps order", "[#1| 1, 2, 3]", W, "[0, 0]", 0, "-", "[1, 2, 3]"),
                row("persist index alone", "[3, 1]", W, "[0, 16]", 0, "-", "[#16| 3, 1]"),
                row("ordered + persist index", "[3, 1]", W, "[0, 17]", 0, "-", "[#17| 1, 3]"),
                row("same type is a no-op", "[1, 2]", W, "[0, 0]", 0, "-", "="),
                row("absent bin creates the list", "-", W, "[0, 1]", 0, "-", "[#1|]"),
                error("flag 2 is invalid for lists (C-5.4)", "[1]", W, "[0, 2]", 26),
                error("flag 4 is invalid", "[1]", W, "[0, 4]", 26),
                error("flags argument is required", "[1]", W, "[0]", 4),
                error("SET_TYPE is a modify op", "[1]", R, "[0, 1]", 4)));
    }

    @TestFactory
    Stream<DynamicTest> append() {
        return CdtCase.tests(List.of(
                row("absent bin creates an unordered list", "-", W, "[1, 7]", 0, "1", "[7]"),
                row("append at the end", "[1, 2]", W, "[1, 'a']", 0, "3", "[1, 2, 'a']"),
                row("ordered list inserts sorted", "[#1| 1, 5]", W, "[1, 3]", 0, "3", "[#1| 1, 3, 5]"),
                row("attr ordered used on create", "-", W, "[1, 3, 1]", 0, "1", "[#1| 3]"),
                row("attr persist index on create", "-", W, "[1, 7, 16]", 0, "1", "[#16| 7]"),
                row("attr ignored on an existing list", "[2]", W, "[1, 1, 1]", 0, "2", "[2, 1]"),
                row("ADD_UNIQUE on new value", "[7]", W, "[1, 8, 0, 1]", 0, "2", "[7, 8]"),
                error("ADD_UNIQUE on existing value (golden list_append_unique_dup)", "[7]", W, "[1, 7, 0, 1]", 24),
                row("ADD_UNIQUE|NO_FAIL is a no-op returning size", "[7]", W, "[1, 7, 0, 5]", 0, "1", "="),
                row("ADD_UNIQUE: -0.0 equals 0.0 (C8c)", "[#1| -0.0]", W, "[1, 0.0, 1, 5]", 0, "1", "="),
                error("ADD_UNIQUE ordered -0.0 present (C8c)", "[#1| -0.0]", W, "[1, 0.0, 1, 1]", 24),
                row("nested unordered map is stored key-sorted", "[]", W, "[1, {'b': 1, 'a': 2}]", 0, "1",
                        "[{'a': 2, 'b': 1}]"),
                row("float32 stored as sent", "[]", W, "[1, 1.5f]", 0, "1", "[1.5f]"),
                error("WILDCARD cannot be stored", "[1]", W, "[1, *]", 4),
                error("INFINITY inside a list cannot be stored", "[1]", W, "[1, [1, INF]]", 4),
                error("double map key in a stored value", "[1]", W, "[1, {1.5: 1}]", 4),
                error("unsorted ordered list value", "[1]", W, "[1, [#1| 3, 1]]", 4),
                error("too many arguments", "[1]", W, "[1, 7, 0, 0, 0]", 4),
                error("too few arguments", "[1]", W, "[1]", 4),
                error("string attr", "[1]", W, "[1, 7, 'x']", 4),
                error("append as a read op", "[1]", R, "[1, 7]", 4),
                error("list op on a map bin", "{'a': 1}", W, "[1, 7]", 12),
                error("list op on an integer bin", "int:5", W, "[1, 7]", 12),
                error("list op on a string bin", "str:abc", W, "[1, 7]", 12)));
    }

    @TestFactory
    Stream<DynamicTest> appendItems() {
        return CdtCase.tests(List.of(
                row("appends all", "[1]", W, "[2, [3, 2]]", 0, "3", "[1, 3, 2]"),
                row("absent bin", "-", W, "[2, [5, 3, 9]]", 0, "3", "[5, 3, 9]"),
                row("ordered list", "[#1| 1, 5]", W, "[2, [7, 0, 3]]", 0, "5", "[#1| 0, 1, 3, 5, 7]"),
                row("ordered attr on create", "-", W, "[2, [7, 0, 3], 1]", 0, "3", "[#1| 0, 3, 7]"),
                row("ordered-marker items list is read as a list", "[1]", W, "[2, [#1| 5, 6]]", 0, "3", "[1, 5, 6]"),
                row("empty items is a no-op returning size", "[1]", W, "[2, []]", 0, "1", "="),
                error("ADD_UNIQUE item already present", "[1, 2]", W, "[2, [3, 2], 0, 1]", 24),
                error("ADD_UNIQUE duplicate inside items", "[1]", W, "[2, [3, 3], 0, 1]", 26),
                row("ADD_UNIQUE|NO_FAIL: whole op is a no-op", "[1, 2]", W, "[2, [3, 2], 0, 5]", 0, "2", "="),
                row("ADD_UNIQUE|NO_FAIL|PARTIAL drops offenders", "[1, 2]", W, "[2, [3, 2, 3, 4], 0, 13]", 0, "4",
                        "[1, 2, 3, 4]"),
                row("ordered: equal items keep request order (real server)", "-", W, "[2, [0.0, -0.0], 1]", 0, "2",
                        "[#1| 0.0, -0.0]"),
                row("ordered: items go in front of the equal element probed", "[#1| -0.0]", W, "[2, [0.0, 0.0]]", 0,
                        "3", "[#1| 0.0, 0.0, -0.0]"),
                error("ordered ADD_UNIQUE: repeats in the request come first (real server)", "[#1| 'b']", W,
                        "[2, ['b', 'b'], 0, 1]", 26),
                error("unordered ADD_UNIQUE: item by item", "['b']", W, "[2, ['b', 'b'], 0, 1]", 24),
                row("ordered ADD_UNIQUE|NO_FAIL with repeats is a no-op", "[#1| 'b']", W, "[2, ['b', 'b'], 0, 5]", 0,
                        "1", "="),
                error("PARTIAL without NO_FAIL does not drop", "[1, 2]", W, "[2, [3, 2], 0, 9]", 24),
                error("items must be a list", "[1]", W, "[2, 5]", 4),
                error("items must be storable", "[1]", W, "[2, [1, *]]", 4)));
    }

    @TestFactory
    Stream<DynamicTest> insert() {
        return CdtCase.tests(List.of(
                row("insert inside", "[1, 2, 3]", W, "[3, 1, 9]", 0, "4", "[1, 9, 2, 3]"),
                row("negative index", "[1, 2, 3]", W, "[3, -1, 9]", 0, "4", "[1, 2, 9, 3]"),
                row("index == size appends", "[1, 2, 3]", W, "[3, 3, 9]", 0, "4", "[1, 2, 3, 9]"),
                row("past the end pads with nil (C7)", "[1, 2, 3]", W, "[3, 5, 9]", 0, "6",
                        "[1, 2, 3, nil, nil, 9]"),
                row("absent bin", "-", W, "[3, 0, 'a']", 0, "1", "['a']"),
                row("absent bin past the end", "-", W, "[3, 2, 'a']", 0, "3", "[nil, nil, 'a']"),
                row("INSERT_BOUNDED at size", "[1, 2, 3]", W, "[3, 3, 9, 2]", 0, "4", "[1, 2, 3, 9]"),
                error("INSERT_BOUNDED past the end (C7)", "[1, 2, 3]", W, "[3, 10, 9, 2]", 26),
                row("INSERT_BOUNDED|NO_FAIL no-op", "[1, 2, 3]", W, "[3, 5, 9, 6]", 0, "3", "="),
                error("negative beyond the start (C7 insert(-10))", "[1, 2, 3]", W, "[3, -10, 9]", 26),
                error("-size-1", "[1, 2, 3]", W, "[3, -4, 9]", 26),
                error("ordered list", "[#1| 1, 2]", W, "[3, 0, 5]", 26),
                error("ADD_UNIQUE duplicate", "[1, 2]", W, "[3, 0, 2, 1]", 24),
                row("ADD_UNIQUE|NO_FAIL duplicate", "[1, 2]", W, "[3, 0, 2, 5]", 0, "2", "="),
                row("ADD_UNIQUE|NO_FAIL|PARTIAL duplicate past the end pads nothing (real server)", "[100.0]", W,
                        "[3, 2, 100.0, 13]", 0, "1", "="),
                error("string index", "[1]", W, "[3, 'x', 1]", 4),
                error("index beyond INT32_MAX", "[1]", W, "[3, 2147483648, 1]", 26)));
    }

    @TestFactory
    Stream<DynamicTest> insertItems() {
        return CdtCase.tests(List.of(
                row("inside", "[1, 2]", W, "[4, 1, [8, 9]]", 0, "4", "[1, 8, 9, 2]"),
                row("past the end pads", "[1, 2]", W, "[4, 3, [8]]", 0, "4", "[1, 2, nil, 8]"),
                row("negative index", "[1, 2]", W, "[4, -1, [8]]", 0, "3", "[1, 8, 2]"),
                row("empty items no-op", "[1, 2]", W, "[4, 9, []]", 0, "2", "="),
                error("INSERT_BOUNDED past the end", "[1, 2]", W, "[4, 3, [8], 2]", 26),
                error("ordered list", "[#1| 1]", W, "[4, 0, [2]]", 26),
                error("ADD_UNIQUE duplicate within items", "[1]", W, "[4, 0, [5, 5], 1]", 26),
                row("ADD_UNIQUE|NO_FAIL|PARTIAL", "[1]", W, "[4, 0, [5, 1, 5, 6], 13]", 0, "3", "[5, 6, 1]"),
                row("ADD_UNIQUE|NO_FAIL|PARTIAL dropping all pads nothing", "[1]", W, "[4, 3, [1, 1], 13]", 0, "1",
                        "="),
                error("items not a list", "[1]", W, "[4, 0, 5]", 4)));
    }

    @TestFactory
    Stream<DynamicTest> popAndRemove() {
        return CdtCase.tests(List.of(
                row("pop", "[1, 2, 3]", W, "[5, 1]", 0, "2", "[1, 3]"),
                row("pop last", "[1, 2, 3]", W, "[5, -1]", 0, "3", "[1, 2]"),
                row("pop string gives STRING particle", "['a', 'b']", W, "[5, 0]", 0, "'a'", "['b']"),
                row("pop nested list gives LIST particle", "[[1, 2], 3]", W, "[5, 0]", 0, "[1, 2]", "[3]"),
                row("pop the only element leaves []", "[1]", W, "[5, 0]", 0, "1", "[]"),
                row("pop keeps order flag", "[#1| 1]", W, "[5, 0]", 0, "1", "[#1|]"),
                error("pop(10) out of range (C7)", "[1, 2, 3]", W, "[5, 10]", 26),
                row("pop on absent bin: no entry, bin absent", "-", W, "[5, 0]", 0, "-", "-"),
                row("pop_range", "[1, 2, 3, 4, 5]", W, "[6, 1, 2]", 0, "[2, 3]", "[1, 4, 5]"),
                row("pop_range to the end", "[1, 2, 3, 4, 5]", W, "[6, -2]", 0, "[4, 5]", "[1, 2, 3]"),
                row("pop_range out of range", "[1, 2, 3]", W, "[6, 10, 2]", 0, "[]", "="),
                row("pop_range on absent bin", "-", W, "[6, 0]", 0, "-", "-"),
                row("remove", "[1, 2]", W, "[7, 0]", 0, "1", "[2]"),
                error("remove(10) (C7)", "[1, 2, 3]", W, "[7, 10]", 26),
                row("remove on absent bin", "-", W, "[7, 0]", 0, "-", "-"),
                row("remove_range", "[1, 2, 3]", W, "[8, 1]", 0, "2", "[1]"),
                row("remove_range (-5,4) clips", "[1, 2, 3]", W, "[8, -5, 4]", 0, "2", "[3]"),
                row("remove_range on absent bin", "-", W, "[8, 0, 1]", 0, "-", "-"),
                error("pop without index", "[1]", W, "[5]", 4)));
    }

    @TestFactory
    Stream<DynamicTest> set() {
        return CdtCase.tests(List.of(
                row("overwrite", "[1, 2, 3]", W, "[9, 1, 'x']", 0, "-", "[1, 'x', 3]"),
                row("negative", "[1, 2, 3]", W, "[9, -1, 'x']", 0, "-", "[1, 2, 'x']"),
                row("past the end pads (C7)", "[1, 2, 3]", W, "[9, 5, 9]", 0, "-", "[1, 2, 3, nil, nil, 9]"),
                row("absent bin", "-", W, "[9, 1, 'a']", 0, "-", "[nil, 'a']"),
                row("INSERT_BOUNDED at size", "[1, 2, 3]", W, "[9, 3, 9, 2]", 0, "-", "[1, 2, 3, 9]"),
                error("INSERT_BOUNDED past the end", "[1, 2, 3]", W, "[9, 5, 9, 2]", 26),
                error("set(-10) (C7)", "[1, 2, 3]", W, "[9, -10, 9]", 26),
                error("ordered list", "[#1| 1]", W, "[9, 0, 2]", 26),
                error("ADD_UNIQUE value elsewhere", "[1, 2, 3]", W, "[9, 0, 2, 1]", 24),
                row("ADD_UNIQUE same index is fine", "[1, 2, 3]", W, "[9, 1, 2, 1]", 0, "-", "="),
                row("ADD_UNIQUE|NO_FAIL no-op", "[1, 2, 3]", W, "[9, 0, 2, 5]", 0, "-", "=")));
    }

    @TestFactory
    Stream<DynamicTest> trimAndClear() {
        String ten = "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]";
        return CdtCase.tests(List.of(
                row("trim(2,3) returns removed count (C6)", ten, W, "[10, 2, 3]", 0, "7", "[2, 3, 4]"),
                row("trim(0,10)", ten, W, "[10, 0, 10]", 0, "0", "="),
                row("trim(8,5)", ten, W, "[10, 8, 5]", 0, "8", "[8, 9]"),
                row("trim(12,2)", ten, W, "[10, 12, 2]", 0, "10", "[]"),
                row("trim(-3,2)", ten, W, "[10, -3, 2]", 0, "8", "[7, 8]"),
                row("trim(0,0)", ten, W, "[10, 0, 0]", 0, "10", "[]"),
                row("trim on absent bin: no entry", "-", W, "[10, 0, 1]", 0, "-", "-"),
                error("trim needs a count", ten, W, "[10, 1]", 4),
                row("clear", "[1, 2]", W, "[11]", 0, "-", "[]"),
                row("clear keeps the order flag", "[#1| 1]", W, "[11]", 0, "-", "[#1|]"),
                row("clear ignores extra args (C-6.5)", "[1]", W, "[11, 5, 6]", 0, "-", "[]"),
                row("clear on absent bin", "-", W, "[11]", 0, "-", "-")));
    }

    @TestFactory
    Stream<DynamicTest> increment() {
        return CdtCase.tests(List.of(
                row("default delta 1", "[1, 2]", W, "[12, 0]", 0, "2", "[2, 2]"),
                row("an out-of-range double delta adds INT64_MIN (real server)", "[0]", W, "[12, 0, 1e300]", 0,
                        "-9223372036854775808", "[-9223372036854775808]"),
                row("ordered: in front of the first equal element", "[#1| -0.0, 0.5, 1.0]", W, "[12, 2, -1.0]", 0,
                        "0.0", "[#1| 0.0, -0.0, 0.5]"),
                row("ordered ADD_UNIQUE: the first equal element is the one replaced", "[#1| 5, 5]", W,
                        "[12, 0, 0, 0, 1]", 0, "5", "="),
                error("ordered ADD_UNIQUE: an equal element before it", "[#1| 5, 5]", W, "[12, 1, 0, 0, 1]", 24),
                row("int delta", "[1, 2]", W, "[12, 1, 5]", 0, "7", "[1, 7]"),
                row("nil delta is 1", "[1]", W, "[12, 0, nil]", 0, "2", "[2]"),
                row("INT64_MAX + 1 wraps (C9)", "[9223372036854775807]", W, "[12, 0, 1]", 0,
                        "-9223372036854775808", "[-9223372036854775808]"),
                row("INT64_MIN - 1 wraps (C9)", "[0, -9223372036854775808]", W, "[12, 1, -1]", 0,
                        "9223372036854775807", "[0, 9223372036854775807]"),
                row("int + double truncates (C9)", "[5]", W, "[12, 0, 2.7]", 0, "7", "[7]"),
                row("int + negative double truncates (C9)", "[7]", W, "[12, 0, -2.7]", 0, "5", "[5]"),
                row("double + int is double (C9)", "[1.5]", W, "[12, 0, 2]", 0, "3.5", "[3.5]"),
                row("float32 + double", "[1.5f]", W, "[12, 0, 1.0]", 0, "2.5", "[2.5]"),
                row("past the end pads (C7)", "[1, 2, 3]", W, "[12, 5, 4]", 0, "4", "[1, 2, 3, nil, nil, 4]"),
                row("absent bin", "-", W, "[12, 0]", 0, "1", "[1]"),
                row("absent bin with double delta", "-", W, "[12, 0, 1.5]", 0, "1.5", "[1.5]"),
                row("absent bin with ordered attr", "-", W, "[12, 0, 2, 1]", 0, "2", "[#1| 2]"),
                row("ordered list re-sorts", "[#1| 1, 5, 9]", W, "[12, 0, 7]", 0, "8", "[#1| 5, 8, 9]"),
                row("ordered list at size appends", "[#1| 1, 5]", W, "[12, 2, 3]", 0, "3", "[#1| 1, 3, 5]"),
                error("ordered list past the end", "[#1| 1]", W, "[12, 5, 1]", 26),
                error("increment(-10) (C7)", "[1, 2, 3]", W, "[12, -10]", 26),
                error("non-numeric element", "['a']", W, "[12, 0, 1]", 4),
                error("nil element", "[nil]", W, "[12, 0, 1]", 4),
                error("string delta", "[1]", W, "[12, 0, 'x']", 4),
                error("INSERT_BOUNDED past the end", "[1]", W, "[12, 5, 1, 0, 2]", 26),
                error("ADD_UNIQUE result already present", "[1, 2]", W, "[12, 0, 1, 0, 1]", 24),
                row("ADD_UNIQUE|NO_FAIL result already present still answers it", "[1, 2]", W, "[12, 0, 1, 0, 5]",
                        0, "2", "="),
                row("INSERT_BOUNDED|NO_FAIL past the end still answers the value", "[1]", W, "[12, 5, 1, 0, 6]", 0,
                        "1", "=")));
    }

    @TestFactory
    Stream<DynamicTest> sort() {
        String mixed = "[3, 1, 2, 3, 1, 2, 'b', 'a', 'b']";
        String zeros = "[1.0, -0.0, 0.0, 0.5, 0.0, -0.0, -0.0, 0.0, 0.0, -0.0]";
        String floats = "[2.0, 1.0f, 1.0, 1.0f, 1.0, 0.5]";
        return CdtCase.tests(List.of(
                row("ascending (C2)", mixed, W, "[13, 0]", 0, "-", "[1, 1, 2, 2, 3, 3, 'a', 'b', 'b']"),
                row("descending (C2)", mixed, W, "[13, 1]", 0, "-", "['b', 'b', 'a', 3, 3, 2, 2, 1, 1]"),
                row("drop duplicates (C2)", mixed, W, "[13, 2]", 0, "-", "[1, 2, 3, 'a', 'b']"),
                error("descending|drop on distinct values (C2)", mixed, W, "[13, 3]", 4),
                error("descending|drop [2,1]", "[2, 1]", W, "[13, 3]", 4),
                error("descending|drop [1,2]", "[1, 2]", W, "[13, 3]", 4),
                error("descending|drop [2,1,1]", "[2, 1, 1]", W, "[13, 3]", 4),
                row("descending|drop [2,2,2]", "[2, 2, 2]", W, "[13, 3]", 0, "-", "[2]"),
                row("descending|drop [1,1]", "[1, 1]", W, "[13, 3]", 0, "-", "[1]"),
                row("descending|drop [7]", "[7]", W, "[13, 3]", 0, "-", "="),
                row("descending|drop []", "[]", W, "[13, 3]", 0, "-", "="),
                row("ordered list: only drop applies", "[#1| 1, 1, 2, 3, 3]", W, "[13, 3]", 0, "-",
                        "[#1| 1, 2, 3]"),
                row("unknown flag 4 sorts ascending", "[2, 1]", W, "[13, 4]", 0, "-", "[1, 2]"),
                row("unknown flag 8 sorts ascending", "[2, 1]", W, "[13, 8]", 0, "-", "[1, 2]"),
                row("no flags", "[2, 1]", W, "[13]", 0, "-", "[1, 2]"),
                error("absent bin (C2)", "-", W, "[13, 0]", 12),
                row("stable ascending on +-0.0 (C8c)", zeros, W, "[13, 0]", 0, "-",
                        "[-0.0, 0.0, 0.0, -0.0, -0.0, 0.0, 0.0, -0.0, 0.5, 1.0]"),
                row("stable descending on +-0.0 (C8c)", zeros, W, "[13, 1]", 0, "-",
                        "[1.0, 0.5, -0.0, 0.0, 0.0, -0.0, -0.0, 0.0, 0.0, -0.0]"),
                row("drop keeps the first zero (C8c)", zeros, W, "[13, 2]", 0, "-", "[-0.0, 0.5, 1.0]"),
                row("float32 stays float32 (C8c)", floats, W, "[13, 0]", 0, "-",
                        "[0.5, 1.0f, 1.0, 1.0f, 1.0, 2.0]"),
                row("float32 drop (C8c)", floats, W, "[13, 2]", 0, "-", "[0.5, 1.0f, 2.0]"),
                row("cross-type order", "[1.5, 'a', nil, {}, [], true, -1, b'00', false, 3]", W, "[13, 0]", 0,
                        "-", "[nil, false, true, -1, 3, 'a', [], {}, b'00', 1.5]")));
    }
}
