package io.spikesdk.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperationsTest {

    @Test
    void typeCodesMatchTheWireProtocol() {
        Map<Operation.Type, Integer> codes = Map.ofEntries(Map.entry(Operation.Type.READ, 1), Map.entry(Operation.Type.READ_HEADER, 1),
            Map.entry(Operation.Type.WRITE, 2), Map.entry(Operation.Type.CDT_READ, 3), Map.entry(Operation.Type.CDT_MODIFY, 4),
            Map.entry(Operation.Type.MAP_READ, 3), Map.entry(Operation.Type.MAP_MODIFY, 4),
            Map.entry(Operation.Type.ADD, 5), Map.entry(Operation.Type.EXP_READ, 7), Map.entry(Operation.Type.EXP_MODIFY, 8),
            Map.entry(Operation.Type.APPEND, 9), Map.entry(Operation.Type.PREPEND, 10), Map.entry(Operation.Type.TOUCH, 11),
            Map.entry(Operation.Type.BIT_READ, 12), Map.entry(Operation.Type.BIT_MODIFY, 13), Map.entry(Operation.Type.DELETE, 14),
            Map.entry(Operation.Type.HLL_READ, 15), Map.entry(Operation.Type.HLL_MODIFY, 16));
        assertEquals(Operation.Type.values().length, codes.size());
        codes.forEach((type, code) -> assertEquals(code, type.code(), type.name()));
        EnumSet<Operation.Type> reads = EnumSet.of(Operation.Type.READ, Operation.Type.READ_HEADER, Operation.Type.CDT_READ,
            Operation.Type.MAP_READ,
            Operation.Type.EXP_READ, Operation.Type.BIT_READ, Operation.Type.HLL_READ);
        for (Operation.Type t : Operation.Type.values()) {
            assertEquals(!reads.contains(t), t.isWrite(), t.name());
        }
    }

    @Test
    void factories() {
        assertEquals(new Operation(Operation.Type.WRITE, "a", Value.of(1)), Operations.put("a", 1));
        assertEquals(new Operation(Operation.Type.WRITE, "a", Value.NULL), Operations.put(Bin.of("a", null)));
        assertEquals(new Operation(Operation.Type.APPEND, "s", Value.of("x")), Operations.append("s", "x"));
        assertEquals(new Operation(Operation.Type.PREPEND, "s", Value.of("x")), Operations.prepend("s", "x"));
        assertEquals(new Operation(Operation.Type.ADD, "n", new Value.LongValue(2)), Operations.add("n", 2));
        assertEquals(new Operation(Operation.Type.ADD, "n", new Value.DoubleValue(0.5)), Operations.add("n", 0.5));
        assertEquals(new Operation(Operation.Type.READ, "n", null), Operations.get("n"));
        Operation all = Operations.get();
        assertEquals(Operation.Type.READ, all.type());
        assertNull(all.binName());
        assertNull(all.value());
        assertEquals(Operation.Type.READ_HEADER, Operations.getHeader().type());
        assertEquals(Operation.Type.TOUCH, Operations.touch().type());
        assertEquals(Operation.Type.DELETE, Operations.delete().type());
    }

    @Test
    void nullsAreRejected() {
        assertThrows(NullPointerException.class, () -> new Operation(null, "a", null));
        assertThrows(NullPointerException.class, () -> Operations.put(null));
        assertThrows(NullPointerException.class, () -> Operations.put(null, 1));
        assertThrows(NullPointerException.class, () -> Operations.get(null));
        assertThrows(NullPointerException.class, () -> Operations.add(null, 1));
        assertThrows(NullPointerException.class, () -> Operations.append("s", null));
        assertTrue(Operations.put("a", new Object()).value() instanceof Value.ObjectValue,
                "objects without an Aerospike type are serialized by the client, not refused here");
    }

    @Test
    void binsAcceptLongNamesButNotNull() {
        Bin b = Bin.of("a_name_much_longer_than_fifteen_bytes", 1);
        assertEquals("a_name_much_longer_than_fifteen_bytes", b.name());
        NullPointerException e = assertThrows(NullPointerException.class, () -> Bin.of(null, 1));
        assertTrue(e.getMessage().contains("bin name"), e.getMessage());
        assertSame(Value.NULL, new Bin("a", null).value());
        assertSame(Value.NULL, Bin.asNull("a").value());
    }

    @Test
    void expressionIsAnImmutableCopy() {
        byte[] raw = {(byte) 0x93, 1, 2, 3};
        Expression e = Expression.of(raw);
        raw[1] = 9;
        assertArrayEquals(new byte[] {(byte) 0x93, 1, 2, 3}, e.bytes());
        e.bytes()[0] = 0;
        assertEquals(4, e.size());
        byte[] dst = new byte[6];
        e.copyTo(dst, 2);
        assertArrayEquals(new byte[] {0, 0, (byte) 0x93, 1, 2, 3}, dst);
        assertEquals(e, Expression.of(new byte[] {(byte) 0x93, 1, 2, 3}));
        assertThrows(NullPointerException.class, () -> Expression.of(null));
        assertThrows(IllegalArgumentException.class, () -> Expression.of(new byte[0]));
    }

    @Test
    void geoJsonValueType() {
        GeoJson g = GeoJson.of("{}");
        assertEquals("{}", g.json());
        assertEquals(g, GeoJson.of("{}"));
        assertFalse(g.equals("{}"));
        assertThrows(NullPointerException.class, () -> GeoJson.of(null));
    }
}
