package io.spikesdk.testkit.internal.cdt;

import java.util.Arrays;
import java.util.List;

/**
 * Rank arithmetic for lists. A list RANK of one element is the number of elements strictly less than it. Rank
 * selections on unordered lists reproduce the server's partial heap sort: when {@code start <= size - start -
 * count} ("low" path) equal elements are taken in ascending index order and values come out in descending rank
 * order; otherwise ("high" path) equal elements are taken in descending index order and values come out
 * ascending (observations C1, C8b).
 */
final class ListRanks {
    private ListRanks() {
    }

    /** Positions sorted by value; equal values by ascending index, or descending when {@code tiesDescending}. */
    static int[] sortedOrder(List<Element> items, boolean tiesDescending) {
        int[] idx = StableSort.identity(items.size());
        if (tiesDescending) {
            reverse(idx);
        }
        StableSort.sort(idx, (a, b) -> ElementOrder.compare(items.get(a), items.get(b)));
        return idx;
    }

    private static void reverse(int[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Whether a rank window takes the heap's "low" path. */
    static boolean lowPath(int start, int count, int size) {
        return start <= size - start - count;
    }

    /** Unique rank of every position: its place in value order, equal values by index. */
    static long[] uniqueRanks(List<Element> items) {
        int[] order = sortedOrder(items, false);
        long[] rank = new long[order.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
        }
        return rank;
    }

    /** The shared rank of one element: how many elements are strictly less. */
    static long sharedRank(List<Element> items, int pos) {
        return countLess(items, items.get(pos));
    }

    static int countLess(List<Element> items, Element v) {
        int n = 0;
        for (Element e : items) {
            if (ElementOrder.compare(e, v) < 0) {
                n++;
            }
        }
        return n;
    }

    /**
     * Where an ordered list inserts {@code v}: a binary search that stops at the first equal element it probes
     * (so the position among equal elements depends on the probe sequence, as observed in C8c).
     */
    static int insertPosition(List<Element> sorted, Element v) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int c = ElementOrder.compare(v, sorted.get(mid));
            if (c == 0) {
                return mid;
            }
            if (c < 0) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Inserts into an ordered list at {@link #insertPosition}; returns the position. */
    static int insertSorted(MpList l, Element v) {
        int at = insertPosition(l.items, v);
        l.items.add(at, v);
        return at;
    }

    /** Positions of the elements whose ranks fall in the window, in the window's rank order. */
    static int[] rankWindow(MpList l, int start, int count) {
        if (l.ordered()) {
            int[] out = new int[count];
            for (int i = 0; i < count; i++) {
                out[i] = start + i;
            }
            return out;
        }
        int[] order = sortedOrder(l.items, !lowPath(start, count, l.size()));
        return Arrays.copyOfRange(order, start, start + count);
    }
}
