package io.spikesdk.it.diff;

import com.aerospike.client.cdt.ListOperation;
import com.aerospike.client.cdt.ListOrder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Every operation of the official client's {@link ListOperation}, with random arguments. */
final class ListOps {
    static final List<String> NAMES = List.of(
            "create", "setOrder", "append", "appendItems", "insert", "insertItems", "increment", "pop", "popRange",
            "remove", "removeRange", "set", "trim", "clear", "sort", "size", "get", "getRange",
            "removeByValue", "removeByValueList", "removeByValueRange", "removeByValueRelativeRankRange",
            "removeByIndex", "removeByIndexRange", "removeByRank", "removeByRankRange",
            "getByValue", "getByValueRange", "getByValueList", "getByValueRelativeRankRange",
            "getByIndex", "getByIndexRange", "getByRank", "getByRankRange");
    private static final int[] RETURN_TYPES = {0, 1, 2, 3, 4, 5, 7, 13};
    private static final int[] OTHER_RETURN_TYPES = {6, 8, 9, 10, 11, 12, 14, 16, 17};

    private ListOps() {
    }

    static Op random(Gen g, String bin, List<Object> contents, List<CtxStep> ctx) {
        String name = g.pick(NAMES);
        int size = contents.size();
        List<Object> a = new ArrayList<>();
        Op.Factory f;
        switch (name) {
            case "create" -> {
                a.add(new Policies.OrderArg(g.pick(ListOrder.values())));
                a.add(new Policies.Switch("pad", g.chance(30)));
                if (g.chance(50)) {
                    a.add(new Policies.Switch("persistIndex", g.chance(50)));
                    f = (b, x, c) -> ListOperation.create(b, order(x.get(0)), on(x.get(1)), on(x.get(2)), c);
                } else {
                    f = (b, x, c) -> ListOperation.create(b, order(x.get(0)), on(x.get(1)), c);
                }
            }
            case "setOrder" -> {
                a.add(new Policies.OrderArg(g.pick(ListOrder.values())));
                if (g.chance(40)) {
                    a.add(new Policies.Switch("persistIndex", g.chance(50)));
                    f = (b, x, c) -> ListOperation.setOrder(b, order(x.get(0)), on(x.get(1)), c);
                } else {
                    f = (b, x, c) -> ListOperation.setOrder(b, order(x.get(0)), c);
                }
            }
            case "append", "appendItems" -> {
                boolean items = name.equals("appendItems");
                boolean withPolicy = g.chance(60);
                if (withPolicy) {
                    a.add(policy(g));
                }
                a.add(items ? values(g, contents) : value(g, contents));
                if (withPolicy) {
                    f = items ? (b, x, c) -> ListOperation.appendItems(pol(x.get(0)), b, Values.list(x.get(1)), c)
                            : (b, x, c) -> ListOperation.append(pol(x.get(0)), b, Values.of(x.get(1)), c);
                } else {
                    f = items ? (b, x, c) -> ListOperation.appendItems(b, Values.list(x.get(0)), c)
                            : (b, x, c) -> ListOperation.append(b, Values.of(x.get(0)), c);
                }
            }
            case "insert", "insertItems", "set" -> {
                boolean withPolicy = g.chance(60);
                if (withPolicy) {
                    a.add(policy(g));
                }
                a.add(g.position(size));
                a.add(name.equals("insertItems") ? values(g, contents) : value(g, contents));
                f = switch (name) {
                    case "insert" -> withPolicy ? (b, x, c) -> ListOperation.insert(pol(x.get(0)), b, i(x.get(1)), Values.of(x.get(2)), c)
                            : (b, x, c) -> ListOperation.insert(b, i(x.get(0)), Values.of(x.get(1)), c);
                    case "insertItems" -> withPolicy ? (b, x, c) -> ListOperation.insertItems(pol(x.get(0)), b, i(x.get(1)), Values.list(x.get(2)), c)
                            : (b, x, c) -> ListOperation.insertItems(b, i(x.get(0)), Values.list(x.get(1)), c);
                    default -> withPolicy ? (b, x, c) -> ListOperation.set(pol(x.get(0)), b, i(x.get(1)), Values.of(x.get(2)), c)
                            : (b, x, c) -> ListOperation.set(b, i(x.get(0)), Values.of(x.get(1)), c);
                };
            }
            case "increment" -> {
                int shape = g.nextInt(4);
                if (shape >= 2) {
                    a.add(policy(g));
                }
                a.add(g.position(size));
                if (shape % 2 == 1) {
                    a.add(incrementBy(g));
                }
                f = switch (shape) {
                    case 0 -> (b, x, c) -> ListOperation.increment(b, i(x.get(0)), c);
                    case 1 -> (b, x, c) -> ListOperation.increment(b, i(x.get(0)), Values.of(x.get(1)), c);
                    case 2 -> (b, x, c) -> ListOperation.increment(pol(x.get(0)), b, i(x.get(1)), c);
                    default -> (b, x, c) -> ListOperation.increment(pol(x.get(0)), b, i(x.get(1)), Values.of(x.get(2)), c);
                };
            }
            case "pop", "remove", "get" -> {
                a.add(g.position(size));
                f = switch (name) {
                    case "pop" -> (b, x, c) -> ListOperation.pop(b, i(x.get(0)), c);
                    case "remove" -> (b, x, c) -> ListOperation.remove(b, i(x.get(0)), c);
                    default -> (b, x, c) -> ListOperation.get(b, i(x.get(0)), c);
                };
            }
            case "popRange", "removeRange", "getRange" -> {
                a.add(g.position(size));
                boolean withCount = g.chance(70);
                if (withCount) {
                    a.add(g.count(size));
                }
                f = switch (name) {
                    case "popRange" -> withCount ? (b, x, c) -> ListOperation.popRange(b, i(x.get(0)), i(x.get(1)), c)
                            : (b, x, c) -> ListOperation.popRange(b, i(x.get(0)), c);
                    case "removeRange" -> withCount ? (b, x, c) -> ListOperation.removeRange(b, i(x.get(0)), i(x.get(1)), c)
                            : (b, x, c) -> ListOperation.removeRange(b, i(x.get(0)), c);
                    default -> withCount ? (b, x, c) -> ListOperation.getRange(b, i(x.get(0)), i(x.get(1)), c)
                            : (b, x, c) -> ListOperation.getRange(b, i(x.get(0)), c);
                };
            }
            case "trim" -> {
                a.add(g.position(size));
                a.add(g.count(size));
                f = (b, x, c) -> ListOperation.trim(b, i(x.get(0)), i(x.get(1)), c);
            }
            case "clear" -> f = (b, x, c) -> ListOperation.clear(b, c);
            case "size" -> f = (b, x, c) -> ListOperation.size(b, c);
            case "sort" -> {
                int flags = g.pick(new Integer[] {0, 0, 1, 2, 3});
                a.add(new Policies.Flags(flags, Policies.names(flags, new String[] {"DESCENDING", "DROP_DUPLICATES"}, new int[] {1, 2})));
                f = (b, x, c) -> ListOperation.sort(b, ((Policies.Flags) x.get(0)).value(), c);
            }
            case "removeByValue", "getByValue" -> {
                a.add(value(g, contents));
                a.add(rt(g, true));
                f = name.startsWith("remove") ? (b, x, c) -> ListOperation.removeByValue(b, Values.of(x.get(0)), rt(x.get(1)), c)
                        : (b, x, c) -> ListOperation.getByValue(b, Values.of(x.get(0)), rt(x.get(1)), c);
            }
            case "removeByValueList", "getByValueList" -> {
                a.add(values(g, contents));
                a.add(rt(g, true));
                f = name.startsWith("remove") ? (b, x, c) -> ListOperation.removeByValueList(b, Values.list(x.get(0)), rt(x.get(1)), c)
                        : (b, x, c) -> ListOperation.getByValueList(b, Values.list(x.get(0)), rt(x.get(1)), c);
            }
            case "removeByValueRange", "getByValueRange" -> {
                a.add(rangeEnd(g, contents, true));
                a.add(rangeEnd(g, contents, false));
                a.add(rt(g, true));
                f = name.startsWith("remove") ? (b, x, c) -> ListOperation.removeByValueRange(b, end(x.get(0)), end(x.get(1)), rt(x.get(2)), c)
                        : (b, x, c) -> ListOperation.getByValueRange(b, end(x.get(0)), end(x.get(1)), rt(x.get(2)), c);
            }
            case "removeByValueRelativeRankRange", "getByValueRelativeRankRange" -> {
                a.add(value(g, contents));
                a.add(g.position(size));
                boolean withCount = g.chance(60);
                if (withCount) {
                    a.add(g.count(size));
                }
                a.add(rt(g, true));
                boolean remove = name.startsWith("remove");
                f = withCount
                        ? (remove ? (b, x, c) -> ListOperation.removeByValueRelativeRankRange(b, Values.of(x.get(0)), i(x.get(1)), i(x.get(2)), rt(x.get(3)), c)
                                : (b, x, c) -> ListOperation.getByValueRelativeRankRange(b, Values.of(x.get(0)), i(x.get(1)), i(x.get(2)), rt(x.get(3)), c))
                        : (remove ? (b, x, c) -> ListOperation.removeByValueRelativeRankRange(b, Values.of(x.get(0)), i(x.get(1)), rt(x.get(2)), c)
                                : (b, x, c) -> ListOperation.getByValueRelativeRankRange(b, Values.of(x.get(0)), i(x.get(1)), rt(x.get(2)), c));
            }
            case "removeByIndex", "removeByRank", "getByIndex", "getByRank" -> {
                a.add(g.position(size));
                a.add(rt(g, false));
                f = switch (name) {
                    case "removeByIndex" -> (b, x, c) -> ListOperation.removeByIndex(b, i(x.get(0)), rt(x.get(1)), c);
                    case "removeByRank" -> (b, x, c) -> ListOperation.removeByRank(b, i(x.get(0)), rt(x.get(1)), c);
                    case "getByIndex" -> (b, x, c) -> ListOperation.getByIndex(b, i(x.get(0)), rt(x.get(1)), c);
                    default -> (b, x, c) -> ListOperation.getByRank(b, i(x.get(0)), rt(x.get(1)), c);
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
                    case "removeByIndexRangetrue" -> (b, x, c) -> ListOperation.removeByIndexRange(b, i(x.get(0)), i(x.get(1)), rt(x.get(2)), c);
                    case "removeByIndexRangefalse" -> (b, x, c) -> ListOperation.removeByIndexRange(b, i(x.get(0)), rt(x.get(1)), c);
                    case "removeByRankRangetrue" -> (b, x, c) -> ListOperation.removeByRankRange(b, i(x.get(0)), i(x.get(1)), rt(x.get(2)), c);
                    case "removeByRankRangefalse" -> (b, x, c) -> ListOperation.removeByRankRange(b, i(x.get(0)), rt(x.get(1)), c);
                    case "getByIndexRangetrue" -> (b, x, c) -> ListOperation.getByIndexRange(b, i(x.get(0)), i(x.get(1)), rt(x.get(2)), c);
                    case "getByIndexRangefalse" -> (b, x, c) -> ListOperation.getByIndexRange(b, i(x.get(0)), rt(x.get(1)), c);
                    case "getByRankRangetrue" -> (b, x, c) -> ListOperation.getByRankRange(b, i(x.get(0)), i(x.get(1)), rt(x.get(2)), c);
                    default -> (b, x, c) -> ListOperation.getByRankRange(b, i(x.get(0)), rt(x.get(1)), c);
                };
            }
            default -> throw new IllegalStateException(name);
        }
        return new Op("list", name, bin, a, ctx, f);
    }

