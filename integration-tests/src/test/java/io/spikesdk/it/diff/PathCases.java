package io.spikesdk.it.diff;

import com.aerospike.client.Operation;
import com.aerospike.client.Value;
import com.aerospike.client.cdt.ListOrder;
import com.aerospike.client.cdt.MapOrder;
import com.aerospike.client.exp.Exp;
import com.aerospike.client.exp.ExpOperation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Path expressions (CDT select {@code 0xfe}): random nested documents of lists and maps (top level sometimes
 * ordered) × random paths (index, rank, key, value, key list, expression and {@code true} steps, list/map bits, AND
 * filters on keys, values and indexes through loop variables) × select flags (tree, values, map keys, map keys and
 * values, NO_FAIL) and apply with modify expressions (values from loop variables, literals, removeResult); run as CDT
 * read/modify operations, as {@code ExpOperation} reads/writes of a CALL, and in filters. Small pools of keys and
 * values make matches common; the wrong-shape and malformed paths test the errors.
 */
final class PathCases implements CaseGenerator {
    private static final String[] STRINGS = {"a", "b", "c"};
    private static final int INT = 2;
    private static final int STR = 3;
    private static final int LIST = 4;
    private static final int MAP = 5;
    private static final int APPLY = 4;

    @Override
    public String category() {
        return "path";
    }

    @Override
    public Case generate(Gen g) {
        boolean topList = g.chance(50);
        int depth = g.chance(20) ? 3 : 2;
        Object doc = topList ? list(g, depth) : map(g, depth);
        Object order = null;
        if (g.chance(20)) {
            order = topList ? ListOrder.ORDERED : g.pick(new MapOrder[] {MapOrder.KEY_ORDERED, MapOrder.KEY_VALUE_ORDERED});
        }
        int kind = g.nextInt(100);
        List<Setup.InitialBin> bins = new ArrayList<>();
        String shape = topList ? "list" : "map";
        int p = g.nextInt(100);
        if (p < 3) {
            shape = "no-bin";
            bins.add(new Setup.InitialBin("i", 5L, null));
        } else if (p < 6) {
            shape = "wrong-type";
            bins.add(new Setup.InitialBin("d", 7L, null));
        } else {
            bins.add(new Setup.InitialBin("d", doc, order));
        }
        List<PathCtx> path = path(g);
        List<Op> ops = new ArrayList<>();
        WriteSpec policy = WriteSpec.DEFAULT;
        int flags = flags(g);
        if (kind < 35) {
            shape += ":cdt-select";
            ops.add(cdtOp("select", path, flags, null, g.chance(5)));
        } else if (kind < 60) {
            shape += ":cdt-apply";
            int applyFlags = PathCases.APPLY | (g.chance(30) ? 0x10 : 0);
            ops.add(cdtOp("apply", path, applyFlags, modifyExp(g), !g.chance(5)));
            ops.add(new Op("", "get", "d", List.of(), List.of(), (b, x, c) -> Operation.get(b)));
        } else if (kind < 78) {
            shape += ":exp-select";
            int type = (flags & 0x0f) == 0 ? (topList ? LIST : MAP) : LIST;
            if (g.chance(8)) {
                type = type == LIST ? MAP : LIST;
            }
            Expr call = PathExprs.call(type, false, path, flags, null, bin(topList, g));
            ops.add(new Op("exp", "read", "r", List.of(call, new Policies.Flags(0, "DEFAULT")), List.of(),
                    (b, x, c) -> ExpOperation.read(b, ((Expr) x.get(0)).build(), 0)));
        } else if (kind < 90) {
            shape += ":exp-apply";
            int applyFlags = PathCases.APPLY | (g.chance(30) ? 0x10 : 0);
            Expr call = PathExprs.call(topList ? LIST : MAP, true, path, applyFlags, modifyExp(g), bin(topList, g));
            String target = g.chance(50) ? "d" : "r";
            ops.add(new Op("exp", "write", target, List.of(call, new Policies.Flags(0, "DEFAULT")), List.of(),
                    (b, x, c) -> ExpOperation.write(b, ((Expr) x.get(0)).build(), 0)));
            ops.add(new Op("", "get", null, List.of(), List.of(), (b, x, c) -> Operation.get()));
        } else {
            shape += ":filter";
            Expr call = PathExprs.call(LIST, false, path, (flags & ~0x0f) | 1, null, bin(topList, g));
            Expr size = PathExprs.size(call);
            long min = g.nextInt(3);
            policy = WriteSpec.DEFAULT.withFilter(new Expr(size + ">=" + min, Exp.ge(size.exp(), Exp.val(min))));
            ops.add(new Op("", "get", "d", List.of(), List.of(), (b, x, c) -> Operation.get(b)));
        }
        return new Case(category() + ":" + shape, new Setup(bins, 0, 0), new OperateCommand(policy.withRespondAllOps(g.chance(20)), ops));
    }

