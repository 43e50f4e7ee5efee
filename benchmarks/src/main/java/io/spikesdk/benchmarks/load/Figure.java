package io.spikesdk.benchmarks.load;

import java.util.function.ToDoubleFunction;

/** A figure of the end-of-run table, with the direction in which it is better. */
enum Figure {
    OPS("ops/s (reads+writes)", true, Measurement::opsPerSecond),
    READS("reads/s", true, Measurement::readsPerSecond),
    WRITES("writes/s", true, Measurement::writesPerSecond),
    P50("p50 latency us", false, m -> Histograms.percentileMicros(m.all(), 50)),
    P90("p90 latency us", false, m -> Histograms.percentileMicros(m.all(), 90)),
    P99("p99 latency us", false, m -> Histograms.percentileMicros(m.all(), 99)),
    P999("p99.9 latency us", false, m -> Histograms.percentileMicros(m.all(), 99.9)),
    READ_P99("read p99 us", false, m -> Histograms.percentileMicros(m.reads(), 99)),
    WRITE_P99("write p99 us", false, m -> Histograms.percentileMicros(m.writes(), 99)),
    ALLOC("client alloc B/op", false, Measurement::bytesPerOp),
    CPU("client CPU us/op", false, Measurement::clientCpuMicrosPerOp),
    ERRORS("errors", false, m -> m.errors()),
    TIMEOUTS("timeouts", false, m -> m.timeouts()),
    SERVER_CPU("server CPU % of machine", false, Measurement::serverCpuPercent),
    PROCESS_CPU("JVM CPU % of machine", false, Measurement::processCpuPercent);

    private final String label;
    private final boolean higherIsBetter;
    private final ToDoubleFunction<Measurement> value;

    Figure(String label, boolean higherIsBetter, ToDoubleFunction<Measurement> value) {
        this.label = label;
        this.higherIsBetter = higherIsBetter;
        this.value = value;
    }

    String label() {
        return label;
    }

    boolean higherIsBetter() {
        return higherIsBetter;
    }

    double of(Measurement m) {
        return value.applyAsDouble(m);
    }
}
