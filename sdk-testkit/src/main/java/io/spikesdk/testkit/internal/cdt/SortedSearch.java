package io.spikesdk.testkit.internal.cdt;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/**
 * The server's binary search over elements in sorted order. With a consistent order it finds the first or last
 * equal element (or the insertion point), like a linear count would; with WILDCARD patterns or NaN, which compare
 * equal to elements of different places, its answer depends on the probe sequence, and the server's answer is
 * that of this search. {@code target} 0 finds the first equal element, {@code total} the position after the last
 * one, anything above {@code total} stops at the first equal element probed.
 */
final class SortedSearch {
    /** Whether an equal element was probed, and the resulting position. */
    record Result(boolean found, int position) {
    }

    private SortedSearch() {
    }

    /**
     * Searches positions {@code [start, start + count)} of a sorted view of {@code total} elements; {@code idxAt}
     * maps a sorted position to the element's own index (compared against {@code target}).
     */
    static Result find(IntFunction<Element> at, IntUnaryOperator idxAt, int total, Element value, int start,
            int count, int target) {
        if (total == 0 || count == 0) {
            return new Result(false, total);
        }
        boolean found = false;
        int lower = start;
        int upper = start + count;
        int rank = start + count / 2;
        while (true) {
            int c = Integer.signum(ElementOrder.compare(value, at.apply(rank)));
            if (c == 0) {
                found = true;
                if (target > total) {
                    break;
                }
                int idx = idxAt.applyAsInt(rank);
                if (target < idx) {
                    c = -1;
                } else if (target > idx) {
                    if (rank == upper - 1) {
                        rank++;
                        break;
                    }
                    c = 1;
                } else {
                    break;
                }
            }
            if (c > 0) {
                if (rank >= upper - 1) {
                    rank++;
                    break;
                }
                lower = rank + (found ? 0 : 1);
                rank = (rank + upper) / 2;
            } else {
                if (rank == lower) {
                    break;
                }
                upper = rank;
                rank = (rank + lower) / 2;
            }
        }
        return new Result(found, rank);
    }

    /** Search over a sorted list whose positions are the elements' own indexes (an ordered list). */
    static Result inList(List<Element> sorted, Element value, int start, int target) {
        return find(sorted::get, i -> i, sorted.size(), value, start, sorted.size() - start, target);
    }
}