    private static Expr bin(boolean topList, Gen g) {
        boolean list = g.chance(93) == topList;
        return list ? new Expr("listBin(d)", Exp.listBin("d")) : new Expr("mapBin(d)", Exp.mapBin("d"));
    }

    private static Op cdtOp(String name, List<PathCtx> path, int flags, Expr modify, boolean modifyOp) {
        List<Object> args = new ArrayList<>();
        args.add(new PathCtx.Path(path));
        args.add(new Policies.Flags(flags, PathCtx.flags(flags)));
        if (modify != null) {
            args.add(modify);
        }
        return new Op("path", (modifyOp ? "" : "read:") + name, "d", args, List.of(), (b, x, c) -> {
            List<PathCtx> steps = ((PathCtx.Path) x.get(0)).steps();
            int f = ((Policies.Flags) x.get(1)).value();
            Expr m = x.size() > 2 ? (Expr) x.get(2) : null;
            byte[] bytes = PathExprs.selectBytes(steps, f, m);
            return new Operation(modifyOp ? Operation.Type.CDT_MODIFY : Operation.Type.CDT_READ, b, Value.get(bytes));
        });
    }

    private static int flags(Gen g) {
        int p = g.nextInt(100);
        int type = p < 35 ? 0 : p < 65 ? 1 : p < 80 ? 2 : p < 97 ? 3 : 5;
        if (g.chance(30)) {
            type |= 0x10;
        }
        if (g.chance(3)) {
            type |= 0x20;
        }
        return type;
    }

    // ---- documents

    private static Object scalar(Gen g) {
        return g.chance(70) ? (Object) (long) g.nextInt(7) : g.pick(STRINGS);
    }

    private static Object key(Gen g, boolean strings) {
        return strings ? g.pick(new String[] {"a", "b", "c", "d", "e"}) : (Object) (long) g.nextInt(6);
    }

    private static Object element(Gen g, int depth) {
        if (depth > 0 && g.chance(45)) {
            return g.chance(50) ? list(g, depth - 1) : map(g, depth - 1);
        }
        return scalar(g);
    }

