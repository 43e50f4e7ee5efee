package io.spikesdk.it.udf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.AerospikeException;
import com.aerospike.client.Bin;
import com.aerospike.client.Info;
import com.aerospike.client.Key;
import com.aerospike.client.Language;
import com.aerospike.client.ResultCode;
import com.aerospike.client.Value;
import com.aerospike.client.cluster.Node;
import com.aerospike.client.query.Filter;
import com.aerospike.client.query.IndexType;
import com.aerospike.client.query.ResultSet;
import com.aerospike.client.query.Statement;
import com.aerospike.client.task.ExecuteTask;
import io.spikesdk.it.OfficialClientTest;
import io.spikesdk.it.TestTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stream UDFs (aggregations: the server stages per node, the final reduce in the client) and background UDFs over
 * scans and index queries through the official client, on the embedded server and on a real one.
 */
class OfficialClientStreamUdfTest extends OfficialClientTest {
    private static final String NS = TestTarget.NAMESPACE;
    private static final String SET = "udf_stream_it";
    private static final String INDEX = "udf_stream_it_n";
    private static final String MODULE = "it_udf_stream";
    private static final String RESOURCE = "udf/" + MODULE + ".lua";
    private static final int RECORDS = 20;

    @BeforeAll
    static void registerAndIndex() {
        client.register(null, OfficialClientStreamUdfTest.class.getClassLoader(), RESOURCE, MODULE + ".lua",
                Language.LUA).waitTillComplete();
        client.createIndex(null, NS, SET, INDEX, "n", IndexType.NUMERIC).waitTillComplete();
    }

    @AfterAll
    static void cleanUp() {
        client.dropIndex(null, NS, SET, INDEX).waitTillComplete();
        client.removeUdf(null, MODULE + ".lua");
    }

    @BeforeEach
    void writeRecords() {
        for (int i = 1; i <= RECORDS; i++) {
            Key key = new Key(NS, SET, i);
            client.delete(null, key);
            client.put(null, key, new Bin("n", i), new Bin("v", i * 10));
        }
    }

    private static Statement statement(Filter filter, String function, Value... args) {
        Statement stmt = new Statement();
        stmt.setNamespace(NS);
        stmt.setSetName(SET);
        if (filter != null) {
            stmt.setFilter(filter);
        }
        if (function != null) {
            stmt.setAggregateFunction(OfficialClientStreamUdfTest.class.getClassLoader(), RESOURCE, MODULE,
                    function, args);
        }
        return stmt;
    }

    private static List<Object> aggregate(Statement stmt) {
        List<Object> results = new ArrayList<>();
        try (ResultSet rs = client.queryAggregate(null, stmt)) {
            while (rs.next()) {
                results.add(rs.getObject());
            }
        }
        return results;
    }

    @Test
    void sumOverAnIndexRange() {
        assertEquals(List.of(4L + 5 + 6 + 7), aggregate(statement(Filter.range("n", 4, 7), "sum", Value.get("n"))));
    }

    @Test
    void sumOverTheWholeSet() {
        assertEquals(List.of(10L * RECORDS * (RECORDS + 1) / 2), aggregate(statement(null, "sum", Value.get("v"))));
    }

    @Test
    void averageOverAnIndexRange() {
        List<Object> results = aggregate(statement(Filter.range("n", 1, 10), "average", Value.get("v")));
        assertEquals(1, results.size());
        Map<?, ?> result = (Map<?, ?>) results.get(0);
        assertEquals(550L, result.get("sum"));
        assertEquals(10L, result.get("count"));
    }

    @Test
    void filterAndMapStagesStreamEveryValue() {
        List<Object> values = aggregate(statement(Filter.range("n", 1, 8), "even_values", Value.get("n")));
        values.sort((a, b) -> Long.compare((Long) a, (Long) b));
        assertEquals(List.of(2L, 4L, 6L, 8L), values);
    }

    /**
     * On its own client: the real server sends the LAST message of a failed aggregation in a proto of its own, which
     * the official client, stopping at the FAILURE row, leaves unread on a connection it keeps.
     */
    @Test
    void aFailingStageEndsTheQueryWithTheLuaError() {
        AerospikeException e;
        try (com.aerospike.client.AerospikeClient own = TestTarget.officialClient()) {
            e = assertThrows(AerospikeException.class, () -> {
                try (ResultSet rs = own.queryAggregate(null, statement(null, "broken"))) {
                    while (rs.next()) {
                        rs.getObject();
                    }
                }
            });
        }
        assertEquals(ResultCode.QUERY_GENERIC, e.getResultCode());
        assertTrue(e.getMessage().contains("UDF: Execution Error 2 : "), e.getMessage());
        assertTrue(e.getMessage().contains(MODULE + ".lua:38: no aggregate today"), e.getMessage());
    }

    @Test
    void backgroundUdfOverAnIndexQueryUpdatesTheMatchesOnly() {
        client.execute(null, statement(Filter.range("n", 5, 9), null), MODULE, "bump", Value.get("v"),
                Value.get(1)).waitTillComplete();
        for (int i = 1; i <= RECORDS; i++) {
            long expected = i * 10L + (i >= 5 && i <= 9 ? 1 : 0);
            assertEquals(expected, client.get(null, new Key(NS, SET, i)).getLong("v"), "record " + i);
        }
    }

    @Test
    void backgroundUdfOverAScanUpdatesEveryRecord() {
        ExecuteTask task = client.execute(null, statement(null, null), MODULE, "bump", Value.get("v"), Value.get(5));
        task.waitTillComplete();
        for (Node node : client.getNodes()) {
            String job = Info.request(node, "query-show:id=" + Long.toUnsignedString(task.getTaskId()));
            assertTrue(job.contains(":job-type=background-udf:"), job);
            assertTrue(job.contains(":udf-filename=" + MODULE + ":udf-function=bump:udf-active=0"), job);
        }
        for (int i = 1; i <= RECORDS; i++) {
            assertEquals(i * 10L + 5, client.get(null, new Key(NS, SET, i)).getLong("v"), "record " + i);
        }
    }
}
