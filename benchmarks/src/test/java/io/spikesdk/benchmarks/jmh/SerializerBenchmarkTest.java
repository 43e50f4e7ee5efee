package io.spikesdk.benchmarks.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.api.spi.Serializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every serializer the benchmark names is on the classpath and round-trips the payload. */
class SerializerBenchmarkTest {

    @ParameterizedTest
    @ValueSource(strings = {"java", "kryo", "jackson", "msgpack", "protobuf"})
    void roundTrips(String name) {
        Serializer serializer = SerializerBenchmark.create(name);
        for (String size : new String[] {"small", "1k"}) {
            Object payload = SerializerBenchmark.payload(name, size);
            assertEquals(payload, serializer.deserialize(serializer.serialize(payload), payload.getClass()), size);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "kryo", "jackson", "msgpack", "protobuf"})
    void largePayloadIsAboutOneKilobyte(String name) {
        int bytes = SerializerBenchmark.create(name).serialize(SerializerBenchmark.payload(name, "1k")).length;
        assertTrue(bytes >= 800 && bytes <= 1600, name + " wrote " + bytes + " bytes");
    }
}