    private static List<Object> list(Gen g, int depth) {
        int n = g.chance(8) ? 0 : 1 + g.nextInt(5);
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(element(g, depth));
        }
        return out;
    }

    private static Map<Object, Object> map(Gen g, int depth) {
        int n = g.chance(8) ? 0 : 1 + g.nextInt(5);
        boolean strings = g.chance(50);
        Map<Object, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(key(g, g.chance(90) == strings), element(g, depth));
        }
        return out;
    }

    // ---- paths

    private static List<PathCtx> path(Gen g) {
        int levels = 1 + g.nextInt(g.chance(15) ? 4 : 3);
        List<PathCtx> out = new ArrayList<>();
        for (int i = 0; i < levels; i++) {
            out.add(step(g));
        }
        return out;
    }

    private static PathCtx step(Gen g) {
        int p = g.nextInt(100);
        int id;
        Object value;
        if (p < 15) {
            id = 0;
            value = (long) (g.nextInt(8) - 3);
        } else if (p < 23) {
            id = 1;
            value = (long) (g.nextInt(6) - 2);
        } else if (p < 35) {
            id = 2;
            value = key(g, g.chance(50));
        } else if (p < 43) {
            id = 3;
            value = scalar(g);
        } else if (p < 50) {
            id = 10;
            List<Object> keys = new ArrayList<>();
            int n = 1 + g.nextInt(3);
            for (int k = 0; k < n; k++) {
                keys.add(key(g, g.chance(50)));
            }
            value = g.chance(5) ? 3L : keys;
        } else if (p < 72) {
            id = 4;
            value = Boolean.TRUE;
        } else {
            id = 4;
            value = filter(g);
        }
        int q = g.nextInt(100);
        if (q < 10) {
            id |= 0x10;
        } else if (q < 22) {
            id |= 0x20;
        } else if (q < 24) {
            id |= g.pick(new Integer[] {0x40, 0x100, 0x30});
        }
        Expr and = null;
        if ((id & 0x0f) != 4 ? g.chance(20) : g.chance(2)) {
            and = filter(g);
        }
        if (and != null && (id & 0x0f) <= 1) {
            // On a map, an index or rank step whose AND filter passes makes the real server mis-read the entry
            // (garbage results, corrupt writes, hangs and crashes): such steps only go to lists here.
            id = (id & ~0x30) | 0x10;
        }
        if (g.chance(1)) {
            value = g.chance(50) ? (Object) "x" : (Object) 1.5;
        }
        return new PathCtx(id, value, and);
    }

    /** A boolean filter over the loop variables. */
    private static Expr filter(Gen g) {
        int p = g.nextInt(100);
        long k = g.nextInt(6);
        if (p < 25) {
            Expr v = PathExprs.loopVar(INT, PathExprs.VALUE);
            return cmp(g, v, k);
        }
        if (p < 35) {
            Expr v = PathExprs.loopVar(STR, PathExprs.VALUE);
            String s = g.pick(STRINGS);
            return new Expr(v + "==\"" + s + "\"", Exp.eq(v.exp(), Exp.val(s)));
        }
        if (p < 48) {
            boolean strings = g.chance(50);
            Expr v = PathExprs.loopVar(strings ? STR : INT, PathExprs.KEY);
            if (strings) {
                String s = g.pick(new String[] {"a", "b", "c", "d"});
                return new Expr(v + ">=\"" + s + "\"", Exp.ge(v.exp(), Exp.val(s)));
            }
            return cmp(g, v, k);
        }
        if (p < 60) {
            return cmp(g, PathExprs.loopVar(INT, PathExprs.INDEX), k);
        }
        if (p < 70) {
            Expr v = PathExprs.loopVar(INT, PathExprs.VALUE);
            return PathExprs.inList(v, List.of(1L, 3L, 5L));
        }
        if (p < 78) {
            Expr v = PathExprs.loopVar(LIST, PathExprs.VALUE);
            Expr size = PathExprs.size(v);
            return new Expr(size + ">=" + k, Exp.ge(size.exp(), Exp.val(k / 2)));
        }
        if (p < 86) {
            Expr m = PathExprs.loopVar(MAP, PathExprs.VALUE);
            boolean keys = g.chance(50);
            Expr parts = PathExprs.mapParts(keys, m);
            return PathExprs.inList(keys ? new Expr("\"a\"", Exp.val("a")) : new Expr(String.valueOf(k), Exp.val(k)), parts);
        }
        if (p < 92) {
            Expr v = PathExprs.loopVar(g.pick(new Integer[] {0, 1, 7}), PathExprs.VALUE);
            return new Expr(v + "==" + v, Exp.eq(v.exp(), v.exp()));
        }
        if (p < 96) {
            Expr a = cmp(g, PathExprs.loopVar(INT, PathExprs.VALUE), k);
            Expr b = cmp(g, PathExprs.loopVar(INT, PathExprs.INDEX), g.nextInt(4));
            return new Expr("or(" + a + "," + b + ")", Exp.or(a.exp(), b.exp()));
        }
        return new Expr(String.valueOf(g.chance(50)), Exp.val(g.chance(50)));
    }

    private static Expr cmp(Gen g, Expr v, long k) {
        return switch (g.nextInt(3)) {
            case 0 -> new Expr(v + ">" + k, Exp.gt(v.exp(), Exp.val(k)));
            case 1 -> new Expr(v + "<" + k, Exp.lt(v.exp(), Exp.val(k)));
            default -> new Expr(v + "==" + k, Exp.eq(v.exp(), Exp.val(k)));
        };
    }

    /** A modify expression for an apply. */
    private static Expr modifyExp(Gen g) {
        int p = g.nextInt(100);
        if (p < 25) {
            Expr v = PathExprs.loopVar(INT, PathExprs.VALUE);
            long k = g.nextInt(20) - 5;
            return new Expr("add(" + v + "," + k + ")", Exp.add(v.exp(), Exp.val(k)));
        }
        if (p < 40) {
            return PathExprs.removeResult();
        }
        if (p < 50) {
            long k = g.nextInt(9);
            return new Expr(String.valueOf(k), Exp.val(k));
        }
        if (p < 58) {
            String s = g.pick(STRINGS);
            return new Expr("\"" + s + "\"", Exp.val(s));
        }
        if (p < 66) {
            Expr i = PathExprs.loopVar(INT, PathExprs.INDEX);
            return new Expr("mul(" + i + ",10)", Exp.mul(i.exp(), Exp.val(10L)));
        }
        if (p < 72) {
            return PathExprs.loopVar(STR, PathExprs.KEY);
        }
        if (p < 82) {
            Expr v = PathExprs.loopVar(INT, PathExprs.VALUE);
            Expr r = PathExprs.removeResult();
            long k = g.nextInt(6);
            Expr plus = new Expr("add(" + v + ",100)", Exp.add(v.exp(), Exp.val(100L)));
            return new Expr("cond(" + v + ">" + k + "," + r + "," + plus + ")",
                    Exp.cond(Exp.gt(v.exp(), Exp.val(k)), r.exp(), plus.exp()));
        }
        if (p < 88) {
            Expr v = PathExprs.loopVar(LIST, PathExprs.VALUE);
            return PathExprs.size(v);
        }
        if (p < 94) {
            return PathExprs.loopVar(g.pick(new Integer[] {1, 3, 4, 5}), PathExprs.VALUE);
        }
        return new Expr("[1,2]", Exp.val(List.of(1L, 2L)));
    }
}
