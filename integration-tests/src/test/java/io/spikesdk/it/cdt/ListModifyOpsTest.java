package io.spikesdk.it.cdt;

import io.spikesdk.cdt.ListOrder;
import io.spikesdk.cdt.ListPolicy;
import io.spikesdk.cdt.ListSortFlags;
import io.spikesdk.cdt.ListWriteFlags;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

import static io.spikesdk.api.ResultCode.BIN_TYPE_ERROR;
import static io.spikesdk.api.ResultCode.ELEMENT_EXISTS;
import static io.spikesdk.api.ResultCode.OP_NOT_APPLICABLE;
import static io.spikesdk.api.ResultCode.PARAMETER_ERROR;
import static io.spikesdk.it.cdt.CdtCall.list;
import static io.spikesdk.it.cdt.CdtRow.fails;
import static io.spikesdk.it.cdt.CdtRow.row;
import static io.spikesdk.it.cdt.Notation.v;

/**
 * List operations that add, change or cut elements by position: append, append_items, insert,
 * insert_items, increment, set, pop, pop_range, remove, remove_range, trim, clear, sort, set_order.
 */
class ListModifyOpsTest {
    private static final ListPolicy UNIQUE = policy(ListWriteFlags.ADD_UNIQUE);
    private static final ListPolicy UNIQUE_NO_FAIL = policy(ListWriteFlags.ADD_UNIQUE, ListWriteFlags.NO_FAIL);
    private static final ListPolicy UNIQUE_PARTIAL =
        policy(ListWriteFlags.ADD_UNIQUE, ListWriteFlags.NO_FAIL, ListWriteFlags.PARTIAL);
    private static final ListPolicy UNIQUE_PARTIAL_ONLY = policy(ListWriteFlags.ADD_UNIQUE, ListWriteFlags.PARTIAL);
    private static final ListPolicy BOUNDED = policy(ListWriteFlags.INSERT_BOUNDED);
    private static final ListPolicy BOUNDED_NO_FAIL = policy(ListWriteFlags.INSERT_BOUNDED, ListWriteFlags.NO_FAIL);
    private static final ListPolicy ORDERED = ListPolicy.of(ListOrder.ORDERED, ListWriteFlags.DEFAULT);

    private static ListPolicy policy(ListWriteFlags... flags) {
        return ListPolicy.of(ListOrder.UNORDERED, ListWriteFlags.of(flags));
    }

    @TestFactory
    Stream<DynamicNode> append() {
        return CdtTables.run("append", List.of(
            row("[1,2]", list("append", 3), "3").after("[1,2,3]"),
            row("-", list("append", "a"), "1").after("[a]"),
            row("o[1,3]", list("append", 2), "3").after("[1,2,3]"),
            row("o[1,3]", list("append", "a"), "3").after("[1,3,a]"),
            row("-", list("append", ORDERED, 5), "1").after("[5]"),
            row("[1,[2]]", list("append", v("[3,{a:1}]")), "3").after("[1,[2],[3,{a:1}]]"),
            row("[1,2]", list("append", UNIQUE, 3), "3").after("[1,2,3]"),
            fails("[1,2]", list("append", UNIQUE, 2), ELEMENT_EXISTS),
            row("[1,2]", list("append", UNIQUE_NO_FAIL, 2), "2"),
            // the server's binary search stops at the first equal element it probes: index 3 here
            row("o[-2.0,-1.0,-0.5,0.0,-0.0]", list("append", -0.0), "6").after("[-2.0,-1.0,-0.5,-0.0,0.0,-0.0]"),
            fails("o[1,2]", list("append", UNIQUE_PARTIAL_ONLY, 2), ELEMENT_EXISTS),
            fails("[1,2]", list("append", v("WILD")), PARAMETER_ERROR),
            fails("[1,2]", list("append", v("[1,INF]")), PARAMETER_ERROR),
            fails("{a:1}", list("append", 1), BIN_TYPE_ERROR),
            fails("5", list("append", 1), BIN_TYPE_ERROR)));
    }

