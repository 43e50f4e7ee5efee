package io.spikesdk.it.cdt;

import io.spikesdk.cdt.ListOrder;
import io.spikesdk.cdt.MapOrder;
import io.spikesdk.cdt.MapPolicy;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

import static io.spikesdk.api.ResultCode.BIN_TYPE_ERROR;
import static io.spikesdk.api.ResultCode.OP_NOT_APPLICABLE;
import static io.spikesdk.api.ResultCode.PARAMETER_ERROR;
import static io.spikesdk.cdt.CTX.listIndex;
import static io.spikesdk.cdt.CTX.listIndexCreate;
import static io.spikesdk.cdt.CTX.listRank;
import static io.spikesdk.cdt.CTX.listValue;
import static io.spikesdk.cdt.CTX.mapIndex;
import static io.spikesdk.cdt.CTX.mapKey;
import static io.spikesdk.cdt.CTX.mapKeyCreate;
import static io.spikesdk.cdt.CTX.mapRank;
import static io.spikesdk.cdt.CTX.mapValue;
import static io.spikesdk.cdt.MapReturnType.VALUE;
import static io.spikesdk.it.cdt.CdtCall.list;
import static io.spikesdk.it.cdt.CdtCall.map;
import static io.spikesdk.it.cdt.CdtRow.fails;
import static io.spikesdk.it.cdt.CdtRow.row;
import static io.spikesdk.it.cdt.Notation.v;

/**
 * List and map operations on nested elements: every context kind (list index/rank/value, map
 * index/rank/key/value), creating missing levels (list index create with and without padding, map
 * key create, {@code create} with a context), an ordered parent list kept sorted, and the context
 * errors (docs/embedded-server.md C7 and C-6.5).
 */
class CdtContextTest {
    private static final MapPolicy DEFAULT = MapPolicy.DEFAULT;

    @TestFactory
    Stream<DynamicNode> select() {
        return CdtTables.run("ctxSelect", List.of(
            row("[[1,2],[3]]", list("append", 9).ctx(listIndex(0)), "3").after("[[1,2,9],[3]]"),
            row("[[1,2],[3]]", list("append", 9).ctx(listIndex(-1)), "2").after("[[1,2],[3,9]]"),
            row("[[3],[1],[2]]", list("append", 9).ctx(listRank(0)), "2").after("[[3],[1,9],[2]]"),
            row("[[1],[2]]", list("append", 5).ctx(listValue(v("[2]"))), "2").after("[[1],[2,5]]"),
            row("[[1,[2,[3]]]]", list("size").ctx(listIndex(0), listIndex(1), listIndex(1)), "1"),
            row("{a:{x:1},b:[1]}", map("put", DEFAULT, "y", 2).ctx(mapKey("a")), "2").after("{a:{x:1,y:2},b:[1]}"),
            row("{a:{x:1},b:[1]}", list("append", 5).on("m").ctx(mapKey("b")), "2").after("{a:{x:1},b:[1,5]}"),
            row("{a:{x:1}}", map("getByKey", "x", VALUE).ctx(mapKey("a")), "1"),
            row("{a:[1],b:[0]}", list("append", 7).on("m").ctx(mapIndex(1)), "2").after("{a:[1],b:[0,7]}"),
            row("{a:[1],b:[0]}", list("append", 7).on("m").ctx(mapRank(0)), "2").after("{a:[1],b:[0,7]}"),
            row("{a:[1],b:[0]}", list("append", 7).on("m").ctx(mapValue(v("[1]"))), "2").after("{a:[1,7],b:[0]}"),
            row("[{a:1},{b:2}]", map("getByKey", "b", VALUE).on("l").ctx(listIndex(1)), "2"),
            row("o[[1],[5]]", list("set", 0, 9).ctx(listIndex(0)), "-").after("[[5],[9]]"),
            row("-", list("size").ctx(listIndex(0)), "-"),
            fails("[[1]]", list("append", 5).ctx(listIndex(5)), OP_NOT_APPLICABLE),
            fails("[[1]]", list("size").ctx(listIndex(0), listIndex(9)), OP_NOT_APPLICABLE),
            fails("[[1]]", list("size").ctx(listRank(9)), OP_NOT_APPLICABLE),
            fails("[[1]]", list("size").ctx(listValue(v("[7]"))), OP_NOT_APPLICABLE),
            fails("{a:[1]}", map("size").ctx(mapKey("zz")), OP_NOT_APPLICABLE),
            fails("[[1]]", list("size").ctx(mapIndex(0)), OP_NOT_APPLICABLE),
            fails("[{a:1}]", list("append", 5).ctx(listIndex(0)), BIN_TYPE_ERROR),
            fails("5", list("size").ctx(listIndex(0)), PARAMETER_ERROR),
            fails("-", list("append", 5).ctx(listIndex(0)), OP_NOT_APPLICABLE)));
    }

    @TestFactory
    Stream<DynamicNode> create() {
        return CdtTables.run("ctxCreate", List.of(
            row("-", map("put", DEFAULT, "x", 1).ctx(mapKeyCreate("a", MapOrder.KEY_ORDERED)), "1").after("{a:{x:1}}"),
            row("{b:1}", list("append", 1).on("m").ctx(mapKeyCreate("a", MapOrder.UNORDERED)), "1").after("{a:[1],b:1}"),
            row("-", map("put", DEFAULT, "k", 1).ctx(mapKeyCreate("a", MapOrder.KEY_ORDERED),
                mapKeyCreate("b", MapOrder.UNORDERED)), "1").after("{a:{b:{k:1}}}"),
            row("[[1]]", list("append", 5).ctx(listIndexCreate(1, ListOrder.UNORDERED, false)), "1").after("[[1],[5]]"),
            row("[[1]]", list("append", 5).ctx(listIndexCreate(3, ListOrder.UNORDERED, true)), "1")
                .after("[[1],nil,nil,[5]]"),
            fails("[[1]]", list("append", 5).ctx(listIndexCreate(3, ListOrder.UNORDERED, false)), OP_NOT_APPLICABLE),
            row("-", list("append", 5).ctx(listIndexCreate(0, ListOrder.UNORDERED, false)), "1").after("[[5]]"),
            row("[[1]]", list("append", 5).ctx(listIndexCreate(0, ListOrder.UNORDERED, false)), "2").after("[[1,5]]"),
            fails("{}", map("getByKey", "x", VALUE).ctx(mapKeyCreate("a", MapOrder.UNORDERED)), OP_NOT_APPLICABLE),
            row("{}", list("create", ListOrder.ORDERED, false).on("m").ctx(mapKey("a")), "-").after("{a:[]}"),
            row("{a:[3,1]}", list("create", ListOrder.ORDERED, false).on("m").ctx(mapKey("a")), "-").after("{a:[1,3]}"),
            row("[]", map("create", MapOrder.KEY_ORDERED).on("l").ctx(listIndex(0)), "nil").after("[{}]")));
    }
}
