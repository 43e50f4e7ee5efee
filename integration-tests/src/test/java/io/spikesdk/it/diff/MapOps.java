package io.spikesdk.it.diff;

import com.aerospike.client.cdt.MapOperation;
import com.aerospike.client.cdt.MapOrder;
import com.aerospike.client.cdt.MapWriteMode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every operation of the official client's {@link MapOperation}, with random arguments. */
final class MapOps {
    static final List<String> NAMES = List.of(
            "create", "setMapPolicy", "put", "putItems", "increment", "decrement", "clear", "size",
            "removeByKey", "removeByKeyList", "removeByKeyRange", "removeByKeyRelativeIndexRange",
            "removeByValue", "removeByValueList", "removeByValueRange", "removeByValueRelativeRankRange",
            "removeByIndex", "removeByIndexRange", "removeByRank", "removeByRankRange",
            "getByKey", "getByKeyRange", "getByKeyList", "getByKeyRelativeIndexRange",
            "getByValue", "getByValueRange", "getByValueList", "getByValueRelativeRankRange",
            "getByIndex", "getByIndexRange", "getByRank", "getByRankRange");
    private static final int[] RETURN_TYPES = {0, 1, 2, 3, 4, 5, 6, 7, 8, 13, 16, 17};
    private static final int[] OTHER_RETURN_TYPES = {9, 10, 11, 12, 14, 15};

    private MapOps() {
    }