    @TestFactory
    Stream<DynamicNode> appendItems() {
        return CdtTables.run("appendItems", List.of(
            row("[1]", list("appendItems", v("[2,3]")), "3").after("[1,2,3]"),
            row("-", list("appendItems", v("[2,1]")), "2").after("[2,1]"),
            row("o[1,5]", list("appendItems", v("[4,2]")), "4").after("[1,2,4,5]"),
            row("[1,2]", list("appendItems", UNIQUE, v("[3,4]")), "4").after("[1,2,3,4]"),
            fails("[1,2]", list("appendItems", UNIQUE, v("[3,1]")), ELEMENT_EXISTS),
            fails("[1]", list("appendItems", UNIQUE, v("[3,3]")), OP_NOT_APPLICABLE),
            row("[1,2]", list("appendItems", UNIQUE_NO_FAIL, v("[3,1]")), "2"),
            row("[1,2]", list("appendItems", UNIQUE_PARTIAL, v("[3,1]")), "3").after("[1,2,3]"),
            // ordered lists: items stably sorted, then each goes in front of the equal element its search probes
            row("-", list("appendItems", ORDERED, v("[0.0,-0.0]")), "2").after("[0.0,-0.0]"),
            row("o[-0.0]", list("appendItems", v("[0.0,0.0]")), "3").after("[0.0,0.0,-0.0]"),
            row("o[1.0,-0.0]", list("appendItems", v("[2.0,0.0,-1.0]")), "5").after("[-1.0,0.0,-0.0,1.0,2.0]"),
            // ADD_UNIQUE: an ordered list rejects repeats inside the request first, an unordered one goes item by item
            fails("o[b]", list("appendItems", UNIQUE, v("[b,b]")), OP_NOT_APPLICABLE),
            fails("[b]", list("appendItems", UNIQUE, v("[b,b]")), ELEMENT_EXISTS),
            fails("[b]", list("appendItems", UNIQUE, v("[c,c,b]")), OP_NOT_APPLICABLE),
            row("o[b]", list("appendItems", UNIQUE_NO_FAIL, v("[b,b]")), "1"),
            row("o[b]", list("appendItems", UNIQUE_PARTIAL, v("[c,b,c]")), "2").after("[b,c]"),
            row("[b]", list("appendItems", UNIQUE_PARTIAL, v("[c,b,c]")), "2").after("[b,c]"),
            row("[b]", list("appendItems", UNIQUE_PARTIAL, v("[b,b]")), "1"),
            // PARTIAL counts only together with NO_FAIL
            fails("[1,2]", list("appendItems", UNIQUE_PARTIAL_ONLY, v("[3,2]")), ELEMENT_EXISTS),
            fails("o[1,2]", list("appendItems", UNIQUE_PARTIAL_ONLY, v("[3,2]")), ELEMENT_EXISTS),
            fails("o[1,2]", list("appendItems", UNIQUE_PARTIAL_ONLY, v("[3,3]")), OP_NOT_APPLICABLE),
            fails("{a:1}", list("appendItems", v("[1]")), BIN_TYPE_ERROR)));
    }

    @TestFactory
    Stream<DynamicNode> insert() {
        return CdtTables.run("insert", List.of(
            row("[1,2,3]", list("insert", 1, 9), "4").after("[1,9,2,3]"),
            row("[1,2,3]", list("insert", -1, 9), "4").after("[1,2,9,3]"),
            row("[1,2,3]", list("insert", -3, 9), "4").after("[9,1,2,3]"),
            row("[1,2,3]", list("insert", 3, 9), "4").after("[1,2,3,9]"),
            row("[1,2,3]", list("insert", 5, 9), "6").after("[1,2,3,nil,nil,9]"),
            row("-", list("insert", 2, 7), "3").after("[nil,nil,7]"),
            fails("[1,2,3]", list("insert", -4, 9), OP_NOT_APPLICABLE),
            fails("[1,2,3]", list("insert", -10, 9), OP_NOT_APPLICABLE),
            row("[1,2,3]", list("insert", BOUNDED, 3, 9), "4").after("[1,2,3,9]"),
            fails("[1,2,3]", list("insert", BOUNDED, 4, 9), OP_NOT_APPLICABLE),
            row("[1,2,3]", list("insert", BOUNDED_NO_FAIL, 4, 9), "3"),
            fails("[1,2,3]", list("insert", UNIQUE, 0, 2), ELEMENT_EXISTS),
            row("[1,2,3]", list("insert", UNIQUE_NO_FAIL, 0, 2), "3"),
            row("[100.0]", list("insert", UNIQUE_PARTIAL, 2, 100.0), "1"),
            fails("[100.0]", list("insert", UNIQUE_PARTIAL_ONLY, 2, 100.0), ELEMENT_EXISTS),
            fails("o[1,2]", list("insert", 0, 0), OP_NOT_APPLICABLE)));
    }

