package io.spikesdk.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordTest {

    private static final GeoJson POINT = GeoJson.of("{\"type\":\"Point\",\"coordinates\":[1,2]}");

    private static Record sample() {
        Map<String, Object> bins = new LinkedHashMap<>();
        bins.put("z", 1L);
        bins.put("l", 42L);
        bins.put("big", 1L << 40);
        bins.put("d", 2.5);
        bins.put("s", "text");
        bins.put("b", new byte[] {1, 2});
        bins.put("t", Boolean.TRUE);
        bins.put("list", List.of(1L, 2L));
        bins.put("map", Map.of("k", "v"));
        bins.put("geo", POINT);
        return new Record(Key.of("test", "demo", "k"), bins, 3, 100);
    }

    @Test
    void headerFields() {
        Record r = sample();
        assertEquals(Key.of("test", "demo", "k"), r.key());
        assertEquals(3, r.generation());
        assertEquals(100, r.ttl());
        assertEquals(-1, new Record(null, null, 1, -1).ttl());
        assertNull(new Record(null, null, 1, -1).key());
        assertTrue(new Record(null, null, 1, -1).bins().isEmpty());
    }

    @Test
    void typedGetters() {
        Record r = sample();
        assertEquals(42L, r.getLong("l"));
        assertEquals(42, r.getInt("l"));
        assertEquals(2.5, r.getDouble("d"));
        assertEquals(42.0, r.getDouble("l"));
        assertEquals("text", r.getString("s"));
        assertArrayEquals(new byte[] {1, 2}, r.getBytes("b"));
        assertTrue(r.getBoolean("t"));
        assertTrue(r.getBoolean("z"));
        assertEquals(List.of(1L, 2L), r.getList("list"));
        assertEquals(Map.of("k", "v"), r.getMap("map"));
        assertEquals(POINT, r.getGeoJson("geo"));
        assertEquals("text", r.getValue("s"));
    }

    @Test
    void missingBinsGiveZeroFalseOrNull() {
        Record r = sample();
        assertEquals(0L, r.getLong("none"));
        assertEquals(0, r.getInt("none"));
        assertEquals(0.0, r.getDouble("none"));
        assertFalse(r.getBoolean("none"));
        assertNull(r.getString("none"));
        assertNull(r.getBytes("none"));
        assertNull(r.getList("none"));
        assertNull(r.getMap("none"));
        assertNull(r.getGeoJson("none"));
        assertNull(r.getValue("none"));
    }

    @Test
    void wrongTypesNameTheBinAndTheActualType() {
        Record r = sample();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> r.getLong("s"));
        assertTrue(e.getMessage().contains("'s'") && e.getMessage().contains("java.lang.String"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> r.getString("l"));
        assertTrue(e.getMessage().contains("'l'") && e.getMessage().contains("java.lang.Long"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> r.getDouble("s"));
        assertThrows(IllegalStateException.class, () -> r.getBytes("s"));
        assertThrows(IllegalStateException.class, () -> r.getBoolean("s"));
        assertThrows(IllegalStateException.class, () -> r.getList("map"));
        assertThrows(IllegalStateException.class, () -> r.getMap("list"));
        assertThrows(IllegalStateException.class, () -> r.getGeoJson("s"));
        e = assertThrows(IllegalStateException.class, () -> r.getInt("big"));
        assertTrue(e.getMessage().contains("does not fit in an int"), e.getMessage());
    }

    @Test
    void binsKeepOrderAndAreUnmodifiableCopies() {
        Map<String, Object> bins = new LinkedHashMap<>();
        bins.put("b", 1L);
        bins.put("a", 2L);
        bins.put("nil", null);
        Record r = new Record(null, bins, 1, 0);
        bins.put("c", 3L);
        assertEquals(List.of("b", "a", "nil"), new ArrayList<>(r.bins().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> r.bins().put("x", 1L));
    }

    @Test
    void toStringShowsHeaderAndBins() {
        String s = sample().toString();
        assertTrue(s.contains("gen=3") && s.contains("ttl=100") && s.contains("s=text") && s.contains("b=0x0102"), s);
    }
}
