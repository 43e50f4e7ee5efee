package io.spikesdk.examples;

import io.spikesdk.api.Host;
import io.spikesdk.testkit.EmbeddedAerospike;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BatchExampleTest {

    @Test
    void printsEachRecordAndEachRowOutcome() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).namespace("test").build().start();
             PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            BatchExample.run(List.of(Host.of(server.host(), server.port())), out);
        }
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of(
                "get    ada -> {name=Ada, score=10}",
                "get    alan -> missing",
                "get    grace -> {name=Grace, score=30}",
                "BatchWrite  ada    ok {score=[null, 15]}",
                "BatchWrite  alan   ok {name=null, score=null}",
                "BatchWrite  grace  GENERATION_ERROR",
                "BatchDelete nobody KEY_NOT_FOUND_ERROR",
                "BatchRead   alan   ok {name=Alan}",
                "all rows succeeded: false"), lines);
    }
}
