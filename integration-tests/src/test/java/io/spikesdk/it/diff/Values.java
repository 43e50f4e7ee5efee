package io.spikesdk.it.diff;

import com.aerospike.client.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain Java values (as generated) to the official client's {@link Value}s. */
final class Values {
    private Values() {
    }

    /** Range ends and markers that are not plain values. */
    enum Special { INF, WILDCARD }

    static Value of(Object v) {
        if (v == Special.INF) {
            return Value.INFINITY;
        }
        if (v == Special.WILDCARD) {
            return Value.WILDCARD;
        }
        return v == null ? Value.getAsNull() : Value.get(v);
    }

    static List<Value> list(Object list) {
        List<Value> out = new ArrayList<>();
        for (Object v : (List<?>) list) {
            out.add(of(v));
        }
        return out;
    }

    static Map<Value, Value> map(Object map) {
        Map<Value, Value> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) map).entrySet()) {
            out.put(of(e.getKey()), of(e.getValue()));
        }
        return out;
    }
}
