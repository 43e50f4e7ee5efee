package io.spikesdk.it.cdt;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.Key;
import io.spikesdk.api.Operations;
import io.spikesdk.api.Record;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.cdt.ListOperations;
import io.spikesdk.cdt.ListReturnType;
import io.spikesdk.cdt.MapOperations;
import io.spikesdk.cdt.MapOrder;
import io.spikesdk.cdt.MapPolicy;
import io.spikesdk.cdt.MapReturnType;
import io.spikesdk.cdt.MapWriteFlags;
import io.spikesdk.it.TestTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * How our client hands CDT results to the caller: several results for one bin as a list in op order,
 * NULL entries of RESPOND_ALL_OPS kept in place, KEY_VALUE and UNORDERED_MAP results as maps in the
 * server's order, ORDERED_MAP results and key-ordered bins as sorted maps, empty map results as
 * empty maps.
 */
class CdtResultShapeTest {
    private final AerospikeClient client = CdtTables.ours();

    private Key key(TestInfo info) {
        Key key = Key.of(TestTarget.NAMESPACE, CdtTables.SET, "shape-" + info.getDisplayName());
        client.delete(key);
        return key;
    }

    @Test
    void severalResultsForOneBinComeBackInOpOrder(TestInfo info) {
        Key key = key(info);
        client.put(key, Bin.of("l", List.of(1, 2)));
        Record r = client.operate(key, ListOperations.append("l", 3), ListOperations.size("l"),
            ListOperations.getRange("l", 0));
        assertEquals(List.of(3L, 3L, List.of(1L, 2L, 3L)), r.getValue("l"));
    }

    @Test
    void mapOpsKeepNullEntriesInPlace(TestInfo info) {
        Key key = key(info);
        client.put(key, Bin.of("m", Map.of("a", 1, "b", 2)));
        Record r = client.operate(key, MapOperations.getByKey("m", "zz", MapReturnType.VALUE),
            MapOperations.size("m"), MapOperations.clear("m"), MapOperations.size("m"));
        assertEquals(Arrays.asList(null, 2L, null, 0L), r.getValue("m"));
    }

    @Test
    void listOpsWithoutResultsLeaveNoEntryUnlessRespondAllOps(TestInfo info) {
        Key key = key(info);
        client.put(key, Bin.of("l", List.of(1, 2, 3)));
        Record plain = client.operate(key, ListOperations.set("l", 0, 9), ListOperations.size("l"));
        assertEquals(3L, plain.getValue("l"));
        WritePolicy all = WritePolicy.builder().respondAllOps(true).build();
        Record everyOp = client.operate(all, key, ListOperations.set("l", 0, 8), ListOperations.size("l"));
        assertEquals(Arrays.asList(null, 3L), everyOp.getValue("l"));
    }

    @Test
    void aListReadWithoutResultKeepsItsSlotInAWrite(TestInfo info) {
        Key key = key(info);
        client.put(key, Bin.of("l", List.of(5, 1, 3)));
        Record r = client.operate(key, ListOperations.getByIndex("l", -1, ListReturnType.NONE),
            ListOperations.removeByValue("l", 3, ListReturnType.EXISTS));
        assertEquals(Arrays.asList(null, true), r.getValue("l"));
        Record onlyNil = client.operate(key, ListOperations.getByRankRange("l", 7, ListReturnType.NONE),
            Operations.put("x", 1));
        assertTrue(onlyNil.bins().containsKey("l"));
        assertNull(onlyNil.getValue("l"));
        Record pureRead = client.operate(key, ListOperations.getByIndex("l", 0, ListReturnType.NONE),
            ListOperations.size("l"));
        assertEquals(2L, pureRead.getValue("l"), "a pure read drops the empty result");
    }

