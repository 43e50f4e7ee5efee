package io.spikesdk.it.diff;

import io.spikesdk.it.cdt.model.ValueOrder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Seeded random values of every type the wire carries: ints (small, and the int64 edges), doubles
 * (incl. {@code -0.0}, never NaN), strings (empty, unicode), blobs, booleans, nil, and nested lists and
 * maps. Small pools make duplicates common, so value-based selectors find something.
 */
final class Gen {
    static final long[] EDGE_INTS = {Long.MIN_VALUE, Long.MAX_VALUE, 4294967296L, -2147483648L, 255, -1};
    private static final double[] DOUBLES = {1.5, -0.0, 0.0, 2.25, -3.0, 1e300, 100.0};
    private static final String[] STRINGS = {"", "a", "b", "ab", "zz", "é", "日本", "\uD83D\uDE00"};
    private static final byte[][] BLOBS = {{}, {0}, {1, 2}, {(byte) 0xff}};

    final Random random;

    Gen(Random random) {
        this.random = random;
    }

    /**
     * A generator seeded from this one through a strong mix: {@link Differ} seeds case {@code n} with
     * {@code new Random(seed * K + n)}, and the first outputs of {@code java.util.Random} for such neighbouring seeds
     * step by a constant, so small bounds (a weight total of 2, {@code chance}'s 100) repeat from case to case.
     */
    Gen fork() {
        return new Gen(new Random(new java.util.SplittableRandom(random.nextLong()).nextLong()));
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** A scalar or (while depth allows) a container. */
    Object value(int depth) {
        int pick = random.nextInt(depth > 0 ? 24 : 20);
        if (pick < 8) {
            return smallLong();
        }
        if (pick < 9) {
            return EDGE_INTS[random.nextInt(EDGE_INTS.length)];
        }
        if (pick < 12) {
            return STRINGS[random.nextInt(STRINGS.length)];
        }
        if (pick < 14) {
            return DOUBLES[random.nextInt(DOUBLES.length)];
        }
        if (pick < 15) {
            return random.nextBoolean();
        }
        if (pick < 16) {
            return null;
        }
        if (pick < 18) {
            return BLOBS[random.nextInt(BLOBS.length)].clone();
        }
        if (pick < 20) {
            return smallLong();
        }
        if (pick < 22) {
            return list(random.nextInt(4), depth - 1);
        }
        return map(random.nextInt(4), depth - 1, keyKind());
    }

    Object value() {
        return value(1);
    }

    long smallLong() {
        return random.nextInt(12) - 2;
    }

    /** A list or map (half each) of up to three elements, {@code depth} levels deep below it. */
    Object container(int depth) {
        return random.nextBoolean() ? list(random.nextInt(4), depth) : map(random.nextInt(4), depth, keyKind());
    }

    /** A list whose elements are all containers (maps and lists as the elements operated on). */
    List<Object> containerList(int size, int depth) {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            list.add(container(depth));
        }
        return list;
    }

    /** A map whose values are all containers. */
    Map<Object, Object> containerMap(int size, KeyKind kind, int depth) {
        Map<Object, Object> map = map(size, 0, kind);
        map.replaceAll((k, v) -> container(depth));
        return map;
    }

    List<Object> list(int size, int depth) {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            list.add(value(depth));
        }
        return list;
    }

    /** Which keys a map gets: one type per map mostly, since the client cannot read mixed keys into a TreeMap. */
    enum KeyKind { INT, STRING, BLOB, MIXED }

    KeyKind keyKind() {
        int p = random.nextInt(20);
        return p < 12 ? KeyKind.INT : p < 17 ? KeyKind.STRING : p < 18 ? KeyKind.BLOB : KeyKind.MIXED;
    }

    Object key(KeyKind kind) {
        return switch (kind) {
            case INT -> random.nextInt(15) == 0 ? EDGE_INTS[random.nextInt(EDGE_INTS.length)] : (Object) smallLong();
            case STRING -> STRINGS[random.nextInt(STRINGS.length)];
            case BLOB -> BLOBS[1 + random.nextInt(BLOBS.length - 1)].clone();
            case MIXED -> key(KeyKind.values()[random.nextInt(3)]);
        };
    }

    /**
     * A map of up to {@code size} entries; key-sorted ({@code TreeMap}, sent with the key-ordered flag) one
     * time in four, else unordered in random insertion order ({@code LinkedHashMap}).
     */
    Map<Object, Object> map(int size, int depth, KeyKind kind) {
        Map<Object, Object> map = random.nextInt(4) == 0 ? new TreeMap<>(ValueOrder.INSTANCE) : new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            Object key = key(kind);
            if (!containsKey(map, key)) {
                map.put(key, value(depth));
            }
        }
        return map;
    }

    static boolean containsKey(Map<Object, Object> map, Object key) {
        for (Object k : map.keySet()) {
            if (ValueOrder.INSTANCE.compare(k, key) == 0 && k.getClass() == key.getClass()) {
                return true;
            }
        }
        return false;
    }

    /** An index or rank around {@code [-size-2, size+2]}. */
    int position(int size) {
        return random.nextInt(2 * size + 5) - size - 2;
    }

    /** A count, sometimes negative or past the end. */
    int count(int size) {
        return random.nextInt(12) == 0 ? -1 - random.nextInt(2) : random.nextInt(size + 3);
    }
}
