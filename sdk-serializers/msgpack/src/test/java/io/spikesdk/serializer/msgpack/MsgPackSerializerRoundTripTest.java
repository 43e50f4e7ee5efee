package io.spikesdk.serializer.msgpack;

import io.spikesdk.api.internal.Serializers;
import io.spikesdk.api.spi.Serializer;
import io.spikesdk.api.spi.SerializerOptions;
import io.spikesdk.testfixtures.serializer.JacksonShapes;
import io.spikesdk.testfixtures.serializer.JacksonShapes.Blob;
import io.spikesdk.testfixtures.serializer.JacksonShapes.Order;
import io.spikesdk.testfixtures.serializer.JacksonShapes.Person;
import org.junit.jupiter.api.Test;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

class MsgPackSerializerRoundTripTest {

    private final Serializer serializer = Serializers.of(List.of(new MsgPackSerializerProvider()))
            .create("msgpack", SerializerOptions.EMPTY);

    @Test
    void recordWithNestedCollectionsNullsAndUnicode() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("city", "Zürich");
        attributes.put("nothing", null);
        attributes.put("scores", List.of(1L, 2.5, "three"));
        Person friend = new Person("Ada", 36, List.of(), Map.of(), null);
        Person person = new Person("Grace 漢字 🚀", 85, List.of("a", "b"), attributes, friend);
        assertEquals(person, serializer.deserialize(serializer.serialize(person), Person.class));
    }

    @Test
    void untypedReadsGivePlainValues() {
        Person person = new Person("Ada", 36, List.of("x"), Map.of("k", true), null);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("name", "Ada");
        expected.put("age", 36L);
        expected.put("tags", List.of("x"));
        expected.put("attributes", Map.of("k", true));
        expected.put("friend", null);
        assertEquals(expected, serializer.deserialize(serializer.serialize(person)));
        assertEquals(expected, serializer.deserialize(serializer.serialize(person), Object.class));
        assertEquals(List.of(1L, 2L, 3L), serializer.deserialize(serializer.serialize(new int[] {1, 2, 3})));
        assertArrayEquals(new byte[] {1, 2}, (byte[]) serializer.deserialize(serializer.serialize(new byte[] {1, 2})));
        Instant instant = Instant.parse("2024-05-06T07:08:09.123456789Z");
        assertEquals(instant, serializer.deserialize(serializer.serialize(instant)));
        assertEquals(instant, serializer.deserialize(serializer.serialize(instant), Instant.class));
    }

    @Test
    void nonStringKeysAndBigUnsignedIntegersFromOtherWriters() throws Exception {
        MessageBufferPacker packer = MessagePack.newDefaultBufferPacker();
        packer.packMapHeader(2).packInt(1).packString("one").packLong(-5).packBigInteger(new BigInteger("18446744073709551615"));
        packer.close();
        Map<Object, Object> expected = new LinkedHashMap<>();
        expected.put(1L, "one");
        expected.put(-5L, new BigInteger("18446744073709551615"));
        assertEquals(expected, serializer.deserialize(packer.toByteArray()));
    }

    @Test
    void pojoWithNestedCollections() {
        Order order = JacksonShapes.order();
        Order back = serializer.deserialize(serializer.serialize(order), Order.class);
        assertEquals(order, back);
        assertNull(back.comment);
        assertInstanceOf(Map.class, serializer.deserialize(serializer.serialize(order)));
    }

    @Test
    void bigPayload() {
        byte[] data = new byte[1 << 20];
        new Random(42).nextBytes(data);
        Blob back = serializer.deserialize(serializer.serialize(new Blob("big", data)), Blob.class);
        assertArrayEquals(data, back.data());
        List<Long> longs = new ArrayList<>();
        for (long i = 0; i < 100_000; i++) {
            longs.add(i * 1_000_003);
        }
        assertEquals(longs, serializer.deserialize(serializer.serialize(longs)));
    }
}
