package io.spikesdk.examples;

import io.spikesdk.api.Host;
import io.spikesdk.testkit.EmbeddedAerospike;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AsyncExampleTest {

    @Test
    void tenThousandGetsAndAChainOfDependentCommands() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).namespace("test").build().start();
             PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            AsyncExample.run(List.of(Host.of(server.host(), server.port())), out);
        }
        // 100 passes over the keys 0..99
        assertEquals(List.of("10000 gets done, sum of n = " + 100 * (99 * 100 / 2),
            "put, add, get -> count = 42", "scanned, sum of n = " + 99 * 100 / 2), bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
