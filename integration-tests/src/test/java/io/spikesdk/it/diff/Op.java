package io.spikesdk.it.diff;

import com.aerospike.client.Operation;
import com.aerospike.client.cdt.CTX;

import java.util.ArrayList;
import java.util.List;

/**
 * One operation of a case as data: a name, a bin, arguments (plain values, {@link Rt}s, policies) and
 * an optional context path. {@link #build} makes the official client's {@link Operation}; the data
 * form is what gets shown and shrunk.
 */
record Op(String family, String name, String bin, List<Object> args, List<CtxStep> ctx, Factory factory) {
    /** Builds the client operation from the (possibly shrunk) arguments. */
    interface Factory {
        Operation build(String bin, List<Object> args, CTX[] ctx);
    }

    Operation build() {
        return factory.build(bin, args, CtxStep.toCtx(ctx));
    }

    Op withArgs(List<Object> newArgs) {
        return new Op(family, name, bin, newArgs, ctx, factory);
    }

    Op withCtx(List<CtxStep> newCtx) {
        return new Op(family, name, bin, args, newCtx, factory);
    }

    Rt returnType() {
        for (Object a : args) {
            if (a instanceof Rt rt) {
                return rt;
            }
        }
        return null;
    }

    /** Op and return type, the part of a difference signature that names the operation. */
    String signature() {
        Rt rt = returnType();
        return family + "." + name + (rt == null ? "" : "[" + rt + "]") + (ctx.isEmpty() ? "" : "+ctx");
    }

    @Override
    public String toString() {
        List<String> shown = new ArrayList<>();
        if (bin != null) {
            shown.add(bin);
        }
        for (Object a : args) {
            shown.add(a instanceof Integer || a instanceof Rt || a instanceof Policies.Shown ? String.valueOf(a) : Render.value(a));
        }
        String prefix = family.isEmpty() ? "" : family + ".";
        return prefix + name + "(" + String.join(",", shown) + ")" + (ctx.isEmpty() ? "" : " ctx" + ctx);
    }
}
