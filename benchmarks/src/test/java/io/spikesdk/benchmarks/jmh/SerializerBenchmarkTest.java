package io.spikesdk.benchmarks.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.spikesdk.api.spi.Serializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every serializer the benchmark names is on the classpath and round-trips the payload. */
class SerializerBenchmarkTest {

    @ParameterizedTest
    @ValueSource(strings = {"java", "kryo", "jackson", "msgpack", "protobuf"})
    void roundTrips(String name) {
        Serializer serializer = SerializerBenchmark.create(name);
        Object payload = SerializerBenchmark.payload(name);
        assertEquals(payload, serializer.deserialize(serializer.serialize(payload), payload.getClass()));
    }
}
