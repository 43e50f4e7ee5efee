package io.spikesdk.testkit.internal.cdt;

import java.util.List;

/**
 * A value list or key list matched against an unordered container, as the server's find-items pass does: the
 * request is sorted, and each element is looked up in it by binary search. When ranks are wanted the search runs
 * to the end of the equal items and the element is credited to the last of them; each item also learns how many
 * elements are smaller. RANK results (and an unordered map key list's INDEX) come from these per-item blocks.
 */
final class ItemMatch {
    /** Matched positions ascending, or the unmatched ones when inverted. */
    final int[] chosen;
    private final int[] sorted;
    private final int[] less;
    private final int[] count;

    private ItemMatch(int[] chosen, int[] sorted, int[] less, int[] count) {
        this.chosen = chosen;
        this.sorted = sorted;
        this.less = less;
        this.count = count;
    }

    static ItemMatch of(List<Element> request, List<Element> elements, boolean inverted, boolean withRanks) {
        int k = request.size();
        int[] sorted = StableSort.identity(k);
        StableSort.sort(sorted, (a, b) -> ElementOrder.compare(request.get(a), request.get(b)));
        int[] less = new int[k];
        int[] count = new int[k];
        boolean[] mask = new boolean[elements.size()];
        int target = withRanks ? k : k + 1;
        for (int i = 0; i < elements.size(); i++) {
            SortedSearch.Result r = SortedSearch.find(rank -> request.get(sorted[rank]), rank -> sorted[rank], k,
                    elements.get(i), 0, k, target);
            if (withRanks) {
                if (r.found()) {
                    count[sorted[r.position() - 1]]++;
                }
                if (r.position() != k) {
                    less[sorted[r.position()]]++;
                }
            }
            mask[i] = r.found() != inverted;
        }
        for (int s = 1; s < k; s++) {
            less[sorted[s]] += less[sorted[s - 1]];
        }
        return new ItemMatch(ListSelectOps.positions(mask), sorted, less, count);
    }

    /**
     * Ranks (or key indexes) of the matches: per request item in request order, one by one; INVERTED gives the
     * runs between the matched blocks in ascending order (each run mirrored whole under a REVERSE_* type).
     */
    Particle ranks(ReturnType rt, boolean inverted, int n) {
        boolean reverse = ResultBuilder.isReverse(rt);
        ResultBuilder.Ints out = new ResultBuilder.Ints();
        if (!inverted) {
            for (int i = 0; i < count.length; i++) {
                for (int j = 0; j < count[i]; j++) {
                    out.one(less[i] + j, n, reverse);
                }
            }
            return out.particle();
        }
        int prev = 0;
        for (int item : sorted) {
            if (count[item] == 0) {
                continue;
            }
            out.run(prev, less[item] - prev, n, reverse);
            prev = less[item] + count[item];
        }
        return out.run(prev, n - prev, n, reverse).particle();
    }
}
