package io.spikesdk.it.cdt;

import io.spikesdk.api.Operation;
import io.spikesdk.cdt.CTX;
import io.spikesdk.cdt.CdtValue;
import io.spikesdk.cdt.ListOperations;
import io.spikesdk.cdt.ListPolicy;
import io.spikesdk.cdt.ListReturnType;
import io.spikesdk.cdt.ListSortFlags;
import io.spikesdk.cdt.MapOperations;
import io.spikesdk.cdt.MapPolicy;
import io.spikesdk.cdt.MapReturnType;
import io.spikesdk.cdt.MapWriteMode;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One list or map operation of a test table, named like the builder method and its arguments, built
 * for our client with {@link ListOperations}/{@link MapOperations} and for the official client with
 * {@code com.aerospike.client.cdt.ListOperation}/{@code MapOperation} (same method, arguments converted:
 * return types to ints, values to {@code Value}, policies and contexts to the official classes).
 */
final class CdtCall {
    private final Class<?> ours;
    private final Class<?> theirs;
    private final String method;
    private final String bin;
    private final Object[] args;
    private final CTX[] ctx;

    private CdtCall(Class<?> ours, Class<?> theirs, String method, String bin, Object[] args, CTX[] ctx) {
        this.ours = ours;
        this.theirs = theirs;
        this.method = method;
        this.bin = bin;
        this.args = args;
        this.ctx = ctx;
    }

    /** A list operation on bin {@code l}; arguments after the bin name, without contexts. */
    static CdtCall list(String method, Object... args) {
        return new CdtCall(ListOperations.class, com.aerospike.client.cdt.ListOperation.class, method, "l", args, new CTX[0]);
    }

    /** A map operation on bin {@code m}; arguments after the bin name, without contexts. */
    static CdtCall map(String method, Object... args) {
        return new CdtCall(MapOperations.class, com.aerospike.client.cdt.MapOperation.class, method, "m", args, new CTX[0]);
    }

    /** This operation with contexts. */
    CdtCall ctx(CTX... levels) {
        return new CdtCall(ours, theirs, method, bin, args, levels);
    }

    /** This operation on another bin. */
    CdtCall on(String binName) {
        return new CdtCall(ours, theirs, method, binName, args, ctx);
    }

    String bin() {
        return bin;
    }

    boolean isMap() {
        return ours == MapOperations.class;
    }

