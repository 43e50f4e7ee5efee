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

    /** Sorts {@code a} in place. */
    static void sort(int[] a, IntComparator cmp) {
        if (a.length < 2) {
            return;
        }
        int[] tmp = new int[a.length];
        for (int width = 1; width < a.length; width *= 2) {
            for (int lo = 0; lo < a.length - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, a.length);
                merge(a, tmp, lo, mid, hi, cmp);
            }
        }
    }

    private static void merge(int[] a, int[] tmp, int lo, int mid, int hi, IntComparator cmp) {
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            tmp[k++] = cmp.compare(a[j], a[i]) < 0 ? a[j++] : a[i++];
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
