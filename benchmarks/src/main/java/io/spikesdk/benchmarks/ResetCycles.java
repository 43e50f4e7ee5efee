package io.spikesdk.benchmarks;

import io.spikesdk.benchmarks.reset.CleanServerCycles;

/**
 * The cost of a clean embedded server per test: {@code reset()} of one server against a fresh server per test.
 * {@code java -cp benchmarks.jar io.spikesdk.benchmarks.ResetCycles [cycles [warm-up cycles [records per test]]]},
 * defaults 1000, 200 and 10.
 */
public final class ResetCycles {
    private ResetCycles() {
    }

    public static void main(String[] args) {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        int cycles = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int records = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        CleanServerCycles.run(cycles, warmup, records, System.out);
    }
}
