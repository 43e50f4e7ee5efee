package io.spikesdk.examples;

import io.spikesdk.api.Host;
import io.spikesdk.testkit.EmbeddedAerospike;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class MetricsExampleTest {

    @Test
    void printsTheMicrometerMetersAndHistogramsOfTheLoad() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).namespace("test").build().start();
             PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            MetricsExample.run(List.of(Host.of(server.host(), server.port())), out);
        }
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        int records = MetricsExample.RECORDS;
        assertContains(lines, "aerospike.client.command [namespace=test,result=ok,type=write] count=" + (records + 1));
        assertContains(lines, "aerospike.client.command [namespace=test,result=ok,type=read] count=" + (records + 1));
        assertContains(lines, "aerospike.client.command [namespace=test,result=key_not_found_error,type=read] count=1");
        assertContains(lines, "aerospike.client.command [namespace=test,result=ok,type=batch] count=1");
        assertContains(lines, "aerospike.client.connections [state=in_use] value=0");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("histogram read count=" + (records + 2) + " p50<")), lines::toString);
    }

    private static void assertContains(List<String> lines, String line) {
        assertTrue(lines.contains(line), () -> "no line '" + line + "' in\n" + String.join("\n", lines));
    }
}
