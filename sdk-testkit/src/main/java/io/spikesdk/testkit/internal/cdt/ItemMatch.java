package io.spikesdk.testkit.internal.cdt;

import java.util.List;

/**
 * A value list or key list matched against an unordered container, as the server's find-items pass does: the
 * request is sorted (stably), each element is credited to the last equal request item in that order, and each
 * item knows how many elements are smaller. RANK (or a map key list's INDEX) results come from these blocks.
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

    static ItemMatch of(List<Element> request, List<Element> elements, boolean inverted) {
        int k = request.size();
        int[] sorted = StableSort.identity(k);
        StableSort.sort(sorted, (a, b) -> ElementOrder.compare(request.get(a), request.get(b)));
        int[] less = new int[k];
        int[] count = new int[k];
        boolean[] mask = new boolean[elements.size()];
        for (int i = 0; i < elements.size(); i++) {
            Element e = elements.get(i);
            int credited = -1;
            for (int s = k - 1; s >= 0 && credited < 0; s--) {
                if (ElementOrder.compare(request.get(sorted[s]), e) == 0) {
                    credited = sorted[s];
                }
            }
            if (credited >= 0) {
                count[credited]++;
            }
            mask[i] = (credited >= 0) != inverted;
        }
        for (int j = 0; j < k; j++) {
            less[j] = ListRanks.countLess(elements, request.get(j));
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