    static Rt rt(Gen g, boolean multi) {
        int code = g.chance(6) ? OTHER_RETURN_TYPES[g.nextInt(OTHER_RETURN_TYPES.length)] : RETURN_TYPES[g.nextInt(RETURN_TYPES.length)];
        if (g.chance(multi ? 30 : 6)) {
            code |= Rt.INVERTED;
        }
        return new Rt(code, false);
    }

    private static Policies.LPol policy(Gen g) {
        int flags = 0;
        for (int bit : new int[] {1, 2, 4, 8}) {
            if (g.chance(25)) {
                flags |= bit;
            }
        }
        return new Policies.LPol(g.chance(30) ? ListOrder.ORDERED : ListOrder.UNORDERED, flags);
    }

    /** An element from the list (so value selectors hit) or a fresh value. */
    static Object value(Gen g, List<Object> contents) {
        return !contents.isEmpty() && g.chance(55) ? copy(contents.get(g.nextInt(contents.size()))) : g.value();
    }

    static List<Object> values(Gen g, List<Object> contents) {
        int n = g.chance(10) ? 0 : 1 + g.nextInt(4);
        List<Object> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(value(g, contents));
        }
        return out;
    }

    /** A range end: a value, nil, or (for the end only) unbounded or INF. */
    static Object rangeEnd(Gen g, List<Object> contents, boolean begin) {
        int p = g.nextInt(10);
        if (p == 0) {
            return null;
        }
        if (!begin && p == 1) {
            return Values.Special.INF;
        }
        if (!begin && p == 2) {
            return Unbounded.END;
        }
        return value(g, contents);
    }

    static Object incrementBy(Gen g) {
        int p = g.nextInt(10);
        return p < 6 ? (Object) g.smallLong() : p < 8 ? (Object) g.pick(new Double[] {1.5, -0.0, -2.7}) : g.value();
    }

    /** Absent range end: the client sends no end, meaning "to the last value". */
    enum Unbounded { END }

    static com.aerospike.client.Value end(Object v) {
        return v == Unbounded.END ? null : Values.of(v);
    }

    static Object copy(Object v) {
        return v instanceof byte[] b ? Arrays.copyOf(b, b.length) : v;
    }

    static int i(Object v) {
        return (Integer) v;
    }

    static int rt(Object v) {
        return ((Rt) v).code();
    }

    static boolean on(Object v) {
        return ((Policies.Switch) v).on();
    }

    static ListOrder order(Object v) {
        return (ListOrder) ((Policies.OrderArg) v).order();
    }

    static com.aerospike.client.cdt.ListPolicy pol(Object v) {
        return ((Policies.LPol) v).policy();
    }
}
