package io.spikesdk.it.query;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.CommandTimeoutException;
import io.spikesdk.api.ExecuteTask;
import io.spikesdk.api.JobInfo;
import io.spikesdk.api.JobModule;
import io.spikesdk.api.JobStatus;
import io.spikesdk.api.Key;
import io.spikesdk.api.NodeInfo;
import io.spikesdk.api.Operations;
import io.spikesdk.api.ParameterException;
import io.spikesdk.api.ScanInfo;
import io.spikesdk.api.ScanStatus;
import io.spikesdk.api.Statement;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.exp.Exp;
import io.spikesdk.it.TestTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Following background jobs through our client: {@link ExecuteTask#queryStatus()} and {@code jobInfo}/{@code
 * scanInfo} while a paced job runs, once it ended, once it was aborted ({@code query-abort}) and for an id no node
 * lists; {@code execute} with records per second paces every node (a real server sleeps at most 10 ms a record);
 * {@code waitTillComplete} with a timeout; the errors.
 */
class JobStatusTest {
    private static final String SET = "it_job_status";
    private static final int RECORDS = 200;
    /** The longest a real server sleeps for one record of a paced job. */
    private static final long MAX_SLEEP_PER_RECORD_MS = 10;
    private static AerospikeClient client;

    @BeforeAll
    static void writeRecords() {
        client = Aerospike.client(TestTarget.config().build()).connect();
        for (int i = 0; i < RECORDS; i++) {
            client.put(Key.of(TestTarget.NAMESPACE, SET, i), Bin.of("n", i));
        }
    }

    @AfterAll
    static void close() {
        client.close();
    }

    private static Statement everyRecord() {
        return Statement.builder(TestTarget.NAMESPACE).set(SET).build();
    }

    /** A job of about 2 s: every record at 1 a second, which a real server turns into 10 ms a record. */
    private static ExecuteTask pacedJob() {
        return client.execute(null, everyRecord(), 1, Operations.put("paced", 1));
    }

    private static void abort(ExecuteTask task) {
        Map<NodeInfo, String> answers = client.infoAll("query-abort:trid=" + Long.toUnsignedString(task.taskId()));
        answers.forEach((node, answer) -> assertEquals("ok", answer, node.name()));
    }

    @Test
    void aPacedJobIsInProgressUntilItsRecordsWereWrittenThenCompleted() {
        long start = System.nanoTime();
        ExecuteTask task = pacedJob();
        assertEquals(JobStatus.IN_PROGRESS, task.queryStatus());
        assertTrue(!task.isDone());
        JobInfo running = client.jobInfo(task.taskId(), JobModule.QUERY);
        assertEquals(JobStatus.IN_PROGRESS, running.status());
        assertTrue(running.progressPct() < 100, running.toString());
        assertTrue(running.recordsRead() < RECORDS, running.toString());
        assertEquals(ScanStatus.IN_PROGRESS, client.scanInfo(task.taskId()).status());

        task.waitTillComplete(Duration.ofSeconds(60), Duration.ofMillis(50));
        long elapsedMs = Duration.ofNanos(System.nanoTime() - start).toMillis();
        int nodes = client.infoAll("node").size();
        assertTrue(elapsedMs >= RECORDS / nodes * MAX_SLEEP_PER_RECORD_MS,
            "a job at 1 record a second took only " + elapsedMs + " ms");

        assertEquals(JobStatus.COMPLETED, task.queryStatus());
        assertTrue(task.isDone());
        JobInfo done = new JobInfo(JobStatus.COMPLETED, 100, RECORDS);
        assertEquals(done, client.jobInfo(task.taskId(), JobModule.QUERY));
        assertEquals(done, client.jobInfo(task.taskId(), JobModule.SCAN));
        assertEquals(done, task.info());
        assertEquals(new ScanInfo(ScanStatus.COMPLETED, 100, RECORDS), client.scanInfo(task.taskId()));
        assertEquals(1L, client.get(Key.of(TestTarget.NAMESPACE, SET, RECORDS - 1)).getLong("paced"));
    }

    @Test
    void anUnpacedJobEndsCompletedWithEveryRecordCounted() {
        ExecuteTask task = client.execute(null, everyRecord(), Operations.put("fast", 1));
        task.waitTillComplete();
        assertEquals(JobStatus.COMPLETED, task.queryStatus());
        assertEquals(new JobInfo(JobStatus.COMPLETED, 100, RECORDS), client.jobInfo(task.taskId(), JobModule.QUERY));
        assertEquals(new ScanInfo(ScanStatus.COMPLETED, 100, RECORDS), client.scanInfo(task.taskId()));
    }

