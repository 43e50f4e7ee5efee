package io.spikesdk.it.udf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.AerospikeException;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Language;
import com.aerospike.client.Record;
import com.aerospike.client.ResultCode;
import com.aerospike.client.Value;
import com.aerospike.client.BatchRecord;
import com.aerospike.client.BatchResults;
import com.aerospike.client.exp.Exp;
import com.aerospike.client.policy.WritePolicy;
import io.spikesdk.it.OfficialClientTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Record UDFs through the official client, on the embedded server and on a real one: reading and writing bins,
 * creating and removing records, every argument type there and back, the record metadata, runtime errors, unknown
 * modules and functions, and a module that does not compile.
 */
class OfficialClientRecordUdfTest extends OfficialClientTest {
    private static final String SET = "udf_rec_it";
    private static final String MODULE = "it_udf_record";
    private static final String SOURCE = """
            function echo(r, v) return v end
            function kind(r, v) return type(v) end
            function read(r, name) return r[name] end
            function write(r, name, value)
              if not aerospike:exists(r) then aerospike:create(r) end
              r[name] = value
              return aerospike:update(r)
            end
            function incr(r, name, by)
              r[name] = (r[name] or 0) + by
              aerospike:update(r)
              return r[name]
            end
            function create(r, name, value)
              r[name] = value
              return aerospike:create(r)
            end
            function remove(r) return aerospike:remove(r) end
            function exists(r) return aerospike:exists(r) end
            function assign_only(r, name, value) r[name] = value end
            function meta(r)
              return map { gen = record.gen(r), set = record.setname(r), names = list(record.bin_names(r)) }
            end
            function fail(r)
              error('boom')
            end
            function build(r)
              local l = list { 1, 'two', 3.5 }
              list.append(l, map { k = true })
              return l
            end
            """;

    @BeforeAll
    static void register() {
        client.registerUdfString(null, SOURCE, MODULE + ".lua", Language.LUA).waitTillComplete();
    }

    @AfterAll
    static void removeModule() {
        client.removeUdf(null, MODULE + ".lua");
    }

    private static Object call(Key key, String function, Value... args) {
        return client.execute(null, key, MODULE, function, args);
    }

    @Test
    void writesAndReadsBinsAndCreatesTheRecord(TestInfo info) {
        Key key = freshKey(SET, info);
        assertEquals(0L, call(key, "write", Value.get("a"), Value.get(7)));
        Record record = client.get(null, key);
        assertEquals(7L, record.getLong("a"));
        assertEquals(1, record.generation);
        assertEquals(7L, call(key, "read", Value.get("a")));
        assertEquals(10L, call(key, "incr", Value.get("a"), Value.get(3)));
        assertEquals(10L, client.get(null, key).getLong("a"));
        assertEquals(2, client.get(null, key).generation);
    }

    @Test
    void assignmentsWithoutUpdateAreDropped(TestInfo info) {
        Key key = freshKey(SET, info, new Bin("a", 1));
        assertNull(call(key, "assign_only", Value.get("a"), Value.get(2)));
        Record record = client.get(null, key);
        assertEquals(1L, record.getLong("a"));
        assertEquals(1, record.generation);
    }

    @Test
    void createsAndRemovesRecords(TestInfo info) {
        Key key = freshKey(SET, info);
        assertEquals(false, call(key, "exists"));
        assertEquals(0L, call(key, "create", Value.get("x"), Value.get("y")));
        assertEquals("y", client.get(null, key).getString("x"));
        assertEquals(true, call(key, "exists"));
        assertEquals(1L, call(key, "create", Value.get("x"), Value.get("z")), "create on an existing record");
        assertEquals(0L, call(key, "remove"));
        assertFalse(client.exists(null, key));
        assertEquals(1L, call(key, "remove"), "remove of a missing record");
    }

    @Test
    void everyArgumentTypeGoesThereAndBack(TestInfo info) {
        Key key = freshKey(SET, info);
        assertEquals(42L, call(key, "echo", Value.get(42)));
        assertEquals(-7L, call(key, "echo", Value.get(-7L)));
        assertEquals(2.5, call(key, "echo", Value.get(2.5)));
        assertEquals("text", call(key, "echo", Value.get("text")));
        assertArrayEquals(new byte[] {1, 2, 3}, (byte[]) call(key, "echo", Value.get(new byte[] {1, 2, 3})));
        assertEquals(true, call(key, "echo", Value.get(true)));
        assertEquals(List.of(1L, "a", List.of(2L)), call(key, "echo", Value.get(List.of(1, "a", List.of(2)))));
        assertEquals(Map.of("k", 1L), call(key, "echo", Value.get(Map.of("k", 1))));
        String point = "{\"type\":\"Point\",\"coordinates\":[1.5,2.5]}";
        assertEquals(point, call(key, "echo", Value.getAsGeoJSON(point)).toString());
        assertNull(call(key, "echo", Value.getAsNull()));
        assertEquals("number", call(key, "kind", Value.get(1)));
        assertEquals("string", call(key, "kind", Value.get("s")));
        assertEquals("boolean", call(key, "kind", Value.get(false)));
        assertEquals("userdata", call(key, "kind", Value.get(List.of(1))));
        assertEquals("userdata", call(key, "kind", Value.get(Map.of(1, 1))));
        assertEquals("userdata", call(key, "kind", Value.get(new byte[] {1})));
        assertEquals("nil", call(key, "kind", Value.getAsNull()));
    }

