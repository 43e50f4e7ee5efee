package io.spikesdk.it.cdt;

import io.spikesdk.cdt.MapOrder;
import io.spikesdk.cdt.MapPolicy;
import io.spikesdk.cdt.MapWriteFlags;
import io.spikesdk.cdt.MapWriteMode;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

import static io.spikesdk.api.ResultCode.BIN_TYPE_ERROR;
import static io.spikesdk.api.ResultCode.ELEMENT_EXISTS;
import static io.spikesdk.api.ResultCode.ELEMENT_NOT_FOUND;
import static io.spikesdk.api.ResultCode.PARAMETER_ERROR;
import static io.spikesdk.it.cdt.CdtCall.map;
import static io.spikesdk.it.cdt.CdtRow.fails;
import static io.spikesdk.it.cdt.CdtRow.row;
import static io.spikesdk.it.cdt.Notation.v;

/**
 * Map writes: put and put_items under every write flag and legacy write mode, increment, decrement,
 * clear, size, set_policy / create. Map ops make both clients ask for RESPOND_ALL_OPS, so an op
 * without a result answers {@code nil}. Unordered maps are stored in key order (observation C13).
 */
class MapModifyOpsTest {
    private static final MapPolicy DEFAULT = MapPolicy.DEFAULT;
    private static final MapPolicy CREATE_ONLY = flags(MapWriteFlags.CREATE_ONLY);
    private static final MapPolicy CREATE_NO_FAIL = flags(MapWriteFlags.CREATE_ONLY, MapWriteFlags.NO_FAIL);
    private static final MapPolicy CREATE_PARTIAL =
        flags(MapWriteFlags.CREATE_ONLY, MapWriteFlags.NO_FAIL, MapWriteFlags.PARTIAL);
    private static final MapPolicy UPDATE_ONLY = flags(MapWriteFlags.UPDATE_ONLY);
    private static final MapPolicy UPDATE_NO_FAIL = flags(MapWriteFlags.UPDATE_ONLY, MapWriteFlags.NO_FAIL);
    private static final MapPolicy UPDATE_PARTIAL_ONLY = flags(MapWriteFlags.UPDATE_ONLY, MapWriteFlags.PARTIAL);
    private static final MapPolicy UPDATE_PARTIAL =
        flags(MapWriteFlags.UPDATE_ONLY, MapWriteFlags.NO_FAIL, MapWriteFlags.PARTIAL);
    private static final MapPolicy MODE_REPLACE = MapPolicy.of(MapOrder.UNORDERED, MapWriteMode.UPDATE_ONLY);
    private static final MapPolicy MODE_ADD = MapPolicy.of(MapOrder.UNORDERED, MapWriteMode.CREATE_ONLY);
    private static final MapPolicy KEY_ORDERED = MapPolicy.of(MapOrder.KEY_ORDERED, MapWriteFlags.DEFAULT);

    private static MapPolicy flags(MapWriteFlags... flags) {
        return MapPolicy.of(MapOrder.UNORDERED, MapWriteFlags.of(flags));
    }

    @TestFactory
    Stream<DynamicNode> put() {
        return CdtTables.run("mapPut", List.of(
            row("{a:1}", map("put", DEFAULT, "b", 2), "2").after("{a:1,b:2}"),
            row("{b:1}", map("put", DEFAULT, "a", 2), "2").after("{a:2,b:1}"),
            row("{a:1}", map("put", DEFAULT, "a", 9), "1").after("{a:9}"),
            row("-", map("put", DEFAULT, "a", v("[1,{x:2}]")), "1").after("{a:[1,{x:2}]}"),
            row("-", map("put", KEY_ORDERED, 2, "two"), "1").after("{2:two}"),
            row("{a:1}", map("put", DEFAULT, 7, 0x01), "2").after("{7:1,a:1}"),
            fails("{a:1}", map("put", CREATE_ONLY, "a", 9), ELEMENT_EXISTS),
            row("{a:1}", map("put", CREATE_NO_FAIL, "a", 9), "1"),
            row("{a:1}", map("put", CREATE_ONLY, "b", 2), "2").after("{a:1,b:2}"),
            fails("{a:1}", map("put", UPDATE_ONLY, "b", 2), ELEMENT_NOT_FOUND),
            row("{a:1}", map("put", UPDATE_NO_FAIL, "b", 2), "1"),
            row("{a:1}", map("put", UPDATE_ONLY, "a", 2), "1").after("{a:2}"),
            row("{}", map("put", UPDATE_PARTIAL, "x", 1), "0"),
            fails("{a:1}", map("put", MODE_REPLACE, "b", 2), ELEMENT_NOT_FOUND),
            fails("-", map("put", MODE_REPLACE, "b", 2), ELEMENT_NOT_FOUND),
            row("{a:1}", map("put", MODE_REPLACE, "a", 3), "1").after("{a:3}"),
            fails("{a:1}", map("put", MODE_ADD, "a", 2), ELEMENT_EXISTS),
            fails("{a:1}", map("put", DEFAULT, 1.5, 1), PARAMETER_ERROR),
            fails("{a:1}", map("put", DEFAULT, true, 1), PARAMETER_ERROR),
            fails("{a:1}", map("put", DEFAULT, v("[1]"), 1), PARAMETER_ERROR),
            fails("{a:1}", map("put", DEFAULT, "b", v("INF")), PARAMETER_ERROR),
            fails("{a:1}", map("putItems", DEFAULT, v("{b:1,1.5:2}")), PARAMETER_ERROR),
            fails("[1]", map("put", DEFAULT, "a", 1), BIN_TYPE_ERROR)));
    }

