package io.spikesdk.benchmarks.reset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A few cycles of each mode: every test body finds an empty server (it throws otherwise); counts, never timings. */
@Timeout(60)
class CleanServerCyclesTest {

    @Test
    void bothModesRunEveryCycleOnACleanServer() {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        CleanServerCycles.Result[] results = CleanServerCycles.run(5, 0, 3,
                new PrintStream(text, true, StandardCharsets.UTF_8));
        String output = text.toString(StandardCharsets.UTF_8);
        assertEquals(5, results[0].overheadNanos().length);
        assertEquals(5, results[1].overheadNanos().length);
        assertTrue(output.contains("per-test overhead: reset "), output);
        assertTrue(output.contains("fresh server"), output);
    }
}
