package io.spikesdk.it.diff;

import com.aerospike.client.exp.Exp;
import com.aerospike.client.exp.ListExp;
import com.aerospike.client.util.Packer;

import java.util.List;
import java.util.function.Consumer;

/**
 * Path-expression pieces the official client 9.0.5 cannot build, as raw msgpack: loop variables
 * {@code [122, type, which]}, {@code removeResult [100]}, {@code inList [9, v, list]}, {@code mapKeys/mapValues
 * [101/102, map]}, the select op {@code [0xfe, ctx, flags(, modifyExp)]} and a CALL of it on a bin.
 */
final class PathExprs {
    static final int KEY = 0;
    static final int VALUE = 1;
    static final int INDEX = 2;
    private static final String[] PARTS = {"key", "value", "index"};
    private static final String[] TYPES = {"nil", "bool", "int", "str", "list", "map", "blob", "float", "geo", "hll"};

    private PathExprs() {
    }

    /** An expression written by {@code writer}. */
    static Exp raw(Consumer<Packer> writer) {
        return new Exp() {
            @Override
            public void pack(Packer packer) {
                writer.accept(packer);
            }
        };
    }

    static Expr loopVar(int type, int which) {
        return new Expr(PARTS[which] + "Var(" + TYPES[type] + ")", raw(p -> {
            p.packArrayBegin(3);
            p.packInt(122);
            p.packInt(type);
            p.packInt(which);
        }));
    }

    static Expr removeResult() {
        return new Expr("removeResult()", raw(p -> {
            p.packArrayBegin(1);
            p.packInt(100);
        }));
    }

    static Expr inList(Expr value, List<?> list) {
        return new Expr("inList(" + value + "," + Render.value(list) + ")", raw(p -> {
            p.packArrayBegin(3);
            p.packInt(9);
            value.exp().pack(p);
            Exp.val(list).pack(p);
        }));
    }

    static Expr inList(Expr value, Expr list) {
        return new Expr("inList(" + value + "," + list + ")", raw(p -> {
            p.packArrayBegin(3);
            p.packInt(9);
            value.exp().pack(p);
            list.exp().pack(p);
        }));
    }

    static Expr mapParts(boolean keys, Expr map) {
        return new Expr((keys ? "mapKeys(" : "mapValues(") + map + ")", raw(p -> {
            p.packArrayBegin(2);
            p.packInt(keys ? 101 : 102);
            map.exp().pack(p);
        }));
    }

    static Expr size(Expr list) {
        return new Expr("size(" + list + ")", ListExp.size(list.exp()));
    }

    /** The select op array. */
    static void packSelect(Packer p, List<PathCtx> ctx, int flags, Expr modify) {
        p.packArrayBegin(modify == null ? 3 : 4);
        p.packInt(0xfe);
        PathCtx.pack(p, ctx);
        p.packInt(flags);
        if (modify != null) {
            modify.exp().pack(p);
        }
    }

    static byte[] selectBytes(List<PathCtx> ctx, int flags, Expr modify) {
        Packer p = new Packer();
        packSelect(p, ctx, flags, modify);
        return p.toByteArray();
    }

    /** {@code [127, rtype, system, select, bin]}: system 0 reads, 0x40 modifies. */
    static Expr call(int rtype, boolean modify, List<PathCtx> ctx, int flags, Expr modifyExp, Expr bin) {
        String text = (modify ? "modifyByPath(" : "selectByPath(") + TYPES[rtype] + "," + bin + "," + PathCtx.show(ctx)
                + "," + PathCtx.flags(flags) + (modifyExp == null ? "" : "," + modifyExp) + ")";
        return new Expr(text, raw(p -> {
            p.packArrayBegin(5);
            p.packInt(127);
            p.packInt(rtype);
            p.packInt(modify ? 0x40 : 0);
            packSelect(p, ctx, flags, modifyExp);
            bin.exp().pack(p);
        }));
    }
}