    static Op random(Gen g, String bin, Map<Object, Object> contents, Gen.KeyKind keys, List<CtxStep> ctx) {
        String name = g.pick(NAMES);
        int size = contents.size();
        List<Object> keyPool = new ArrayList<>(contents.keySet());
        List<Object> valuePool = new ArrayList<>(contents.values());
        List<Object> a = new ArrayList<>();
        Op.Factory f;
        switch (name) {
            case "create" -> {
                a.add(new Policies.OrderArg(g.pick(MapOrder.values())));
                if (g.chance(40)) {
                    a.add(new Policies.Switch("persistIndex", g.chance(50)));
                    f = (b, x, c) -> MapOperation.create(b, order(x.get(0)), ListOps.on(x.get(1)), c);
                } else {
                    f = (b, x, c) -> MapOperation.create(b, order(x.get(0)), c);
                }
            }
            case "setMapPolicy" -> {
                a.add(policy(g));
                f = (b, x, c) -> MapOperation.setMapPolicy(pol(x.get(0)), b, c);
            }
            case "put", "increment", "decrement" -> {
                a.add(policy(g));
                a.add(key(g, keyPool, keys));
                a.add(name.equals("put") ? ListOps.value(g, valuePool) : ListOps.incrementBy(g));
                f = switch (name) {
                    case "put" -> (b, x, c) -> MapOperation.put(pol(x.get(0)), b, Values.of(x.get(1)), Values.of(x.get(2)), c);
                    case "increment" -> (b, x, c) -> MapOperation.increment(pol(x.get(0)), b, Values.of(x.get(1)), Values.of(x.get(2)), c);
                    default -> (b, x, c) -> MapOperation.decrement(pol(x.get(0)), b, Values.of(x.get(1)), Values.of(x.get(2)), c);
                };
            }
            case "putItems" -> {
                a.add(policy(g));
                Map<Object, Object> items = new java.util.LinkedHashMap<>();
                int n = g.chance(8) ? 0 : 1 + g.nextInt(4);
                for (int k = 0; k < n; k++) {
                    Object key = key(g, keyPool, keys);
                    if (!Gen.containsKey(items, key)) {
                        items.put(key, ListOps.value(g, valuePool));
                    }
                }
                a.add(items);
                f = (b, x, c) -> MapOperation.putItems(pol(x.get(0)), b, Values.map(x.get(1)), c);
            }
            case "clear" -> f = (b, x, c) -> MapOperation.clear(b, c);
            case "size" -> f = (b, x, c) -> MapOperation.size(b, c);
            case "removeByKey", "getByKey" -> {
                a.add(key(g, keyPool, keys));
                a.add(rt(g, false));
                f = name.startsWith("remove") ? (b, x, c) -> MapOperation.removeByKey(b, Values.of(x.get(0)), ListOps.rt(x.get(1)), c)
                        : (b, x, c) -> MapOperation.getByKey(b, Values.of(x.get(0)), ListOps.rt(x.get(1)), c);
            }
            case "removeByKeyList", "getByKeyList" -> {
                List<Object> list = new ArrayList<>();
                int n = g.chance(10) ? 0 : 1 + g.nextInt(4);
                for (int k = 0; k < n; k++) {
                    list.add(key(g, keyPool, keys));
                }
                a.add(list);
                a.add(rt(g, true));
                f = name.startsWith("remove") ? (b, x, c) -> MapOperation.removeByKeyList(b, Values.list(x.get(0)), ListOps.rt(x.get(1)), c)
                        : (b, x, c) -> MapOperation.getByKeyList(b, Values.list(x.get(0)), ListOps.rt(x.get(1)), c);
            }
            case "removeByKeyRange", "getByKeyRange" -> {
                a.add(g.chance(10) ? null : key(g, keyPool, keys));
                a.add(g.chance(15) ? ListOps.Unbounded.END : g.chance(5) ? Values.Special.INF : key(g, keyPool, keys));
                a.add(rt(g, true));
                f = name.startsWith("remove") ? (b, x, c) -> MapOperation.removeByKeyRange(b, ListOps.end(x.get(0)), ListOps.end(x.get(1)), ListOps.rt(x.get(2)), c)
                        : (b, x, c) -> MapOperation.getByKeyRange(b, ListOps.end(x.get(0)), ListOps.end(x.get(1)), ListOps.rt(x.get(2)), c);
            }
            case "removeByKeyRelativeIndexRange", "getByKeyRelativeIndexRange",
                    "removeByValueRelativeRankRange", "getByValueRelativeRankRange" -> {
                boolean byKey = name.contains("ByKey");
                a.add(byKey ? key(g, keyPool, keys) : ListOps.value(g, valuePool));
                a.add(g.position(size));
                boolean withCount = g.chance(60);
                if (withCount) {
                    a.add(g.count(size));
                }
                a.add(rt(g, true));
                f = relative(name, withCount);
            }
            case "removeByValue", "getByValue" -> {
                a.add(ListOps.value(g, valuePool));
                a.add(rt(g, true));
                f = name.startsWith("remove") ? (b, x, c) -> MapOperation.removeByValue(b, Values.of(x.get(0)), ListOps.rt(x.get(1)), c)
                        : (b, x, c) -> MapOperation.getByValue(b, Values.of(x.get(0)), ListOps.rt(x.get(1)), c);
            }
            case "removeByValueList", "getByValueList" -> {
                a.add(ListOps.values(g, valuePool));
                a.add(rt(g, true));
                f = name.startsWith("remove") ? (b, x, c) -> MapOperation.removeByValueList(b, Values.list(x.get(0)), ListOps.rt(x.get(1)), c)
                        : (b, x, c) -> MapOperation.getByValueList(b, Values.list(x.get(0)), ListOps.rt(x.get(1)), c);
            }
            case "removeByValueRange", "getByValueRange" -> {
                a.add(ListOps.rangeEnd(g, valuePool, true));
                a.add(ListOps.rangeEnd(g, valuePool, false));
                a.add(rt(g, true));
                f = name.startsWith("remove") ? (b, x, c) -> MapOperation.removeByValueRange(b, ListOps.end(x.get(0)), ListOps.end(x.get(1)), ListOps.rt(x.get(2)), c)
                        : (b, x, c) -> MapOperation.getByValueRange(b, ListOps.end(x.get(0)), ListOps.end(x.get(1)), ListOps.rt(x.get(2)), c);
            }
            case "removeByIndex", "removeByRank", "getByIndex", "getByRank" -> {
                a.add(g.position(size));
                a.add(rt(g, false));
                f = switch (name) {
                    case "removeByIndex" -> (b, x, c) -> MapOperation.removeByIndex(b, ListOps.i(x.get(0)), ListOps.rt(x.get(1)), c);
                    case "removeByRank" -> (b, x, c) -> MapOperation.removeByRank(b, ListOps.i(x.get(0)), ListOps.rt(x.get(1)), c);
                    case "getByIndex" -> (b, x, c) -> MapOperation.getByIndex(b, ListOps.i(x.get(0)), ListOps.rt(x.get(1)), c);
                    default -> (b, x, c) -> MapOperation.getByRank(b, ListOps.i(x.get(0)), ListOps.rt(x.get(1)), c);
                };
            }
            case "removeByIndexRange", "removeByRankRange", "getByIndexRange", "getByRankRange" -> {
                a.add(g.position(size));
                boolean withCount = g.chance(65);
                if (withCount) {
                    a.add(g.count(size));
                }
                a.add(rt(g, true));
                f = switch (name + withCount) {
                    case "removeByIndexRangetrue" -> (b, x, c) -> MapOperation.removeByIndexRange(b, ListOps.i(x.get(0)), ListOps.i(x.get(1)), ListOps.rt(x.get(2)), c);
                    case "removeByIndexRangefalse" -> (b, x, c) -> MapOperation.removeByIndexRange(b, ListOps.i(x.get(0)), ListOps.rt(x.get(1)), c);
                    case "removeByRankRangetrue" -> (b, x, c) -> MapOperation.removeByRankRange(b, ListOps.i(x.get(0)), ListOps.i(x.get(1)), ListOps.rt(x.get(2)), c);
                    case "removeByRankRangefalse" -> (b, x, c) -> MapOperation.removeByRankRange(b, ListOps.i(x.get(0)), ListOps.rt(x.get(1)), c);
                    case "getByIndexRangetrue" -> (b, x, c) -> MapOperation.getByIndexRange(b, ListOps.i(x.get(0)), ListOps.i(x.get(1)), ListOps.rt(x.get(2)), c);
                    case "getByIndexRangefalse" -> (b, x, c) -> MapOperation.getByIndexRange(b, ListOps.i(x.get(0)), ListOps.rt(x.get(1)), c);
                    case "getByRankRangetrue" -> (b, x, c) -> MapOperation.getByRankRange(b, ListOps.i(x.get(0)), ListOps.i(x.get(1)), ListOps.rt(x.get(2)), c);
                    default -> (b, x, c) -> MapOperation.getByRankRange(b, ListOps.i(x.get(0)), ListOps.rt(x.get(1)), c);
                };
            }
            default -> throw new IllegalStateException(name);
        }
        return new Op("map", name, bin, a, ctx, f);
    }

