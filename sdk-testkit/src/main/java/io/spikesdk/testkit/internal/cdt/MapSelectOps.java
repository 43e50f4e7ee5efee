package io.spikesdk.testkit.internal.cdt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Map get/remove by key, index, value, rank, key list, value, value list, key interval, index range, value
 * interval, rank range, relative index and relative rank ranges, with every return type and INVERTED. Result
 * orders follow observations §3: key order by default, rank order for rank windows, value order for value
 * intervals only on KV-ordered maps with a persisted index, INDEX of key lists and RANK of value lists in
 * request order.
 */
final class MapSelectOps {
    private MapSelectOps() {
    }

    static OpOutcome run(OpRequest req, MpMap map) throws CdtException {
        int kind = MapOpCodes.selectKind(req.code());
        boolean remove = req.code() < MapOpCodes.SIZE;
        ReturnType rt = ReturnType.of(req.index(0));
        if (rt.inverted() && kind == MapOpCodes.KIND_KEY && (map.flags & 0x01) != 0 && map.find(req.payload(1)) < 0) {
            // a key-ordered map answers a missing key as if INVERTED were not set (observed on CE 8.1)
            rt = new ReturnType(rt.type(), false);
        }
        rt.validate(family(kind), isSingle(kind), false);
        Selection sel = select(kind, req, map);
        if (rt.inverted()) {
            sel = invert(map, sel);
        }
        Particle result = ResultBuilder.build(rt, sel, ResultBuilder.of(map));
        if (remove) {
            int[] sorted = sel.emit.clone();
            Arrays.sort(sorted);
            for (int i = sorted.length - 1; i >= 0; i--) {
                map.entries.remove(sorted[i]);
            }
        }
        return OpOutcome.of(map, result);
    }

    private static boolean isSingle(int kind) {
        return kind <= MapOpCodes.KIND_RANK;
    }

    private static ReturnType.Family family(int kind) {
        switch (kind) {
            case MapOpCodes.KIND_KEY:
            case MapOpCodes.KIND_INDEX:
            case MapOpCodes.KIND_KEY_INTERVAL:
            case MapOpCodes.KIND_INDEX_RANGE:
            case MapOpCodes.KIND_KEY_REL_INDEX_RANGE:
                return ReturnType.Family.MAP_KEY_OR_INDEX;
            case MapOpCodes.KIND_KEY_LIST:
                return ReturnType.Family.MAP_KEY_LIST;
            case MapOpCodes.KIND_VALUE_LIST:
                return ReturnType.Family.MAP_VALUE_LIST;
            default:
                return ReturnType.Family.MAP_VALUE_OR_RANK;
        }
    }

    private static Selection select(int kind, OpRequest req, MpMap map) throws CdtException {
        int n = map.size();
        switch (kind) {
            case MapOpCodes.KIND_KEY: {
                Element key = req.payload(1);
                int at = map.find(key);
                return at < 0 ? Selection.none(map.lowerBound(key)) : one(map, at, at);
            }
            case MapOpCodes.KIND_INDEX: {
                int at = RangeMath.single(req.index(1), n);
                return one(map, at, at);
            }
            case MapOpCodes.KIND_VALUE: {
                Element v = req.payload(1);
                for (int i = 0; i < n; i++) {
                    if (ElementOrder.compare(map.entries.get(i).value, v) == 0) {
                        long rank = MapRanks.rankOf(map)[i];
                        return Selection.one(i, rank, rank);
                    }
                }
                return Selection.none(MapRanks.countValuesLess(map, v));
            }
            case MapOpCodes.KIND_RANK: {
                int r = RangeMath.single(req.index(1), n);
                return Selection.one(MapRanks.rankOrder(map)[r], r, r);
            }
            case MapOpCodes.KIND_KEY_LIST:
                return byKeyList(map, req.list(1).items);
            case MapOpCodes.KIND_ALL_BY_VALUE: {
                Element v = req.payload(1);
                return byValue(map, e -> ElementOrder.compare(e, v) == 0).withRange(MapRanks.countValuesLess(map, v));
            }
            case MapOpCodes.KIND_VALUE_LIST:
                return byValueList(map, req.list(1).items);
            case MapOpCodes.KIND_KEY_INTERVAL: {
                Element begin = req.payload(1);
                Element end = req.has(2) ? req.payload(2) : null;
                int[] pos = positions(n, i -> Intervals.contains(map.entries.get(i).key, begin, end));
                return keyOrdered(map, pos).withRange(map.lowerBound(begin));
            }
            case MapOpCodes.KIND_INDEX_RANGE:
                return indexWindow(map, RangeMath.range(req.index(1), req.countOrAll(2), n));
            case MapOpCodes.KIND_VALUE_INTERVAL:
                return byValueInterval(map, req.payload(1), req.has(2) ? req.payload(2) : null);
            case MapOpCodes.KIND_RANK_RANGE:
                return rankWindow(map, RangeMath.range(req.index(1), req.countOrAll(2), n));
            case MapOpCodes.KIND_KEY_REL_INDEX_RANGE: {
                int anchor = map.lowerBound(req.payload(1));
                return indexWindow(map, RangeMath.relative(anchor, req.index(2), req.countOrAll(3), n));
            }
            default: {
                int anchor = MapRanks.countValuesLess(map, req.payload(1));
                return rankWindow(map, RangeMath.relative(anchor, req.index(2), req.countOrAll(3), n));
            }
        }
    }

