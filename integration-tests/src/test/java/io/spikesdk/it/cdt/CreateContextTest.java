package io.spikesdk.it.cdt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.Record;
import com.aerospike.client.ResultCode;
import com.aerospike.client.Value;
import com.aerospike.client.cdt.CTX;
import com.aerospike.client.cdt.ListOperation;
import com.aerospike.client.cdt.ListOrder;
import com.aerospike.client.cdt.ListPolicy;
import com.aerospike.client.cdt.ListReturnType;
import com.aerospike.client.cdt.ListSortFlags;
import com.aerospike.client.cdt.ListWriteFlags;
import com.aerospike.client.cdt.MapOperation;
import com.aerospike.client.cdt.MapOrder;
import com.aerospike.client.cdt.MapPolicy;
import com.aerospike.client.cdt.MapReturnType;
import com.aerospike.client.cdt.MapWriteFlags;
import io.spikesdk.it.TestTarget;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.function.Executable;

/**
 * Create contexts, INVERTED single-key ops on key-ordered maps and list increments under NO_FAIL, through the
 * official client, with the answers of Aerospike CE 8.1.2.0: past the end of an existing unordered list only the
 * pad flag creates (an ORDERED create flag does not); an ordered parent appends; SORT on an element a context
 * would create does nothing; a read never creates.
 */
class CreateContextTest {
    private static final ListPolicy ORDERED = new ListPolicy(ListOrder.ORDERED, ListWriteFlags.DEFAULT);
    private final AerospikeClient client = CdtTables.official();

    private Key key(TestInfo info, Bin... bins) {
        Key key = new Key(TestTarget.NAMESPACE, CdtTables.SET, "create-" + info.getDisplayName());
        client.delete(null, key);
        if (bins.length > 0) {
            client.put(null, key, bins);
        }
        return key;
    }

    private void assertFailsUnchanged(int code, Key key, Executable call) {
        Record before = client.get(null, key);
        AerospikeException e = assertThrows(AerospikeException.class, call);
        assertEquals(code, e.getResultCode(), e.getMessage());
        Record after = client.get(null, key);
        assertEquals(before.bins, after.bins);
        assertEquals(before.generation, after.generation);
    }

    @Test
    void anOrderedCreateFlagDoesNotReachPastTheEndOfAnUnorderedList(TestInfo info) {
        Key key = key(info, new Bin("x", List.of(1, 2, 3)));
        CTX past = CTX.listIndexCreate(5, ListOrder.ORDERED, false);
        assertFailsUnchanged(ResultCode.OP_NOT_APPLICABLE, key,
                () -> client.operate(null, key, ListOperation.insert(ORDERED, "x", 0, Value.NULL, past)));
        assertFailsUnchanged(ResultCode.OP_NOT_APPLICABLE, key,
                () -> client.operate(null, key, ListOperation.append("x", Value.get(7), past)));
        assertFailsUnchanged(ResultCode.OP_NOT_APPLICABLE, key,
                () -> client.operate(null, key, MapOperation.put(MapPolicy.Default, "x", Value.get("q"), Value.get(1), past)));

        client.operate(null, key, ListOperation.append("x", Value.get(7), CTX.listIndexCreate(3, ListOrder.ORDERED, false)));
        assertEquals(List.of(1L, 2L, 3L, List.of(7L)), client.get(null, key).getList("x"));
        client.operate(null, key, ListOperation.append("x", Value.get(8), CTX.listIndexCreate(6, ListOrder.UNORDERED, true)));
        assertEquals(Arrays.asList(1L, 2L, 3L, List.of(7L), null, null, List.of(8L)), client.get(null, key).getList("x"));
    }

    @Test
    void anOrderedParentAppendsPastTheEnd(TestInfo info) {
        Key key = key(info);
        client.operate(null, key, ListOperation.appendItems(ORDERED, "x", List.of(Value.get(1), Value.get(2), Value.get(3))));
        Record r = client.operate(null, key, ListOperation.insert("x", 2, Value.get(7),
                CTX.listIndexCreate(5, ListOrder.ORDERED, false)));
        assertEquals(3L, r.getLong("x"));
        assertEquals(List.of(1L, 2L, 3L, Arrays.asList(null, null, 7L)), client.get(null, key).getList("x"));
    }