    @Test
    void binsOfEveryTypeAreWrittenAsTheirParticles(TestInfo info) {
        Key key = freshKey(SET, info);
        call(key, "write", Value.get("l"), Value.get(List.of(3, 1, 2)));
        call(key, "write", Value.get("m"), Value.get(Map.of("b", 2, "a", 1)));
        call(key, "write", Value.get("d"), Value.get(0.25));
        call(key, "write", Value.get("b"), Value.get(new byte[] {9}));
        Record record = client.get(null, key);
        assertEquals(List.of(3L, 1L, 2L), record.getList("l"));
        assertEquals(Map.of("a", 1L, "b", 2L), record.getMap("m"));
        assertEquals(0.25, record.getDouble("d"));
        assertArrayEquals(new byte[] {9}, (byte[]) record.getValue("b"));
        assertEquals(List.of(1L, "two", 3.5, Map.of("k", true)), call(key, "build"));
    }

    @Test
    void recordMetadataIsVisible(TestInfo info) {
        Key key = freshKey(SET, info, new Bin("a", 1), new Bin("b", 2));
        client.put(null, key, new Bin("a", 3));
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = (Map<String, Object>) call(key, "meta");
        assertEquals(2L, meta.get("gen"));
        assertEquals(SET, meta.get("set"));
        assertEquals(List.of("a", "b"), meta.get("names"));
    }

    @Test
    void aRuntimeErrorAnswers100WithTheLuaMessageAndChangesNothing(TestInfo info) {
        Key key = freshKey(SET, info, new Bin("a", 1));
        AerospikeException e = assertThrows(AerospikeException.class, () -> call(key, "fail"));
        assertEquals(ResultCode.UDF_BAD_RESPONSE, e.getResultCode());
        assertTrue(e.getMessage().contains(MODULE + ".lua:25: boom"), e.getMessage());
        assertEquals(1, client.get(null, key).generation);
    }

    @Test
    void unknownModulesAndFunctionsAnswer100(TestInfo info) {
        Key key = freshKey(SET, info);
        AerospikeException module = assertThrows(AerospikeException.class,
                () -> client.execute(null, key, "it_no_such_module", "f"));
        assertEquals(ResultCode.UDF_BAD_RESPONSE, module.getResultCode());
        assertTrue(module.getMessage().contains("UDF: Execution Error 1"), module.getMessage());
        AerospikeException function = assertThrows(AerospikeException.class, () -> call(key, "no_such_function"));
        assertEquals(ResultCode.UDF_BAD_RESPONSE, function.getResultCode());
        assertTrue(function.getMessage().contains("function not found"), function.getMessage());
    }

    @Test
    void aModuleThatDoesNotCompileIsRefusedWithItsLine() {
        AerospikeException e = assertThrows(AerospikeException.class, () -> client.registerUdfString(null,
                "function f(r)\n  return 1 +\nend\n", "it_udf_broken.lua", Language.LUA));
        assertTrue(e.getMessage().contains("compile_error"), e.getMessage());
        assertTrue(e.getMessage().contains("File: it_udf_broken.lua"), e.getMessage());
        assertTrue(e.getMessage().contains("Line: 3"), e.getMessage());
        AerospikeException atLoad = assertThrows(AerospikeException.class, () -> client.registerUdfString(null,
                "local x = nil\nlocal y = x.field\n", "it_udf_broken.lua", Language.LUA));
        assertTrue(atLoad.getMessage().contains("Line: 2"), atLoad.getMessage());
    }

    @Test
    void batchUdfRowsRunPerRecordWithTheirOwnResults(TestInfo info) {
        Key first = freshKey(SET, info);
        Key second = new Key(first.namespace, SET, info.getDisplayName() + "-2");
        client.delete(null, second);
        client.put(null, second, new Bin("a", 5));
        BatchResults results = client.execute(null, null, new Key[] {first, second}, MODULE, "incr",
                Value.get("a"), Value.get(2));
        assertTrue(results.status);
        assertEquals(2L, results.records[0].record.getValue("SUCCESS"));
        assertEquals(7L, results.records[1].record.getValue("SUCCESS"));
        BatchResults failed = client.execute(null, null, new Key[] {first}, MODULE, "fail");
        assertFalse(failed.status);
        BatchRecord row = failed.records[0];
        assertEquals(ResultCode.UDF_BAD_RESPONSE, row.resultCode);
        assertTrue(String.valueOf(row.record.getValue("FAILURE")).endsWith("boom"), row.toString());
    }

    @Test
    void aRecordTheFilterExpressionRejectsIsNotTouched(TestInfo info) {
        Key key = freshKey(SET, info, new Bin("a", 1));
        WritePolicy policy = new WritePolicy();
        policy.filterExp = Exp.build(Exp.eq(Exp.intBin("a"), Exp.val(2)));
        assertNull(client.execute(policy, key, MODULE, "incr", Value.get("a"), Value.get(1)));
        policy.failOnFilteredOut = true;
        AerospikeException e = assertThrows(AerospikeException.class,
                () -> client.execute(policy, key, MODULE, "incr", Value.get("a"), Value.get(1)));
        assertEquals(ResultCode.FILTERED_OUT, e.getResultCode());
        assertEquals(1L, client.get(null, key).getLong("a"));
    }
}
