package io.spikesdk.testkit.internal.cdt;

/**
 * Rank arithmetic for maps: a map RANK is the unique position in (value, key) order, whatever the map kind
 * (docs/embedded-server.md C8a).
 */
final class MapRanks {
    private MapRanks() {
    }

    /** Positions (key-order indexes) sorted by value, equal values by key. */
    static int[] rankOrder(MpMap m) {
        int[] idx = StableSort.identity(m.size());
        StableSort.sort(idx, (a, b) -> ElementOrder.compare(m.entries.get(a).value, m.entries.get(b).value));
        return idx;
    }

    /** The rank of every position. */
    static long[] rankOf(MpMap m) {
        int[] order = rankOrder(m);
        long[] rank = new long[order.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
        }
        return rank;
    }

    /** Number of entries whose value is strictly less than {@code v}. */
    static int countValuesLess(MpMap m, Element v) {
        int n = 0;
        for (MapEntry e : m.entries) {
            if (ElementOrder.compare(e.value, v) < 0) {
                n++;
            }
        }
        return n;
    }
}
