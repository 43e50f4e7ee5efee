package io.spikesdk.testkit.internal.cdt;

/**
 * Index/rank normalisation (docs/cdt-and-expressions.md §6.2, §6.3). Counts are non-negative; {@link Long#MAX_VALUE} =
 * to the end.
 */
final class RangeMath {
    private RangeMath() {
    }

    /** A normalised window {@code [start, start + count)} inside a container of some size. */
    record Window(int start, int count) {
        int end() {
            return start + count;
        }
    }

    /** Single-element index or rank: negative counts from the end; out of range is OP_NOT_APPLICABLE. */
    static int single(long index, int size) throws CdtException {
        long i = index < 0 ? index + size : index;
        if (i < 0 || i >= size) {
            throw CdtException.notApplicable("index " + index + " out of range for size " + size);
        }
        return (int) i;
    }

    /** Range rules: start past the end is empty; a negative start counts from the end and clips the count. */
    static Window range(long index, long count, int size) {
        if (index >= size) {
            return new Window(size, 0);
        }
        long start = index;
        long cnt = count;
        if (start < 0) {
            start += size;
            if (start < 0) {
                cnt = Math.max(0, cnt + start);
                start = 0;
            }
        }
        cnt = Math.min(cnt, size - start);
        return new Window((int) start, (int) cnt);
    }

    /**
     * The complement of {@code w} inside {@code [0, size)} when it is one run, as the server answers an INVERTED
     * range: nothing selected inverts to everything, a head or a tail inverts to the rest. Null when the
     * complement is a head and a tail (two runs), which each caller answers its own way.
     */
    static Window complement(Window w, int size) {
        if (w.count() == 0) {
            return new Window(0, size);
        }
        if (w.start() == 0) {
            return new Window(w.count(), size - w.count());
        }
        if (w.end() >= size) {
            return new Window(0, w.start());
        }
        return null;
    }

    /** Relative range: {@code anchor + offset}; a negative result clips the count and starts at 0. */
    static Window relative(int anchor, long offset, long count, int size) {
        long start = saturatedAdd(anchor, offset);
        long cnt = count;
        if (start < 0) {
            cnt = cnt == Long.MAX_VALUE ? cnt : Math.max(0, saturatedAdd(cnt, start));
            start = 0;
        }
        return range(start, cnt, size);
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return r;
    }
}
