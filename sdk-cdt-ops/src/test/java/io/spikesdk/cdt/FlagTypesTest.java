package io.spikesdk.cdt;

import io.spikesdk.cdt.internal.msgpack.MsgPackWriter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Wire values of the small value types equal the official client's constants. */
class FlagTypesTest {

    @Test
    void listReturnTypesMatchTheOfficialConstants() {
        assertEquals(com.aerospike.client.cdt.ListReturnType.NONE, ListReturnType.NONE.code());
        assertEquals(com.aerospike.client.cdt.ListReturnType.INDEX, ListReturnType.INDEX.code());
        assertEquals(com.aerospike.client.cdt.ListReturnType.REVERSE_INDEX, ListReturnType.REVERSE_INDEX.code());
        assertEquals(com.aerospike.client.cdt.ListReturnType.RANK, ListReturnType.RANK.code());
        assertEquals(com.aerospike.client.cdt.ListReturnType.REVERSE_RANK, ListReturnType.REVERSE_RANK.code());
        assertEquals(com.aerospike.client.cdt.ListReturnType.COUNT, ListReturnType.COUNT.code());
        assertEquals(com.aerospike.client.cdt.ListReturnType.VALUE, ListReturnType.VALUE.code());
        assertEquals(com.aerospike.client.cdt.ListReturnType.EXISTS, ListReturnType.EXISTS.code());
        assertEquals(com.aerospike.client.cdt.ListReturnType.INVERTED, ListReturnType.INVERTED_FLAG);
    }

    @Test
    void mapReturnTypesMatchTheOfficialConstants() {
        assertEquals(com.aerospike.client.cdt.MapReturnType.NONE, MapReturnType.NONE.code());
        assertEquals(com.aerospike.client.cdt.MapReturnType.INDEX, MapReturnType.INDEX.code());
        assertEquals(com.aerospike.client.cdt.MapReturnType.REVERSE_INDEX, MapReturnType.REVERSE_INDEX.code());
        assertEquals(com.aerospike.client.cdt.MapReturnType.RANK, MapReturnType.RANK.code());
        assertEquals(com.aerospike.client.cdt.MapReturnType.REVERSE_RANK, MapReturnType.REVERSE_RANK.code());
        assertEquals(com.aerospike.client.cdt.MapReturnType.COUNT, MapReturnType.COUNT.code());
        assertEquals(com.aerospike.client.cdt.MapReturnType.KEY, MapReturnType.KEY.code());
        assertEquals(com.aerospike.client.cdt.MapReturnType.VALUE, MapReturnType.VALUE.code());
        assertEquals(com.aerospike.client.cdt.MapReturnType.KEY_VALUE, MapReturnType.KEY_VALUE.code());
        assertEquals(com.aerospike.client.cdt.MapReturnType.EXISTS, MapReturnType.EXISTS.code());
        assertEquals(com.aerospike.client.cdt.MapReturnType.UNORDERED_MAP, MapReturnType.UNORDERED_MAP.code());
        assertEquals(com.aerospike.client.cdt.MapReturnType.ORDERED_MAP, MapReturnType.ORDERED_MAP.code());
        assertEquals(com.aerospike.client.cdt.MapReturnType.INVERTED, MapReturnType.INVERTED_FLAG);
    }

    @Test
    void writeAndSortFlagsMatchTheOfficialConstants() {
        assertEquals(com.aerospike.client.cdt.ListWriteFlags.DEFAULT, ListWriteFlags.DEFAULT.code());
        assertEquals(com.aerospike.client.cdt.ListWriteFlags.ADD_UNIQUE, ListWriteFlags.ADD_UNIQUE.code());
        assertEquals(com.aerospike.client.cdt.ListWriteFlags.INSERT_BOUNDED, ListWriteFlags.INSERT_BOUNDED.code());
        assertEquals(com.aerospike.client.cdt.ListWriteFlags.NO_FAIL, ListWriteFlags.NO_FAIL.code());
        assertEquals(com.aerospike.client.cdt.ListWriteFlags.PARTIAL, ListWriteFlags.PARTIAL.code());
        assertEquals(com.aerospike.client.cdt.MapWriteFlags.DEFAULT, MapWriteFlags.DEFAULT.code());
        assertEquals(com.aerospike.client.cdt.MapWriteFlags.CREATE_ONLY, MapWriteFlags.CREATE_ONLY.code());
        assertEquals(com.aerospike.client.cdt.MapWriteFlags.UPDATE_ONLY, MapWriteFlags.UPDATE_ONLY.code());
        assertEquals(com.aerospike.client.cdt.MapWriteFlags.NO_FAIL, MapWriteFlags.NO_FAIL.code());
        assertEquals(com.aerospike.client.cdt.MapWriteFlags.PARTIAL, MapWriteFlags.PARTIAL.code());
        assertEquals(com.aerospike.client.cdt.ListSortFlags.DEFAULT, ListSortFlags.DEFAULT.code());
        assertEquals(1, ListSortFlags.DESCENDING.code());
        assertEquals(com.aerospike.client.cdt.ListSortFlags.DROP_DUPLICATES, ListSortFlags.DROP_DUPLICATES.code());
        assertSame(ListSortFlags.DEFAULT, ListSortFlags.ASCENDING);
    }

