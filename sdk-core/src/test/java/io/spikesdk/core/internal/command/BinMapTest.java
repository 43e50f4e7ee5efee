package io.spikesdk.core.internal.command;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BinMapTest {

    @Test
    void behavesLikeAnInsertionOrderedMap() {
        BinMap bins = new BinMap(3);
        bins.add("b", 2L);
        bins.add("a", "x");
        bins.add("c", new byte[] {1});
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("b", 2L);
        expected.put("a", "x");
        expected.put("c", bins.get("c"));
        assertEquals(expected, bins);
        assertEquals(bins, expected);
        assertEquals(expected.hashCode(), bins.hashCode());
        assertEquals(expected.toString(), bins.toString());
        assertEquals(List.of("b", "a", "c"), List.copyOf(bins.keySet()));
        assertEquals(3, bins.size());
        assertTrue(bins.containsKey("a"));
        assertFalse(bins.containsKey("z"));
        assertNull(bins.get("z"));
        assertNull(bins.get(null));
        StringBuilder order = new StringBuilder();
        bins.forEach((k, v) -> order.append(k));
        assertEquals("bac", order.toString());
    }

    @Test
    void aRepeatedNameKeepsTheLastValueAtItsFirstPosition() {
        BinMap bins = new BinMap(3);
        bins.add("a", 1L);
        bins.add("b", 2L);
        bins.add("a", 3L);
        assertEquals(Map.of("a", 3L, "b", 2L), bins);
        assertEquals(List.of("a", "b"), List.copyOf(bins.keySet()));
    }

    @Test
    void isReadOnly() {
        BinMap bins = new BinMap(1);
        bins.add("a", 1L);
        assertThrows(UnsupportedOperationException.class, () -> bins.put("b", 2L));
        assertThrows(UnsupportedOperationException.class, () -> bins.remove("a"));
        assertThrows(UnsupportedOperationException.class, () -> bins.putAll(Map.of("c", 3L)));
        assertThrows(UnsupportedOperationException.class, bins::clear);
        assertThrows(UnsupportedOperationException.class, () -> bins.entrySet().iterator().next().setValue(5L));
        assertThrows(UnsupportedOperationException.class, () -> bins.keySet().remove("a"));
    }

    @Test
    void binNamesAreDecodedOnceAndCheckedAgainstTheBytes() {
        byte[] frame = "xxnameyyname2é".getBytes(StandardCharsets.UTF_8);
        String first = BinNames.decode(frame, 2, 4);
        assertEquals("name", first);
        assertSame(first, BinNames.decode(frame, 8, 4), "same bytes elsewhere in a frame: the cached string");
        assertEquals("name2é", BinNames.decode(frame, 8, frame.length - 8));
        assertEquals("", BinNames.decode(frame, 0, 0));
        String longName = "n".repeat(40);
        assertEquals(longName, BinNames.decode(longName.getBytes(StandardCharsets.UTF_8), 0, 40));
    }
}
