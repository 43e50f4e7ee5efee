package io.spikesdk.it.udf;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.BatchRead;
import io.spikesdk.api.BatchRecord;
import io.spikesdk.api.BatchUDF;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ExecuteTask;
import io.spikesdk.api.Expression;
import io.spikesdk.api.Filter;
import io.spikesdk.api.IndexType;
import io.spikesdk.api.Key;
import io.spikesdk.api.Language;
import io.spikesdk.api.RecordStream;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.Statement;
import io.spikesdk.api.Value;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.exp.Exp;
import io.spikesdk.it.TestTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * UDFs over many records through our client: {@link BatchUDF} rows (results and failures per row, mixed with
 * reads), and background UDF jobs over a scan of a set, a filter expression and an index query.
 */
class UdfBatchAndBackgroundTest {
    private static final String SET = "it_udf_many";
    private static final String MODULE = "it_udf_many";
    private static final int RECORDS = 30;
    private static AerospikeClient client;

    @BeforeAll
    static void setUp() {
        client = Aerospike.client(TestTarget.config().build()).connect();
        client.registerUdf(UdfModules.RECORD, MODULE + ".lua", Language.LUA).waitTillComplete();
        client.dropIndex(TestTarget.NAMESPACE, SET, "it_udf_many_n");
        client.createIndex(TestTarget.NAMESPACE, SET, "it_udf_many_n", "n", IndexType.NUMERIC).waitTillComplete();
    }

    @AfterAll
    static void tearDown() {
        if (client != null) {
            client.dropIndex(TestTarget.NAMESPACE, SET, "it_udf_many_n");
            client.close();
        }
    }

    private static Key key(int i) {
        return Key.of(TestTarget.NAMESPACE, SET, i);
    }

    /** Fresh records 0..RECORDS-1 with bin n = i and nothing else. */
    private static void reset() {
        for (int i = 0; i < RECORDS; i++) {
            client.delete(key(i));
            client.put(key(i), Bin.of("n", i));
        }
    }

    /** n -> bin value for every record of the set that has {@code bin}. */
    private static Map<Long, Object> binByN(String bin) {
        try (RecordStream stream = client.scan(null, TestTarget.NAMESPACE, SET)) {
            return stream.stream().filter(r -> r.record().bins().containsKey(bin))
                .collect(Collectors.toMap(r -> r.record().getLong("n"), r -> r.record().bins().get(bin),
                    (a, b) -> a, TreeMap::new));
        }
    }

    @Test
    void batchUdfRowsCarryTheirResultOrTheirFailure() {
        reset();
        BatchUDF echo = new BatchUDF(key(1), MODULE, "get_bin", Value.of("n"));
        BatchUDF write = new BatchUDF(key(2), MODULE, "set_bin", Value.of("tag"), Value.of("b"));
        BatchUDF fail = new BatchUDF(key(3), MODULE, "raise", Value.of("row three"));
        BatchRead read = BatchRead.bins(key(2), "tag");
        List<BatchRecord> rows = List.of(echo, write, fail, read);
        assertFalse(client.operate(null, rows));

        assertEquals(0, echo.resultCode());
        assertEquals(1L, echo.record().bins().get("SUCCESS"));
        assertEquals(0, write.resultCode());
        assertEquals("b", client.get(key(2)).getString("tag"));
        assertEquals(ResultCode.UDF_BAD_RESPONSE.code(), fail.resultCode());
        assertTrue(String.valueOf(fail.record().bins().get("FAILURE")).endsWith("row three"),
            String.valueOf(fail.record().bins()));
        assertEquals(0, read.resultCode());
    }

    @Test
    void aBackgroundUdfRunsOnEveryRecordOfTheSet() {
        reset();
        ExecuteTask task = client.execute(null, Statement.builder(TestTarget.NAMESPACE).set(SET).build(), MODULE,
            "set_bin", Value.of("all"), Value.of("yes"));
        task.waitTillComplete();
        assertTrue(task.isDone());
        assertEquals(RECORDS, binByN("all").size());
        assertTrue(binByN("all").values().stream().allMatch("yes"::equals));
    }

    @Test
    void aBackgroundUdfRunsOnWhatTheFilterExpressionSelects() {
        reset();
        Expression even = Exp.build(Exp.eq(Exp.mod(Exp.intBin("n"), Exp.val(2)), Exp.val(0)));
        client.execute(WritePolicy.builder().filterExpression(even).build(),
            Statement.builder(TestTarget.NAMESPACE).set(SET).build(), MODULE, "add_to_bin", Value.of("n"),
            Value.of(1000L)).waitTillComplete();
        Map<Long, Object> n = binByN("n");
        for (long i = 0; i < RECORDS; i++) {
            assertTrue(n.containsKey(i % 2 == 0 ? i + 1000 : i), "n " + i + " in " + n.keySet());
        }
    }

    @Test
    void aBackgroundUdfRunsOnWhatTheIndexQuerySelects() {
        reset();
        client.execute(null, Statement.builder(TestTarget.NAMESPACE).set(SET).filter(Filter.range("n", 10, 19))
            .build(), MODULE, "set_bin", Value.of("q"), Value.of(1L)).waitTillComplete();
        assertEquals(List.of(10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L), List.copyOf(binByN("q").keySet()));
    }
}