    @Test
    void keyValueResultsAreMapsInServerOrder(TestInfo info) {
        Key key = key(info);
        client.put(key, Bin.of("m", Map.of("a", 3, "b", 4, "c", 1, "d", 2, "e", 5)));
        Record r = client.operate(key, MapOperations.getByRankRange("m", 0, 3, MapReturnType.KEY_VALUE));
        Map<?, ?> kv = r.getMap("m");
        assertEquals(List.of("c", "d", "a"), List.copyOf(kv.keySet()));
        assertEquals(List.of(1L, 2L, 3L), List.copyOf(kv.values()));

        Record unordered = client.operate(key, MapOperations.getByRankRange("m", 0, 3, MapReturnType.UNORDERED_MAP));
        assertEquals(List.of("c", "d", "a"), List.copyOf(unordered.getMap("m").keySet()));

        Record ordered = client.operate(key, MapOperations.getByRankRange("m", 0, 3, MapReturnType.ORDERED_MAP));
        assertInstanceOf(SortedMap.class, ordered.getMap("m"));
        assertEquals(List.of("a", "c", "d"), List.copyOf(ordered.getMap("m").keySet()));
    }

    @Test
    void emptyMapResultsAreEmptyMaps(TestInfo info) {
        Key key = key(info);
        client.put(key, Bin.of("m", Map.of("a", 1)));
        for (MapReturnType rt : List.of(MapReturnType.KEY_VALUE, MapReturnType.ORDERED_MAP, MapReturnType.UNORDERED_MAP)) {
            Record r = client.operate(key, MapOperations.getByKey("m", "zz", rt));
            assertEquals(Map.of(), r.getMap("m"), rt.toString());
        }
        Record none = client.operate(key, MapOperations.getByKey("m", "zz", MapReturnType.VALUE));
        assertTrue(none.bins().containsKey("m"));
        assertNull(none.getValue("m"));
    }

    @Test
    void orderedMapWithMixedKeysKeepsServerKeyOrder(TestInfo info) {
        Key key = key(info);
        Map<Object, Object> items = new LinkedHashMap<>();
        items.put("a", 1);
        items.put(2, "x");
        client.operate(key, MapOperations.putItems(MapPolicy.of(MapOrder.KEY_ORDERED, MapWriteFlags.DEFAULT), "m", items));
        Record r = client.operate(key, MapOperations.getByIndexRange("m", 0, MapReturnType.ORDERED_MAP));
        assertEquals(List.of(2L, "a"), List.copyOf(r.getMap("m").keySet()));
        assertEquals(List.of(2L, "a"), List.copyOf(client.get(key).getMap("m").keySet()));
    }

    @Test
    void keyOrderedBinsReadBackSortedAndUnorderedInKeyOrder(TestInfo info) {
        Key key = key(info);
        client.operate(key, MapOperations.putItems(MapPolicy.of(MapOrder.KEY_ORDERED, MapWriteFlags.DEFAULT), "k",
            Map.of("b", 1, "a", 2)));
        Map<Object, Object> unordered = new LinkedHashMap<>();
        unordered.put("z", 1);
        unordered.put("y", 2);
        client.put(key, Bin.of("u", unordered));
        Record r = client.get(key);
        assertInstanceOf(SortedMap.class, r.getMap("k"));
        assertEquals(List.of("y", "z"), List.copyOf(r.getMap("u").keySet()));
    }

    /** These requests crash a real server (docs/embedded-server.md §4.1); the embedded one answers every element. */
    @Test
    void emptyKeyListInvertedSelectsEverything(TestInfo info) {
        assumeFalse(TestTarget.isRealServer(), "crashes Aerospike CE 8.1.2.0");
        Key key = key(info);
        client.put(key, Bin.of("m", Map.of("a", 1, "b", 2, "c", 3)));
        Record r = client.operate(key, MapOperations.getByKeyList("m", List.of(), MapReturnType.VALUE.inverted()),
            MapOperations.getByValueList("m", List.of(), MapReturnType.KEY.inverted()),
            MapOperations.removeByKeyList("m", List.of(), MapReturnType.VALUE.inverted()));
        assertEquals(List.of(List.of(1L, 2L, 3L), List.of("a", "b", "c"), List.of(1L, 2L, 3L)), r.getValue("m"));
        assertEquals(Map.of(), client.get(key).getMap("m"));
    }
}
