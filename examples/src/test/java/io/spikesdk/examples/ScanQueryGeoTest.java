package io.spikesdk.examples;

import io.spikesdk.api.Host;
import io.spikesdk.testkit.EmbeddedAerospike;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The example on the embedded server prints what it printed against CE 8.1.2.0. */
class ScanQueryGeoTest {

    @Test
    void printsWhatItDid() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).namespace("test").build().start();
             PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            ScanQueryGeo.run(List.of(Host.of(server.host(), server.port())), out);
        }
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of(
                "scan: 12 places in several pages of at most 5",
                "rated 5: [Alamo Square, Dolores Park, Ferry Building, Golden Gate Park]",
                "near Union Square: [Chinatown Gate, Union Square]",
                "downtown: [Chinatown Gate, Coit Tower, Ferry Building, Union Square]",
                "marked for review: [Candlestick Point, Fort Mason]"), lines);
    }
}
