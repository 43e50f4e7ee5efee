package io.spikesdk.it.metrics;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.GenerationPolicy;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.NodeInfo;
import io.spikesdk.api.Operations;
import io.spikesdk.api.Policy;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.api.metrics.CommandHistograms;
import io.spikesdk.api.metrics.CommandType;
import io.spikesdk.it.TestTarget;
import io.spikesdk.testkit.EmbeddedAerospike;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built-in {@link CommandHistograms} counts exactly the commands a test issues, through the public API. */
class CommandHistogramsTest {
    private static final String SET = "it_metrics_hist";

    private final CommandHistograms histograms = new CommandHistograms();
    private AerospikeClient client;
    private String node;

    @BeforeEach
    void connect() {
        client = Aerospike.client(TestTarget.config().metricsListener(histograms).build()).connect();
        node = client.nodes().get(0).name();
    }

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
    }

    private static Key key(String id) {
        return Key.of(TestTarget.NAMESPACE, SET, id);
    }

    @Test
    void countsEachSingleRecordCommandByTypeAndResultCode() {
        Key a = key("a");
        Key b = key("b");
        client.delete(a);
        client.delete(b);
        client.put(a, Bin.of("n", 1));
        client.put(b, Bin.of("n", 2));
        client.get(a);
        assertNull(client.get(key("missing")));
        client.exists(a);
        client.touch(a);
        client.operate(a, Operations.add("n", 1), Operations.get("n"));

        assertEquals(2, stats(CommandType.WRITE).count());
        assertEquals(2, stats(CommandType.READ).count());
        assertEquals(1, stats(CommandType.READ).resultCount(ResultCode.KEY_NOT_FOUND_ERROR.code()),
                "a not-found get ends with code 2 without failing");
        assertEquals(0, stats(CommandType.READ).failed());
        assertEquals(1, stats(CommandType.EXISTS).count());
        assertEquals(1, stats(CommandType.TOUCH).count());
        assertEquals(1, stats(CommandType.OPERATE).count());
        assertEquals(2, stats(CommandType.DELETE).count());
        for (CommandHistograms.Stats s : histograms.snapshot()) {
            assertEquals(s.count(), Arrays.stream(s.buckets()).sum(), "every command is in one bucket: " + s);
            assertTrue(s.bytesSent() >= s.count() * 30, "at least the headers were sent: " + s);
            assertTrue(s.bytesReceived() >= s.count() * 30, "at least the reply headers were read: " + s);
            assertEquals(0, s.retries());
        }
        assertTrue(histograms.connectionsOpened(node) >= 1);
    }

    @Test
    void aFailedCommandCountsAsAnErrorWithItsResultCode() {
        Key k = key("gen");
        client.put(k, Bin.of("n", 1));
        WritePolicy wrongGeneration = WritePolicy.builder().generationPolicy(GenerationPolicy.EXPECT_GEN_EQUAL)
                .generation(99).build();
        AerospikeException e = assertThrows(AerospikeException.class, () -> client.put(wrongGeneration, k, Bin.of("n", 2)));
        assertEquals(ResultCode.GENERATION_ERROR, e.resultCode());

        CommandHistograms.Stats writes = stats(CommandType.WRITE);
        assertEquals(2, writes.count());
        assertEquals(1, writes.failed());
        assertEquals(1, writes.resultCount(ResultCode.GENERATION_ERROR.code()));
        assertEquals(1, writes.resultCount(0));
    }

    @Test
    void aBatchCountsOneCommandPerNodeAndAnInfoRequestCountsAsInfo() {
        Key[] keys = {key("b1"), key("b2"), key("b3")};
        for (Key k : keys) {
            client.put(k, Bin.of("n", 1));
        }
        long infoBefore = histograms.count(CommandType.INFO);
        client.get(keys);
        client.info("build");

        int nodes = client.nodes().size();
        assertTrue(histograms.count(CommandType.BATCH) >= 1 && histograms.count(CommandType.BATCH) <= nodes,
                "one batch command per node that owns a key");
        assertEquals(infoBefore + 1, histograms.count(CommandType.INFO));
    }

    @Test
    void closingTheClientClosesEveryConnectionItOpened() {
        client.put(key("c"), Bin.of("n", 1));
        client.close();
        long opened = 0;
        long closed = 0;
        for (NodeInfo n : client.nodes()) {
            opened += histograms.connectionsOpened(n.name());
            closed += histograms.connectionsClosed(n.name());
        }
        assertTrue(opened >= 1);
        assertEquals(opened, closed);
        client = null;
    }

    @Test
    void retriesTimeoutsAndInDoubtWritesAgainstAStalledServer() {
        client.close();
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).namespace(TestTarget.NAMESPACE).build().start()) {
            client = Aerospike.client(ClientConfig.builder().hosts(Host.of(server.host(), server.port()))
                    .metricsListener(histograms).build()).connect();
            String stalled = client.nodes().get(0).name();
            client.put(key("t"), Bin.of("n", 1));
            server.faults().delayResponses(Duration.ofSeconds(5));

            Policy read = Policy.builder().socketTimeout(100).totalTimeout(2_000).maxRetries(2).build();
            assertThrows(AerospikeException.class, () -> client.get(read, key("t")));
            WritePolicy write = WritePolicy.builder().socketTimeout(100).totalTimeout(1_000).build();
            assertThrows(AerospikeException.class, () -> client.put(write, key("t"), Bin.of("n", 2)));

            CommandHistograms.Stats reads = histograms.stats(stalled, CommandType.READ);
            assertEquals(1, reads.count());
            assertEquals(1, reads.failed());
            assertEquals(1, reads.timeouts());
            assertEquals(2, reads.retries(), "one try and two retries");
            assertEquals(0, reads.inDoubt());
            assertEquals(1, reads.resultCount(ResultCode.TIMEOUT.code()));
            CommandHistograms.Stats writes = histograms.stats(stalled, CommandType.WRITE);
            assertEquals(2, writes.count());
            assertEquals(1, writes.timeouts());
            assertEquals(1, writes.inDoubt(), "the stalled write reached the server");
        }
    }

    private CommandHistograms.Stats stats(CommandType type) {
        return histograms.stats(node, type);
    }
}
