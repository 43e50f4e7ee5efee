package io.spikesdk.serializer.jackson;

import io.spikesdk.api.internal.Serializers;
import io.spikesdk.api.spi.Serializer;
import io.spikesdk.api.spi.SerializerOptions;
import io.spikesdk.testfixtures.serializer.JacksonShapes;
import io.spikesdk.testfixtures.serializer.JacksonShapes.Blob;
import io.spikesdk.testfixtures.serializer.JacksonShapes.Order;
import io.spikesdk.testfixtures.serializer.JacksonShapes.Person;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JacksonSerializerRoundTripTest {

    private final Serializer serializer = Serializers.of(List.of(new JacksonSerializerProvider()))
            .create("jackson", SerializerOptions.EMPTY);

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
    void untypedReadsGiveGenericJson() {
        Person person = new Person("Ada", 36, List.of("x"), Map.of("k", true), null);
        Object generic = serializer.deserialize(serializer.serialize(person));
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("name", "Ada");
        expected.put("age", 36L);
        expected.put("tags", List.of("x"));
        expected.put("attributes", Map.of("k", true));
        expected.put("friend", null);
        assertEquals(expected, generic);
        assertEquals(List.of(1L, 2L, 3L), serializer.deserialize(serializer.serialize(new int[] {1, 2, 3})));
        assertEquals(2.5, serializer.deserialize(serializer.serialize(2.5)));
        assertNull(serializer.deserialize("null".getBytes()));
    }

    @Test
    void pojoWithNestedCollections() {
        Order order = JacksonShapes.order();
        Order back = serializer.deserialize(serializer.serialize(order), Order.class);
        assertEquals(order, back);
        assertNull(back.comment);
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

    @Test
    void typedReadOfPrimitivesAndUnknownProperties() {
        assertEquals(7L, serializer.deserialize("7".getBytes(), long.class));
        Person person = serializer.deserialize("{\"name\":\"a\",\"extra\":1}".getBytes(), Person.class);
        assertEquals("a", person.name());
        Serializer strict = new JacksonSerializerProvider().create(SerializerOptions.builder()
                .set("failOnUnknownProperties", true).build());
        assertThrows(io.spikesdk.api.SerializationException.class,
                () -> strict.deserialize("{\"name\":\"a\",\"extra\":1}".getBytes(), Person.class));
        assertInstanceOf(Map.class, serializer.deserialize("{}".getBytes(), Object.class));
    }
}
