package io.spikesdk.it.diff;

import com.aerospike.client.cdt.CTX;
import com.aerospike.client.cdt.ListOrder;
import com.aerospike.client.cdt.MapOrder;

import java.util.List;

/** One step of a CDT context path, kept as data so that cases can be shown and shrunk. */
record CtxStep(String kind, Object arg, Object order, boolean pad) {
    static CtxStep of(String kind, Object arg) {
        return new CtxStep(kind, arg, null, false);
    }

    CtxStep withArg(Object newArg) {
        return new CtxStep(kind, newArg, order, pad);
    }

    CTX toCtx() {
        return switch (kind) {
            case "listIndex" -> CTX.listIndex((Integer) arg);
            case "listRank" -> CTX.listRank((Integer) arg);
            case "listValue" -> CTX.listValue(Values.of(arg));
            case "listIndexCreate" -> CTX.listIndexCreate((Integer) arg, (ListOrder) order, pad);
            case "mapIndex" -> CTX.mapIndex((Integer) arg);
            case "mapRank" -> CTX.mapRank((Integer) arg);
            case "mapKey" -> CTX.mapKey(Values.of(arg));
            case "mapValue" -> CTX.mapValue(Values.of(arg));
            case "mapKeyCreate" -> CTX.mapKeyCreate(Values.of(arg), (MapOrder) order);
            default -> throw new IllegalStateException(kind);
        };
    }

    static CTX[] toCtx(List<CtxStep> steps) {
        return steps.stream().map(CtxStep::toCtx).toArray(CTX[]::new);
    }

    @Override
    public String toString() {
        String extra = kind.equals("listIndexCreate") ? "," + order + "," + pad : kind.equals("mapKeyCreate") ? "," + order : "";
        return kind + "(" + Render.value(arg instanceof Integer i ? (Object) (long) i : arg) + extra + ")";
    }
}
