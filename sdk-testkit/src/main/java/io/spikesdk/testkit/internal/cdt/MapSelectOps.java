package io.spikesdk.testkit.internal.cdt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Map get/remove by key, index, value, rank, key list, value, value list, key interval, index range, value
 * interval, rank range, relative index and relative rank ranges. Each family follows the real server's path for
 * the map's kind, because the path decides the result order: key-ordered maps (any non-zero flags) delegate key
 * selections to index ranges; a persisted value index (flags 0x12, more than one entry) answers value selections
 * in value order; rank ranges answer in rank order unless INVERTED leaves two runs (then key order); an INVERTED
 * range that leaves one run is answered as that plain range; selecting every entry answers indexes and ranks
 * {@code 0..n-1}. Entries are stored key-sorted, so a position is also the key-order index.
 */
final class MapSelectOps {
    private final MpMap map;
    private final int n;
    private final ReturnType rt;
    private final boolean multi;
    private final boolean keyOrdered;
    private boolean inverted;
    private final boolean[] removed;

    private MapSelectOps(MpMap map, ReturnType rt, boolean multi) {
        this.map = map;
        this.n = map.size();
        this.rt = rt;
        this.multi = multi;
        this.keyOrdered = map.flags != 0;
        this.inverted = rt.inverted();
        this.removed = new boolean[n];
    }

    static OpOutcome run(OpRequest req, MpMap map) throws CdtException {
        int kind = MapOpCodes.selectKind(req.code());
        boolean remove = req.code() < MapOpCodes.SIZE;
        MapSelectOps op = new MapSelectOps(map, ReturnType.of(req.index(0)), kind > MapOpCodes.KIND_RANK);
        Particle result = op.select(kind, req);
        if (remove) {
            for (int i = op.n - 1; i >= 0; i--) {
                if (op.removed[i]) {
                    map.entries.remove(i);
                }
            }
        }
        return OpOutcome.of(map, result);
    }

    private Particle select(int kind, OpRequest req) throws CdtException {
        switch (kind) {
            case MapOpCodes.KIND_KEY:
                return keyInterval(req.payload(1), null, true);
            case MapOpCodes.KIND_INDEX:
                return indexRange(req.index(1), 1);
            case MapOpCodes.KIND_VALUE:
            case MapOpCodes.KIND_ALL_BY_VALUE:
                return valueInterval(req.payload(1), null, true);
            case MapOpCodes.KIND_RANK:
                return rankRange(req.index(1), 1);
            case MapOpCodes.KIND_KEY_LIST:
                return keyList(req.list(1).items);
            case MapOpCodes.KIND_VALUE_LIST:
                return valueList(req.list(1).items);
            case MapOpCodes.KIND_KEY_INTERVAL:
                return keyInterval(req.payload(1), req.has(2) ? req.payload(2) : null, false);
            case MapOpCodes.KIND_INDEX_RANGE:
                return indexRange(req.index(1), req.countOrAll(2));
            case MapOpCodes.KIND_VALUE_INTERVAL:
                return valueInterval(req.payload(1), req.has(2) ? req.payload(2) : null, false);
            case MapOpCodes.KIND_RANK_RANGE:
                return rankRange(req.index(1), req.countOrAll(2));
            case MapOpCodes.KIND_KEY_REL_INDEX_RANGE: {
                RangeMath.Window w = RangeMath.relative(map.lowerBound(req.payload(1)), req.index(2),
                        req.countOrAll(3), n);
                return indexRange(w.start(), w.count());
            }
            default: {
                Element value = req.payload(1);
                int anchor = valueIndexed() ? valueSearch(MapRanks.rankOrder(map), value, 0).position()
                        : MapRanks.countValuesLess(map, value);
                RangeMath.Window w = RangeMath.relative(anchor, req.index(2), req.countOrAll(3), n);
                return rankRange(w.start(), w.count());
            }
        }
    }

    private RangeMath.Window window(long index, long count) throws CdtException {
        if (multi) {
            return RangeMath.range(index, count, n);
        }
        return new RangeMath.Window(RangeMath.single(index, n), 1);
    }

    /** Whether value selections use the persisted value index (value order) instead of a scan (key order). */
    private boolean valueIndexed() {
        return (map.flags & (MpMap.VALUE_INDEX | MpMap.PERSIST_INDEX)) == (MpMap.VALUE_INDEX | MpMap.PERSIST_INDEX)
                && n > 1;
    }

