package io.spikesdk.examples;

import io.spikesdk.api.Host;
import io.spikesdk.testkit.EmbeddedAerospike;

import java.io.PrintStream;
import java.util.List;
import java.util.function.BiConsumer;

/** Runs an example against {@code AEROSPIKE_HOSTS}, or an embedded server when it is unset. */
final class ExampleMain {
    private ExampleMain() {
    }

    static void run(BiConsumer<List<Host>, PrintStream> example) {
        String hosts = System.getenv("AEROSPIKE_HOSTS");
        if (hosts != null && !hosts.isBlank()) {
            example.accept(Host.parse(hosts), System.out);
            return;
        }
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).namespace("test").build().start()) {
            example.accept(List.of(Host.of(server.host(), server.port())), System.out);
        }
    }
}
