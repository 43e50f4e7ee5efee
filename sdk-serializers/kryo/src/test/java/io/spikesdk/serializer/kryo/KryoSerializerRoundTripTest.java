package io.spikesdk.serializer.kryo;

import io.spikesdk.api.internal.Serializers;
import io.spikesdk.api.spi.Serializer;
import io.spikesdk.api.spi.SerializerOptions;
import io.spikesdk.testfixtures.serializer.PojoShapes;
import io.spikesdk.testfixtures.serializer.PojoShapes.Blob;
import io.spikesdk.testfixtures.serializer.PojoShapes.Order;
import io.spikesdk.testfixtures.serializer.PojoShapes.Person;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KryoSerializerRoundTripTest {

    private final Serializer serializer = Serializers.of(List.of(new KryoSerializerProvider()))
            .create("kryo", SerializerOptions.builder().set("register", ShapeRegistrations.SHAPES).build());

    private Object roundTrip(Object value) {
        return serializer.deserialize(serializer.serialize(value));
    }

    @Test
    void recordWithNestedCollectionsNullsAndUnicode() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("city", "Zürich");
        attributes.put("nothing", null);
        attributes.put("scores", new ArrayList<>(List.of(1L, 2.5, "three")));
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
    void jdkTypesAndArrays() {
        assertEquals(List.of(1, 2, 3), roundTrip(List.of(1, 2, 3)));
        assertEquals(Map.of("k", "v"), roundTrip(Map.of("k", "v")));
        assertEquals(42L, roundTrip(42L));
        assertEquals("ü", roundTrip("ü"));
        assertArrayEquals(new long[] {1, 2}, (long[]) roundTrip(new long[] {1, 2}));
        assertArrayEquals(new String[] {"a", null}, (String[]) roundTrip(new String[] {"a", null}));
        assertEquals(PojoShapes.Status.NEW, roundTrip(PojoShapes.Status.NEW));
    }

    @Test
    void bigPayload() {
        byte[] data = new byte[1 << 20];
        new Random(42).nextBytes(data);
        Blob back = (Blob) roundTrip(new Blob("big", data));
        assertArrayEquals(data, back.data());
        List<Long> longs = new ArrayList<>();
        for (long i = 0; i < 100_000; i++) {
            longs.add(i * 1_000_003);
        }
        assertEquals(longs, roundTrip(longs));
    }

    @Test
    void idsAreStableAcrossInstancesWithTheSameList() {
        Serializer other = new KryoSerializerProvider().create(SerializerOptions.builder().set("register", ShapeRegistrations.SHAPES).build());
        assertEquals(PojoShapes.order(), other.deserialize(serializer.serialize(PojoShapes.order())));
    }

    @Test
    void referencesPreserveCycles() {
        Serializer withRefs = new KryoSerializerProvider().create(SerializerOptions.builder()
                .set("register", ShapeRegistrations.SHAPES).set("references", true).build());
        PojoShapes.Node a = new PojoShapes.Node();
        a.next = new PojoShapes.Node();
        a.next.next = a;
        PojoShapes.Node back = (PojoShapes.Node) withRefs.deserialize(withRefs.serialize(a));
        assertTrue(back.next.next == back);
    }

    @Test
    void safeUnderConcurrentUse() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 300; i++) {
                        Order order = PojoShapes.order();
                        order.comment = Thread.currentThread().getName() + i;
                        if (!order.equals(roundTrip(order))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