    /** Key interval {@code [begin, end)} ({@code end} null: no upper bound), or the one key when single. */
    private Particle keyInterval(Element begin, Element end, boolean singleKey) throws CdtException {
        if (isRankRange()) {
            throw ResultBuilder.unsupported(rt);
        }
        if (keyOrdered) {
            int index = map.lowerBound(begin);
            int count;
            if (singleKey) {
                count = map.find(begin) >= 0 ? 1 : 0;
            } else if (end != null) {
                count = Math.max(0, map.lowerBound(end) - index);
            } else {
                count = n - index;
            }
            if (count == 0 && !multi) {
                return keyNotFound(-1);
            }
            return indexRange(index, count);
        }
        if (inverted && !multi) {
            throw CdtException.notApplicable("INVERTED on a single-element op");
        }
        if (singleKey) {
            int at = map.find(begin);
            if (at < 0) {
                return keyNotFound(-1);
            }
            removed[at] = true;
            return byKey(at);
        }
        boolean[] mask = new boolean[n];
        int index = 0;
        int count = 0;
        for (int i = 0; i < n; i++) {
            Element k = map.entries.get(i).key;
            if (ElementOrder.compare(k, begin) < 0) {
                index++;
            } else if (end == null || ElementOrder.compare(k, end) < 0) {
                mask[i] = true;
                count++;
            }
        }
        if (inverted) {
            ListSelectOps.invert(mask);
        }
        int[] chosen = mark(mask);
        if (ResultBuilder.isElements(rt)) {
            return ResultBuilder.mapElements(rt, map, chosen, true);
        }
        if (isRank()) {
            return ranksOf(chosen);
        }
        return ResultBuilder.range(rt, true, inverted, index, count, n);
    }

    /** One found key of an unordered map. */
    private Particle byKey(int at) throws CdtException {
        switch (rt.type()) {
            case ReturnType.NONE:
                return null;
            case ReturnType.INDEX_RANGE:
                return ResultBuilder.pair(at, 1);
            case ReturnType.REVERSE_INDEX_RANGE:
                return ResultBuilder.pair(n - at - 1L, 1);
            case ReturnType.INDEX:
            case ReturnType.REVERSE_INDEX:
            case ReturnType.RANK:
            case ReturnType.REVERSE_RANK: {
                long v = isRank() ? MapRanks.rankOf(map)[at] : at;
                return Particle.ofLong(ResultBuilder.isReverse(rt) ? n - v - 1 : v);
            }
            case ReturnType.COUNT:
                return Particle.ofLong(1);
            case ReturnType.EXISTS:
                return Particle.ofBool(true);
            default:
                return ResultBuilder.mapElements(rt, map, new int[] {at}, false);
        }
    }

    private Particle indexRange(long index, long count) throws CdtException {
        RangeMath.Window w = window(index, count);
        if (isRankRange()) {
            throw ResultBuilder.unsupported(rt);
        }
        int start = w.start();
        int cnt = w.count();
        if (inverted) {
            if (!multi) {
                throw CdtException.notApplicable("INVERTED on a single-element op");
            }
            inverted = false;
            RangeMath.Window rest = RangeMath.complement(w, n);
            if (rest != null) {
                start = rest.start();
                cnt = rest.count();
            } else if (keyOrdered) {
                return trim(start, cnt);
            } else {
                inverted = true;
            }
        }
        if (cnt == 0) {
            return keyNotFound(start);
        }
        if (cnt == n) {
            return all();
        }
        boolean[] mask = new boolean[n];
        Arrays.fill(mask, start, start + cnt, true);
        if (inverted) {
            ListSelectOps.invert(mask);
        }
        int[] chosen = mark(mask);
        if (ResultBuilder.isElements(rt)) {
            return ResultBuilder.mapElements(rt, map, chosen, multi);
        }
        if (isRank()) {
            return ranksOf(chosen);
        }
        return ResultBuilder.range(rt, multi, inverted, start, cnt, n);
    }