    @Test
    void sortOnAnElementAContextWouldCreateDoesNothing(TestInfo info) {
        Key key = key(info, new Bin("x", List.of(1, 2, 3)));
        Record r = client.operate(null, key, ListOperation.sort("x", ListSortFlags.DEFAULT,
                CTX.listIndexCreate(3, ListOrder.UNORDERED, false)));
        assertTrue(r.bins == null || r.bins.isEmpty(), String.valueOf(r.bins));
        Record after = client.get(null, key);
        assertEquals(List.of(1L, 2L, 3L), after.getList("x"));
        assertEquals(2, after.generation);

        Key noBin = key(info, new Bin("b", 1));
        assertFailsUnchanged(ResultCode.BIN_TYPE_ERROR, noBin, () -> client.operate(null, noBin,
                ListOperation.sort("x", ListSortFlags.DEFAULT, CTX.listIndexCreate(0, ListOrder.UNORDERED, false))));
    }

    @Test
    void readsNeverCreate(TestInfo info) {
        Key key = key(info, new Bin("x", List.of(1, 2, 3)));
        assertFailsUnchanged(ResultCode.OP_NOT_APPLICABLE, key, () -> client.operate(null, key,
                ListOperation.getByValueRange("x", Value.get(1), Value.get(9), ListReturnType.VALUE,
                        CTX.listIndexCreate(3, ListOrder.UNORDERED, false))));
        assertFailsUnchanged(ResultCode.OP_NOT_APPLICABLE, key, () -> client.operate(null, key,
                ListOperation.getByValueRange("x", Value.get(1), Value.get(9), ListReturnType.VALUE,
                        CTX.mapKey(Value.get(7)), CTX.listIndexCreate(3, ListOrder.UNORDERED, false))));
        Key scalars = key(info, new Bin("x", Map.of(7, List.of(1, 2, 3, 4, 5))));
        assertFailsUnchanged(ResultCode.BIN_TYPE_ERROR, scalars, () -> client.operate(null, scalars,
                ListOperation.getByValueRange("x", Value.get(1), Value.get(9), ListReturnType.VALUE,
                        CTX.mapKey(Value.get(7)), CTX.listIndexCreate(3, ListOrder.UNORDERED, false))));
    }

    @Test
    void mapKeyCreateMakesAMapOfTheGivenOrder(TestInfo info) {
        Key key = key(info, new Bin("b", 1));
        client.operate(null, key, MapOperation.put(MapPolicy.Default, "x", Value.get("q"), Value.get(1),
                CTX.mapKeyCreate(Value.get("k"), MapOrder.KEY_VALUE_ORDERED)));
        assertEquals(Map.of("k", Map.of("q", 1L)), client.get(null, key).getMap("x"));
        Key list = key(info, new Bin("x", List.of(1, 2, 3)));
        assertFailsUnchanged(ResultCode.OP_NOT_APPLICABLE, list, () -> client.operate(null, list,
                ListOperation.append("x", Value.get(7), CTX.mapKeyCreate(Value.get("k"), MapOrder.KEY_ORDERED))));
    }

    @Test
    void entriesBelowACreatedElementCreateWithoutFlags(TestInfo info) {
        Key key = key(info, new Bin("x", Map.of()));
        CTX createA = CTX.mapKeyCreate(Value.get("a"), MapOrder.UNORDERED);
        client.operate(null, key, ListOperation.append("x", Value.get(7), createA, CTX.listIndex(0)));
        assertEquals(Map.of("a", List.of(List.of(7L))), client.get(null, key).getMap("x"));

        Key noBin = key(info, new Bin("b", 1));
        client.operate(null, noBin, MapOperation.put(MapPolicy.Default, "x", Value.get("q"), Value.get(1),
                CTX.mapKeyCreate(Value.get("a"), MapOrder.KEY_ORDERED), CTX.mapKey(Value.get("z"))));
        assertEquals(Map.of("a", Map.of("z", Map.of("q", 1L))), client.get(null, noBin).getMap("x"));
        assertFailsUnchanged(ResultCode.OP_NOT_APPLICABLE, noBin, () -> client.operate(null, noBin,
                ListOperation.append("y", Value.get(7), CTX.mapKeyCreate(Value.get("a"), MapOrder.KEY_ORDERED),
                        CTX.listIndex(1))));
        assertFailsUnchanged(ResultCode.OP_NOT_APPLICABLE, noBin, () -> client.operate(null, noBin,
                ListOperation.append("y", Value.get(7), CTX.mapKeyCreate(Value.get("a"), MapOrder.KEY_ORDERED),
                        CTX.listRank(0))));
    }

