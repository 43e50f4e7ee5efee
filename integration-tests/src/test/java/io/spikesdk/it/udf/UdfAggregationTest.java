package io.spikesdk.it.udf;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.Filter;
import io.spikesdk.api.IndexType;
import io.spikesdk.api.Key;
import io.spikesdk.api.Language;
import io.spikesdk.api.QueryDuration;
import io.spikesdk.api.QueryPolicy;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.ResultStream;
import io.spikesdk.api.Statement;
import io.spikesdk.api.UdfException;
import io.spikesdk.api.Value;
import io.spikesdk.exp.Exp;
import io.spikesdk.it.TestTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Aggregations through our client: sums and an average over a set and an index query, a grouping, map and list results, a pipeline without a reduce (every node value passes through), Lua errors in the
 * server's stage and in the client's, what the server refuses (a filter expression, a short query), and the
 * client stage's source from a configured directory.
 */
class UdfAggregationTest {
    private static final String SET = "it_udf_aggregate";
    private static final String MODULE = "it_udf_stream";
    private static final String INDEX = "it_udf_aggregate_n";
    private static final int RECORDS = 40;
    private static AerospikeClient client;

    @BeforeAll
    static void setUp() {
        client = Aerospike.client(TestTarget.config().build()).connect();
        client.registerUdf(UdfModules.STREAM, MODULE + ".lua", Language.LUA).waitTillComplete();
        for (int i = 0; i < RECORDS; i++) {
            client.put(Key.of(TestTarget.NAMESPACE, SET, i), Bin.of("n", i));
        }
        client.dropIndex(TestTarget.NAMESPACE, SET, INDEX);
        client.createIndex(TestTarget.NAMESPACE, SET, INDEX, "n", IndexType.NUMERIC).waitTillComplete();
    }

    @AfterAll
    static void tearDown() {
        if (client != null) {
            client.dropIndex(TestTarget.NAMESPACE, SET, INDEX);
            client.close();
        }
    }

    private static Statement all() {
        return Statement.builder(TestTarget.NAMESPACE).set(SET).build();
    }

    private static List<Object> results(AerospikeClient c, QueryPolicy policy, Statement statement, String function,
                                        Value... args) {
        try (ResultStream stream = c.queryAggregate(policy, statement, MODULE, function, args)) {
            List<Object> out = new ArrayList<>();
            stream.forEachRemaining(out::add);
            return out;
        }
    }

    private static List<Object> results(Statement statement, String function, Value... args) {
        return results(client, null, statement, function, args);
    }

    @Test
    void sumOfASet() {
        assertEquals(List.of(780L), results(all(), "sum", Value.of("n")));
    }

    @Test
    void sumWithAFilterInLua() {
        assertEquals(List.of(30L + 31 + 32 + 33 + 34 + 35 + 36 + 37 + 38 + 39),
            results(all(), "sum_above", Value.of("n"), Value.of(29L)));
    }

    @Test
    void sumOverAnIndexQuery() {
        Statement tens = Statement.builder(TestTarget.NAMESPACE).set(SET).filter(Filter.range("n", 10, 19)).build();
        assertEquals(List.of(145L), results(tens, "sum", Value.of("n")));
    }

    @Test
    void theServerRefusesAFilterExpressionOrAShortQuery() {
        QueryPolicy even = QueryPolicy.builder()
            .filterExpression(Exp.build(Exp.eq(Exp.mod(Exp.intBin("n"), Exp.val(2)), Exp.val(0)))).build();
        assertEquals(ResultCode.UNSUPPORTED_FEATURE, assertThrows(AerospikeException.class,
            () -> results(client, even, all(), "sum", Value.of("n"))).resultCode());
        QueryPolicy shortQuery = QueryPolicy.builder().expectedDuration(QueryDuration.SHORT).build();
        assertEquals(ResultCode.PARAMETER_ERROR, assertThrows(AerospikeException.class,
            () -> results(client, shortQuery, all(), "sum", Value.of("n"))).resultCode());
    }

    @Test
    void averageMergesTheNodesMapsAndFinishesInTheClient() {
        assertEquals(List.of(19.5), results(all(), "average", Value.of("n")));
    }

    @Test
    void mapsAndListsComeBackAsJavaMapsAndLists() {
        assertEquals(List.of(Map.of("count", 40L, "size", 40L, "label", "n=40")), results(all(), "stats",
            Value.of("n")));
    }

    @Test
    void groupByParity() {
        List<Object> out = results(all(), "by_parity", Value.of("n"));
        assertEquals(1, out.size());
        Map<?, ?> groups = (Map<?, ?>) out.get(0);
        assertEquals(2, groups.size());
        TreeSet<Object> even = new TreeSet<>((List<?>) groups.get(0L));
        TreeSet<Object> odd = new TreeSet<>((List<?>) groups.get(1L));
        assertEquals(20, even.size());
        assertEquals(20, odd.size());
        assertTrue(even.stream().allMatch(v -> (Long) v % 2 == 0), even.toString());
    }

    @Test
    void withoutAReduceEveryValueComesThrough() {
        List<Object> out = results(all(), "values", Value.of("n"));
        TreeSet<Object> sorted = new TreeSet<>(out);
        assertEquals(RECORDS, out.size());
        assertEquals(0L, sorted.first());
        assertEquals(39L, sorted.last());
    }

    @Test
    void anEmptySetHasNoResult() {
        Statement none = Statement.builder(TestTarget.NAMESPACE).set("it_udf_aggregate_never_written").build();
        assertEquals(List.of(), results(none, "sum", Value.of("n")));
    }

    @Test
    void aLuaErrorOnTheServerIsAUdfException() {
        UdfException e = assertThrows(UdfException.class, () -> results(all(), "fail_on_server"));
        assertEquals(ResultCode.UDF_BAD_RESPONSE, e.resultCode());
        assertTrue(String.valueOf(e.udfError()).contains("server stage failed"), String.valueOf(e.udfError()));
    }

    @Test
    void aLuaErrorInTheClientStageIsAUdfException() {
        UdfException e = assertThrows(UdfException.class, () -> results(all(), "fail_after_reduce", Value.of("n")));
        assertEquals(ResultCode.UDF_BAD_RESPONSE, e.resultCode());
        assertTrue(e.udfError().contains("client stage failed at 780"), e.udfError());
    }

    @Test
    void theClientStageTakesTheSourceFromTheConfiguredDirectory(@TempDir Path dir) throws Exception {
        // the same operations on the server; in the client a different last step shows which source ran
        Files.writeString(dir.resolve(MODULE + ".lua"), UdfModules.STREAM.replace("return stream : map(value) :"
            + " reduce(add)\n", "return stream : map(value) : reduce(add) : map(function(t) return -t end)\n"));
        try (AerospikeClient local = Aerospike.client(TestTarget.config().udfDirectory(dir).build()).connect()) {
            assertEquals(List.of(-780L), results(local, null, all(), "sum", Value.of("n")));
        }
    }

    @Test
    void anUnknownModuleIsRefusedBeforeTheQuery() {
        UdfException e = assertThrows(UdfException.class,
            () -> client.queryAggregate(null, all(), "it_udf_no_such_stream_module", "sum", Value.of("n")));
        assertTrue(e.getMessage().contains("not registered"), e.getMessage());
    }

    @Test
    void closingEarlyStopsTheAggregation() {
        try (ResultStream stream = client.queryAggregate(null, all(), MODULE, "values", Value.of("n"))) {
            assertTrue(stream.hasNext());
            stream.next();
        }
        assertEquals(List.of(780L), results(all(), "sum", Value.of("n")));
    }
}
