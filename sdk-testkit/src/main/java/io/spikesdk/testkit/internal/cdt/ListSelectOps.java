package io.spikesdk.testkit.internal.cdt;

import java.util.ArrayList;
import java.util.List;

/**
 * List get/remove by index, value, rank, value list, index range, value interval, rank range and relative rank
 * range (codes 19..27 and their removing twins 32..40). Each family follows the real server's own path, because
 * the path decides the result order: index ranges answer runs; value intervals and rank ranges on unordered lists
 * answer INDEX in index order and RANK as a block; INVERTED index ranges shrink to one remaining run where they
 * can (then the inverted flag no longer applies); ordered lists delegate value and rank selections to index
 * ranges; value lists answer in request order (ordered lists repeat duplicate request items).
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

    private final MpList list;
    private final List<Element> items;
    private final int n;
    private final ReturnType rt;
    private final boolean multi;
    private boolean inverted;
    /** Positions the op removes (a remove op applies them; a get op ignores them). */
    private boolean[] removed;

    private ListSelectOps(MpList list, ReturnType rt, boolean multi) {
        this.list = list;
        this.items = list.items;
        this.n = list.size();
        this.rt = rt;
        this.multi = multi;
        this.inverted = rt.inverted();
        this.removed = new boolean[n];
    }

    static OpOutcome run(OpRequest req, MpList list) throws CdtException {
        boolean remove = req.code() >= ListOpCodes.REMOVE_BY_INDEX;
        int kind = req.code() - (remove ? ListOpCodes.REMOVE_BY_INDEX : ListOpCodes.GET_BY_INDEX);
        boolean multi = kind != BY_INDEX && kind != BY_VALUE && kind != BY_RANK;
        ListSelectOps op = new ListSelectOps(list, ReturnType.of(req.index(0)), multi);
        Particle result = op.select(kind, req);
        if (remove) {
            for (int i = op.n - 1; i >= 0; i--) {
                if (op.removed[i]) {
                    list.items.remove(i);
                }
            }
        }
        return OpOutcome.of(list, result);
    }

    private Particle select(int kind, OpRequest req) throws CdtException {
        switch (kind) {
            case BY_INDEX:
                return indexRange(req.index(1), 1);
            case BY_VALUE:
            case ALL_BY_VALUE:
                return valueInterval(req.payload(1), null, true);
            case BY_RANK:
                return rankRange(req.index(1), 1);
            case BY_VALUE_LIST:
                return valueList(req.list(1).items);
            case BY_INDEX_RANGE:
                return indexRange(req.index(1), req.countOrAll(2));
            case BY_VALUE_INTERVAL:
                return valueInterval(req.payload(1), req.has(2) ? req.payload(2) : null, false);
            case BY_RANK_RANGE:
                return rankRange(req.index(1), req.countOrAll(2));
            default: {
                Element value = req.payload(1);
                int anchor = list.ordered() ? SortedSearch.inList(items, value, 0, 0).position()
                        : ListRanks.countLess(items, value);
                RangeMath.Window w = RangeMath.relative(anchor, req.index(2), req.countOrAll(3), n);
                return list.ordered() ? indexRange(w.start(), w.count()) : rankRange(w.start(), w.count());
            }
        }
    }

    private RangeMath.Window window(long index, long count) throws CdtException {
        if (multi) {
            return RangeMath.range(index, count, n);
        }
        return new RangeMath.Window(RangeMath.single(index, n), 1);
    }

    private Particle indexRange(long index, long count) throws CdtException {
        RangeMath.Window w = window(index, count);
        int start = w.start();
        int cnt = w.count();
        if (inverted) {
            rejectInvertedShapes();
            inverted = false;
            RangeMath.Window rest = RangeMath.complement(w, n);
            if (rest == null) {
                return trim(start, cnt);
            }
            start = rest.start();
            cnt = rest.count();
        }
        if (cnt == 0) {
            return notFound(start);
        }
        int[] pos = run(start, cnt);
        mark(pos);
        switch (rt.type()) {
            case ReturnType.NONE:
                return null;
            case ReturnType.INDEX:
            case ReturnType.REVERSE_INDEX:
                return ResultBuilder.block(rt, multi, false, start, cnt, n);
            case ReturnType.RANK:
            case ReturnType.REVERSE_RANK:
                if (cnt == n) {
                    return ResultBuilder.block(rt, multi, false, 0, cnt, n);
                }
                if (list.ordered()) {
                    return ResultBuilder.block(rt, multi, false, start, cnt, n);
                }
                return sharedRanks(pos);
            case ReturnType.COUNT:
                return Particle.ofLong(cnt);
            case ReturnType.EXISTS:
                return Particle.ofBool(true);
            case ReturnType.VALUE:
                return ResultBuilder.listValues(list, pos, multi);
            case ReturnType.INDEX_RANGE:
            case ReturnType.REVERSE_INDEX_RANGE:
                return ResultBuilder.range(rt, multi, false, start, cnt, n);
            case ReturnType.RANK_RANGE:
            case ReturnType.REVERSE_RANK_RANGE:
                if (list.ordered()) {
                    return ResultBuilder.range(rt, multi, false, start, cnt, n);
                }
                throw ResultBuilder.unsupported(rt);
            default:
                throw ResultBuilder.unsupported(rt);
        }
    }

    /** INVERTED index range that leaves a head and a tail: answered head first, then tail. */
    private Particle trim(int start, int cnt) throws CdtException {
        int end = start + cnt;
        int[] kept = concat(run(0, start), run(end, n - end));
        mark(kept);
        boolean reverse = ResultBuilder.isReverse(rt);
        switch (rt.type()) {
            case ReturnType.NONE:
                return null;
            case ReturnType.COUNT:
                return Particle.ofLong(kept.length);
            case ReturnType.EXISTS:
                return Particle.ofBool(kept.length != 0);
            case ReturnType.INDEX:
            case ReturnType.REVERSE_INDEX:
                return new ResultBuilder.Ints().run(0, start, n, reverse).run(end, n - end, n, reverse).particle();
            case ReturnType.RANK:
            case ReturnType.REVERSE_RANK:
                if (list.ordered()) {
                    return new ResultBuilder.Ints().run(0, start, n, reverse).run(end, n - end, n, reverse)
                            .particle();
                }
                return sharedRanks(kept);
            case ReturnType.VALUE:
                return ResultBuilder.listValues(list, kept, true);
            default:
                throw ResultBuilder.unsupported(rt);
        }
    }

    /**
     * Value interval {@code [begin, end)} ({@code end} null: no upper bound), or all elements equal to
     * {@code begin} when {@code single}.
     */
    private Particle valueInterval(Element begin, Element end, boolean singleValue) throws CdtException {
        if (inverted && !multi) {
            throw CdtException.notApplicable("INVERTED on a single-element op");
        }
        if (list.ordered()) {
            int[] found = orderedBlock(begin, end, singleValue);
            int rank = found[0];
            int count = found[1];
            if (count == 0 && !multi) {
                return notFound(0);
            }
            return indexRange(rank, count);
        }
        int rank = 0;
        int first = -1;
        boolean[] mask = new boolean[n];
        for (int i = 0; i < n; i++) {
            Element e = items.get(i);
            int c = ElementOrder.compare(e, begin);
            if (c < 0) {
                rank++;
                mask[i] = inverted;
            } else if (!singleValue) {
                boolean below = end == null || ElementOrder.compare(e, end) < 0;
                mask[i] = below != inverted;
            } else if (c == 0) {
                if (multi) {
                    mask[i] = !inverted;
                } else if (first < 0) {
                    first = i;
                    mask[i] = true;
                }
            } else {
                mask[i] = inverted && multi;
            }
        }
        int[] chosen = positions(mask);
        mark(chosen);
        int rmCount = chosen.length;
        switch (rt.type()) {
            case ReturnType.NONE:
            case ReturnType.COUNT:
            case ReturnType.EXISTS:
            case ReturnType.RANK:
            case ReturnType.REVERSE_RANK:
            case ReturnType.RANK_RANGE:
            case ReturnType.REVERSE_RANK_RANGE:
                return ResultBuilder.range(rt, multi, inverted, rank, inverted ? n - rmCount : rmCount, n);
            case ReturnType.INDEX:
            case ReturnType.REVERSE_INDEX:
                if (!multi && rmCount == 0) {
                    return Particle.ofLong(-1);
                }
                return ResultBuilder.positions(rt, multi, chosen, n);
            case ReturnType.VALUE:
                return ResultBuilder.listValues(list, chosen, multi);
            default:
                throw ResultBuilder.unsupported(rt);
        }
    }

    private Particle rankRange(long rank, long count) throws CdtException {
        if (inverted && !multi) {
            throw CdtException.notApplicable("INVERTED on a single-element op");
        }
        if (list.ordered()) {
            return indexRange(rank, count);
        }
        RangeMath.Window w = window(rank, count);
        int start = w.start();
        int cnt = w.count();
        int[] byRank = ListRanks.rankWindow(list, start, cnt);
        int rmCount = inverted ? n - cnt : cnt;
        if (rmCount == 0) {
            return notFound(start);
        }
        boolean[] mask = new boolean[n];
        for (int p : byRank) {
            mask[p] = true;
        }
        if (inverted) {
            rejectInvertedShapes();
            invert(mask);
        }
        int[] chosen = positions(mask);
        mark(chosen);
        switch (rt.type()) {
            case ReturnType.NONE:
            case ReturnType.COUNT:
            case ReturnType.EXISTS:
            case ReturnType.RANK:
            case ReturnType.REVERSE_RANK:
            case ReturnType.RANK_RANGE:
            case ReturnType.REVERSE_RANK_RANGE:
                return ResultBuilder.range(rt, multi, inverted, start, cnt, n);
            case ReturnType.INDEX:
            case ReturnType.REVERSE_INDEX:
                return ResultBuilder.positions(rt, multi, chosen, n);
            case ReturnType.VALUE:
                if (inverted) {
                    return ResultBuilder.listValues(list, chosen, true);
                }
                return ResultBuilder.listValues(list, byRank, multi);
            default:
                throw ResultBuilder.unsupported(rt);
        }
    }

    private Particle valueList(List<Element> request) throws CdtException {
        if (rt.isRangeType()) {
            throw ResultBuilder.unsupported(rt);
        }
        if (request.isEmpty()) {
            if (!inverted) {
                return notFound(0);
            }
            inverted = false;
            return indexRange(0, n);
        }
        return list.ordered() ? valueListOrdered(request) : valueListUnordered(request);
    }

    /** Ordered list: each request item is a block of equal elements, answered in request order, repeats included. */
    private Particle valueListOrdered(List<Element> request) throws CdtException {
        int k = request.size();
        int[] rank = new int[k];
        int[] count = new int[k];
        boolean[] mask = new boolean[n];
        for (int i = 0; i < k; i++) {
            int[] found = orderedBlock(request.get(i), null, true);
            rank[i] = found[0];
            count[i] = found[1];
            for (int j = 0; j < count[i]; j++) {
                mask[rank[i] + j] = true;
            }
        }
        if (inverted) {
            invert(mask);
        }
        int[] chosen = positions(mask);
        mark(chosen);
        boolean reverse = ResultBuilder.isReverse(rt);
        switch (rt.type()) {
            case ReturnType.NONE:
                return null;
            case ReturnType.COUNT:
                return Particle.ofLong(chosen.length);
            case ReturnType.EXISTS:
                return Particle.ofBool(chosen.length != 0);
            case ReturnType.INDEX:
            case ReturnType.REVERSE_INDEX:
            case ReturnType.RANK:
            case ReturnType.REVERSE_RANK: {
                if (inverted) {
                    return ResultBuilder.positions(rt, true, chosen, n);
                }
                ResultBuilder.Ints out = new ResultBuilder.Ints();
                for (int i = 0; i < k; i++) {
                    out.run(rank[i], count[i], n, reverse);
                }
                return out.particle();
            }
            case ReturnType.VALUE: {
                if (inverted) {
                    return ResultBuilder.listValues(list, chosen, true);
                }
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < k; i++) {
                    for (int j = 0; j < count[i]; j++) {
                        order.add(rank[i] + j);
                    }
                }
                return ResultBuilder.listValues(list, order.stream().mapToInt(Integer::intValue).toArray(), true);
            }
            default:
                throw ResultBuilder.unsupported(rt);
        }
    }

    private Particle valueListUnordered(List<Element> request) throws CdtException {
        boolean withRanks = rt.type() == ReturnType.RANK || rt.type() == ReturnType.REVERSE_RANK;
        ItemMatch match = ItemMatch.of(request, items, inverted, withRanks);
        mark(match.chosen);
        switch (rt.type()) {
            case ReturnType.NONE:
                return null;
            case ReturnType.INDEX:
            case ReturnType.REVERSE_INDEX:
                return ResultBuilder.positions(rt, true, match.chosen, n);
            case ReturnType.RANK:
            case ReturnType.REVERSE_RANK:
                return match.ranks(rt, inverted, n);
            case ReturnType.COUNT:
                return Particle.ofLong(match.chosen.length);
            case ReturnType.EXISTS:
                return Particle.ofBool(match.chosen.length != 0);
            case ReturnType.VALUE:
                return ResultBuilder.listValues(list, match.chosen, true);
            default:
                throw ResultBuilder.unsupported(rt);
        }
    }

    /** Shared ranks (count of smaller elements) of the given positions, in that order. */
    private Particle sharedRanks(int[] pos) {
        boolean reverse = ResultBuilder.isReverse(rt);
        if (!multi) {
            long r = ListRanks.sharedRank(items, pos[0]);
            return Particle.ofLong(reverse ? n - r - 1 : r);
        }
        ResultBuilder.Ints out = new ResultBuilder.Ints();
        for (int p : pos) {
            out.one((int) ListRanks.sharedRank(items, p), n, reverse);
        }
        return out.particle();
    }

    private Particle notFound(long index) throws CdtException {
        if (ResultBuilder.isMapShape(rt)) {
            throw ResultBuilder.unsupported(rt);
        }
        return ResultBuilder.notFound(rt, multi, index);
    }

    private void rejectInvertedShapes() throws CdtException {
        if (!multi || rt.isRangeType()) {
            throw CdtException.notApplicable("INVERTED not applicable");
        }
    }

    /**
     * {@code [rank, count]} of an ordered list's elements in {@code [begin, end)} ({@code end} null: no upper
     * bound), or equal to {@code begin} when {@code singleValue} (at most one for a single op), found by the
     * server's binary search.
     */
    private int[] orderedBlock(Element begin, Element end, boolean singleValue) {
        SortedSearch.Result first = SortedSearch.inList(items, begin, 0, 0);
        int rank = first.position();
        if (singleValue) {
            if (!first.found()) {
                return new int[] {rank, 0};
            }
            if (!multi) {
                return new int[] {rank, 1};
            }
            SortedSearch.Result last = SortedSearch.inList(items, begin, rank + 1, n);
            return new int[] {rank, last.found() ? last.position() - rank : 1};
        }
        if (end == null) {
            return new int[] {rank, n - rank};
        }
        if (ElementOrder.compare(begin, end) >= 0) {
            return new int[] {rank, 0};
        }
        int stop = SortedSearch.inList(items, end, rank, 0).position();
        return new int[] {rank, stop >= rank ? stop - rank : n - rank};
    }

    private void mark(int[] pos) {
        for (int p : pos) {
            removed[p] = true;
        }
    }

    static int[] run(int start, int count) {
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = start + i;
        }
        return out;
    }

    static int[] concat(int[] a, int[] b) {
        int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static int[] positions(boolean[] mask) {
        int c = 0;
        for (boolean b : mask) {
            c += b ? 1 : 0;
        }
        int[] out = new int[c];
        int k = 0;
        for (int i = 0; i < mask.length; i++) {
            if (mask[i]) {
                out[k++] = i;
            }
        }
        return out;
    }

    static void invert(boolean[] mask) {
        for (int i = 0; i < mask.length; i++) {
            mask[i] = !mask[i];
        }
    }
}
