package io.spikesdk.api;

import io.spikesdk.api.internal.UnsupportedTypes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ValueTest {

    @Test
    void integersMapToLongValue() {
        assertEquals(new Value.LongValue(5), Value.of(5L));
        assertEquals(new Value.LongValue(5), Value.of(5));
        assertEquals(new Value.LongValue(5), Value.of((short) 5));
        assertEquals(new Value.LongValue(-5), Value.of((byte) -5));
        assertEquals(ParticleType.INTEGER, Value.of(1).particleType());
        assertEquals(5L, Value.of(5).toObject());
        assertEquals(7L, ((Value.LongValue) Value.of(7)).value());
    }

    @Test
    void floatingPointMapsToDoubleValue() {
        assertEquals(new Value.DoubleValue(1.5), Value.of(1.5d));
        assertEquals(new Value.DoubleValue(1.5), Value.of(1.5f));
        assertEquals(ParticleType.DOUBLE, Value.of(1.5).particleType());
        assertEquals(1.5d, Value.of(1.5f).toObject());
    }

    @Test
    void otherNativeTypes() {
        assertEquals(ParticleType.STRING, Value.of("x").particleType());
        assertEquals("x", Value.of("x").toObject());
        assertEquals(ParticleType.BLOB, Value.of(new byte[] {1}).particleType());
        assertArrayEquals(new byte[] {1}, (byte[]) Value.of(new byte[] {1}).toObject());
        assertSame(Value.BoolValue.TRUE, Value.of(true));
        assertEquals(ParticleType.BOOL, Value.of(false).particleType());
        assertEquals(Boolean.FALSE, Value.of(false).toObject());
        assertEquals(ParticleType.LIST, Value.of(List.of(1, 2)).particleType());
        assertEquals(ParticleType.MAP, Value.of(Map.of("a", 1)).particleType());
        GeoJson g = GeoJson.of("{\"type\":\"Point\",\"coordinates\":[1,2]}");
        assertEquals(ParticleType.GEOJSON, Value.of(g).particleType());
        assertEquals(g, Value.of(g).toObject());
        assertEquals(new Value.GeoJsonValue(g), Value.geoJson(g.json()));
    }

    @Test
    void nullsAndValues() {
        assertSame(Value.NULL, Value.of(null));
        assertSame(Value.NULL, Value.of(Value.NULL));
        assertSame(Value.NULL, Value.NULL.toObject());
        assertEquals(ParticleType.NULL, Value.NULL.particleType());
        assertNull(((Value.NullValue) Value.NULL).value());
        Value v = new Value.LongValue(3);
        assertSame(v, Value.of(v));
    }

    @Test
    void typesWithoutAnAerospikeTypeAreObjectValuesLeftToTheSerializer() {
        for (Object other : new Object[] {new Object(), UUID.randomUUID(), BigDecimal.ONE, 'c', new HashSet<>(), new int[0]}) {
            Value v = Value.of(other);
            assertTrue(v instanceof Value.ObjectValue, v.getClass().getName());
            assertSame(other, v.toObject());
            assertEquals(ParticleType.BLOB, v.particleType());
        }
        assertThrows(NullPointerException.class, () -> new Value.ObjectValue(null));
        assertTrue(UnsupportedTypes.message(new Object()).contains("java.lang.Object"));
    }

    @Test
    void bytesAreCopiedOnTheWayInAndOut() {
        byte[] b = {1, 2, 3};
        Value.BytesValue v = new Value.BytesValue(b);
        b[0] = 9;
        assertArrayEquals(new byte[] {1, 2, 3}, v.value());
        v.value()[1] = 9;
        assertArrayEquals(new byte[] {1, 2, 3}, v.value());
        assertEquals(3, v.length());
        byte[] dst = new byte[5];
        v.copyTo(dst, 2);
        assertArrayEquals(new byte[] {0, 0, 1, 2, 3}, dst);
    }

    @Test
    void owningAndValueOfTakeOwnershipWithoutCopying() {
        byte[] b = {1, 2, 3};
        Value.BytesValue wrapped = Value.BytesValue.owning(b, ParticleType.JAVA_BLOB);
        Value.BytesValue viaOf = (Value.BytesValue) Value.of(b);
        b[0] = 9;
        assertArrayEquals(new byte[] {9, 2, 3}, wrapped.value());
        assertArrayEquals(new byte[] {9, 2, 3}, viaOf.value());
        assertEquals(ParticleType.JAVA_BLOB, wrapped.particleType());
        assertEquals(ParticleType.BLOB, viaOf.particleType());
        assertThrows(NullPointerException.class, () -> Value.BytesValue.owning(null, ParticleType.BLOB));
        assertThrows(IllegalArgumentException.class, () -> Value.BytesValue.owning(b, -1));
    }

    @Test
    void bytesValueCarriesItsParticleType() {
        Value.BytesValue hll = new Value.BytesValue(new byte[] {1}, ParticleType.HLL);
        assertEquals(ParticleType.HLL, hll.particleType());
        assertEquals(ParticleType.BLOB, new Value.BytesValue(new byte[0]).particleType());
        assertTrue(!hll.equals(new Value.BytesValue(new byte[] {1})));
        assertThrows(IllegalArgumentException.class, () -> new Value.BytesValue(new byte[0], 256));
        assertThrows(NullPointerException.class, () -> new Value.BytesValue(null));
    }

    @Test
    void collectionsAreUnmodifiableShallowCopies() {
        List<Object> list = new ArrayList<>(Arrays.asList(1, null, "x"));
        Value.ListValue lv = (Value.ListValue) Value.of(list);
        list.add(4);
        assertEquals(Arrays.asList(1, null, "x"), lv.value());
        List<?> view = lv.value();
        assertThrows(UnsupportedOperationException.class, () -> view.add(null));

        Map<String, Object> map = new LinkedHashMap<>();
        map.put("b", 1);
        map.put("a", 2);
        Value.MapValue mv = (Value.MapValue) Value.of(map);
        map.put("c", 3);
        assertEquals(List.of("b", "a"), new ArrayList<>(mv.value().keySet()));
        assertTrue(!mv.isSorted());
    }

    @Test
    void sortedMapsStaySorted() {
        SortedMap<String, Integer> sorted = new TreeMap<>(Comparator.reverseOrder());
        sorted.put("a", 1);
        sorted.put("b", 2);
        Value.MapValue mv = new Value.MapValue(sorted);
        assertTrue(mv.isSorted());
        assertInstanceOf(SortedMap.class, mv.value());
        assertEquals(List.of("b", "a"), new ArrayList<>(mv.value().keySet()));
    }

    @Test
    void nullCollectionsAndStringsAreRejected() {
        assertThrows(NullPointerException.class, () -> new Value.ListValue(null));
        assertThrows(NullPointerException.class, () -> new Value.MapValue(null));
        assertThrows(NullPointerException.class, () -> new Value.StringValue(null));
        assertThrows(NullPointerException.class, () -> new Value.GeoJsonValue(null));
    }

    @Test
    void equalityAndToString() {
        assertEquals(Value.of("a"), Value.of("a"));
        assertEquals(Value.of("a").hashCode(), Value.of("a").hashCode());
        assertEquals(Value.of(new byte[] {1}), Value.of(new byte[] {1}));
        assertEquals(Value.of(List.of(1L)), Value.of(List.of(1L)));
        assertEquals(new Value.DoubleValue(Double.NaN), new Value.DoubleValue(Double.NaN));
        assertEquals("NULL", Value.NULL.toString());
        assertEquals("42", Value.of(42).toString());
        assertNotSame(Value.of("a"), Value.of("a"));
    }

    @Test
    void doublesCompareAsDoubleCompareDoes() {
        assertEquals(new Value.DoubleValue(Double.NaN).hashCode(), new Value.DoubleValue(Double.NaN).hashCode());
        assertNotEquals(new Value.DoubleValue(0.0), new Value.DoubleValue(-0.0));
        assertEquals(new Value.DoubleValue(-0.0), new Value.DoubleValue(-0.0));
        assertNotEquals(new Value.DoubleValue(1.0), new Value.LongValue(1));
    }

    @Test
    void bytesCompareByContentAndType() {
        Value a = new Value.BytesValue(new byte[] {1, 2});
        Value b = Value.BytesValue.owning(new byte[] {1, 2}, ParticleType.BLOB);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new Value.BytesValue(new byte[] {1, 3}));
        assertNotEquals(a, new Value.BytesValue(new byte[] {1, 2}, ParticleType.HLL));
    }

    @Test
    void otherVariantsCompareByContent() {
        assertEquals(Value.BoolValue.TRUE, new Value.BoolValue(true));
        assertNotEquals(Value.BoolValue.TRUE, Value.BoolValue.FALSE);
        assertEquals(new Value.LongValue(3).hashCode(), Value.of(3).hashCode());
        assertNotEquals(Value.of("a"), Value.of("b"));
        Map<String, Integer> sorted = new TreeMap<>(Map.of("a", 1));
        assertEquals(Value.of(Map.of("a", 1)), Value.of(sorted));
        assertEquals(Value.geoJson("{\"type\":\"Point\",\"coordinates\":[1,2]}"),
            Value.geoJson("{\"type\":\"Point\",\"coordinates\":[1,2]}"));
        UUID id = new UUID(1, 2);
        assertEquals(Value.of(id), new Value.ObjectValue(new UUID(1, 2)));
        assertNotEquals(Value.NULL, Value.of(List.of()));
        assertEquals(Value.NULL, Value.of(null));
    }

    @Test
    void toStringShowsTheValue() {
        assertEquals("1.5", Value.of(1.5).toString());
        assertEquals("-0.0", Value.of(-0.0).toString());
        assertEquals("abc", Value.of("abc").toString());
        assertEquals("true", Value.of(true).toString());
        assertEquals("[1, x]", Value.of(List.of(1, "x")).toString());
        assertEquals("{a=1}", Value.of(Map.of("a", 1)).toString());
        assertEquals("bytes(2)", Value.of(new byte[] {1, 2}).toString());
        assertEquals("bytes(1, type 18)", new Value.BytesValue(new byte[] {1}, ParticleType.HLL).toString());
        assertEquals(new UUID(1, 2).toString(), Value.of(new UUID(1, 2)).toString());
    }

    @Test
    void nullRejectionsNameTheVariantAndTheAlternative() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> new Value.ObjectValue(null));
        assertEquals("ObjectValue needs a non-null object; use Value.NULL for no value", e.getMessage());
        e = assertThrows(NullPointerException.class, () -> new Value.BytesValue(null, 256));
        assertEquals("BytesValue needs a non-null byte array; use Value.NULL for no value", e.getMessage());
    }
}
