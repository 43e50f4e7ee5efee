package io.spikesdk.cdt;

import com.aerospike.client.Value;
import io.spikesdk.api.GeoJson;
import io.spikesdk.api.Operation;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Converts our arguments to the official client's and compares the operations both build. */
final class Official {
    static final HexFormat HEX = HexFormat.of();

    private Official() {
    }

    /** Our value as the official client's {@link Value}. */
    static Value v(Object o) {
        if (o == null) {
            return Value.NULL;
        }
        Object converted = convert(o);
        return converted instanceof Value value ? value : Value.get(converted);
    }

    /** Our value list as the official client's {@code List<Value>}. */
    static List<Value> values(List<?> items) {
        List<Value> out = new ArrayList<>();
        for (Object item : items) {
            out.add(v(item));
        }
        return out;
    }

    /** Our map as the official client's {@code Map<Value, Value>}, keeping sortedness and iteration order. */
    static Map<Value, Value> valueMap(Map<?, ?> items) {
        Map<Value, Value> out = items instanceof SortedMap
            ? new TreeMap<>((a, b) -> compareKeys(a.getObject(), b.getObject()))
            : new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : items.entrySet()) {
            out.put(v(e.getKey()), v(e.getValue()));
        }
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareKeys(Object a, Object b) {
        return ((Comparable) a).compareTo(b);
    }

    private static Object convert(Object o) {
        if (o == CdtValue.WILDCARD) {
            return Value.WILDCARD;
        }
        if (o == CdtValue.INFINITY) {
            return Value.INFINITY;
        }
        if (o instanceof GeoJson geo) {
            return Value.getAsGeoJSON(geo.json());
        }
        if (o instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object item : list) {
                out.add(item == null ? null : convert(item));
            }
            return out;
        }
        if (o instanceof SortedMap<?, ?> map) {
            TreeMap<Object, Object> out = new TreeMap<>();
            map.forEach((k, val) -> out.put(convert(k), val == null ? null : convert(val)));
            return out;
        }
        if (o instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, val) -> out.put(convert(k), val == null ? null : convert(val)));
            return out;
        }
        return o;
    }

    static com.aerospike.client.cdt.ListOrder order(ListOrder order) {
        return order == ListOrder.ORDERED ? com.aerospike.client.cdt.ListOrder.ORDERED
            : com.aerospike.client.cdt.ListOrder.UNORDERED;
    }

    static com.aerospike.client.cdt.MapOrder order(MapOrder order) {
        return switch (order) {
            case UNORDERED -> com.aerospike.client.cdt.MapOrder.UNORDERED;
            case KEY_ORDERED -> com.aerospike.client.cdt.MapOrder.KEY_ORDERED;
            case KEY_VALUE_ORDERED -> com.aerospike.client.cdt.MapOrder.KEY_VALUE_ORDERED;
        };
    }

    static com.aerospike.client.cdt.MapWriteMode mode(MapWriteMode mode) {
        return switch (mode) {
            case UPDATE -> com.aerospike.client.cdt.MapWriteMode.UPDATE;
            case UPDATE_ONLY -> com.aerospike.client.cdt.MapWriteMode.UPDATE_ONLY;
            case CREATE_ONLY -> com.aerospike.client.cdt.MapWriteMode.CREATE_ONLY;
        };
    }

    static com.aerospike.client.cdt.ListPolicy policy(ListPolicy policy) {
        return new com.aerospike.client.cdt.ListPolicy(order(policy.order()), policy.writeFlags().code());
    }

    /** The official policy built the way ours was (write mode, flags, or flags + persisted index). */
    static com.aerospike.client.cdt.MapPolicy policy(MapPolicy policy) {
        if (policy.writeMode() != MapWriteMode.UPDATE) {
            return new com.aerospike.client.cdt.MapPolicy(order(policy.order()), mode(policy.writeMode()));
        }
        if (policy.persistIndex()) {
            return new com.aerospike.client.cdt.MapPolicy(order(policy.order()), policy.writeFlags().code(), true);
        }
        return new com.aerospike.client.cdt.MapPolicy(order(policy.order()), policy.writeFlags().code());
    }

    /** Asserts type code, bin name, particle type, payload bytes and the map-operation flag are identical. */
    static void assertSameOperation(Operation ours, com.aerospike.client.Operation theirs) {
        byte[] expected = (byte[]) theirs.value.getObject();
        io.spikesdk.api.Value.BytesValue value = (io.spikesdk.api.Value.BytesValue) ours.value();
        assertEquals(HEX.formatHex(expected), HEX.formatHex(value.value()), "payload bytes");
        assertEquals(theirs.type.protocolType, ours.type().code(), "op type");
        assertEquals(theirs.type.isWrite, ours.type().isWrite(), "write");
        assertEquals(theirs.binName, ours.binName(), "bin name");
        assertEquals(theirs.value.getType(), value.particleType(), "particle type");
        assertEquals(theirs.type.name(), ours.type().name(), "operation kind (list, map, ...)");
    }
}
