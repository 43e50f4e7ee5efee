package io.spikesdk.testkit.internal.cdt;

import java.util.ArrayList;
import java.util.List;

/**
 * A stable merge sort that never rejects an inconsistent comparator (NaN doubles make the server order
 * non-transitive; {@link java.util.Arrays#sort} could throw on that).
 */
final class StableSort {
    /** Compares two positions. */
    interface IntComparator {
        int compare(int a, int b);
    }

    private StableSort() {
    }

    /**
     * Sorts {@code a} in place with a top-down merge sort that splits like the C library's {@code qsort} (first half
     * {@code n / 2}) and takes from the left run on ties, so that even an inconsistent order (WILDCARD, NaN) gives
     * the server's arrangement.
     */
    static void sort(int[] a, IntComparator cmp) {
        if (a.length < 2) {
            return;
        }
        sort(a, new int[a.length], 0, a.length, cmp);
    }

    private static void sort(int[] a, int[] tmp, int lo, int n, IntComparator cmp) {
        if (n <= 1) {
            return;
        }
        int n1 = n / 2;
        sort(a, tmp, lo, n1, cmp);
        sort(a, tmp, lo + n1, n - n1, cmp);
        merge(a, tmp, lo, lo + n1, lo + n, cmp);
    }

    private static void merge(int[] a, int[] tmp, int lo, int mid, int hi, IntComparator cmp) {
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            tmp[k++] = cmp.compare(a[i], a[j]) <= 0 ? a[i++] : a[j++];
        }
        while (i < mid) {
            tmp[k++] = a[i++];
        }
        while (j < hi) {
            tmp[k++] = a[j++];
        }
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }

    /** The identity permutation {@code 0..n-1}. */
    static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    /** A stable sort of elements; returns a new list. */
    static List<Element> sorted(List<Element> items, boolean descending) {
        int[] idx = identity(items.size());
        sort(idx, (a, b) -> descending
                ? ElementOrder.compare(items.get(b), items.get(a))
                : ElementOrder.compare(items.get(a), items.get(b)));
        List<Element> out = new ArrayList<>(items.size());
        for (int i : idx) {
            out.add(items.get(i));
        }
        return out;
    }
}
