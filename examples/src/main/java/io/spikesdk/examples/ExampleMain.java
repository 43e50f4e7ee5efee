package io.spikesdk.examples;

import io.spikesdk.api.Host;
import io.spikesdk.testkit.EmbeddedAerospike;

import java.io.PrintStream;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Runs an example against the server named by the program's first argument ({@code host:port[,host:port]}, e.g.
 * {@code -Dexec.args=127.0.0.1:3000}), or against an embedded server it starts when there is no argument. No
 * environment variable is read: a real server is used only when asked for on the command line.
 */
final class ExampleMain {
    private ExampleMain() {
    }

    static void run(String[] args, BiConsumer<List<Host>, PrintStream> example) {
        if (args.length > 0 && !args[0].isBlank()) {
            example.accept(Host.parse(args[0]), System.out);
            return;
        }
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).namespace("test").build().start()) {
            System.out.println("Started an embedded Aerospike server on " + server.host() + ":" + server.port());
            example.accept(List.of(Host.of(server.host(), server.port())), System.out);
        }
    }

    /** Like {@link #run}, with an embedded server whose namespace {@code test} is strong-consistency (transactions). */
    static void runStrongConsistency(String[] args, BiConsumer<List<Host>, PrintStream> example) {
        if (args.length > 0 && !args[0].isBlank()) {
            example.accept(Host.parse(args[0]), System.out);
            return;
        }
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0)
                .namespace("test", ns -> ns.strongConsistency(true)).build().start()) {
            System.out.println("Started an embedded Aerospike server on " + server.host() + ":" + server.port()
                + " (namespace test: strong consistency)");
            example.accept(List.of(Host.of(server.host(), server.port())), System.out);
        }
    }
}