    /**
     * A pad create flag with index -1 on a list being created crashes Aerospike CE 8.1.2.0 ("size mismatch" in
     * cdt_context_create_new_particle_crnew); the embedded server answers it as the unpadded flag does.
     */
    @Test
    void padCreateAtIndexMinusOneOfANewList(TestInfo info) {
        assumeFalse(TestTarget.isRealServer(), "crashes Aerospike CE 8.1.2.0");
        Key key = key(info, new Bin("b", 1));
        client.operate(null, key, ListOperation.append("x", Value.get(7), CTX.listIndexCreate(-1, ListOrder.UNORDERED, true)));
        assertEquals(List.of(List.of(7L)), client.get(null, key).getList("x"));
    }

    @Test
    void invertedSingleKeyOpsOnKeyOrderedMaps(TestInfo info) {
        Key key = key(info);
        MapPolicy kv = new MapPolicy(MapOrder.KEY_VALUE_ORDERED, MapWriteFlags.DEFAULT);
        client.operate(null, key, MapOperation.setMapPolicy(kv, "m"));
        Record empty = client.operate(null, key, MapOperation.removeByKey("m", Value.get("b"),
                MapReturnType.NONE | MapReturnType.INVERTED));
        assertTrue(empty.bins.containsKey("m") && empty.bins.get("m") == null);
        assertEquals(2, client.get(null, key).generation);

        client.operate(null, key, MapOperation.putItems(kv, "m", Map.of(Value.get("a"), Value.get(1), Value.get("b"), Value.get(2))));
        Record missing = client.operate(null, key, MapOperation.getByKey("m", Value.get("z"),
                MapReturnType.COUNT | MapReturnType.INVERTED), MapOperation.removeByKey("m", Value.get("z"),
                MapReturnType.VALUE | MapReturnType.INVERTED));
        assertEquals(Arrays.asList(0L, null), missing.getList("m"));
        assertFailsUnchanged(ResultCode.OP_NOT_APPLICABLE, key, () -> client.operate(null, key,
                MapOperation.removeByKey("m", Value.get("a"), MapReturnType.VALUE | MapReturnType.INVERTED)));

        Key unordered = key(info, new Bin("m", Map.of("a", 1)));
        assertFailsUnchanged(ResultCode.OP_NOT_APPLICABLE, unordered, () -> client.operate(null, unordered,
                MapOperation.removeByKey("m", Value.get("z"), MapReturnType.NONE | MapReturnType.INVERTED)));
    }

    @Test
    void listIncrementAnswersItsValueEvenWhenNoFailSkipsTheWrite(TestInfo info) {
        Key key = key(info, new Bin("l", List.of(1, 2, 3, 4, 5)));
        ListPolicy unique = new ListPolicy(ListOrder.UNORDERED, ListWriteFlags.ADD_UNIQUE | ListWriteFlags.NO_FAIL);
        assertEquals(4L, client.operate(null, key, ListOperation.increment(unique, "l", 2, Value.get(1))).getLong("l"));
        ListPolicy bounded = new ListPolicy(ListOrder.UNORDERED, ListWriteFlags.INSERT_BOUNDED | ListWriteFlags.NO_FAIL);
        assertEquals(3L, client.operate(null, key, ListOperation.increment(bounded, "l", 7, Value.get(3))).getLong("l"));
        Record after = client.get(null, key);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), after.getList("l"));
        assertEquals(3, after.generation);
        assertNull(after.bins.get("missing"));
    }
}
