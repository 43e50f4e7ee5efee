package io.spikesdk.testkit.internal.cdt;

import java.util.List;

/**
 * Finds the position holding a given rank the way the real server's path select does: a quickselect over the
 * positions in storage order with the middle element as pivot. Among equal values the position it lands on is
 * therefore not simply the first or the last one, and a map with equal values answers the key the real server does.
 */
final class RankSelect {
    private RankSelect() {
    }

    /** The position in {@code values} of the element of rank {@code rank} (0 ≤ rank < size). */
    static int position(List<Element> values, int rank) {
        int n = values.size();
        if (n < 2) {
            return 0;
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int lo = 0;
        int hi = n - 1;
        while (true) {
            int mid = lo + (hi - lo) / 2;
            int pivot = order[mid];
            swap(order, lo, mid);
            int left = lo + 1;
            int right = hi;
            while (true) {
                while (left < right && cmp(values, order[left], pivot) < 0) {
                    left++;
                }
                while (left <= right && right != lo && cmp(values, pivot, order[right]) < 0) {
                    right--;
                }
                if (left >= right) {
                    break;
                }
                swap(order, left, right);
                left++;
                right--;
            }
            swap(order, lo, right);
            if (right == rank) {
                return pivot;
            }
            if (right < rank) {
                lo = right + 1;
            } else {
                hi = right - 1;
            }
            if (lo >= hi) {
                return order[lo];
            }
        }
    }

    private static int cmp(List<Element> values, int a, int b) {
        return ElementOrder.compare(values.get(a), values.get(b));
    }

    private static void swap(int[] order, int a, int b) {
        int t = order[a];
        order[a] = order[b];
        order[b] = t;
    }
}
