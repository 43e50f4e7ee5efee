package io.spikesdk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.AerospikeException;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.Record;
import com.aerospike.client.ResultCode;
import com.aerospike.client.Value;
import com.aerospike.client.cdt.ListOperation;
import com.aerospike.client.cdt.ListReturnType;
import com.aerospike.client.cdt.ListSortFlags;
import com.aerospike.client.cdt.MapOperation;
import com.aerospike.client.cdt.MapReturnType;
import com.aerospike.client.policy.WritePolicy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.function.Executable;

/**
 * Record-level outcomes of writes and operates, through the official client, as Aerospike CE 8.1.2.0 answers them:
 * a write that leaves no bin on a missing record is NOT_FOUND, durable delete is refused only when the record would
 * be deleted, INCR/APPEND/PREPEND check the op's particle type first and create a missing bin from any value.
 */
class RecordLevelWritesTest extends OfficialClientTest {
    private static final String SET = "it_record_level";
    private static Key key(TestInfo info, Bin... bins) {
        return freshKey(SET, info, bins);
    }

    private static WritePolicy durable() {
        WritePolicy p = new WritePolicy();
        p.durableDelete = true;
        return p;
    }

    /** Asserts the call fails with {@code code} and leaves the record (bins and generation) as it was. */
    private static void assertFailsUnchanged(int code, Key key, Executable call) {
        Record before = client.get(null, key);
        AerospikeException e = assertThrows(AerospikeException.class, call);
        assertEquals(code, e.getResultCode(), e.getMessage());
        Record after = client.get(null, key);
        if (before == null) {
            assertNull(after);
        } else {
            assertEquals(before.bins, after.bins);
            assertEquals(before.generation, after.generation);
        }
    }

    @Test
    void durableDeleteIsIgnoredByWritesThatKeepBins(TestInfo info) {
        Key key = key(info, new Bin("a", 1));
        client.put(durable(), key, new Bin("b", 2));
        assertEquals(Map.of("a", 1L, "b", 2L), client.get(null, key).bins);
        client.operate(durable(), key, Operation.delete(), Operation.put(new Bin("c", 3)));
        assertEquals(Map.of("c", 3L), client.get(null, key).bins);
        Key fresh = key(info);
        client.put(durable(), fresh, new Bin("n", 1));
        assertEquals(1, client.get(null, fresh).generation);
    }

    @Test
    void durableDeleteOfTheRecordIsEnterpriseOnly(TestInfo info) {
        Key key = key(info, new Bin("a", 1));
        assertFailsUnchanged(ResultCode.ENTERPRISE_ONLY, key, () -> client.delete(durable(), key));
        assertFailsUnchanged(ResultCode.ENTERPRISE_ONLY, key, () -> client.operate(durable(), key, Operation.delete()));
        assertFailsUnchanged(ResultCode.ENTERPRISE_ONLY, key, () -> client.put(durable(), key, new Bin("a", Value.NULL)));
        Key missing = key(info);
        assertFailsUnchanged(ResultCode.ENTERPRISE_ONLY, missing, () -> client.delete(durable(), missing));
    }

    @Test
    void aWriteLeavingNoBinOnAMissingRecordIsNotFound(TestInfo info) {
        Key key = key(info);
        assertFailsUnchanged(ResultCode.KEY_NOT_FOUND_ERROR, key, () -> client.put(null, key, new Bin("a", Value.NULL)));
        assertFailsUnchanged(ResultCode.KEY_NOT_FOUND_ERROR, key, () -> client.operate(null, key, Operation.delete()));
        assertFailsUnchanged(ResultCode.KEY_NOT_FOUND_ERROR, key,
                () -> client.operate(null, key, MapOperation.removeByKeyList("m", List.of(Value.get("a")), MapReturnType.COUNT)));
        assertFailsUnchanged(ResultCode.KEY_NOT_FOUND_ERROR, key, () -> client.operate(null, key, MapOperation.clear("m")));
        assertFailsUnchanged(ResultCode.KEY_NOT_FOUND_ERROR, key, () -> client.operate(null, key, ListOperation.clear("l")));
        assertFailsUnchanged(ResultCode.KEY_NOT_FOUND_ERROR, key, () -> client.operate(null, key, ListOperation.pop("l", 0)));
        assertFailsUnchanged(ResultCode.KEY_NOT_FOUND_ERROR, key,
                () -> client.operate(null, key, ListOperation.removeByValue("l", Value.get(1), ListReturnType.NONE)));
        assertFailsUnchanged(ResultCode.BIN_TYPE_ERROR, key,
                () -> client.operate(null, key, ListOperation.sort("l", ListSortFlags.DEFAULT)));
        assertNull(client.operate(null, key, ListOperation.size("l")), "a pure read of a missing record finds nothing");
    }

