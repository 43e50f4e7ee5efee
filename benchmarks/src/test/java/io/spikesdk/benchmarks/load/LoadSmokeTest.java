package io.spikesdk.benchmarks.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.benchmarks.Load;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A few hundred transactions per client against an in-process embedded server: counts, never timings. */
@Timeout(60)
class LoadSmokeTest {

    @Test
    void compareCountsTheTransactionsOfBothClients() throws Exception {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        LoadOptions options = LoadOptions.parse("--compare", "-t", "300", "-z", "3", "-k", "50", "-o", "I,S:20",
                "-w", "RU,50", "--warmup", "0", "--rounds", "1", "--quiet", "--seed", "1");
        RunResult result = new LoadRunner(options, new PrintStream(text, true, StandardCharsets.UTF_8)).run();
        String output = text.toString(StandardCharsets.UTF_8);
        for (ClientKind kind : ClientKind.values()) {
            Measurement m = result.of(kind);
            assertEquals(300, m.transactions(), kind + ": " + output);
            assertEquals(0, m.errors() + m.timeouts(), kind + ": " + m.firstError());
            assertTrue(m.readCount() > 0 && m.writeCount() > 0, kind + ": " + output);
            assertTrue(m.bytesPerOp() > 0, "allocation is measured");
            assertTrue(!Double.isNaN(m.serverCpuPercent()), "server CPU is measured in-process");
        }
        assertTrue(output.contains("prefill: 50 keys written by spike"), output);
        assertTrue(output.contains("spike/official"), output);
    }

    @Test
    void asyncCompareCountsTheTransactionsOfBothClients() throws Exception {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        LoadOptions options = LoadOptions.parse("--compare", "--async", "--in-flight", "7", "--event-loops", "2",
                "-t", "400", "-k", "50", "-o", "I,S:20", "-w", "RU,50", "--warmup", "0", "--rounds", "1", "--quiet",
                "--seed", "1");
        RunResult result = new LoadRunner(options, new PrintStream(text, true, StandardCharsets.UTF_8)).run();
        String output = text.toString(StandardCharsets.UTF_8);
        for (ClientKind kind : ClientKind.values()) {
            Measurement m = result.of(kind);
            assertEquals(400, m.transactions(), kind + ": " + output);
            assertEquals(0, m.errors() + m.timeouts(), kind + ": " + m.firstError());
            assertTrue(m.readCount() > 0 && m.writeCount() > 0, kind + ": " + output);
            assertTrue(m.clientCpuMicrosPerOp() > 0, kind + ": the event loops' CPU is measured");
            assertTrue(m.bytesPerOp() > 0, kind + ": the event loops' allocation is measured");
        }
        assertTrue(output.contains("prefill: 50 keys written by spike"), output);
        assertTrue(output.contains("async, 7 in flight on 2 event loop(s)"), output);
    }

    @Test
    void asyncBatchReadsOfBothClients() throws Exception {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        LoadOptions options = LoadOptions.parse("--compare", "--async", "--in-flight", "3", "-t", "60", "-k", "200",
                "-w", "RU,100", "--batch-size", "25", "--warmup", "0", "--rounds", "1", "--quiet", "--seed", "3");
        RunResult result = new LoadRunner(options, new PrintStream(text, true, StandardCharsets.UTF_8)).run();
        String output = text.toString(StandardCharsets.UTF_8);
        for (ClientKind kind : ClientKind.values()) {
            Measurement m = result.of(kind);
            assertEquals(60, m.readCount(), kind + ": " + output);
            assertEquals(0, m.errors() + m.timeouts(), kind + ": " + m.firstError());
        }
    }

    @Test
    void batchReadsOfBothClients() throws Exception {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        LoadOptions options = LoadOptions.parse("--compare", "-t", "60", "-z", "2", "-k", "200", "-w", "RU,100",
                "--batch-size", "25", "--warmup", "0", "--rounds", "1", "--quiet", "--seed", "3");
        RunResult result = new LoadRunner(options, new PrintStream(text, true, StandardCharsets.UTF_8)).run();
        String output = text.toString(StandardCharsets.UTF_8);
        for (ClientKind kind : ClientKind.values()) {
            Measurement m = result.of(kind);
            assertEquals(60, m.readCount(), kind + ": " + output);
            assertEquals(0, m.errors() + m.timeouts(), kind + ": " + m.firstError());
        }
        assertTrue(output.contains("reads are batches of 25 keys"), output);
    }

    @Test
    void insertWorkloadThroughTheCommandLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Load.run(new String[] {"--client", "official", "-w", "I", "-t", "200", "-z", "2", "-k", "100",
                "-o", "B:64", "--warmup", "0"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("official r1 ="), text);
        assertTrue(!text.contains("prefill"), text);
    }

    @Test
    void usageErrorsExitWithTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Load.run(new String[] {"--bogus"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("error: unknown option: --bogus"));
    }

    @Test
    void severalEmbeddedNodesServeBothClients() throws Exception {
        LoadOptions options = LoadOptions.parse("--compare", "--embedded-nodes", "3", "-t", "200", "-z", "2",
                "-k", "60", "-o", "I", "--warmup", "0", "--rounds", "1", "--quiet", "--seed", "2");
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        RunResult result = new LoadRunner(options, new PrintStream(text, true, StandardCharsets.UTF_8)).run();
        for (ClientKind kind : ClientKind.values()) {
            Measurement m = result.of(kind);
            assertEquals(200, m.transactions(), kind + ": " + text.toString(StandardCharsets.UTF_8));
            assertEquals(0, m.errors() + m.timeouts(), kind + ": " + m.firstError());
        }
        assertTrue(text.toString(StandardCharsets.UTF_8).contains("3 node(s)"));
    }
}