    @TestFactory
    Stream<DynamicNode> insertItems() {
        return CdtTables.run("insertItems", List.of(
            row("[1,2]", list("insertItems", 1, v("[8,9]")), "4").after("[1,8,9,2]"),
            row("[1,2]", list("insertItems", -2, v("[8]")), "3").after("[8,1,2]"),
            row("[1,2]", list("insertItems", 4, v("[9]")), "5").after("[1,2,nil,nil,9]"),
            row("[1,2]", list("insertItems", 0, v("[]")), "2"),
            fails("[1,2]", list("insertItems", BOUNDED, 3, v("[9]")), OP_NOT_APPLICABLE),
            fails("[1,2]", list("insertItems", UNIQUE, 0, v("[2,5]")), ELEMENT_EXISTS),
            row("[1,2]", list("insertItems", UNIQUE_PARTIAL, 4, v("[2,1,2]")), "2"),
            row("[1,2]", list("insertItems", UNIQUE_PARTIAL, 4, v("[2,5,5]")), "5").after("[1,2,nil,nil,5]"),
            fails("o[1,2]", list("insertItems", 0, v("[0]")), OP_NOT_APPLICABLE)));
    }

    @TestFactory
    Stream<DynamicNode> increment() {
        return CdtTables.run("increment", List.of(
            row("[1,2,3]", list("increment", 1), "3").after("[1,3,3]"),
            row("[1,2,3]", list("increment", 1, 5), "7").after("[1,7,3]"),
            row("[1,2,3]", list("increment", -1, -4), "-1").after("[1,2,-1]"),
            row("[1,2,3]", list("increment", 5, 4), "4").after("[1,2,3,nil,nil,4]"),
            row("-", list("increment", 0), "1").after("[1]"),
            row("[1.5]", list("increment", 0, 2), "3.5").after("[3.5]"),
            row("[5]", list("increment", 0, 2.7), "7").after("[7]"),
            row("[9223372036854775807]", list("increment", 0, 1), "-9223372036854775808").after("[-9223372036854775808]"),
            row("o[1,5,9]", list("increment", 0, 7), "8").after("[5,8,9]"),
            // ordered: the new value goes in front of the first equal element; ADD_UNIQUE lets it replace itself
            row("o[-0.0,0.5,1.0]", list("increment", 2, -1.0), "0.0").after("[0.0,-0.0,0.5]"),
            row("o[5,5]", list("increment", UNIQUE, 0, 0), "5"),
            fails("o[5,5]", list("increment", UNIQUE, 1, 0), ELEMENT_EXISTS),
            fails("[1,2,3]", list("increment", -10, 1), OP_NOT_APPLICABLE),
            fails("[1,2,3]", list("increment", BOUNDED, 5, 1), OP_NOT_APPLICABLE),
            fails("[a]", list("increment", 0, 1), PARAMETER_ERROR)));
    }

    @TestFactory
    Stream<DynamicNode> set() {
        return CdtTables.run("set", List.of(
            row("[1,2,3]", list("set", 0, 9), "-").after("[9,2,3]"),
            row("[1,2,3]", list("set", -1, "x"), "-").after("[1,2,x]"),
            row("[1,2,3]", list("set", 5, 9), "-").after("[1,2,3,nil,nil,9]"),
            row("[1,2,3]", list("set", BOUNDED, 3, 9), "-").after("[1,2,3,9]"),
            fails("[1,2,3]", list("set", BOUNDED, 5, 9), OP_NOT_APPLICABLE),
            fails("[1,2,3]", list("set", -4, 9), OP_NOT_APPLICABLE),
            fails("[1,2,3]", list("set", UNIQUE, 0, 2), ELEMENT_EXISTS),
            row("[1,2,3]", list("set", UNIQUE_NO_FAIL, 0, 2), "-"),
            fails("o[1,2]", list("set", 0, 5), OP_NOT_APPLICABLE)));
    }