    /** INVERTED index range on a key-ordered map that leaves a head and a tail. */
    private Particle trim(int start, int cnt) throws CdtException {
        int end = start + cnt;
        boolean[] mask = new boolean[n];
        Arrays.fill(mask, true);
        Arrays.fill(mask, start, end, false);
        int[] chosen = mark(mask);
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
                return new ResultBuilder.Ints().run(0, start, n, reverse).run(end, n - end, n, reverse).particle();
            case ReturnType.RANK:
            case ReturnType.REVERSE_RANK:
                return ranksOf(chosen);
            default:
                if (ResultBuilder.isElements(rt)) {
                    return ResultBuilder.mapElements(rt, map, chosen, true);
                }
                throw ResultBuilder.unsupported(rt);
        }
    }

    /** Every entry selected, not inverted: indexes and ranks {@code 0..n-1}, entries in key order. */
    private Particle all() throws CdtException {
        Arrays.fill(removed, true);
        int[] every = ListSelectOps.run(0, n);
        switch (rt.type()) {
            case ReturnType.NONE:
                return null;
            case ReturnType.INDEX:
            case ReturnType.REVERSE_INDEX:
            case ReturnType.RANK:
            case ReturnType.REVERSE_RANK:
                if (!multi) {
                    return Particle.ofLong(0);
                }
                return new ResultBuilder.Ints().run(0, n, n, false).particle();
            case ReturnType.COUNT:
                return Particle.ofLong(n);
            case ReturnType.EXISTS:
                return Particle.ofBool(n != 0);
            case ReturnType.INDEX_RANGE:
            case ReturnType.REVERSE_INDEX_RANGE:
            case ReturnType.RANK_RANGE:
            case ReturnType.REVERSE_RANK_RANGE:
                return ResultBuilder.pair(0, n);
            default:
                return ResultBuilder.mapElements(rt, map, every, multi);
        }
    }

    /**
     * Value interval {@code [begin, end)} ({@code end} null: no upper bound), or the entries whose value equals
     * {@code begin} when {@code singleValue} (the first one for a single op).
     */
    private Particle valueInterval(Element begin, Element end, boolean singleValue) throws CdtException {
        if (isIndexRange()) {
            throw ResultBuilder.unsupported(rt);
        }
        if (inverted && !multi) {
            throw CdtException.notApplicable("INVERTED on a single-element op");
        }
        if (n == 0) {
            return valueNotFound(-1);
        }
        if (valueIndexed()) {
            int[] order = MapRanks.rankOrder(map);
            int[] found = indexedBlock(order, begin, end, singleValue);
            int rank = found[0];
            int count = found[1];
            int[] byValue = Arrays.copyOfRange(order, rank, rank + count);
            boolean[] mask = new boolean[n];
            for (int p : byValue) {
                mask[p] = true;
            }
            if (inverted) {
                ListSelectOps.invert(mask);
            }
            int[] chosen = mark(mask);
            if (ResultBuilder.isElements(rt)) {
                boolean keyOrder = inverted || rt.type() == ReturnType.ORDERED_MAP;
                return ResultBuilder.mapElements(rt, map, keyOrder ? chosen : byValue, multi);
            }
            if (isIndex()) {
                if (inverted) {
                    return indexesOf(chosen, -1);
                }
                return indexesOf(byValue, rank);
            }
            return ResultBuilder.range(rt, multi, inverted, rank, count, n);
        }
        boolean wantRank = isRank() || isRankRange();
        boolean[] mask = new boolean[n];
        int rank = 0;
        int count = 0;
        for (int i = 0; i < n; i++) {
            Element v = map.entries.get(i).value;
            int c = ElementOrder.compare(v, begin);
            if (c < 0) {
                rank++;
            } else if (!singleValue) {
                if (end == null || ElementOrder.compare(v, end) < 0) {
                    mask[i] = true;
                    count++;
                }
            } else if (c == 0 && (multi || count == 0)) {
                mask[i] = true;
                count++;
            }
        }
        if (!wantRank) {
            rank = 0;
        }
        if (count == 0) {
            if (inverted) {
                inverted = false;
                return all();
            }
            return valueNotFound(rank);
        }
        if (inverted) {
            ListSelectOps.invert(mask);
        }
        int[] chosen = mark(mask);
        if (ResultBuilder.isElements(rt)) {
            return ResultBuilder.mapElements(rt, map, chosen, multi);
        }
        if (isIndex()) {
            return indexesOf(chosen, -1);
        }
        return ResultBuilder.range(rt, multi, inverted, rank, count, n);
    }

    private Particle rankRange(long rank, long count) throws CdtException {
        RangeMath.Window w = window(rank, count);
        if (isIndexRange()) {
            throw ResultBuilder.unsupported(rt);
        }
        int start = w.start();
        int cnt = w.count();
        if (inverted) {
            if (!multi) {
                throw CdtException.notApplicable("INVERTED on a single-element op");
            }
            inverted = false;
            RangeMath.Window rest = RangeMath.complement(w, n);
            if (rest != null) {
                start = rest.start();
                cnt = rest.count();
            } else {
                inverted = true;
            }
        }
        if (cnt == 0) {
            return valueNotFound(start);
        }
        int[] byRank = Arrays.copyOfRange(MapRanks.rankOrder(map), start, start + cnt);
        boolean[] mask = new boolean[n];
        for (int p : byRank) {
            mask[p] = true;
        }
        if (inverted) {
            ListSelectOps.invert(mask);
        }
        int[] chosen = mark(mask);
        switch (rt.type()) {
            case ReturnType.NONE:
            case ReturnType.COUNT:
            case ReturnType.EXISTS:
            case ReturnType.RANK:
            case ReturnType.REVERSE_RANK:
                return ResultBuilder.block(rt, multi, inverted, start, cnt, n);
            case ReturnType.INDEX:
            case ReturnType.REVERSE_INDEX:
                return inverted ? indexesOf(chosen, -1) : indexesOf(byRank, start);
            case ReturnType.RANK_RANGE:
            case ReturnType.REVERSE_RANK_RANGE:
                return ResultBuilder.range(rt, multi, inverted, start, chosen.length, n);
            default: {
                boolean keyOrder = inverted || rt.type() == ReturnType.ORDERED_MAP;
                return ResultBuilder.mapElements(rt, map, keyOrder ? chosen : byRank, multi);
            }
        }
    }

    private Particle keyList(List<Element> keys) throws CdtException {
        if (keys.isEmpty()) {
            if (isRank() || rt.isRangeType()) {
                throw ResultBuilder.unsupported(rt);
            }
            if (!inverted) {
                return emptyListAnswer();
            }
            inverted = false;
            return all();
        }
        if (keyOrdered) {
            int k = keys.size();
            int[] at = new int[k];
            int[] count = new int[k];
            boolean[] mask = new boolean[n];
            for (int i = 0; i < k; i++) {
                at[i] = map.lowerBound(keys.get(i));
                count[i] = map.find(keys.get(i)) >= 0 ? 1 : 0;
                if (count[i] != 0) {
                    mask[at[i]] = true;
                }
            }
            if (inverted) {
                ListSelectOps.invert(mask);
            }
            int[] chosen = mark(mask);
            if (isIndex()) {
                if (inverted) {
                    return ResultBuilder.positions(rt, true, chosen, n);
                }
                ResultBuilder.Ints out = new ResultBuilder.Ints();
                for (int i = 0; i < k; i++) {
                    out.run(at[i], count[i], n, ResultBuilder.isReverse(rt));
                }
                return out.particle();
            }
            return listCommon(chosen);
        }
        ItemMatch match = ItemMatch.of(keys, keysOf(), inverted, isIndex());
        for (int p : match.chosen) {
            removed[p] = true;
        }
        if (isIndex()) {
            return match.ranks(rt, inverted, n);
        }
        return listCommon(match.chosen);
    }

    private Particle valueList(List<Element> values) throws CdtException {
        if (values.isEmpty()) {
            if (rt.isRangeType()) {
                throw ResultBuilder.unsupported(rt);
            }
            if (!inverted) {
                return emptyListAnswer();
            }
            inverted = false;
            return all();
        }
        if (n <= 1 || valueIndexed()) {
            int k = values.size();
            int[] order = MapRanks.rankOrder(map);
            int[] rank = new int[k];
            int[] count = new int[k];
            boolean[] mask = new boolean[n];
            for (int i = 0; i < k; i++) {
                int[] found = indexedBlock(order, values.get(i), null, true);
                rank[i] = found[0];
                count[i] = found[1];
                for (int j = 0; j < count[i]; j++) {
                    mask[order[rank[i] + j]] = true;
                }
            }
            if (inverted) {
                ListSelectOps.invert(mask);
            }
            int[] chosen = mark(mask);
            boolean reverse = ResultBuilder.isReverse(rt);
            if (isIndex() || isRank()) {
                if (inverted) {
                    return isIndex() ? indexesOf(chosen, -1) : ranksOf(chosen);
                }
                ResultBuilder.Ints out = new ResultBuilder.Ints();
                for (int i = 0; i < k; i++) {
                    if (isRank()) {
                        out.run(rank[i], count[i], n, reverse);
                    } else {
                        for (int j = 0; j < count[i]; j++) {
                            out.one(order[rank[i] + j], n, reverse);
                        }
                    }
                }
                return out.particle();
            }
            return listCommon(chosen);
        }
        ItemMatch match = ItemMatch.of(values, valuesOf(), inverted, isRank());
        for (int p : match.chosen) {
            removed[p] = true;
        }
        if (isIndex()) {
            return indexesOf(match.chosen, -1);
        }
        if (isRank()) {
            return match.ranks(rt, inverted, n);
        }
        return listCommon(match.chosen);
    }

    /** NONE, COUNT, EXISTS and entries of a key or value list selection; other types are not supported. */
    private Particle listCommon(int[] chosen) throws CdtException {
        switch (rt.type()) {
            case ReturnType.NONE:
                return null;
            case ReturnType.COUNT:
                return Particle.ofLong(chosen.length);
            case ReturnType.EXISTS:
                return Particle.ofBool(chosen.length != 0);
            default:
                if (ResultBuilder.isElements(rt)) {
                    return ResultBuilder.mapElements(rt, map, chosen, true);
                }
                throw ResultBuilder.unsupported(rt);
        }
    }

    /** Key-order indexes of the given positions, in that order; none found answers as not found at {@code at}. */
    private Particle indexesOf(int[] pos, int at) throws CdtException {
        if (pos.length == 0) {
            return ResultBuilder.notFound(rt, multi, at);
        }
        boolean reverse = ResultBuilder.isReverse(rt);
        if (!multi) {
            return Particle.ofLong(reverse ? n - pos[0] - 1L : pos[0]);
        }
        ResultBuilder.Ints out = new ResultBuilder.Ints();
        for (int p : pos) {
            out.one(p, n, reverse);
        }
        return out.particle();
    }

    /** Unique ranks ((value, key) order) of the given positions, in that order. */
    private Particle ranksOf(int[] pos) {
        long[] all = MapRanks.rankOf(map);
        boolean reverse = ResultBuilder.isReverse(rt);
        if (!multi) {
            return Particle.ofLong(reverse ? n - all[pos[0]] - 1 : all[pos[0]]);
        }
        ResultBuilder.Ints out = new ResultBuilder.Ints();
        for (int p : pos) {
            out.one((int) all[p], n, reverse);
        }
        return out.particle();
    }

    /** An empty key or value list answers "not found"; there the server skips an unknown return type, answering nothing. */
    private Particle emptyListAnswer() throws CdtException {
        return ResultBuilder.isKnown(rt) ? ResultBuilder.notFound(rt, true, 0) : null;
    }

    private Particle keyNotFound(long index) throws CdtException {
        if (isRankRange()) {
            throw ResultBuilder.unsupported(rt);
        }
        return ResultBuilder.notFound(rt, multi, index);
    }

    private Particle valueNotFound(long rank) throws CdtException {
        if (isIndexRange()) {
            throw ResultBuilder.unsupported(rt);
        }
        return ResultBuilder.notFound(rt, multi, rank);
    }

    /**
     * {@code [rank, count]} of the entries with values in {@code [begin, end)} ({@code end} null: no upper bound),
     * or equal to {@code begin} when {@code singleValue}, by the server's binary search over the value index.
     */
    private int[] indexedBlock(int[] order, Element begin, Element end, boolean singleValue) {
        SortedSearch.Result first = valueSearch(order, begin, 0);
        int rank = first.position();
        if (singleValue) {
            if (!first.found()) {
                return new int[] {rank, 0};
            }
            return new int[] {rank, multi ? valueSearch(order, begin, n).position() - rank : 1};
        }
        if (end == null) {
            return new int[] {rank, n - rank};
        }
        int stop = valueSearch(order, end, 0).position();
        return new int[] {rank, Math.max(0, stop - rank)};
    }

    private SortedSearch.Result valueSearch(int[] order, Element value, int target) {
        return SortedSearch.find(r -> map.entries.get(order[r]).value, r -> order[r], n, value, 0, n, target);
    }

    private List<Element> keysOf() {
        List<Element> out = new ArrayList<>(n);
        for (MapEntry e : map.entries) {
            out.add(e.key);
        }
        return out;
    }

    private List<Element> valuesOf() {
        List<Element> out = new ArrayList<>(n);
        for (MapEntry e : map.entries) {
            out.add(e.value);
        }
        return out;
    }

    private int[] mark(boolean[] mask) {
        int[] chosen = ListSelectOps.positions(mask);
        for (int p : chosen) {
            removed[p] = true;
        }
        return chosen;
    }

    private boolean isIndex() {
        return rt.type() == ReturnType.INDEX || rt.type() == ReturnType.REVERSE_INDEX;
    }

    private boolean isRank() {
        return rt.type() == ReturnType.RANK || rt.type() == ReturnType.REVERSE_RANK;
    }

    private boolean isIndexRange() {
        return rt.type() == ReturnType.INDEX_RANGE || rt.type() == ReturnType.REVERSE_INDEX_RANGE;
    }

    private boolean isRankRange() {
        return rt.type() == ReturnType.RANK_RANGE || rt.type() == ReturnType.REVERSE_RANK_RANGE;
    }
}
