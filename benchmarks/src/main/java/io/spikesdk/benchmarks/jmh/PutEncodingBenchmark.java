package io.spikesdk.benchmarks.jmh;

import com.aerospike.client.command.Command;
import io.spikesdk.core.internal.command.Requests;
import io.spikesdk.core.internal.protocol.OpType;
import java.util.Map;
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

/**
 * Encoding the request of a 10-bin put into a reused buffer, as each client does per command: ours
 * builds a {@code Request} and writes it into the connection's buffer, the official client builds a
 * {@code Command} and writes it into its thread-local buffer. Bins and key are built once.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PutEncodingBenchmark {
    private final io.spikesdk.api.Key spikeKey =
            io.spikesdk.api.Key.of(Fixtures.NAMESPACE, Fixtures.SET, Fixtures.STRING_KEY);
    private final io.spikesdk.api.Bin[] spikeBins = spikeBins();
    private final io.spikesdk.api.WritePolicy spikePolicy = io.spikesdk.api.WritePolicy.DEFAULT;
    private final byte[] buffer = new byte[8192];

    private final com.aerospike.client.Key officialKey =
            new com.aerospike.client.Key(Fixtures.NAMESPACE, Fixtures.SET, Fixtures.STRING_KEY);
    private final com.aerospike.client.Bin[] officialBins = officialBins();
    private final com.aerospike.client.policy.WritePolicy officialPolicy =
            new com.aerospike.client.policy.WritePolicy();

    /** This SDK: frame length written. */
    @Benchmark
    public int spike() {
        return Requests.write(spikePolicy, spikeKey, OpType.WRITE, spikeBins).writeTo(buffer);
    }

    /** The official client: frame length written. */
    @Benchmark
    public int official() {
        return officialCommand().dataOffset;
    }

    /** The official client's encoded command (its frame is {@code dataBuffer[0, dataOffset)}). */
    Command officialCommand() {
        Command command = new Command(officialPolicy.socketTimeout, officialPolicy.totalTimeout,
                officialPolicy.maxRetries);
        command.setWrite(officialPolicy, com.aerospike.client.Operation.Type.WRITE, officialKey, officialBins);
        return command;
    }

    /** This SDK's buffer after {@link #spike()}. */
    byte[] spikeBuffer() {
        return buffer;
    }

    private static io.spikesdk.api.Bin[] spikeBins() {
        Map<String, Object> bins = Fixtures.tenBins();
        return bins.entrySet().stream().map(e -> io.spikesdk.api.Bin.of(e.getKey(), e.getValue()))
                .toArray(io.spikesdk.api.Bin[]::new);
    }

    private static com.aerospike.client.Bin[] officialBins() {
        Map<String, Object> bins = Fixtures.tenBins();
        return bins.entrySet().stream()
                .map(e -> new com.aerospike.client.Bin(e.getKey(), com.aerospike.client.Value.get(e.getValue())))
                .toArray(com.aerospike.client.Bin[]::new);
    }
}
