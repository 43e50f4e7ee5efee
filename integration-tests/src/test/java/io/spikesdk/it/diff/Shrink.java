package io.spikesdk.it.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Smaller variants of one argument value: fewer elements, shorter strings, numbers nearer 0. */
final class Shrink {
    private Shrink() {
    }

    static List<Object> candidates(Object v) {
        List<Object> out = new ArrayList<>();
        if (v instanceof Integer i && i != 0) {
            out.add(0);
            if (Math.abs(i) > 1) {
                out.add(i > 0 ? i - 1 : i + 1);
            }
        } else if (v instanceof Long l && l != 0) {
            out.add(0L);
            if (l > 1 && l < 100) {
                out.add(l - 1);
            }
        } else if (v instanceof Double d && Double.doubleToRawLongBits(d) != 0) {
            out.add(0.0);
        } else if (v instanceof String s && !s.isEmpty()) {
            out.add("");
        } else if (v instanceof byte[] b && b.length > 0) {
            out.add(new byte[0]);
        } else if (v instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                List<Object> fewer = new ArrayList<>(list);
                fewer.remove(i);
                out.add(fewer);
            }
            for (int i = 0; i < list.size(); i++) {
                for (Object smaller : candidates(list.get(i))) {
                    List<Object> changed = new ArrayList<>(list);
                    changed.set(i, smaller);
                    out.add(changed);
                }
            }
        } else if (v instanceof Map<?, ?> map) {
            List<Object> keys = new ArrayList<>(map.keySet());
            for (Object key : keys) {
                Map<Object, Object> fewer = copy(map);
                fewer.remove(key);
                out.add(fewer);
            }
            for (Object key : keys) {
                for (Object smaller : candidates(map.get(key))) {
                    Map<Object, Object> changed = copy(map);
                    changed.put(key, smaller);
                    out.add(changed);
                }
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Object> copy(Map<?, ?> map) {
        if (map instanceof TreeMap<?, ?> tree) {
            TreeMap<Object, Object> out = new TreeMap<>((java.util.Comparator<Object>) tree.comparator());
            out.putAll(map);
            return out;
        }
        return new LinkedHashMap<>(map);
    }
}
