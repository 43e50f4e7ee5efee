package io.spikesdk.benchmarks.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Key creation, which computes the RIPEMD-160 digest: this SDK vs the official client. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class KeyDigestBenchmark {
    private String stringKey = Fixtures.STRING_KEY;
    private long longKey = Fixtures.LONG_KEY;

    @Benchmark
    public io.spikesdk.api.Key spikeStringKey() {
        return io.spikesdk.api.Key.of(Fixtures.NAMESPACE, Fixtures.SET, stringKey);
    }

    @Benchmark
    public com.aerospike.client.Key officialStringKey() {
        return new com.aerospike.client.Key(Fixtures.NAMESPACE, Fixtures.SET, stringKey);
    }

    @Benchmark
    public io.spikesdk.api.Key spikeLongKey() {
        return io.spikesdk.api.Key.of(Fixtures.NAMESPACE, Fixtures.SET, longKey);
    }

    @Benchmark
    public com.aerospike.client.Key officialLongKey() {
        return new com.aerospike.client.Key(Fixtures.NAMESPACE, Fixtures.SET, longKey);
    }
}
