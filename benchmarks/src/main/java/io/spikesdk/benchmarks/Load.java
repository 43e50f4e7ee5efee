package io.spikesdk.benchmarks;

import io.spikesdk.benchmarks.load.LoadOptions;
import io.spikesdk.benchmarks.load.LoadRunner;
import java.io.PrintStream;

/**
 * Load generator with the options of aerospike-benchmark, driving this SDK or the official client (or
 * both, alternating, with {@code --compare}). Run with {@code --help} for the options.
 */
public final class Load {
    private Load() {
    }

    public static void main(String[] args) {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the tool; returns the exit status (0 ok, 1 failed, 2 usage error). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (LoadOptions.wantsHelp(args)) {
            out.println(LoadOptions.USAGE);
            return 0;
        }
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(LoadOptions.USAGE);
            return 2;
        }
        try {
            new LoadRunner(options, out).run();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("error: interrupted");
            return 1;
        } catch (Exception e) {
            err.println("error: " + e);
            return 1;
        }
    }
}