    @TestFactory
    Stream<DynamicNode> putItems() {
        return CdtTables.run("mapPutItems", List.of(
            row("{a:1}", map("putItems", DEFAULT, v("{c:3,b:2}")), "3").after("{a:1,b:2,c:3}"),
            row("-", map("putItems", DEFAULT, v("{b:2,a:1}")), "2").after("{a:1,b:2}"),
            row("{a:1}", map("putItems", DEFAULT, v("{a:5}")), "1").after("{a:5}"),
            fails("{a:1}", map("putItems", CREATE_ONLY, v("{a:5,b:2}")), ELEMENT_EXISTS),
            row("{a:1}", map("putItems", CREATE_NO_FAIL, v("{a:5,b:2}")), "1"),
            row("{a:1}", map("putItems", CREATE_PARTIAL, v("{a:5,b:2}")), "2").after("{a:1,b:2}"),
            fails("{x:9}", map("putItems", UPDATE_ONLY, v("{x:1,y:2}")), ELEMENT_NOT_FOUND),
            row("{x:9}", map("putItems", UPDATE_NO_FAIL, v("{x:1,y:2}")), "1"),
            row("{x:9}", map("putItems", UPDATE_PARTIAL, v("{x:1,y:2}")), "1").after("{x:1}"),
            row("-", map("putItems", UPDATE_PARTIAL, v("{x:1,y:2}")), "2").after("{x:1,y:2}"),
            row("{}", map("putItems", UPDATE_PARTIAL, v("{x:1,y:2}")), "2").after("{x:1,y:2}"),
            row("-", map("putItems", UPDATE_NO_FAIL, v("{x:1,y:2}")), "0").after("{}"),
            fails("{x:9}", map("putItems", UPDATE_PARTIAL_ONLY, v("{x:1,y:2}")), ELEMENT_NOT_FOUND),
            fails("{}", map("putItems", MODE_REPLACE, v("{x:1}")), ELEMENT_NOT_FOUND),
            fails("-", map("putItems", MODE_REPLACE, v("{x:1}")), ELEMENT_NOT_FOUND),
            fails("{x:9}", map("putItems", MODE_ADD, v("{x:1}")), ELEMENT_EXISTS),
            row("{x:9}", map("putItems", MODE_ADD, v("{y:1}")), "2").after("{x:9,y:1}")));
    }

    @TestFactory
    Stream<DynamicNode> incrementAndDecrement() {
        return CdtTables.run("mapIncrement", List.of(
            row("{a:1}", map("increment", DEFAULT, "a", 5), "6").after("{a:6}"),
            row("{a:1}", map("increment", DEFAULT, "b", 2), "2").after("{a:1,b:2}"),
            row("-", map("increment", DEFAULT, "a", 3), "3").after("{a:3}"),
            row("{a:1.5}", map("increment", DEFAULT, "a", 2), "3.5").after("{a:3.5}"),
            row("{a:5}", map("increment", DEFAULT, "a", 2.7), "7").after("{a:7}"),
            row("{a:9223372036854775807}", map("increment", DEFAULT, "a", 1), "-9223372036854775808")
                .after("{a:-9223372036854775808}"),
            row("{a:1}", map("increment", CREATE_ONLY, "a", 1), "2").after("{a:2}"),
            fails("{a:x}", map("increment", DEFAULT, "a", 1), PARAMETER_ERROR),
            row("{a:5}", map("decrement", DEFAULT, "a", 1), "4").after("{a:4}"),
            row("{b:-9223372036854775808}", map("decrement", DEFAULT, "b", 1), "9223372036854775807")
                .after("{b:9223372036854775807}")));
    }

    @TestFactory
    Stream<DynamicNode> clearSizeAndPolicy() {
        return CdtTables.run("mapClear", List.of(
            row("{a:1,b:2}", map("size"), "2"),
            row("{}", map("size"), "0"),
            row("-", map("size"), "nil"),
            fails("[1]", map("size"), BIN_TYPE_ERROR),
            row("{a:1}", map("clear"), "nil").after("{}"),
            row("k{a:1}", map("clear"), "nil").after("{}"),
            row("-", map("clear"), "nil"),
            row("{b:1,a:2}", map("create", MapOrder.KEY_ORDERED), "nil").after("{a:2,b:1}"),
            row("-", map("create", MapOrder.KEY_VALUE_ORDERED), "nil").after("{}"),
            row("k{b:1,a:2}", map("setMapPolicy", MapPolicy.of(MapOrder.UNORDERED, MapWriteFlags.DEFAULT)), "nil")
                .after("{a:2,b:1}")));
    }
}
