package io.spikesdk.testkit;

import java.io.PrintStream;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * Runs an {@link EmbeddedAerospike} as a standalone process:
 * {@code java -jar sdk-testkit-<version>-server.jar --port 3000 --namespace test --namespace bar}.
 * Exit code 2 on bad arguments.
 */
public final class Main {
    static final int EXIT_USAGE = 2;

    private static final Set<String> OPTIONS = Set.of("--port", "--host", "--namespace", "--max-record-size",
            "--default-ttl", "--cluster-name");

    private static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar sdk-testkit-<version>-server.jar [options]",
            "Runs an in-memory, single-node Aerospike server (wire protocol of CE 8.1) for tests.",
            "",
            "Options:",
            "  --port <n>              port to listen on, 0 = any free port (default 3000)",
            "  --host <address>        address to bind and advertise (default 127.0.0.1)",
            "  --namespace <name>      a namespace; repeat for several (default: test)",
            "  --max-record-size <n>   largest record in bytes (default 1048576)",
            "  --default-ttl <s>       TTL applied to writes that send TTL 0 (default 0 = never expire)",
            "  --cluster-name <name>   name reported by the cluster-name info command (default empty)",
            "  --help                  print this help and exit");

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        Launch launch = launch(args, System.out, System.err);
        if (launch.server() == null) {
            System.exit(launch.exitCode());
            return;
        }
        EmbeddedAerospike server = launch.server();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "spike-aerospike-shutdown"));
        stopped.await();
    }

    /** The result of parsing the arguments: a started server, or an exit code (0 after --help). */
    record Launch(EmbeddedAerospike server, int exitCode) {
    }

    /** Parses the arguments and starts the server, printing the ready line to {@code out}. */
    static Launch launch(String[] args, PrintStream out, PrintStream err) {
        EmbeddedAerospike.Builder builder = EmbeddedAerospike.builder();
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--help") || arg.equals("-h")) {
                    out.println(USAGE);
                    return new Launch(null, 0);
                }
                String value = valueOf(args, i);
                i++;
                apply(builder, arg, value);
            }
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE);
            return new Launch(null, EXIT_USAGE);
        }
        EmbeddedAerospike server = builder.build();
        try {
            server.start();
        } catch (java.io.UncheckedIOException e) {
            err.println("error: " + e.getMessage() + ": " + e.getCause().getMessage());
            return new Launch(null, 1);
        }
        out.println(server.readyLine());
        out.flush();
        return new Launch(server, 0);
    }

    private static String valueOf(String[] args, int i) {
        String arg = args[i];
        if (!arg.startsWith("--")) {
            throw new IllegalArgumentException("unexpected argument '" + arg + "'");
        }
        if (!OPTIONS.contains(arg)) {
            throw new IllegalArgumentException("unknown option '" + arg + "'");
        }
        if (i + 1 >= args.length) {
            throw new IllegalArgumentException("option " + arg + " needs a value");
        }
        return args[i + 1];
    }

    private static void apply(EmbeddedAerospike.Builder builder, String option, String value) {
        switch (option) {
            case "--port":
                builder.port(number(option, value));
                break;
            case "--host":
                builder.host(value);
                break;
            case "--namespace":
                builder.namespace(value);
                break;
            case "--max-record-size":
                builder.maxRecordSize(number(option, value));
                break;
            case "--default-ttl":
                builder.defaultTtlSeconds(number(option, value));
                break;
            case "--cluster-name":
                builder.clusterName(value);
                break;
            default:
                throw new IllegalArgumentException("unknown option '" + option + "'");
        }
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option " + option + " needs a number, got '" + value + "'");
        }
    }
}
