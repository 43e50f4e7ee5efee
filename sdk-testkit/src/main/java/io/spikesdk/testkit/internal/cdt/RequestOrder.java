package io.spikesdk.testkit.internal.cdt;

import java.util.List;

/**
 * Orders the matches of a key list / value list "in request order" (observations §3): each selected position
 * belongs to the last request item that matches it; positions are ordered by that item, then by a secondary
 * value (index or rank).
 */
final class RequestOrder {
    private RequestOrder() {
    }

    /** Index of the last request item equal to {@code e}, or -1. */
    static int lastMatch(List<Element> request, Element e) {
        for (int j = request.size() - 1; j >= 0; j--) {
            if (ElementOrder.compare(e, request.get(j)) == 0) {
                return j;
            }
        }
        return -1;
    }

    /** Sorts {@code positions} by (slot[k], secondary[k]) and returns the matching secondary values in order. */
    static long[] order(int[] slots, long[] secondary) {
        int[] idx = StableSort.identity(slots.length);
        StableSort.sort(idx, (a, b) -> slots[a] != slots[b] ? Integer.compare(slots[a], slots[b])
                : Long.compare(secondary[a], secondary[b]));
        long[] out = new long[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = secondary[idx[i]];
        }
        return out;
    }
}