    /** The operation for our client. */
    Operation ours() {
        Object[] full = fullArgs(bin, args, ctx);
        for (Method m : ours.getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == full.length && accepts(m.getParameterTypes(), full)) {
                return (Operation) invoke(m, full);
            }
        }
        throw new IllegalArgumentException("no " + ours.getSimpleName() + "." + this);
    }

    /** The operation for the official client. */
    com.aerospike.client.Operation theirs() {
        for (Method m : theirs.getMethods()) {
            if (!m.getName().equals(method) || m.getParameterCount() != args.length + 2) {
                continue;
            }
            Object[] converted = convertAll(m.getParameterTypes());
            if (converted != null) {
                return (com.aerospike.client.Operation) invoke(m, converted);
            }
        }
        throw new IllegalArgumentException("no official " + theirs.getSimpleName() + "." + this);
    }

    private static Object[] fullArgs(String bin, Object[] args, Object ctx) {
        Object[] full = new Object[args.length + 2];
        int binPos = args.length > 0 && (args[0] instanceof ListPolicy || args[0] instanceof MapPolicy) ? 1 : 0;
        System.arraycopy(args, 0, full, 0, binPos);
        full[binPos] = bin;
        System.arraycopy(args, binPos, full, binPos + 1, args.length - binPos);
        full[full.length - 1] = ctx;
        return full;
    }

    private static boolean accepts(Class<?>[] types, Object[] values) {
        for (int i = 0; i < types.length; i++) {
            Class<?> t = types[i];
            Object v = values[i];
            boolean ok = t == int.class ? v instanceof Integer
                : t == boolean.class ? v instanceof Boolean
                : v == null ? !t.isPrimitive() && t != String.class && !t.isArray()
                : t.isInstance(v);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private Object[] convertAll(Class<?>[] types) {
        Object[] full = fullArgs(bin, args, theirCtx());
        Object[] out = new Object[full.length];
        for (int i = 0; i < full.length; i++) {
            Object c = convert(types[i], full[i]);
            if (c == NO_MATCH) {
                return null;
            }
            out[i] = c;
        }
        return out;
    }

    private static final Object NO_MATCH = new Object();

    private static Object convert(Class<?> t, Object v) {
        if (t == int.class) {
            if (v instanceof ListReturnType r) {
                return r.code();
            }
            if (v instanceof MapReturnType r) {
                return r.code();
            }
            if (v instanceof ListSortFlags f) {
                return f.code();
            }
            return v instanceof Integer ? v : NO_MATCH;
        }
        if (t == boolean.class) {
            return v instanceof Boolean ? v : NO_MATCH;
        }
        if (t == String.class) {
            return v instanceof String ? v : NO_MATCH;
        }
        if (t == com.aerospike.client.cdt.CTX[].class) {
            return v instanceof com.aerospike.client.cdt.CTX[] ? v : NO_MATCH;
        }
        if (t == com.aerospike.client.Value.class) {
            // A null range end stays null: the official client then omits it, as ours does.
            return v == null ? null : value(v);
        }
        if (t == List.class) {
            return v instanceof List<?> l ? l.stream().map(CdtCall::value).collect(Collectors.toList()) : NO_MATCH;
        }
        if (t == Map.class) {
            if (!(v instanceof Map<?, ?> m)) {
                return NO_MATCH;
            }
            Map<com.aerospike.client.Value, com.aerospike.client.Value> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(value(k), value(x)));
            return out;
        }
        if (t == com.aerospike.client.cdt.ListPolicy.class) {
            return v instanceof ListPolicy p
                ? new com.aerospike.client.cdt.ListPolicy(com.aerospike.client.cdt.ListOrder.valueOf(p.order().name()),
                    p.writeFlags().code())
                : NO_MATCH;
        }
        if (t == com.aerospike.client.cdt.MapPolicy.class) {
            return v instanceof MapPolicy p ? mapPolicy(p) : NO_MATCH;
        }
        if (t == com.aerospike.client.cdt.ListOrder.class) {
            return v instanceof io.spikesdk.cdt.ListOrder o ? com.aerospike.client.cdt.ListOrder.valueOf(o.name()) : NO_MATCH;
        }
        if (t == com.aerospike.client.cdt.MapOrder.class) {
            return v instanceof io.spikesdk.cdt.MapOrder o ? com.aerospike.client.cdt.MapOrder.valueOf(o.name()) : NO_MATCH;
        }
        return NO_MATCH;
    }

    private static com.aerospike.client.cdt.MapPolicy mapPolicy(MapPolicy p) {
        com.aerospike.client.cdt.MapOrder order = com.aerospike.client.cdt.MapOrder.valueOf(p.order().name());
        if (p.writeMode() != MapWriteMode.UPDATE) {
            return new com.aerospike.client.cdt.MapPolicy(order, com.aerospike.client.cdt.MapWriteMode.valueOf(p.writeMode().name()));
        }
        return new com.aerospike.client.cdt.MapPolicy(order, p.writeFlags().code(), p.persistIndex());
    }

    /** A Java value as an official-client {@code Value}. */
    static com.aerospike.client.Value value(Object v) {
        if (v == null) {
            return com.aerospike.client.Value.getAsNull();
        }
        if (v == CdtValue.WILDCARD) {
            return com.aerospike.client.Value.WILDCARD;
        }
        if (v == CdtValue.INFINITY) {
            return com.aerospike.client.Value.INFINITY;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(x == CdtValue.WILDCARD || x == CdtValue.INFINITY ? value(x) : x));
            return com.aerospike.client.Value.get(out);
        }
        return com.aerospike.client.Value.get(v);
    }

    private com.aerospike.client.cdt.CTX[] theirCtx() {
        return ctx.length == 0 ? new com.aerospike.client.cdt.CTX[0]
            : com.aerospike.client.cdt.CTX.fromBytes(CTX.toBytes(ctx));
    }

    private static Object invoke(Method m, Object[] full) {
        try {
            return m.invoke(null, full);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("building " + m.getName() + " failed", e.getCause());
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(method).append('(');
        sb.append(Arrays.stream(args).map(CdtCall::describe).collect(Collectors.joining(",")));
        if (ctx.length > 0) {
            sb.append(args.length > 0 ? "," : "").append(Arrays.stream(ctx).map(CTX::toString).collect(Collectors.joining(",")));
        }
        return sb.append(')').toString();
    }

    private static String describe(Object a) {
        if (a instanceof List<?> || a instanceof Map<?, ?> || a instanceof String || a == null || a instanceof byte[]) {
            return Notation.render(a);
        }
        return String.valueOf(a);
    }
}
