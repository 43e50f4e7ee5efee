package io.spikesdk.testkit.internal.cdt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Plain-Java values for the reference model: {@link #NIL}, Boolean, Long, Double, String, List and
 * SortedMap&lt;String, Object&gt;, with the documented server order (docs/cdt-and-expressions.md §6.1) and {@link
 * Notation} rendering. Written independently of the engine.
 */
final class RefValues {
    static final Object NIL = new Object() {
        @Override
        public String toString() {
            return "nil";
        }
    };

    static final Comparator<Object> ORDER = RefValues::compare;

    private RefValues() {
    }

    static int typeRank(Object o) {
        if (o == NIL) {
            return 1;
        }
        if (o instanceof Boolean b) {
            return b ? 3 : 2;
        }
        if (o instanceof Long l) {
            return l < 0 ? 4 : 5;
        }
        if (o instanceof String) {
            return 6;
        }
        if (o instanceof List) {
            return 7;
        }
        if (o instanceof Map) {
            return 8;
        }
        return 10;
    }

    @SuppressWarnings("unchecked")
    static int compare(Object a, Object b) {
        int c = Integer.compare(typeRank(a), typeRank(b));
        if (c != 0) {
            return c;
        }
        if (a instanceof Long x) {
            return Long.compare(x, (Long) b);
        }
        if (a instanceof Double x) {
            double y = (Double) b;
            return x < y ? -1 : x > y ? 1 : 0;
        }
        if (a instanceof String x) {
            return Integer.signum(x.compareTo((String) b));
        }
        if (a instanceof List<?> x) {
            List<?> y = (List<?>) b;
            for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                c = compare(x.get(i), y.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(x.size(), y.size());
        }
        if (a instanceof Map<?, ?> x) {
            Map<String, Object> y = (Map<String, Object>) b;
            if (x.size() != y.size()) {
                return Integer.compare(x.size(), y.size());
            }
            Iterator<? extends Map.Entry<?, ?>> i = x.entrySet().iterator();
            Iterator<Map.Entry<String, Object>> j = y.entrySet().iterator();
            while (i.hasNext()) {
                Map.Entry<?, ?> p = i.next();
                Map.Entry<String, Object> q = j.next();
                c = compare(p.getKey(), q.getKey());
                if (c == 0) {
                    c = compare(p.getValue(), q.getValue());
                }
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }
        return 0;
    }

    static String render(Object o) {
        if (o instanceof String s) {
            return "'" + s + "'";
        }
        if (o instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(render(l.get(i)));
            }
            return sb.append(']').toString();
        }
        if (o instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(first ? "" : ", ").append(render(e.getKey())).append(": ").append(render(e.getValue()));
                first = false;
            }
            return sb.append('}').toString();
        }
        return String.valueOf(o);
    }

    static String renderList(List<?> items, String prefix) {
        String body = render(items);
        return prefix.isEmpty() ? body : "[" + prefix + (items.isEmpty() ? "" : " ") + body.substring(1);
    }

    /** A random scalar or small nested value from a pool with plenty of duplicates (no -0.0, no NaN). */
    static Object random(Random rnd, int depth) {
        switch (rnd.nextInt(depth > 0 ? 10 : 12)) {
            case 0: return NIL;
            case 1: return rnd.nextBoolean();
            case 2: case 3: case 4: return (long) (rnd.nextInt(9) - 3);
            case 5: return new double[] {0.5, 1.5, -2.0, 0.0}[rnd.nextInt(4)];
            case 6: case 7: return String.valueOf((char) ('a' + rnd.nextInt(4)));
            case 8: return rnd.nextInt(20) == 0 ? Long.MAX_VALUE : (long) rnd.nextInt(1000);
            case 9: return "s" + rnd.nextInt(3);
            case 10: {
                List<Object> l = new ArrayList<>();
                int n = rnd.nextInt(3);
                for (int i = 0; i < n; i++) {
                    l.add(random(rnd, depth + 1));
                }
                return l;
            }
            default: {
                SortedMap<String, Object> m = new TreeMap<>();
                int n = rnd.nextInt(3);
                for (int i = 0; i < n; i++) {
                    m.put(String.valueOf((char) ('k' + rnd.nextInt(3))), random(rnd, depth + 1));
                }
                return m;
            }
        }
    }
}
