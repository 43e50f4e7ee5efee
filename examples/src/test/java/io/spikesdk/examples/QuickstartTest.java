package io.spikesdk.examples;

import io.spikesdk.api.Host;
import io.spikesdk.testkit.EmbeddedAerospike;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuickstartTest {

    @Test
    void printsWhatItDid() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).namespace("test").build().start();
             PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            Quickstart.run(List.of(Host.of(server.host(), server.port())), out);
        }
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of(
                "put     quickstart-1 -> name=Ada, visits=1, tags=[math, engines]",
                "get     {name=Ada, visits=1, tags=[math, engines]} (generation 1)",
                "operate visits+1, name+=\" Lovelace\" -> visits=2, name=Ada Lovelace",
                "delete  true; exists afterwards: false"), lines);
    }
}