    private static Selection one(MpMap map, int at, long rangeStart) {
        return Selection.one(at, MapRanks.rankOf(map)[at], rangeStart);
    }

    /** A selection emitted in key order whose RANK output lists each element's rank in that order. */
    private static Selection keyOrdered(MpMap map, int[] pos) {
        return Selection.many(pos).withRanks(() -> MapRanks.ranksOf(map, pos));
    }

    private static Selection byValue(MpMap map, Predicate<Element> p) {
        int[] pos = positions(map.size(), i -> p.test(map.entries.get(i).value));
        return Selection.many(pos).withRanks(() -> sortedRanks(map, pos));
    }

    private static Selection byKeyList(MpMap map, List<Element> keys) {
        int[] pos = positions(map.size(), i -> RequestOrder.lastMatch(keys, map.entries.get(i).key) >= 0);
        int[] slots = new int[pos.length];
        long[] asLong = new long[pos.length];
        for (int i = 0; i < pos.length; i++) {
            slots[i] = RequestOrder.lastMatch(keys, map.entries.get(pos[i]).key);
            asLong[i] = pos[i];
        }
        int[] indexOrder = Arrays.stream(RequestOrder.order(slots, asLong)).mapToInt(v -> (int) v).toArray();
        return keyOrdered(map, pos).withIndexOrder(indexOrder);
    }

    private static Selection byValueList(MpMap map, List<Element> values) {
        int[] pos = positions(map.size(), i -> RequestOrder.lastMatch(values, map.entries.get(i).value) >= 0);
        return Selection.many(pos).withRanks(() -> {
            int[] slots = new int[pos.length];
            for (int i = 0; i < pos.length; i++) {
                slots[i] = RequestOrder.lastMatch(values, map.entries.get(pos[i]).value);
            }
            return RequestOrder.order(slots, MapRanks.ranksOf(map, pos));
        });
    }

    /** Value interval: key order, or value order when the map keeps a persisted value index (flags 0x12). */
    private static Selection byValueInterval(MpMap map, Element begin, Element end) {
        Selection sel;
        if ((map.flags & (MpMap.VALUE_INDEX | MpMap.PERSIST_INDEX)) == (MpMap.VALUE_INDEX | MpMap.PERSIST_INDEX)) {
            int[] pos = Arrays.stream(MapRanks.rankOrder(map))
                    .filter(i -> Intervals.contains(map.entries.get(i).value, begin, end)).toArray();
            sel = Selection.many(pos).withRanks(() -> sortedRanks(map, pos));
        } else {
            sel = byValue(map, e -> Intervals.contains(e, begin, end));
        }
        return sel.withRange(MapRanks.countValuesLess(map, begin));
    }

    private static Selection indexWindow(MpMap map, RangeMath.Window w) {
        int[] pos = new int[w.count()];
        for (int i = 0; i < pos.length; i++) {
            pos[i] = w.start() + i;
        }
        return keyOrdered(map, pos).withRange(w.start());
    }

    private static Selection rankWindow(MpMap map, RangeMath.Window w) {
        int[] pos = Arrays.copyOfRange(MapRanks.rankOrder(map), w.start(), w.end());
        long[] ranks = new long[w.count()];
        for (int i = 0; i < ranks.length; i++) {
            ranks[i] = w.start() + i;
        }
        return Selection.many(pos).withRanks(() -> ranks).withRange(w.start());
    }

    /** The complement of a selection, in key order. */
    private static Selection invert(MpMap map, Selection sel) {
        boolean[] chosen = new boolean[map.size()];
        for (int p : sel.emit) {
            chosen[p] = true;
        }
        return keyOrdered(map, positions(map.size(), i -> !chosen[i]));
    }

    private static long[] sortedRanks(MpMap map, int[] pos) {
        long[] r = MapRanks.ranksOf(map, pos);
        Arrays.sort(r);
        return r;
    }

    private static int[] positions(int n, java.util.function.IntPredicate p) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (p.test(i)) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
