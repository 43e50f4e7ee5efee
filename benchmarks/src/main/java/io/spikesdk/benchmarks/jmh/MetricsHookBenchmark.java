package io.spikesdk.benchmarks.jmh;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.Record;
import io.spikesdk.api.metrics.CommandHistograms;
import io.spikesdk.api.metrics.CommandOutcome;
import io.spikesdk.api.metrics.CommandType;
import io.spikesdk.api.metrics.MetricsListener;
import io.spikesdk.core.metrics.MicrometerMetrics;
import io.spikesdk.testkit.EmbeddedAerospike;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the metrics hooks cost on a get and a put against the embedded server (one client thread, loopback):
 * {@code listener=off} (no listener: the hooks are a null check), {@code histograms} (the built-in
 * {@link CommandHistograms}) and {@code micrometer} ({@link MicrometerMetrics} on a {@code SimpleMeterRegistry}).
 * {@code hookOnly} is the listener's part alone: one event of a fixed outcome, as the client's completion hook
 * sends it (a round trip on a shared machine is too noisy to show a cost of a few hundred nanoseconds).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MetricsHookBenchmark {
    @Param({"off", "histograms", "micrometer"})
    public String listener;

    private EmbeddedAerospike server;
    private AerospikeClient client;
    private final Key key = Key.of("test", "bench", "metrics");
    private final Bin bin = Bin.of("n", 42);
    private MetricsListener hook;
    private final CommandOutcome outcome = new FixedOutcome();

    @Setup(Level.Trial)
    public void start() {
        server = EmbeddedAerospike.builder().port(0).namespace("test").build().start();
        ClientConfig.Builder config = ClientConfig.builder().hosts(Host.of(server.host(), server.port()));
        MetricsListener chosen = listener(listener);
        if (chosen != null) {
            config.metricsListener(chosen);
        }
        hook = listener(listener);
        client = Aerospike.client(config.build()).connect();
        client.put(key, bin);
    }

    /** The listener a parameter value names, or null for {@code off}. */
    static MetricsListener listener(String name) {
        switch (name) {
            case "off":
                return null;
            case "histograms":
                return new CommandHistograms();
            case "micrometer":
                MicrometerMetrics metrics = new MicrometerMetrics();
                metrics.bindTo(new SimpleMeterRegistry());
                return metrics;
            default:
                throw new IllegalArgumentException("listener: off, histograms or micrometer, not " + name);
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        client.close();
        server.close();
    }

    @Benchmark
    public Record get() {
        return client.get(key);
    }

    @Benchmark
    public void put() {
        client.put(key, bin);
    }

    @Benchmark
    public void hookOnly() {
        MetricsListener h = hook;
        if (h != null) {
            h.commandCompleted(outcome);
        }
    }

    /** A successful read of one attempt on one node. */
    private static final class FixedOutcome implements CommandOutcome {
        private final Host host = Host.of("127.0.0.1", 3000);

        @Override
        public CommandType type() {
            return CommandType.READ;
        }

        @Override
        public String namespace() {
            return "test";
        }

        @Override
        public String setName() {
            return "bench";
        }

        @Override
        public String nodeName() {
            return "BB9000000000001";
        }

        @Override
        public Host nodeHost() {
            return host;
        }

        @Override
        public long latencyNanos() {
            return 42_000;
        }

        @Override
        public int resultCode() {
            return 0;
        }

        @Override
        public boolean failed() {
            return false;
        }

        @Override
        public int attempts() {
            return 1;
        }

        @Override
        public boolean timedOut() {
            return false;
        }

        @Override
        public boolean inDoubt() {
            return false;
        }

        @Override
        public long bytesSent() {
            return 64;
        }

        @Override
        public long bytesReceived() {
            return 80;
        }
    }
}
