package io.spikesdk.it.cdt.model;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The server's value order (docs/cdt-and-expressions.md §6.1), written independently of the embedded server: nil &lt;
 * false &lt; true &lt; negative int &lt; non-negative int &lt; string &lt; list &lt; map &lt; bytes &lt; double.
 * Lists compare element by element (a prefix is smaller); maps compare by size, then key and value
 * in key order. Ints and doubles are never compared numerically.
 */
public final class ValueOrder implements Comparator<Object> {
    public static final ValueOrder INSTANCE = new ValueOrder();

    private ValueOrder() {
    }

    @Override
    public int compare(Object a, Object b) {
        int ta = typeRank(a);
        int tb = typeRank(b);
        if (ta != tb) {
            return Integer.compare(ta, tb);
        }
        if (a instanceof Long x) {
            return Long.compare(x, (Long) b);
        }
        if (a instanceof String x) {
            return x.compareTo((String) b);
        }
        if (a instanceof Double x) {
            double y = (Double) b;
            return x < y ? -1 : x > y ? 1 : 0;
        }
        if (a instanceof byte[] x) {
            return java.util.Arrays.compareUnsigned(x, (byte[]) b);
        }
        if (a instanceof List<?> x) {
            return compareLists(x, (List<?>) b);
        }
        if (a instanceof Map<?, ?> x) {
            return compareMaps(x, (Map<?, ?>) b);
        }
        return 0;
    }

    private int compareLists(List<?> a, List<?> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** Both maps iterate in key order (the model keeps them as key-sorted maps). */
    private int compareMaps(Map<?, ?> a, Map<?, ?> b) {
        if (a.size() != b.size()) {
            return Integer.compare(a.size(), b.size());
        }
        Iterator<? extends Map.Entry<?, ?>> ia = a.entrySet().iterator();
        Iterator<? extends Map.Entry<?, ?>> ib = b.entrySet().iterator();
        while (ia.hasNext()) {
            Map.Entry<?, ?> ea = ia.next();
            Map.Entry<?, ?> eb = ib.next();
            int c = compare(ea.getKey(), eb.getKey());
            if (c == 0) {
                c = compare(ea.getValue(), eb.getValue());
            }
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int typeRank(Object v) {
        if (v == null) {
            return 1;
        }
        if (v instanceof Boolean b) {
            return b ? 3 : 2;
        }
        if (v instanceof Long l) {
            return l < 0 ? 4 : 5;
        }
        if (v instanceof String) {
            return 6;
        }
        if (v instanceof List) {
            return 7;
        }
        if (v instanceof Map) {
            return 8;
        }
        if (v instanceof byte[]) {
            return 9;
        }
        if (v instanceof Double) {
            return 10;
        }
        throw new IllegalArgumentException("no order for " + v.getClass());
    }
}
