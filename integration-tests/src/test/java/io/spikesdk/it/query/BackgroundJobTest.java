package io.spikesdk.it.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.AerospikeException;
import com.aerospike.client.Bin;
import com.aerospike.client.Info;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.Record;
import com.aerospike.client.cluster.Node;
import com.aerospike.client.exp.Exp;
import com.aerospike.client.exp.ExpOperation;
import com.aerospike.client.exp.ExpWriteFlags;
import com.aerospike.client.policy.WritePolicy;
import com.aerospike.client.query.Filter;
import com.aerospike.client.query.IndexType;
import com.aerospike.client.query.RecordSet;
import com.aerospike.client.query.Statement;
import com.aerospike.client.task.ExecuteTask;
import io.spikesdk.it.OfficialClientTest;
import io.spikesdk.it.TestTarget;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Background queries with write ops ({@code execute}) and the job info commands through the official client: the ops
 * reach exactly the records the filter expression or the index filter selects, the job is listed by
 * {@code query-show} with its counters, and foreground queries are jobs too.
 */
class BackgroundJobTest extends OfficialClientTest {
    private static final String SET = "bgjob_it";
    private static final String NS = TestTarget.NAMESPACE;
    private static final String INDEX = "bgjob_it_n";
    private static final int RECORDS = 40;

    @BeforeAll
    static void index() {
        client.createIndex(null, NS, SET, INDEX, "n", IndexType.NUMERIC).waitTillComplete();
    }

    @AfterAll
    static void dropIndex() {
        client.dropIndex(null, NS, SET, INDEX).waitTillComplete();
    }

    @BeforeEach
    void writeRecords() {
        for (int i = 0; i < RECORDS; i++) {
            Key key = new Key(NS, SET, i);
            client.delete(null, key);
            client.put(null, key, new Bin("n", i));
        }
    }

    private static Statement statement() {
        Statement stmt = new Statement();
        stmt.setNamespace(NS);
        stmt.setSetName(SET);
        return stmt;
    }

    private static int marked() {
        int count = 0;
        for (int i = 0; i < RECORDS; i++) {
            Record r = client.get(null, new Key(NS, SET, i));
            if (r.getValue("mark") != null) {
                assertEquals(i * 10L, r.getLong("mark"), "record " + i);
                count++;
            }
        }
        return count;
    }

    private static String show(long taskId) {
        Node node = client.getNodes()[0];
        return Info.request(node, "query-show:id=" + Long.toUnsignedString(taskId));
    }

    @Test
    void opsReachTheRecordsTheFilterExpressionSelects() {
        WritePolicy policy = new WritePolicy();
        policy.filterExp = Exp.build(Exp.lt(Exp.intBin("n"), Exp.val(15)));
        ExecuteTask task = client.execute(policy, statement(),
                Operation.put(new Bin("mark", 0)), markTimesTen());
        task.waitTillComplete();

        assertEquals(15, marked());
        String job = show(task.getTaskId());
        assertTrue(job.contains(":status=done(ok):"), job);
        // every record is throttled before its write is queued, also those the filter then drops
        assertTrue(job.contains(":recs-throttled=40:recs-filtered-meta=0:recs-filtered-bins=25:recs-succeeded=15:"
                + "recs-failed=0:"), job);
        assertTrue(job.contains(":job-type=background-ops:"), job);
        assertTrue(job.startsWith("trid=" + Long.toUnsignedString(task.getTaskId()) + ":ns=" + NS + ":set=" + SET
                + ":rps=10000:"), job);
    }

    @Test
    void opsReachTheRecordsTheIndexFilterSelects() {
        Statement stmt = statement();
        stmt.setFilter(Filter.range("n", 30, 39));
        ExecuteTask task = client.execute(null, stmt, Operation.put(new Bin("mark", 0)),
                markTimesTen());
        task.waitTillComplete();

        assertEquals(10, marked());
        assertTrue(show(task.getTaskId()).contains(":sindex-name=" + INDEX + ":"));
    }

    /** A real server refuses an id among its active and last 100 finished jobs, so every run needs fresh ones. */
    private static long freshTaskId() {
        return ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    }

    private static int runQuery(Statement stmt) {
        int rows = 0;
        try (RecordSet rs = client.query(null, stmt)) {
            while (rs.next()) {
                rows++;
            }
        }
        return rows;
    }

    @Test
    void aForegroundQueryIsAJobToo() {
        Statement stmt = statement();
        stmt.setFilter(Filter.range("n", 0, 4));
        long taskId = freshTaskId();
        stmt.setTaskId(taskId);

        assertEquals(5, runQuery(stmt));

        String job = show(taskId);
        assertTrue(job.contains(":sindex-name=" + INDEX + ":n-pids-requested=4096:n-keyds-requested=0:rps=0:"), job);
        assertTrue(job.contains(":status=done(ok):"), job);
        assertTrue(job.contains(":recs-succeeded=5:"), job);
        assertTrue(job.contains(":job-type=basic:"), job);
    }

    @Test
    void aForegroundQueryWithARecordsPerSecondLimitThrottlesEachRecordButTheOneThatFillsMaxRecords() {
        Statement stmt = statement();
        stmt.setFilter(Filter.range("n", 0, 9));
        stmt.setRecordsPerSecond(5000);
        stmt.setMaxRecords(4);
        long taskId = freshTaskId();
        stmt.setTaskId(taskId);

        assertEquals(4, runQuery(stmt));

        String job = show(taskId);
        assertTrue(job.contains(":rps=5000:"), job);
        assertTrue(job.contains(":recs-throttled=3:recs-filtered-meta=0:recs-filtered-bins=0:recs-succeeded=4:"), job);
    }

    @Test
    void aTaskIdOfAKeptJobIsRefusedWith4() {
        Statement stmt = statement();
        stmt.setTaskId(freshTaskId());
        assertEquals(RECORDS, runQuery(stmt));

        AerospikeException e = assertThrows(AerospikeException.class, () -> runQuery(stmt));
        assertEquals(4, e.getResultCode());
    }

    @Test
    void unknownJobsAreNotFoundAndNotActive() {
        Node node = client.getNodes()[0];
        assertEquals("ERROR:2:job not found", Info.request(node, "query-show:id=987654321"));
        assertEquals("ERROR:2:id not active", Info.request(node, "query-abort:id=987654321"));
        assertEquals("ERROR:4:missing 'id'", Info.request(node, "query-abort"));
    }

    /** The second op of the jobs: mark = n * 10, as an expression write. */
    private static Operation markTimesTen() {
        return ExpOperation.write("mark", Exp.build(Exp.mul(Exp.intBin("n"), Exp.val(10))), ExpWriteFlags.DEFAULT);
    }
}
