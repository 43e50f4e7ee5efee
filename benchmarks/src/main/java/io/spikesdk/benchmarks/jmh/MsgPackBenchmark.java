package io.spikesdk.benchmarks.jmh;

import com.aerospike.client.cdt.MapOrder;
import com.aerospike.client.util.Packer;
import com.aerospike.client.util.Unpacker;
import io.spikesdk.cdt.internal.msgpack.MsgPackReader;
import io.spikesdk.cdt.internal.msgpack.MsgPackWriter;
import java.util.List;
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
 * msgpack of a 100-element list and a 100-entry map (Aerospike's dialect): this SDK's
 * {@code MsgPackWriter}/{@code MsgPackReader} vs the official {@code Packer}/{@code Unpacker}, each
 * through its one-shot static entry point.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MsgPackBenchmark {
    private final List<Object> list = Fixtures.hundredElementList();
    private final Map<Object, Object> map = Fixtures.hundredEntryMap();
    private final byte[] packedList = MsgPackWriter.pack(list);
    private final byte[] packedMap = MsgPackWriter.pack(map);

    @Benchmark
    public byte[] spikePackList() {
        return MsgPackWriter.pack(list);
    }

    @Benchmark
    public byte[] officialPackList() {
        return Packer.pack(list);
    }

    @Benchmark
    public byte[] spikePackMap() {
        return MsgPackWriter.pack(map);
    }

    @Benchmark
    public byte[] officialPackMap() {
        return Packer.pack(map, MapOrder.UNORDERED);
    }

    @Benchmark
    public Object spikeUnpackList() {
        return MsgPackReader.unpack(packedList, 0, packedList.length);
    }

    @Benchmark
    public Object officialUnpackList() {
        return Unpacker.unpackObjectList(packedList, 0, packedList.length);
    }

    @Benchmark
    public Object spikeUnpackMap() {
        return MsgPackReader.unpack(packedMap, 0, packedMap.length);
    }

    @Benchmark
    public Object officialUnpackMap() {
        return Unpacker.unpackObjectMap(packedMap, 0, packedMap.length);
    }
}
