package io.spikesdk.testkit.internal.cdt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * List get/remove by index, value, rank, value list, index range, value interval, rank range and relative rank
 * range (codes 19..27 and their removing twins 32..40), with every return type and INVERTED.
 */
final class ListSelectOps {
    private static final int BY_INDEX = 0;
    private static final int BY_VALUE = 1;
    private static final int BY_RANK = 2;
    private static final int ALL_BY_VALUE = 3;
    private static final int BY_VALUE_LIST = 4;
    private static final int BY_INDEX_RANGE = 5;
    private static final int BY_VALUE_INTERVAL = 6;
    private static final int BY_RANK_RANGE = 7;

    private ListSelectOps() {
    }

    static OpOutcome run(OpRequest req, MpList list) throws CdtException {
        boolean remove = req.code() >= ListOpCodes.REMOVE_BY_INDEX;
        int kind = req.code() - (remove ? ListOpCodes.REMOVE_BY_INDEX : ListOpCodes.GET_BY_INDEX);
        ReturnType rt = ReturnType.of(req.index(0));
        Selection sel = select(kind, req, list, rt);
        if (rt.inverted()) {
            sel = invert(list, sel);
        }
        Particle result = ResultBuilder.build(rt, sel, ResultBuilder.of(list));
        if (remove) {
            removePositions(list, sel.emit);
        }
        return OpOutcome.of(list, result);
    }

    private static Selection select(int kind, OpRequest req, MpList list, ReturnType rt) throws CdtException {
        int n = list.size();
        boolean single = kind == BY_INDEX || kind == BY_VALUE || kind == BY_RANK;
        ReturnType.Family family = kind == BY_INDEX || kind == BY_INDEX_RANGE ? ReturnType.Family.LIST_INDEX
                : kind == BY_VALUE_LIST ? ReturnType.Family.LIST_VALUE_LIST : ReturnType.Family.LIST_RANK_OR_VALUE;
        rt.validate(family, single, list.ordered());
        switch (kind) {
            case BY_INDEX: {
                int i = RangeMath.single(req.index(1), n);
                return Selection.one(i, ListRanks.sharedRank(list.items, i), i);
            }
            case BY_VALUE: {
                Element v = req.payload(1);
                for (int i = 0; i < n; i++) {
                    if (ElementOrder.compare(list.items.get(i), v) == 0) {
                        long rank = ListRanks.sharedRank(list.items, i);
                        return Selection.one(i, rank, rank);
                    }
                }
                return Selection.none(ListRanks.countLess(list.items, v));
            }
            case BY_RANK: {
                int r = RangeMath.single(req.index(1), n);
                return Selection.one(ContextWalker.rankPosition(list, r), r, r);
            }
            case ALL_BY_VALUE: {
                Element v = req.payload(1);
                return matching(list, e -> ElementOrder.compare(e, v) == 0)
                        .withRange(ListRanks.countLess(list.items, v));
            }
            case BY_VALUE_LIST:
                return byValueList(list, req.list(1).items);
            case BY_INDEX_RANGE: {
                RangeMath.Window w = RangeMath.range(req.index(1), req.countOrAll(2), n);
                int[] pos = new int[w.count()];
                for (int i = 0; i < pos.length; i++) {
                    pos[i] = w.start() + i;
                }
                return Selection.many(pos).withRanks(() -> ranksOf(list, pos)).withRange(w.start());
            }
            case BY_VALUE_INTERVAL: {
                Element begin = req.payload(1);
                Element end = req.has(2) ? req.payload(2) : null;
                return matching(list, e -> Intervals.contains(e, begin, end))
                        .withRange(ListRanks.countLess(list.items, begin));
            }
            case BY_RANK_RANGE:
                return rankWindow(list, RangeMath.range(req.index(1), req.countOrAll(2), n));
            default: {
                int anchor = ListRanks.countLess(list.items, req.payload(1));
                return rankWindow(list, RangeMath.relative(anchor, req.index(2), req.countOrAll(3), n));
            }
        }
    }

    /** Elements matching a predicate in index order; ranks ascending (the matches' places in value order). */
    private static Selection matching(MpList list, java.util.function.Predicate<Element> p) {
        int[] pos = positions(list, p);
        return Selection.many(pos).withRanks(() -> {
            long[] r = ranksOf(list, pos);
            Arrays.sort(r);
            return r;
        });
    }

    private static Selection byValueList(MpList list, List<Element> values) {
        int[] pos = positions(list, e -> RequestOrder.lastMatch(values, e) >= 0);
        return Selection.many(pos).withRanks(() -> {
            long[] r = ranksOf(list, pos);
            int[] slots = new int[pos.length];
            for (int i = 0; i < pos.length; i++) {
                slots[i] = RequestOrder.lastMatch(values, list.items.get(pos[i]));
            }
            return RequestOrder.order(slots, r);
        });
    }

    /**
     * A rank window: INDEX output ascending, RANK output the consecutive ranks, VALUE output descending on the
     * unordered-list "low" heap path and ascending otherwise.
     */
    private static Selection rankWindow(MpList list, RangeMath.Window w) {
        int[] byRank = ListRanks.rankWindow(list, w.start(), w.count());
        int[] emit = byRank.clone();
        if (!list.ordered() && ListRanks.lowPath(w.start(), w.count(), list.size())) {
            reverse(emit);
        }
        int[] ascending = byRank.clone();
        Arrays.sort(ascending);
        long[] ranks = new long[w.count()];
        for (int i = 0; i < ranks.length; i++) {
            ranks[i] = w.start() + i;
        }
        return Selection.many(emit).withIndexOrder(ascending).withRanks(() -> ranks).withRange(w.start());
    }

    /** The complement of a selection, in index order. */
    private static Selection invert(MpList list, Selection sel) {
        boolean[] chosen = new boolean[list.size()];
        for (int p : sel.emit) {
            chosen[p] = true;
        }
        int[] pos = positions(list, null, chosen);
        return Selection.many(pos).withRanks(() -> ranksOf(list, pos));
    }

    private static int[] positions(MpList list, java.util.function.Predicate<Element> p) {
        return positions(list, p, null);
    }

    private static int[] positions(MpList list, java.util.function.Predicate<Element> p, boolean[] excluded) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            boolean take = excluded != null ? !excluded[i] : p.test(list.items.get(i));
            if (take) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Unique ranks (place in value order, equal values by index) of the given positions, in the given order. */
    private static long[] ranksOf(MpList list, int[] pos) {
        long[] all = ListRanks.uniqueRanks(list.items);
        long[] out = new long[pos.length];
        for (int i = 0; i < pos.length; i++) {
            out[i] = all[pos[i]];
        }
        return out;
    }

    static void removePositions(MpList list, int[] positions) {
        int[] sorted = positions.clone();
        Arrays.sort(sorted);
        for (int i = sorted.length - 1; i >= 0; i--) {
            list.items.remove(sorted[i]);
        }
    }

    private static void reverse(int[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