    @TestFactory
    Stream<DynamicNode> popAndRemove() {
        return CdtTables.run("popRemove", List.of(
            row("[1,2,3]", list("pop", 0), "1").after("[2,3]"),
            row("[1,2,3]", list("pop", -1), "3").after("[1,2]"),
            fails("[1,2,3]", list("pop", 3), OP_NOT_APPLICABLE),
            fails("[1,2,3]", list("pop", -4), OP_NOT_APPLICABLE),
            row("-", list("pop", 0), "-"),
            row("[1,2,3,4]", list("popRange", 1, 2), "[2,3]").after("[1,4]"),
            row("[1,2,3,4]", list("popRange", -2), "[3,4]").after("[1,2]"),
            row("[1,2,3,4]", list("popRange", 5, 2), "[]"),
            row("[1,2,3,4]", list("popRange", -6, 3), "[1]").after("[2,3,4]"),
            row("[1,2,3]", list("remove", 1), "1").after("[1,3]"),
            fails("[1,2,3]", list("remove", 3), OP_NOT_APPLICABLE),
            row("-", list("remove", 0), "-"),
            row("[1,2,3,4]", list("removeRange", 1, 2), "2").after("[1,4]"),
            row("[1,2,3,4]", list("removeRange", 2), "2").after("[1,2]"),
            row("[1,2,3,4]", list("removeRange", 7, 1), "0"),
            row("-", list("removeRange", 0, 1), "-"),
            fails("{a:1}", list("pop", 0), BIN_TYPE_ERROR)));
    }

    @TestFactory
    Stream<DynamicNode> trimAndClear() {
        String ten = "[0,1,2,3,4,5,6,7,8,9]";
        return CdtTables.run("trimClear", List.of(
            row(ten, list("trim", 2, 3), "7").after("[2,3,4]"),
            row(ten, list("trim", 0, 10), "0"),
            row(ten, list("trim", 8, 5), "8").after("[8,9]"),
            row(ten, list("trim", 12, 2), "10").after("[]"),
            row(ten, list("trim", -3, 2), "8").after("[7,8]"),
            row(ten, list("trim", 0, 0), "10").after("[]"),
            row("-", list("trim", 0, 1), "-"),
            row("[1,2]", list("clear"), "-").after("[]"),
            row("o[1,2]", list("clear"), "-").after("[]"),
            row("-", list("clear"), "-")));
    }

    @TestFactory
    Stream<DynamicNode> sortAndOrder() {
        String mixed = "[3,1,2,3,1,2,b,a,b]";
        return CdtTables.run("sortOrder", List.of(
            row(mixed, list("sort", ListSortFlags.DEFAULT), "-").after("[1,1,2,2,3,3,a,b,b]"),
            row(mixed, list("sort", ListSortFlags.DESCENDING), "-").after("[b,b,a,3,3,2,2,1,1]"),
            row(mixed, list("sort", ListSortFlags.DROP_DUPLICATES), "-").after("[1,2,3,a,b]"),
            fails(mixed, list("sort", ListSortFlags.of(ListSortFlags.DESCENDING, ListSortFlags.DROP_DUPLICATES)),
                PARAMETER_ERROR),
            row("[2,2,2]", list("sort", ListSortFlags.of(ListSortFlags.DESCENDING, ListSortFlags.DROP_DUPLICATES)), "-")
                .after("[2]"),
            row("[1.5,a,2,nil,true,[1],-1,false,{k:1},0x0102]", list("sort", ListSortFlags.DEFAULT), "-")
                .after("[nil,false,true,-1,2,a,[1],{k:1},0x0102,1.5]"),
            row("o[1,1,2,3,3]", list("sort", ListSortFlags.of(ListSortFlags.DESCENDING, ListSortFlags.DROP_DUPLICATES)), "-")
                .after("[1,2,3]"),
            fails("-", list("sort", ListSortFlags.DEFAULT), BIN_TYPE_ERROR),
            row("[3,1,2]", list("setOrder", ListOrder.ORDERED), "-").after("[1,2,3]"),
            row("o[1,2,3]", list("setOrder", ListOrder.UNORDERED), "-"),
            row("-", list("setOrder", ListOrder.ORDERED), "-").after("[]"),
            row("-", list("create", ListOrder.ORDERED, false), "-").after("[]"),
            row("[2,1]", list("create", ListOrder.ORDERED, false), "-").after("[1,2]")));
    }
}
