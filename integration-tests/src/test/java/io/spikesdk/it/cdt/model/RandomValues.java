package io.spikesdk.it.cdt.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Random CDT values from small pools, so that duplicates are common: ints, strings, doubles,
 * booleans, nil, blobs, and short nested lists and (key-sorted) maps.
 */
public final class RandomValues {
    private static final String[] STRINGS = {"a", "b", "c", "ab", "zz", ""};
    private static final double[] DOUBLES = {1.5, 2.25, -3.0, 100.0};

    private final Random random;

    public RandomValues(Random random) {
        this.random = random;
    }

    public Random random() {
        return random;
    }

    /** Any value; nested containers are one level deep. */
    public Object value() {
        return value(1);
    }

    private Object value(int depth) {
        int pick = random.nextInt(depth > 0 ? 20 : 16);
        if (pick < 7) {
            return (long) (random.nextInt(13) - 3);
        }
        if (pick < 10) {
            return STRINGS[random.nextInt(STRINGS.length)];
        }
        if (pick < 12) {
            return DOUBLES[random.nextInt(DOUBLES.length)];
        }
        if (pick < 13) {
            return random.nextBoolean();
        }
        if (pick < 14) {
            return null;
        }
        if (pick < 16) {
            return new byte[] {(byte) random.nextInt(3)};
        }
        if (pick < 18) {
            List<Object> list = new ArrayList<>();
            int n = random.nextInt(3);
            for (int i = 0; i < n; i++) {
                list.add(value(depth - 1));
            }
            return list;
        }
        Map<Object, Object> map = new TreeMap<>(ValueOrder.INSTANCE);
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            map.put(key(), value(depth - 1));
        }
        return map;
    }

    /** A map key: a small int or a short string. */
    public Object key() {
        return random.nextBoolean() ? (Object) (long) (random.nextInt(9) - 2) : STRINGS[random.nextInt(STRINGS.length - 1)];
    }

    /** A small integer, mostly non-negative. */
    public long smallInt() {
        return random.nextInt(13) - 3;
    }

    public List<Object> list(int maxSize) {
        List<Object> list = new ArrayList<>();
        int n = random.nextInt(maxSize + 1);
        for (int i = 0; i < n; i++) {
            list.add(value());
        }
        return list;
    }

    public Map<Object, Object> map(int maxSize) {
        Map<Object, Object> map = new TreeMap<>(ValueOrder.INSTANCE);
        int n = random.nextInt(maxSize + 1);
        for (int i = 0; i < n; i++) {
            map.put(key(), value());
        }
        return map;
    }

    /** An index or rank around {@code [-size-2, size+2]}. */
    public int position(int size) {
        return random.nextInt(2 * size + 5) - size - 2;
    }

    /** A count, or {@code null} (to the end) one time in four. */
    public Integer count(int size) {
        return random.nextInt(4) == 0 ? null : random.nextInt(size + 3);
    }
}