    @Test
    void theSameOpsOnAMissingBinOfAnExistingRecordSucceed(TestInfo info) {
        Key key = key(info, new Bin("b", 1));
        Record r = client.operate(null, key, MapOperation.removeByKeyList("m", List.of(Value.get("a")), MapReturnType.COUNT));
        assertTrue(r.bins.containsKey("m") && r.bins.get("m") == null);
        client.operate(null, key, ListOperation.pop("l", 0), ListOperation.clear("l"));
        Record after = client.get(null, key);
        assertEquals(Map.of("b", 1L), after.bins);
        assertEquals(3, after.generation);
        assertFailsUnchanged(ResultCode.BIN_TYPE_ERROR, key,
                () -> client.operate(null, key, ListOperation.sort("l", ListSortFlags.DEFAULT)));
    }

    @Test
    void deletingTheLastBinDeletesTheRecord(TestInfo info) {
        Key key = key(info, new Bin("a", 1));
        client.put(null, key, new Bin("a", Value.NULL));
        assertFalse(client.exists(null, key));
        Key other = key(info, new Bin("a", 1));
        Record r = client.operate(null, other, Operation.delete());
        assertEquals(0, r.generation);
        assertFalse(client.exists(null, other));
    }

    @Test
    void basicModifyOpsCheckTheOpTypeFirst(TestInfo info) {
        Key key = key(info, new Bin("a", 1), new Bin("s", "x"));
        assertFailsUnchanged(ResultCode.PARAMETER_ERROR, key, () -> client.add(null, key, new Bin("a", Value.NULL)));
        assertFailsUnchanged(ResultCode.PARAMETER_ERROR, key, () -> client.add(null, key, new Bin("z", Value.NULL)));
        assertFailsUnchanged(ResultCode.PARAMETER_ERROR, key, () -> client.append(null, key, new Bin("s", Value.NULL)));
        assertFailsUnchanged(ResultCode.BIN_TYPE_ERROR, key, () -> client.add(null, key, new Bin("a", "y")));
        assertFailsUnchanged(ResultCode.BIN_TYPE_ERROR, key, () -> client.add(null, key, new Bin("a", 1.5)));
        assertFailsUnchanged(ResultCode.BIN_TYPE_ERROR, key, () -> client.add(null, key, new Bin("s", 1)));
        assertFailsUnchanged(ResultCode.BIN_TYPE_ERROR, key, () -> client.append(null, key, new Bin("a", "y")));
        assertFailsUnchanged(ResultCode.BIN_TYPE_ERROR, key, () -> client.append(null, key, new Bin("s", 5)));
        assertFailsUnchanged(ResultCode.BIN_TYPE_ERROR, key, () -> client.append(null, key, new Bin("s", new byte[] {1})));
    }

    @Test
    void basicModifyOpsCreateAMissingBinFromAnyValue(TestInfo info) {
        Key key = key(info, new Bin("b", 1));
        client.add(null, key, new Bin("str", "x"));
        client.add(null, key, new Bin("list", List.of(1)));
        client.append(null, key, new Bin("int", 5));
        client.prepend(null, key, new Bin("dbl", 2.5));
        assertEquals(Map.of("b", 1L, "str", "x", "list", List.of(1L), "int", 5L, "dbl", 2.5), client.get(null, key).bins);
    }
}
