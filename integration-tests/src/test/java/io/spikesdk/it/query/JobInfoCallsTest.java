package io.spikesdk.it.query;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ExecuteTask;
import io.spikesdk.api.JobInfo;
import io.spikesdk.api.JobModule;
import io.spikesdk.api.JobStatus;
import io.spikesdk.api.Key;
import io.spikesdk.api.Operations;
import io.spikesdk.api.ScanInfo;
import io.spikesdk.api.ScanStatus;
import io.spikesdk.api.Statement;
import io.spikesdk.it.AsyncBridge;
import io.spikesdk.it.TestTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@code jobInfo} and {@code scanInfo} through the synchronous and the async client ({@link AsyncBridge}). */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"sync", "async"})
class JobInfoCallsTest {
    private static final String SET = "it_job_info_calls";
    private static final int RECORDS = 40;
    private static final Map<String, AerospikeClient> CLIENTS = new HashMap<>();
    private static AerospikeClient base;
    private AerospikeClient client;

    @Parameter
    String mode;

    @BeforeAll
    static void writeRecords() {
        base = Aerospike.client(TestTarget.config().build()).connect();
        for (int i = 0; i < RECORDS; i++) {
            base.put(Key.of(TestTarget.NAMESPACE, SET, i), Bin.of("n", i));
        }
    }

    @AfterAll
    static void close() {
        CLIENTS.forEach((m, c) -> assertEquals(m.equals("async"), AsyncBridge.asyncCalls(c) > 0, "ran " + m));
        base.close();
    }

    @BeforeEach
    void bridge() {
        client = CLIENTS.computeIfAbsent(mode, m -> AsyncBridge.of(m, base));
    }

    @Test
    void aFinishedJobIsCompletedWithEveryRecordCounted() {
        ExecuteTask task = client.execute(null, Statement.builder(TestTarget.NAMESPACE).set(SET).build(),
            Operations.put("seen", 1));
        task.waitTillComplete();
        JobInfo done = new JobInfo(JobStatus.COMPLETED, 100, RECORDS);
        assertEquals(done, client.jobInfo(task.taskId(), JobModule.QUERY));
        assertEquals(done, client.jobInfo(task.taskId(), JobModule.SCAN));
        assertEquals(new ScanInfo(ScanStatus.COMPLETED, 100, RECORDS), client.scanInfo(task.taskId()));
    }

    @Test
    void anIdNoNodeListsIsUndefined() {
        long unknown = new Random(19).nextLong() | 1L << 62;
        assertEquals(new JobInfo(JobStatus.UNDEF, 0, 0), client.jobInfo(unknown, JobModule.QUERY));
        assertEquals(new ScanInfo(ScanStatus.UNDEF, 0, 0), client.scanInfo(-unknown));
    }

    @Test
    void badArgumentsAreRefusedBeforeSending() {
        assertThrows(IllegalArgumentException.class, () -> client.jobInfo(0, JobModule.QUERY));
        assertThrows(IllegalArgumentException.class, () -> client.scanInfo(0));
        assertThrows(NullPointerException.class, () -> client.jobInfo(5, null));
    }
}
