package io.spikesdk.testkit.internal.cdt;

import java.util.Arrays;
import java.util.List;

/**
 * Rank arithmetic for lists. A list RANK of one element is the number of elements strictly less than it. Rank
 * selections on unordered lists reproduce the server's partial heap sort (docs/embedded-server.md C1, C8b), see
 * {@link #rankWindow}.
 */
final class ListRanks {
    private ListRanks() {
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
     * Where an ordered list inserts {@code v}: the server's binary search stops at the first equal element it
     * probes (so the position among equal elements depends on the probe sequence, as observed in C8c).
     */
    static int insertPosition(List<Element> sorted, Element v) {
        return SortedSearch.inList(sorted, v, 0, sorted.size() + 1).position();
    }

    /** Inserts into an ordered list at {@link #insertPosition}; returns the position. */
    static int insertSorted(MpList l, Element v) {
        int at = insertPosition(l.items, v);
        l.items.add(at, v);
        return at;
    }

    /**
     * Positions of the elements whose ranks fall in the window, in the server's heap order: an unordered list runs
     * a partial heap sort from the nearer end (a min-heap when {@code start <= size - start - count}, emitting the
     * window in descending rank order, else a max-heap emitting it ascending); which of several equal elements
     * lands in the window is whatever the heap yields. An ordered list answers its index range.
     */
    static int[] rankWindow(MpList l, int start, int count) {
        if (l.ordered()) {
            int[] out = new int[count];
            for (int i = 0; i < count; i++) {
                out[i] = start + i;
            }
            return out;
        }
        List<Element> items = l.items;
        int n = items.size();
        int tail = n - start - count;
        boolean minHeap = start <= tail;
        int up = minHeap ? -1 : 1;
        int[] heap = StableSort.identity(n);
        int filled = n;
        for (int i = filled / 2 - 1; i >= 0; i--) {
            heapify(items, heap, filled, i, up);
        }
        int end = n - 1;
        int extract = count + (minHeap ? start : tail);
        for (int k = 0; k < extract; k++) {
            int top = heap[0];
            filled--;
            heap[0] = heap[filled];
            heapify(items, heap, filled, 0, up);
            heap[end--] = top;
        }
        return Arrays.copyOfRange(heap, filled, filled + count);
    }

    private static void heapify(List<Element> items, int[] heap, int filled, int index, int up) {
        while (true) {
            int child1 = 2 * index + 1;
            int child2 = child1 + 1;
            if (child1 >= filled) {
                return;
            }
            int child = child1;
            if (child2 < filled) {
                int c = cmp(items, heap[child1], heap[child2]);
                child = c == up || c == 0 ? child1 : child2;
            }
            if (cmp(items, heap[child], heap[index]) != up) {
                return;
            }
            int t = heap[index];
            heap[index] = heap[child];
            heap[child] = t;
            index = child;
        }
    }

    private static int cmp(List<Element> items, int a, int b) {
        return Integer.signum(ElementOrder.compare(items.get(a), items.get(b)));
    }
}
