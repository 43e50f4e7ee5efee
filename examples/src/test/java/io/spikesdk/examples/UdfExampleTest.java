package io.spikesdk.examples;

import io.spikesdk.api.Host;
import io.spikesdk.testkit.EmbeddedAerospike;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UdfExampleTest {

    @Test
    void registersAppliesRunsABackgroundJobAndAggregates() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).namespace("test").build().start();
             PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            UdfExample.run(List.of(Host.of(server.host(), server.port())), out);
        }
        assertEquals(List.of(
                "registered orders.lua on every node",
                "discount order-3 by 10%: 30 -> 27 (stored: 27)",
                "background tag: 10 orders tagged seen",
                "total of all orders: 547"),
            bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