    @Test
    void ordersMatchTheOfficialAttributes() {
        assertEquals(com.aerospike.client.cdt.ListOrder.UNORDERED.attributes, ListOrder.UNORDERED.attributes());
        assertEquals(com.aerospike.client.cdt.ListOrder.ORDERED.attributes, ListOrder.ORDERED.attributes());
        for (MapOrder order : MapOrder.values()) {
            assertEquals(Official.order(order).attributes, order.attributes());
            assertEquals(Official.order(order).flag, order.createFlag());
        }
        assertEquals(1 | 0x10, MapPolicy.of(MapOrder.KEY_ORDERED, MapWriteFlags.DEFAULT, true).attributes());
        assertEquals(3, MapPolicy.of(MapOrder.KEY_VALUE_ORDERED, MapWriteMode.CREATE_ONLY).attributes());
    }

    @Test
    void invertedIsAnImmutableVariant() {
        ListReturnType inverted = ListReturnType.VALUE.inverted();
        assertEquals(7 | 0x10000, inverted.code());
        assertEquals(7, ListReturnType.VALUE.code());
        assertTrue(inverted.isInverted());
        assertFalse(inverted.inverted(false).isInverted());
        assertEquals(ListReturnType.VALUE, inverted.inverted(false));
        assertEquals(ListReturnType.fromCode(0x10007), inverted);
        assertEquals("VALUE|INVERTED", inverted.toString());
        assertEquals("KEY_VALUE|INVERTED", MapReturnType.KEY_VALUE.inverted().toString());
        assertEquals(MapReturnType.COUNT.inverted().hashCode(), MapReturnType.fromCode(0x10005).hashCode());
    }

    @Test
    void flagsCombine() {
        ListWriteFlags flags = ListWriteFlags.ADD_UNIQUE.with(ListWriteFlags.NO_FAIL).with(ListWriteFlags.PARTIAL);
        assertEquals(13, flags.code());
        assertEquals(flags, ListWriteFlags.of(ListWriteFlags.PARTIAL, ListWriteFlags.NO_FAIL, ListWriteFlags.ADD_UNIQUE));
        assertTrue(flags.contains(ListWriteFlags.NO_FAIL));
        assertFalse(flags.contains(ListWriteFlags.INSERT_BOUNDED));
        assertEquals("ADD_UNIQUE|NO_FAIL|PARTIAL", flags.toString());
        assertSame(ListWriteFlags.DEFAULT, ListWriteFlags.of());
        assertEquals("UPDATE_ONLY|NO_FAIL", MapWriteFlags.of(MapWriteFlags.UPDATE_ONLY, MapWriteFlags.NO_FAIL).toString());
        assertEquals("DESCENDING|DROP_DUPLICATES|0x4",
            ListSortFlags.DESCENDING.with(ListSortFlags.DROP_DUPLICATES).with(ListSortFlags.fromCode(4)).toString());
        assertEquals("DEFAULT", MapWriteFlags.DEFAULT.toString());
    }

    @Test
    void policiesAreValues() {
        assertEquals(ListPolicy.DEFAULT, ListPolicy.of(ListOrder.UNORDERED, ListWriteFlags.DEFAULT));
        assertEquals(ListPolicy.of(ListOrder.ORDERED, ListWriteFlags.NO_FAIL),
            ListPolicy.DEFAULT.withOrder(ListOrder.ORDERED).withWriteFlags(ListWriteFlags.NO_FAIL));
        assertEquals(MapPolicy.DEFAULT, MapPolicy.of(MapOrder.UNORDERED, MapWriteFlags.DEFAULT));
        assertEquals(MapPolicy.DEFAULT, MapPolicy.of(MapOrder.UNORDERED, MapWriteMode.UPDATE));
        assertEquals("MapPolicy{KEY_ORDERED, CREATE_ONLY, persistIndex}",
            MapPolicy.of(MapOrder.KEY_ORDERED, MapWriteFlags.CREATE_ONLY, true).toString());
    }

    @Test
    void wildcardAndInfinityPackAsTheServerMarkers() {
        assertEquals("92d4ff00d4ff01", Official.HEX.formatHex(MsgPackWriter.pack(List.of(CdtValue.WILDCARD, CdtValue.INFINITY))));
        assertEquals(Official.HEX.formatHex(com.aerospike.client.util.Packer.pack(
                List.of(com.aerospike.client.Value.WILDCARD, com.aerospike.client.Value.INFINITY))),
            Official.HEX.formatHex(MsgPackWriter.pack(List.of(CdtValue.WILDCARD, CdtValue.INFINITY))));
    }
}
