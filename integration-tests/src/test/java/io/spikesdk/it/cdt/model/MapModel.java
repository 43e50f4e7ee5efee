package io.spikesdk.it.cdt.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A reference map applying the documented server rules: entries kept in key order (how the server
 * stores every map), INDEX = key-order position, RANK = position in (value, key) order (ties broken
 * by key, observation C8a). Methods return the op's result and change the map, or throw
 * {@link ModelError} and change nothing.
 */
public final class MapModel {
    private static final Comparator<Object> ORDER = ValueOrder.INSTANCE;

    private final TreeMap<Object, Object> entries = new TreeMap<>(ORDER);

    public MapModel(Map<?, ?> initial) {
        entries.putAll(initial);
    }

    public Map<Object, Object> entries() {
        return entries;
    }

    public Object put(Object key, Object value, boolean createOnly) {
        if (createOnly && entries.containsKey(key)) {
            throw new ModelError(24);
        }
        entries.put(key, value);
        return (long) entries.size();
    }

    public Object putItems(Map<?, ?> items) {
        entries.putAll(items);
        return (long) entries.size();
    }

    /** Adds an integer delta; a missing key starts at 0; wraps on overflow; non-numbers fail with 4. */
    public Object increment(Object key, long delta) {
        Object current = entries.getOrDefault(key, 0L);
        Object next;
        if (current instanceof Long l) {
            next = l + delta;
        } else if (current instanceof Double d) {
            next = d + delta;
        } else {
            throw new ModelError(4);
        }
        entries.put(key, next);
        return next;
    }

    /** VALUE of a single key; {@code null} (a NULL entry) when missing. */
    public Object removeByKey(Object key) {
        return entries.remove(key);
    }

    public Object indexOfKey(Object key) {
        return entries.containsKey(key) ? (long) entries.headMap(key).size() : -1L;
    }

    public Object rankOfKey(Object key) {
        return entries.containsKey(key) ? (long) byRank().indexOf(key) : -1L;
    }

    public Object keyAtIndex(int index) {
        return new ArrayList<>(entries.keySet()).get(Ranges.single(entries.size(), index));
    }

    public Object keyAtRank(int rank) {
        return byRank().get(Ranges.single(entries.size(), rank));
    }

    public List<Object> keysOfRankRange(int rank, Integer count) {
        List<Object> ranked = byRank();
        int[] r = Ranges.range(ranked.size(), rank, count);
        return new ArrayList<>(ranked.subList(r[0], r[0] + r[1]));
    }

    public List<Object> keysOfIndexRange(int index, Integer count, boolean inverted) {
        List<Object> keys = new ArrayList<>(entries.keySet());
        int[] r = Ranges.range(keys.size(), index, count);
        List<Object> window = keys.subList(r[0], r[0] + r[1]);
        if (!inverted) {
            return new ArrayList<>(window);
        }
        List<Object> out = new ArrayList<>(keys);
        out.removeAll(new ArrayList<>(window));
        return out;
    }

    /** Keys whose value is in {@code [begin, end)}, in key order. */
    public List<Object> keysOfValueInterval(Object begin, Object end) {
        List<Object> out = new ArrayList<>();
        entries.forEach((k, v) -> {
            if (ORDER.compare(v, begin) >= 0 && (end == null || ORDER.compare(v, end) < 0)) {
                out.add(k);
            }
        });
        return out;
    }

    /** Values whose key is in {@code [begin, end)}, in key order. */
    public List<Object> valuesOfKeyInterval(Object begin, Object end) {
        List<Object> out = new ArrayList<>();
        entries.forEach((k, v) -> {
            if (ORDER.compare(k, begin) >= 0 && (end == null || ORDER.compare(k, end) < 0)) {
                out.add(v);
            }
        });
        return out;
    }

    /** Keys found among {@code keys}, in key order. */
    public List<Object> keysOfKeyList(List<?> keys) {
        List<Object> out = new ArrayList<>();
        entries.keySet().forEach(k -> {
            if (keys.stream().anyMatch(x -> ORDER.compare(x, k) == 0)) {
                out.add(k);
            }
        });
        return out;
    }

    public List<Object> keysRelativeToKey(Object key, int offset, Integer count) {
        List<Object> keys = new ArrayList<>(entries.keySet());
        int anchor = entries.headMap(key).size();
        int[] r = Ranges.relative(keys.size(), anchor, offset, count);
        return new ArrayList<>(keys.subList(r[0], r[0] + r[1]));
    }

    public List<Object> keysRelativeToValue(Object value, int offset, Integer count) {
        List<Object> ranked = byRank();
        int anchor = (int) entries.values().stream().filter(v -> ORDER.compare(v, value) < 0).count();
        int[] r = Ranges.relative(ranked.size(), anchor, offset, count);
        return new ArrayList<>(ranked.subList(r[0], r[0] + r[1]));
    }

    public Object removeByValue(Object value) {
        long before = entries.size();
        entries.values().removeIf(v -> ORDER.compare(v, value) == 0);
        return before - entries.size();
    }

    public Object removeByRankRange(int rank, Integer count) {
        List<Object> keys = keysOfRankRange(rank, count);
        keys.forEach(entries::remove);
        return (long) keys.size();
    }

    /** Keys in (value, key) order. */
    private List<Object> byRank() {
        List<Object> keys = new ArrayList<>(entries.keySet());
        keys.sort((a, b) -> {
            int c = ORDER.compare(entries.get(a), entries.get(b));
            return c != 0 ? c : ORDER.compare(a, b);
        });
        return keys;
    }
}
