package io.spikesdk.it.serialization;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Key;
import io.spikesdk.api.Record;
import io.spikesdk.api.SerializationException;
import io.spikesdk.api.SerializerMode;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.api.spi.Serializer;
import io.spikesdk.serializer.kryo.KryoSerializerProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The class-level serializer and deserializer ({@code Aerospike.setSerializer/setDeserializer}). */
@Isolated
class ClassLevelTest {

    private static final WritePolicy USER = WritePolicy.builder().serializerMode(SerializerMode.USER).build();
    private static final Serializer KRYO = new KryoSerializerProvider().create(Clients.options("kryo"));

    @AfterEach
    void unset() {
        Aerospike.unsetSerializers();
    }

    @Test
    void aClientWithoutAnInstanceLevelSerializerUsesTheClassLevelOnes() {
        Aerospike.setSerializer(KRYO);
        Aerospike.setDeserializer(KRYO);
        Key key = Clients.key("class-level");
        try (AerospikeClient client = Clients.plain()) {
            client.put(USER, key, Map.of("p", Person.sample()));
            assertEquals(Person.sample(), client.get(key).getObject("p"));
        }
    }

    @Test
    void theInstanceLevelSerializerComesFirst() {
        Aerospike.setSerializer(KRYO);
        Aerospike.setDeserializer(KRYO);
        Key key = Clients.key("class-vs-instance");
        try (AerospikeClient jackson = Clients.instanceLevel("jackson"); AerospikeClient plain = Clients.plain()) {
            jackson.put(USER, key, Map.of("p", Person.sample()));
            assertEquals(Person.sampleAsMap(), jackson.get(key).getObject("p"));
            Record viaClassLevel = plain.get(key);
            assertInstanceOf(byte[].class, viaClassLevel.getValue("p"), "kryo cannot read JSON: the bytes stay bytes");
        }
    }

    @Test
    void serializerAndDeserializerAreIndependent() {
        Aerospike.setSerializer(KRYO);
        Key key = Clients.key("class-serializer-only");
        try (AerospikeClient client = Clients.plain()) {
            client.put(USER, key, Map.of("p", Person.sample()));
            Record record = client.get(key);
            assertInstanceOf(byte[].class, record.getValue("p"));
            Aerospike.setDeserializer(KRYO);
            assertEquals(Person.sample(), client.get(key).getObject("p"), "takes effect on the next call");
        }
    }

    @Test
    void unsetSerializersLeavesUserModeWithoutASerializer() {
        Aerospike.setSerializer(KRYO);
        Aerospike.unsetSerializers();
        Key key = Clients.key("class-unset");
        try (AerospikeClient client = Clients.plain()) {
            SerializationException e = assertThrows(SerializationException.class,
                    () -> client.put(USER, key, Map.of("p", Person.sample())));
            assertTrue(e.getMessage().contains("Aerospike.setSerializer"), e.getMessage());
            assertEquals(null, client.get(key));
        }
        assertThrows(NullPointerException.class, () -> Aerospike.setSerializer(null));
    }
}
