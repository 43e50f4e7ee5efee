package io.spikesdk.it.cdt.model;

/** Index, rank and relative-range normalisation (docs/cdt-and-expressions.md §6.2, §6.3). */
public final class Ranges {
    private Ranges() {
    }

    /** A single index or rank: negative counts from the end; out of range fails with 26. */
    public static int single(int n, int index) {
        int i = index < 0 ? index + n : index;
        if (i < 0 || i >= n) {
            throw new ModelError(26);
        }
        return i;
    }

    /** {@code [start, count]} of a range; {@code count == null} means to the end. */
    public static int[] range(int n, long index, Integer count) {
        long c = count == null ? Long.MAX_VALUE : count;
        if (index >= n) {
            return new int[] {n, 0};
        }
        long start = index;
        if (start < 0) {
            start += n;
            if (start < 0) {
                c = count == null ? n : Math.max(0, c + start);
                start = 0;
            }
        }
        return new int[] {(int) start, (int) Math.min(c, n - start)};
    }

    /** A relative range: {@code anchor + offset} (a negative start shortens the count, never wraps). */
    public static int[] relative(int n, int anchor, int offset, Integer count) {
        long start = (long) anchor + offset;
        Integer c = count;
        if (start < 0) {
            c = count == null ? null : (int) Math.max(0, count + start);
            start = 0;
        }
        return range(n, start, c);
    }
}
