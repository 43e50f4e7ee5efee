package io.spikesdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecureClientTest {

    @Test
    void theAnalystReadsButCannotWrite(@TempDir Path dir) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            SecureClient.run(dir, out);
        }
        assertEquals(List.of(
                "admin: created role report-reader (read on test) and users analyst, loader",
                "loader: wrote q3 over TLS",
                "analyst: read revenue 1250000",
                "analyst: write refused with ROLE_VIOLATION (81)",
                "analyst: revenue is still 1250000"),
            bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
