package io.spikesdk.benchmarks.load;

import java.util.SplittableRandom;

/** Chooses the key of each transaction of one worker: uniformly at random, or in a strided sequence. */
final class KeyPicker {
    private final long start;
    private final long keys;
    private final SplittableRandom random;
    private final long stride;
    private long cursor;

    private KeyPicker(long start, long keys, SplittableRandom random, long first, long stride) {
        this.start = start;
        this.keys = keys;
        this.random = random;
        this.cursor = first;
        this.stride = stride;
    }

    /** Uniform keys in {@code [start, start + keys)}. */
    static KeyPicker random(long start, long keys, SplittableRandom random) {
        return new KeyPicker(start, keys, random, 0, 0);
    }

    /**
     * Keys {@code start + first}, {@code start + first + stride}, ... wrapping at the end of the range:
     * worker i of n with {@code first = i}, {@code stride = n} covers its share of the range exactly once
     * per pass.
     */
    static KeyPicker sequential(long start, long keys, long first, long stride) {
        return new KeyPicker(start, keys, null, first, stride);
    }

    long next() {
        if (random != null) {
            return start + random.nextLong(keys);
        }
        long key = start + cursor % keys;
        cursor += stride;
        return key;
    }
}
