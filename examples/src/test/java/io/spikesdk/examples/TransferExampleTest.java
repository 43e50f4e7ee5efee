package io.spikesdk.examples;

import io.spikesdk.api.Host;
import io.spikesdk.testkit.EmbeddedAerospike;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TransferExampleTest {

    @Test
    void theTransferRetriesAfterTheConflictAndBlocksTheLaterWriter() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0)
                .namespace("test", ns -> ns.strongConsistency(true)).build().start();
             PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            TransferExample.run(List.of(Host.of(server.host(), server.port())), out);
        }
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of(
                "before: alice=100 bob=50",
                "attempt 1: alice=100 bob=50 fee=1",
                "  concurrent writer: fee raised to 2",
                "attempt 2: alice=100 bob=50 fee=2",
                "  concurrent writer: interest for alice refused with MRT_BLOCKED",
                "committed after 2 attempts: alice=68 bob=80"), lines);
    }
}