    @Test
    void aPacedJobWithAFilterExpressionCountsTheRecordsItWrote() {
        WritePolicy below50 = WritePolicy.builder()
            .filterExpression(Exp.build(Exp.lt(Exp.intBin("n"), Exp.val(50)))).build();
        ExecuteTask task = client.execute(below50, everyRecord(), 10_000, Operations.put("low", 1));
        task.waitTillComplete(Duration.ofSeconds(30), Duration.ofMillis(20));
        assertEquals(new JobInfo(JobStatus.COMPLETED, 100, 50), task.info());
        assertEquals(1L, client.get(Key.of(TestTarget.NAMESPACE, SET, 49)).getLong("low"));
        assertEquals(null, client.get(Key.of(TestTarget.NAMESPACE, SET, 50)).bins().get("low"));
    }

    @Test
    void anAbortedJobIsCompletedForJobInfoAndAbortedForScanInfo() {
        ExecuteTask task = pacedJob();
        abort(task);
        task.waitTillComplete(Duration.ofSeconds(30), Duration.ofMillis(20));
        JobInfo info = client.jobInfo(task.taskId(), JobModule.QUERY);
        assertEquals(JobStatus.COMPLETED, info.status());
        // a real server shows an aborted job at 100 %
        assertEquals(100, info.progressPct());
        assertTrue(info.recordsRead() < RECORDS, info.toString());
        ScanInfo scan = client.scanInfo(task.taskId());
        assertEquals(new ScanInfo(ScanStatus.ABORTED, info.progressPct(), info.recordsRead()), scan);
        assertEquals(JobStatus.COMPLETED, task.queryStatus());
        String listing = client.infoRandomNode("query-show:trid=" + Long.toUnsignedString(task.taskId()));
        assertTrue(listing.contains(":status=done(user-aborted):"), listing);
    }

    @Test
    void waitingLessThanTheJobRunsTimesOut() {
        ExecuteTask task = pacedJob();
        try {
            CommandTimeoutException e = assertThrows(CommandTimeoutException.class,
                () -> task.waitTillComplete(Duration.ofMillis(100), Duration.ofMillis(20)));
            assertTrue(e.getMessage().contains(Long.toUnsignedString(task.taskId())), e.getMessage());
            assertEquals(JobStatus.IN_PROGRESS, task.queryStatus());
        } finally {
            abort(task);
        }
        assertThrows(IllegalArgumentException.class, () -> task.waitTillComplete(Duration.ofSeconds(-1),
            Duration.ofMillis(20)));
        assertThrows(IllegalArgumentException.class, () -> task.waitTillComplete(Duration.ofSeconds(1),
            Duration.ZERO));
        assertThrows(NullPointerException.class, () -> task.waitTillComplete(null, Duration.ofMillis(20)));
    }

    @Test
    void anIdNoNodeListsIsUndefined() {
        long unknown = new Random(14).nextLong() | 1L << 62;
        assertEquals(new JobInfo(JobStatus.UNDEF, 0, 0), client.jobInfo(unknown, JobModule.QUERY));
        assertEquals(new JobInfo(JobStatus.UNDEF, 0, 0), client.jobInfo(-unknown, JobModule.SCAN));
        assertEquals(new ScanInfo(ScanStatus.UNDEF, 0, 0), client.scanInfo(unknown));
    }

    @Test
    void badArgumentsAreRefusedBeforeSendingAndAnRpsAboveTheMaximumByTheServer() {
        assertThrows(IllegalArgumentException.class, () -> client.jobInfo(0, JobModule.QUERY));
        assertThrows(IllegalArgumentException.class, () -> client.scanInfo(0));
        assertThrows(NullPointerException.class, () -> client.jobInfo(5, null));
        assertThrows(IllegalArgumentException.class,
            () -> client.execute(null, everyRecord(), -1, Operations.put("x", 1)));
        assertThrows(IllegalArgumentException.class, () -> client.execute(null, everyRecord(), 5));
        // background-query-max-rps defaults to 10000
        assertThrows(ParameterException.class,
            () -> client.execute(null, everyRecord(), 10_001, Operations.put("x", 1)));
        client.execute(null, everyRecord(), 10_000, Operations.put("x", 1)).waitTillComplete();
    }
}
