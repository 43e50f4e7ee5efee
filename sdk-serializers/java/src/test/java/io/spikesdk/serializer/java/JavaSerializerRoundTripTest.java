package io.spikesdk.serializer.java;

import io.spikesdk.api.internal.Serializers;
import io.spikesdk.api.spi.Serializer;
import io.spikesdk.api.spi.SerializerOptions;
import io.spikesdk.testfixtures.serializer.PojoShapes;
import io.spikesdk.testfixtures.serializer.PojoShapes.Blob;
import io.spikesdk.testfixtures.serializer.PojoShapes.Order;
import io.spikesdk.testfixtures.serializer.PojoShapes.Person;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

class JavaSerializerRoundTripTest {

    private final Serializer serializer = Serializers.of(List.of(new JavaSerializerProvider()))
            .create("java", SerializerOptions.builder().set("allow", "io.spikesdk.testfixtures.serializer.*").build());

    private Object roundTrip(Object value) {
        return serializer.deserialize(serializer.serialize(value));
    }

    @Test
    void recordWithNestedCollectionsNullsAndUnicode() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("city", "Zürich");
        attributes.put("nothing", null);
        attributes.put("scores", List.of(1L, 2.5, "three"));
        Person friend = new Person("Ada", 36, List.of(), Map.of(), null);
        Person person = new Person("Grace 漢字 🚀", 85, List.of("a", "b"), attributes, friend);
        assertEquals(person, roundTrip(person));
    }

    @Test
    void pojoWithJdkValueTypes() {
        Order order = PojoShapes.order();
        Order back = serializer.deserialize(serializer.serialize(order), Order.class);
        assertEquals(order, back);
        assertNull(back.comment);
    }

    @Test
    void jdkCollectionsAndArrays() {
        List<Object> values = new ArrayList<>();
        values.add(List.of(1, 2, 3));
        values.add(Map.of("k", "v"));
        values.add(Collections.unmodifiableList(new ArrayList<>(List.of("u"))));
        values.add(Collections.emptyMap());
        values.add(PojoShapes.Status.NEW);
        Object back = roundTrip(values);
        assertEquals(values, back);
        int[][] grid = {{1, 2}, {3}};
        assertArrayEquals(grid, (int[][]) roundTrip(grid));
        String[] strings = {"a", null, "ç"};
        assertArrayEquals(strings, (String[]) roundTrip(strings));
    }

    @Test
    void bigPayload() {
        byte[] data = new byte[1 << 20];
        new Random(42).nextBytes(data);
        Blob back = (Blob) roundTrip(new Blob("big", data));
        assertArrayEquals(data, back.data());
        List<Long> longs = new ArrayList<>();
        for (long i = 0; i < 20_000; i++) {
            longs.add(i * 1_000_003);
        }
        assertEquals(longs, roundTrip(longs));
    }

    @Test
    void typedReadOfABoxedValue() {
        assertEquals(42L, serializer.deserialize(serializer.serialize(42L), long.class));
        assertInstanceOf(Order.class, serializer.deserialize(serializer.serialize(PojoShapes.order()), Object.class));
    }

    @Test
    void packageTreesAndExactClasses() {
        Serializer tree = new JavaSerializerProvider().create(SerializerOptions.builder().set("allow", "io.spikesdk.**").build());
        assertEquals(PojoShapes.order(), tree.deserialize(tree.serialize(PojoShapes.order())));
        Serializer exact = new JavaSerializerProvider().create(SerializerOptions.builder()
                .set("allow", List.of(SafeThing.class.getName())).build());
        SafeThing back = (SafeThing) exact.deserialize(exact.serialize(new SafeThing("ok")));
        assertEquals("ok", back.note);
        assertEquals(Arrays.asList(1L, 2L), exact.deserialize(exact.serialize(new ArrayList<>(List.of(1L, 2L)))));
    }
}