    private static Op.Factory relative(String name, boolean withCount) {
        return switch (name + withCount) {
            case "removeByKeyRelativeIndexRangetrue" -> (b, x, c) -> MapOperation.removeByKeyRelativeIndexRange(b, Values.of(x.get(0)), ListOps.i(x.get(1)), ListOps.i(x.get(2)), ListOps.rt(x.get(3)), c);
            case "removeByKeyRelativeIndexRangefalse" -> (b, x, c) -> MapOperation.removeByKeyRelativeIndexRange(b, Values.of(x.get(0)), ListOps.i(x.get(1)), ListOps.rt(x.get(2)), c);
            case "getByKeyRelativeIndexRangetrue" -> (b, x, c) -> MapOperation.getByKeyRelativeIndexRange(b, Values.of(x.get(0)), ListOps.i(x.get(1)), ListOps.i(x.get(2)), ListOps.rt(x.get(3)), c);
            case "getByKeyRelativeIndexRangefalse" -> (b, x, c) -> MapOperation.getByKeyRelativeIndexRange(b, Values.of(x.get(0)), ListOps.i(x.get(1)), ListOps.rt(x.get(2)), c);
            case "removeByValueRelativeRankRangetrue" -> (b, x, c) -> MapOperation.removeByValueRelativeRankRange(b, Values.of(x.get(0)), ListOps.i(x.get(1)), ListOps.i(x.get(2)), ListOps.rt(x.get(3)), c);
            case "removeByValueRelativeRankRangefalse" -> (b, x, c) -> MapOperation.removeByValueRelativeRankRange(b, Values.of(x.get(0)), ListOps.i(x.get(1)), ListOps.rt(x.get(2)), c);
            case "getByValueRelativeRankRangetrue" -> (b, x, c) -> MapOperation.getByValueRelativeRankRange(b, Values.of(x.get(0)), ListOps.i(x.get(1)), ListOps.i(x.get(2)), ListOps.rt(x.get(3)), c);
            default -> (b, x, c) -> MapOperation.getByValueRelativeRankRange(b, Values.of(x.get(0)), ListOps.i(x.get(1)), ListOps.rt(x.get(2)), c);
        };
    }

    static Rt rt(Gen g, boolean multi) {
        int code = g.chance(5) ? OTHER_RETURN_TYPES[g.nextInt(OTHER_RETURN_TYPES.length)] : RETURN_TYPES[g.nextInt(RETURN_TYPES.length)];
        if (g.chance(multi ? 30 : 6)) {
            code |= Rt.INVERTED;
        }
        return new Rt(code, true);
    }

    /** A key of the map (so key selectors hit), a fresh key of the same kind, or rarely a double (illegal key). */
    static Object key(Gen g, List<Object> keyPool, Gen.KeyKind kind) {
        if (!keyPool.isEmpty() && g.chance(55)) {
            return ListOps.copy(keyPool.get(g.nextInt(keyPool.size())));
        }
        return g.chance(2) ? (Object) 1.5 : g.key(kind);
    }

    private static Policies.MPol policy(Gen g) {
        MapOrder order = g.chance(50) ? MapOrder.UNORDERED : g.chance(50) ? MapOrder.KEY_ORDERED : MapOrder.KEY_VALUE_ORDERED;
        if (g.chance(15)) {
            return new Policies.MPol(order, 0, false, g.pick(MapWriteMode.values()));
        }
        int flags = 0;
        for (int bit : new int[] {1, 2, 4, 8}) {
            if (g.chance(20)) {
                flags |= bit;
            }
        }
        return new Policies.MPol(order, flags, g.chance(10), null);
    }

    static MapOrder order(Object v) {
        return (MapOrder) ((Policies.OrderArg) v).order();
    }

    static com.aerospike.client.cdt.MapPolicy pol(Object v) {
        return ((Policies.MPol) v).policy();
    }
}
