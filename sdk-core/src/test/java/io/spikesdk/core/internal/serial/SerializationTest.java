package io.spikesdk.core.internal.serial;

import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Policy;
import io.spikesdk.api.SerializationException;
import io.spikesdk.api.SerializerMode;
import io.spikesdk.api.Value;
import io.spikesdk.api.internal.ClassSerializers;
import io.spikesdk.api.internal.Serializers;
import io.spikesdk.api.spi.Serializer;
import io.spikesdk.api.spi.SerializerOptions;
import io.spikesdk.api.spi.SerializerProvider;
import io.spikesdk.cdt.internal.msgpack.MsgPackReader;
import io.spikesdk.cdt.internal.msgpack.MsgPackWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SerializationTest {

    /** A serializer writing {@code prefix + toString()} and reading back {@code "<prefix>read:" + text}. */
    private static Serializer tagging(String prefix) {
        return new Serializer() {
            @Override
            public byte[] serialize(Object value) {
                return (prefix + value).getBytes(StandardCharsets.UTF_8);
            }

            @Override
            public Object deserialize(byte[] bytes) {
                String text = new String(bytes, StandardCharsets.UTF_8);
                if (!text.startsWith(prefix)) {
                    throw new SerializationException("not mine: " + text);
                }
                return "read:" + text;
            }
        };
    }

    private static SerializerProvider provider(String name) {
        return new SerializerProvider() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Serializer create(SerializerOptions options) {
                return tagging(name + ":");
            }
        };
    }

    private static final Serializers JARS = Serializers.of(List.of(provider("java"), provider("json")));
    private static final Object THING = new StringBuilder("thing");

    private static ClientConfig.Builder config() {
        return ClientConfig.builder().hosts(Host.of("127.0.0.1", 3000));
    }

    private static Policy mode(SerializerMode mode) {
        return Policy.builder().serializerMode(mode).build();
    }

    /** What the write path sends for {@code object}: objects without an Aerospike type go through {@code fallback}. */
    private static Value value(Object object, MsgPackWriter.Fallback fallback) {
        Value v = Value.of(object);
        return v instanceof Value.ObjectValue o ? fallback.encode(o.value()) : v;
    }

    @AfterEach
    void unset() {
        ClassSerializers.setSerializer(null);
        ClassSerializers.setDeserializer(null);
    }

    @Test
    void nativeValuesNeverReachASerializer() {
        Serialization serial = Serialization.resolve(config().build(), JARS);
        MsgPackWriter.Fallback fallback = serial.fallback(Policy.DEFAULT);
        for (Object value : List.of("s", 1L, 2, (short) 3, (byte) 4, 1.5, 2.5f, new byte[] {1}, true, List.of(), java.util.Map.of())) {
            assertTrue(!(value(value, fallback) instanceof Value.BytesValue) || value instanceof byte[], value.toString());
        }
        assertSame(Value.NULL, value(null, fallback));
    }

    @Test
    void builtinWritesJavaBlobsAndUserWritesGenericBlobs() {
        Serialization serial = Serialization.resolve(config().serializer("json").build(), JARS);
        Value.BytesValue builtin = (Value.BytesValue) value(THING, serial.fallback(Policy.DEFAULT));
        assertEquals(7, builtin.particleType());
        assertArrayEquals("java:thing".getBytes(StandardCharsets.UTF_8), builtin.value());
        Value.BytesValue user = (Value.BytesValue) value(THING, serial.fallback(mode(SerializerMode.USER)));
        assertEquals(4, user.particleType());
        assertArrayEquals("json:thing".getBytes(StandardCharsets.UTF_8), user.value());
        assertThrows(SerializationException.class, () -> value(THING, serial.fallback(mode(SerializerMode.NONE))));
    }

    @Test
    void theConfigDefaultModeAppliesWhenThePolicyHasNone() {
        Serialization serial = Serialization.resolve(config().serializerMode(SerializerMode.NONE).build(), JARS);
        assertThrows(SerializationException.class, () -> value(THING, serial.fallback(Policy.DEFAULT)));
        assertEquals(7, value(THING, serial.fallback(mode(SerializerMode.BUILTIN))).particleType());
    }

    @Test
    void builtinWithoutTheJavaJarFailsClearly() {
        Serialization serial = Serialization.resolve(config().build(), Serializers.of(List.of(provider("json"))));
        SerializationException e = assertThrows(SerializationException.class,
                () -> value(THING, serial.fallback(Policy.DEFAULT)));
        assertTrue(e.getMessage().contains("sdk-serializer-java"), e.getMessage());
        DecodedBlob decoded = serial.decodeBin(7, new byte[] {1});
        assertInstanceOf(byte[].class, decoded.value());
        assertTrue(decoded.stored().failure().getMessage().contains("sdk-serializer-java"));
    }

    @Test
    void userPrefersTheInstanceLevelSerializerThenTheClassLevelOne() {
        ClassSerializers.setSerializer(tagging("class:"));
        ClassSerializers.setDeserializer(tagging("class:"));
        Serialization withInstance = Serialization.resolve(config().serializer(tagging("inst:")).build(), JARS);
        Serialization without = Serialization.resolve(config().build(), JARS);
        Policy user = mode(SerializerMode.USER);
        assertArrayEquals("inst:thing".getBytes(StandardCharsets.UTF_8),
                ((Value.BytesValue) value(THING, withInstance.fallback(user))).value());
        assertArrayEquals("class:thing".getBytes(StandardCharsets.UTF_8),
                ((Value.BytesValue) value(THING, without.fallback(user))).value());
        assertEquals("read:class:x", without.decodeBin(4, "class:x".getBytes(StandardCharsets.UTF_8)).value());
        assertEquals("read:inst:x", withInstance.decodeBin(4, "inst:x".getBytes(StandardCharsets.UTF_8)).value());
    }

    @Test
    void readsFollowTheParticleType() {
        Serialization serial = Serialization.resolve(config().serializer("json").build(), JARS);
        assertEquals("read:java:x", serial.decodeBin(7, "java:x".getBytes(StandardCharsets.UTF_8)).value());
        assertEquals("read:json:x", serial.decodeBin(4, "json:x".getBytes(StandardCharsets.UTF_8)).value());
        DecodedBlob failed = serial.decodeBin(4, "other".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals("other".getBytes(StandardCharsets.UTF_8), (byte[]) failed.value());
        assertTrue(failed.stored().failure().getMessage().contains("not mine"));
        byte[] python = {1, 2};
        assertSame(python, serial.decodeBin(9, python).value());
        Serialization plain = Serialization.resolve(config().build(), JARS);
        DecodedBlob raw = plain.decodeBin(4, python);
        assertSame(python, raw.value());
        assertNull(raw.stored());
    }

    @Test
    void nestedValuesUseTheSameRules() {
        Serialization serial = Serialization.resolve(config().serializer("json").build(), JARS);
        MsgPackWriter writer = new MsgPackWriter();
        writer.packObject(List.of(1L, THING), serial.fallback(mode(SerializerMode.USER)));
        byte[] packed = writer.toByteArray();
        assertEquals(List.of(1L, "read:json:thing"), MsgPackReader.unpack(packed, 0, packed.length, serial.nestedDecoder()));
        assertNull(Serialization.DISABLED.nestedDecoder());
        assertSame(MsgPackWriter.NO_SERIALIZER, Serialization.DISABLED.fallback(mode(SerializerMode.USER)));
    }

    @Test
    void anUnknownNameFailsListingTheAvailableOnes() {
        SerializationException e = assertThrows(SerializationException.class,
                () -> Serialization.resolve(config().serializer("yaml").build(), JARS));
        assertTrue(e.getMessage().contains("[java, json]"), e.getMessage());
    }

    @Test
    void aSerializerReturningNullOrThrowingIsReported() {
        Serializer broken = new Serializer() {
            @Override
            public byte[] serialize(Object value) {
                return null;
            }

            @Override
            public Object deserialize(byte[] bytes) {
                throw new IllegalStateException("boom");
            }
        };
        Serialization serial = Serialization.resolve(config().serializer(broken).build(), JARS);
        assertThrows(SerializationException.class, () -> value(THING, serial.fallback(mode(SerializerMode.USER))));
        DecodedBlob decoded = serial.decodeBin(4, new byte[] {1});
        assertInstanceOf(byte[].class, decoded.value());
        assertInstanceOf(IllegalStateException.class, decoded.stored().failure().getCause());
    }
}
