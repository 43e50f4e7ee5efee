package io.spikesdk.examples;

import io.spikesdk.api.Host;
import io.spikesdk.testkit.EmbeddedAerospike;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BitsAndSketchesTest {

    /** The estimates are those a real Aerospike CE 8.1.2.0 printed for the same run. */
    @Test
    void countsFlagsAndEstimatesVisitors() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).namespace("test").build().start();
             PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            BitsAndSketches.run(List.of(Host.of(server.host(), server.port())), out);
        }
        assertEquals(List.of(
                "active flags: 46 bytes for 365 days",
                "active flags: 10 days this year, 4 in February",
                "active flags: first active day after the first week is day 31, last active day is day 200",
                "visitors: home ~2926 distinct (5000 visits), pricing ~2951, sketches of 13323 bytes",
                "visitors: either page ~4791, both pages ~1067",
                "visitors: similarity 22%"),
            bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
