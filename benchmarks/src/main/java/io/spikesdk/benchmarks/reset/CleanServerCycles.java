package io.spikesdk.benchmarks.reset;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.testkit.EmbeddedAerospike;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * Test-like cycles, each on a clean embedded server: either one server and client for all, emptied by
 * {@link EmbeddedAerospike#reset()} before each cycle, or a fresh server and client per cycle (started, connected,
 * closed), as {@code @EmbeddedAerospikeTest(lifecycle = SHARED)} and {@code PER_METHOD} do. The "test body" writes
 * and reads {@code records} records with this SDK's client; what is measured apart from it is the per-test
 * overhead of getting a clean server.
 */
public final class CleanServerCycles {
    /** Per-test figures of one way of getting a clean server. */
    public record Result(String mode, int cycles, long[] overheadNanos, long totalNanos) {
        long percentile(double p) {
            long[] sorted = overheadNanos.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
        }

        double meanOverheadMicros() {
            return Arrays.stream(overheadNanos).average().orElse(0) / 1000;
        }

        String line() {
            return String.format(Locale.ROOT, "%-14s %7d %12.1f %12.1f %12.1f %12.1f %14.3f", mode, cycles,
                    meanOverheadMicros(), percentile(50) / 1000.0, percentile(99) / 1000.0,
                    percentile(100) / 1000.0, totalNanos / 1e6 / cycles);
        }
    }

    private final int records;

    /** @param records records each test body writes and reads back */
    public CleanServerCycles(int records) {
        this.records = records;
    }

    /** {@code cycles} tests on one server reset before each. */
    public Result withReset(int cycles) {
        long[] overhead = new long[cycles];
        long start = System.nanoTime();
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).build().start();
                AerospikeClient client = connect(server)) {
            for (int i = 0; i < cycles; i++) {
                long t0 = System.nanoTime();
                server.reset();
                overhead[i] = System.nanoTime() - t0;
                testBody(client, i);
            }
        }
        return new Result("reset", cycles, overhead, System.nanoTime() - start);
    }

    /** {@code cycles} tests, each on a fresh server with a fresh client. */
    public Result withFreshServers(int cycles) {
        long[] overhead = new long[cycles];
        long start = System.nanoTime();
        for (int i = 0; i < cycles; i++) {
            long t0 = System.nanoTime();
            EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).build().start();
            AerospikeClient client = connect(server);
            long ready = System.nanoTime();
            testBody(client, i);
            long t1 = System.nanoTime();
            client.close();
            server.close();
            overhead[i] = (ready - t0) + (System.nanoTime() - t1);
        }
        return new Result("fresh server", cycles, overhead, System.nanoTime() - start);
    }

    private void testBody(AerospikeClient client, int cycle) {
        for (int r = 0; r < records; r++) {
            Key key = Key.of("test", "cycles", r);
            if (client.exists(key)) {
                throw new IllegalStateException("cycle " + cycle + " found record " + r + " of an earlier cycle");
            }
            client.put(key, Bin.of("v", cycle));
            if (client.get(key).getLong("v") != cycle) {
                throw new IllegalStateException("cycle " + cycle + " read another value");
            }
        }
    }

    private static AerospikeClient connect(EmbeddedAerospike server) {
        return Aerospike.client(ClientConfig.builder().hosts(java.util.List.of(Host.of(server.host(), server.port())))
                .build()).connect();
    }

    /** Warms both modes up, then runs and prints them; returns {reset, fresh}. */
    public static Result[] run(int cycles, int warmup, int records, PrintStream out) {
        CleanServerCycles bench = new CleanServerCycles(records);
        if (warmup > 0) {
            bench.withReset(warmup);
            bench.withFreshServers(warmup);
        }
        out.printf(Locale.ROOT, "%d test-like cycles per mode (%d records written and read per test, %d warm-up)%n",
                cycles, records, warmup);
        out.printf(Locale.ROOT, "%-14s %7s %12s %12s %12s %12s %14s%n", "clean server", "tests", "mean us",
                "p50 us", "p99 us", "max us", "ms per test");
        Result reset = bench.withReset(cycles);
        out.println(reset.line());
        Result fresh = bench.withFreshServers(cycles);
        out.println(fresh.line());
        out.printf(Locale.ROOT, "per-test overhead: reset %.1f us, fresh server %.1f us (%.0fx)%n",
                reset.meanOverheadMicros(), fresh.meanOverheadMicros(),
                fresh.meanOverheadMicros() / Math.max(0.001, reset.meanOverheadMicros()));
        return new Result[] {reset, fresh};
    }
}
