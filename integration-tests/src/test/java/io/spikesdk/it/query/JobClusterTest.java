package io.spikesdk.it.query;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.ExecuteTask;
import io.spikesdk.api.Host;
import io.spikesdk.api.JobInfo;
import io.spikesdk.api.JobModule;
import io.spikesdk.api.JobStatus;
import io.spikesdk.api.Key;
import io.spikesdk.api.NodeInfo;
import io.spikesdk.api.Operations;
import io.spikesdk.api.ScanStatus;
import io.spikesdk.api.Statement;
import io.spikesdk.it.TestTarget;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.EmbeddedCluster;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A background job over the 3-node embedded cluster (RF 2): every node lists it and runs its master partitions, and
 * {@code jobInfo}/{@code scanInfo} fold the three listings: in progress while one node runs it, the records of all
 * nodes summed, aborted when one node stopped it early.
 */
class JobClusterTest {
    private static final int RECORDS = 300;

    @Test
    @Timeout(60)
    void theNodesListingsAreFoldedIntoOneJob() {
        Assumptions.assumeFalse(TestTarget.isRealServer(), "needs embedded servers");
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(3).replicationFactor(2).namespace("test")
                .build().start();
                AerospikeClient client = Aerospike.client(ClientConfig.builder().hosts(hosts(cluster)).build())
                    .connect()) {
            for (int i = 0; i < RECORDS; i++) {
                client.put(Key.of("test", "job_cluster", i), Bin.of("n", i));
            }
            Statement all = Statement.builder("test").set("job_cluster").build();

            ExecuteTask done = client.execute(null, all, 1, Operations.put("a", 1));
            assertEquals(3, listings(client, done).size());
            done.waitTillComplete(Duration.ofSeconds(30), Duration.ofMillis(20));
            assertEquals(new JobInfo(JobStatus.COMPLETED, 100, RECORDS), client.jobInfo(done.taskId(),
                JobModule.QUERY));
            assertEquals(ScanStatus.COMPLETED, client.scanInfo(done.taskId()).status());

            ExecuteTask aborted = client.execute(null, all, 1, Operations.put("b", 1));
            NodeInfo first = client.nodes().get(0);
            assertEquals("ok", client.info(first, "query-abort:trid=" + Long.toUnsignedString(aborted.taskId()))
                .values().iterator().next());
            assertEquals(ScanStatus.IN_PROGRESS, client.scanInfo(aborted.taskId()).status());
            aborted.waitTillComplete(Duration.ofSeconds(30), Duration.ofMillis(20));
            assertEquals(ScanStatus.ABORTED, client.scanInfo(aborted.taskId()).status());
            JobInfo info = client.jobInfo(aborted.taskId(), JobModule.SCAN);
            assertEquals(JobStatus.COMPLETED, info.status());
            assertTrue(info.recordsRead() < RECORDS, info.toString());
        }
    }

    private static Map<NodeInfo, String> listings(AerospikeClient client, ExecuteTask task) {
        Map<NodeInfo, String> answers = client.infoAll("query-show:trid=" + Long.toUnsignedString(task.taskId()));
        answers.forEach((node, answer) -> assertTrue(answer.contains(":job-type=background-ops:"), answer));
        return answers;
    }

    private static Host[] hosts(EmbeddedCluster cluster) {
        return cluster.nodes().stream().map(n -> Host.of(n.host(), n.port())).toArray(Host[]::new);
    }
}
