package io.spikesdk.benchmarks.jmh;

import io.spikesdk.api.spi.Serializer;
import io.spikesdk.api.spi.SerializerOptions;
import io.spikesdk.api.spi.SerializerProvider;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each serializer jar (found through {@code ServiceLoader}, as the SDK finds them) writing and reading
 * an {@link Order}, small ({@link Order#sample()}) or about 1 KB ({@link Order#large()}); protobuf, which
 * stores messages, gets the same data as a {@code Struct}. {@link #main} prints the serialized sizes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SerializerBenchmark {
    @Param({"java", "kryo", "jackson", "msgpack", "protobuf"})
    String serializer;

    @Param({"small", "1k"})
    String size;

    private Serializer engine;
    private Object payload;
    private Class<?> type;
    private byte[] stored;

    @Setup
    public void setUp() {
        engine = create(serializer);
        payload = payload(serializer, size);
        type = payload.getClass();
        stored = engine.serialize(payload);
    }

    @Benchmark
    public byte[] serialize() {
        return engine.serialize(payload);
    }

    @Benchmark
    public Object deserialize() {
        return engine.deserialize(stored, type);
    }

    /** The value {@code name} writes: an Order of {@code size} ("small" or "1k"), or its Struct for protobuf. */
    static Object payload(String name, String size) {
        Order order = size.equals("1k") ? Order.large() : Order.sample();
        return name.equals("protobuf") ? order.toStruct() : order;
    }

    /** The serializer names the benchmark runs. */
    static final String[] SERIALIZERS = {"java", "kryo", "jackson", "msgpack", "protobuf"};

    /** Prints the serialized size of both payloads for each serializer (the size column of the READMEs). */
    public static void main(String[] args) {
        System.out.println("serializer  small B  1k B");
        for (String name : SERIALIZERS) {
            Serializer engine = create(name);
            int small = engine.serialize(payload(name, "small")).length;
            int large = engine.serialize(payload(name, "1k")).length;
            System.out.printf("%-10s %8d %5d%n", name, small, large);
        }
    }

    /** The serializer {@code name}, configured to accept {@link Order}. */
    static Serializer create(String name) {
        for (SerializerProvider provider : ServiceLoader.load(SerializerProvider.class)) {
            if (provider.name().equals(name)) {
                return provider.create(options(name));
            }
        }
        throw new IllegalStateException("no serializer named '" + name + "' on the classpath");
    }

    private static SerializerOptions options(String name) {
        switch (name) {
            case "java":
                return SerializerOptions.builder().set("allow", Order.class.getName()).build();
            case "kryo":
                return SerializerOptions.builder().set("register", Order.class.getName()).build();
            default:
                return SerializerOptions.EMPTY;
        }
    }
}
