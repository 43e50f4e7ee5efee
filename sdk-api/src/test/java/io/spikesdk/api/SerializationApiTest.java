package io.spikesdk.api;

import io.spikesdk.api.internal.ClassSerializers;
import io.spikesdk.api.internal.StoredBlob;
import io.spikesdk.api.spi.Serializer;
import io.spikesdk.api.spi.SerializerOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The serialization surface of sdk-api: config, policy, class-level registration and typed record reads. */
class SerializationApiTest {

    /** Reads bytes as a string; a typed read of Integer parses it. */
    private static final Serializer TEXT = new Serializer() {
        @Override
        public byte[] serialize(Object value) {
            return value.toString().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public Object deserialize(byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        public <T> T deserialize(byte[] bytes, Class<T> type) {
            return type == Integer.class ? type.cast(Integer.valueOf(new String(bytes, StandardCharsets.UTF_8)))
                : Serializer.super.deserialize(bytes, type);
        }
    };

    private static ClientConfig.Builder config() {
        return ClientConfig.builder().hosts(Host.of("h", 3000));
    }

    @AfterEach
    void unset() {
        Aerospike.unsetSerializers();
    }

    @Test
    void configDefaultsAndSetters() {
        ClientConfig defaults = config().build();
        assertEquals(SerializerMode.BUILTIN, defaults.serializerMode());
        assertNull(defaults.serializerName());
        assertNull(defaults.serializerInstance());
        assertEquals(SerializerOptions.EMPTY, defaults.serializerOptions());
        assertEquals(SerializerOptions.EMPTY, defaults.builtinSerializerOptions());

        SerializerOptions options = SerializerOptions.builder().set("register", "a.B").build();
        ClientConfig named = config().serializer("kryo", options).serializerMode(SerializerMode.USER)
            .builtinSerializerOptions(SerializerOptions.builder().set("allow", "a.*").build()).build();
        assertEquals("kryo", named.serializerName());
        assertEquals(options, named.serializerOptions());
        assertEquals(SerializerMode.USER, named.serializerMode());
        assertEquals("a.*", named.builtinSerializerOptions().get("allow"));
        assertEquals(named.serializerName(), named.toBuilder().build().serializerName());
        assertTrue(named.toString().contains("serializer=kryo"), named.toString());

        ClientConfig instance = named.toBuilder().serializer(TEXT).build();
        assertSame(TEXT, instance.serializerInstance());
        assertNull(instance.serializerName(), "an instance replaces the name");
        assertEquals("jackson", instance.toBuilder().serializer("jackson").build().serializerName());
        assertNull(instance.toBuilder().serializer("jackson").build().serializerInstance());

        assertThrows(IllegalArgumentException.class, () -> config().serializer(" "));
        assertThrows(NullPointerException.class, () -> config().serializerMode(null));
        assertThrows(NullPointerException.class, () -> config().serializer("x", null));
    }

    @Test
    void policyModeIsNullByDefaultAndPartOfEquality() {
        assertNull(Policy.DEFAULT.serializerMode());
        assertNull(WritePolicy.DEFAULT.serializerMode());
        Policy user = Policy.builder().serializerMode(SerializerMode.USER).build();
        assertEquals(SerializerMode.USER, user.serializerMode());
        assertEquals(SerializerMode.USER, user.toBuilder().build().serializerMode());
        assertNotEquals(Policy.DEFAULT, user);
        WritePolicy write = WritePolicy.builder().serializerMode(SerializerMode.NONE).expiration(5).build();
        assertEquals(SerializerMode.NONE, write.serializerMode());
        assertEquals(SerializerMode.NONE, WritePolicy.builder(write).build().serializerMode());
        assertTrue(write.toString().contains("serializerMode=NONE"));
    }

    @Test
    void classLevelRegistration() {
        Aerospike.setSerializer(TEXT);
        assertSame(TEXT, ClassSerializers.serializer());
        assertNull(ClassSerializers.deserializer());
        Aerospike.setDeserializer(TEXT);
        assertSame(TEXT, ClassSerializers.deserializer());
        Aerospike.unsetSerializers();
        assertNull(ClassSerializers.serializer());
        assertNull(ClassSerializers.deserializer());
        assertThrows(NullPointerException.class, () -> Aerospike.setSerializer(null));
        assertThrows(NullPointerException.class, () -> Aerospike.setDeserializer(null));
    }

    private static Record record() {
        byte[] raw = "42".getBytes(StandardCharsets.UTF_8);
        Map<String, Object> bins = new LinkedHashMap<>();
        bins.put("n", 7L);
        bins.put("decoded", "42");
        bins.put("failed", new byte[] {9});
        bins.put("plain", new byte[] {1});
        Map<String, StoredBlob> blobs = Map.of(
            "decoded", new StoredBlob(raw, 4, TEXT, null),
            "failed", new StoredBlob(new byte[] {9}, 7, null, new SerializationException("no allow-list")));
        return new Record(null, bins, 1, -1, blobs);
    }

    @Test
    void getObjectReturnsTheReadValue() {
        Record record = record();
        assertEquals("42", record.getObject("decoded"));
        assertEquals(7L, record.getObject("n"));
        assertNull(record.getObject("missing"));
    }

    @Test
    void getObjectWithATypeBindsSerializedBins() {
        Record record = record();
        assertEquals(42, record.getObject("decoded", Integer.class));
        assertEquals("42", record.getObject("decoded", String.class));
        assertArrayEquals("42".getBytes(StandardCharsets.UTF_8), record.getObject("decoded", byte[].class));
        assertEquals(7L, record.getObject("n", long.class));
        assertArrayEquals(new byte[] {1}, record.getObject("plain", byte[].class));
        assertNull(record.getObject("missing", String.class));
    }

    @Test
    void getObjectWithATypeExplainsFailures() {
        Record record = record();
        SerializationException failed = assertThrows(SerializationException.class, () -> record.getObject("failed", Map.class));
        assertTrue(failed.getMessage().contains("bin 'failed'") && failed.getMessage().contains("no allow-list"),
            failed.getMessage());
        SerializationException wrongType = assertThrows(SerializationException.class, () -> record.getObject("n", String.class));
        assertTrue(wrongType.getMessage().contains("java.lang.Long"), wrongType.getMessage());
        assertThrows(SerializationException.class, () -> record.getObject("decoded", Map.class));
    }

    @Test
    void serializerModeConstantsMirrorTheSpec() {
        assertEquals(3, SerializerMode.values().length);
        assertEquals(SerializerMode.BUILTIN, SerializerMode.valueOf("BUILTIN"));
    }
}
