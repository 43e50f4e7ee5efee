package io.spikesdk.benchmarks.jmh;

import com.aerospike.client.command.RecordParser;
import io.spikesdk.core.internal.command.ResponseParser;
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
 * Parsing the response of a 10-bin get (already in memory) into a record: ours through
 * {@code ResponseParser}, the official client through {@code RecordParser} as its ReadCommand does.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GetParsingBenchmark {
    private static final int PROTO_HEADER = 8;

    private final byte[] frame = Fixtures.tenBinGetResponse();
    private final int bodyLength = frame.length - PROTO_HEADER;
    private final io.spikesdk.api.Key spikeKey =
            io.spikesdk.api.Key.of(Fixtures.NAMESPACE, Fixtures.SET, Fixtures.STRING_KEY);
    private final com.aerospike.client.Key officialKey =
            new com.aerospike.client.Key(Fixtures.NAMESPACE, Fixtures.SET, Fixtures.STRING_KEY);

    @Benchmark
    public io.spikesdk.api.Record spike() {
        if (ResponseParser.resultCode(frame, bodyLength) != 0) {
            return null;
        }
        return ResponseParser.record(spikeKey, frame, bodyLength, false, false);
    }

    @Benchmark
    public com.aerospike.client.Record official() {
        RecordParser parser = new RecordParser(frame, PROTO_HEADER, bodyLength);
        parser.parseFields(null, officialKey, false);
        return parser.resultCode == 0 ? parser.parseRecord(false) : null;
    }
}
