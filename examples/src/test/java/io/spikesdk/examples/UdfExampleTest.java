package io.spikesdk.examples;

import io.spikesdk.api.Host;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class UdfExampleTest {

    @Test
    void registersAppliesRunsABackgroundJobAndAggregates() {
        String hosts = System.getenv("AEROSPIKE_HOSTS");
        // until the embedded server runs Lua (issue 15): then run it on an embedded server as the other examples do
        assumeTrue(hosts != null && !hosts.isBlank(), "the embedded server does not run Lua yet");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            UdfExample.run(Host.parse(hosts), out);
        }
        assertEquals(List.of(
                "registered orders.lua on every node",
                "discount order-3 by 10%: 30 -> 27 (stored: 27)",
                "background tag: 10 orders tagged seen",
                "total of all orders: 547"),
            bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
