package io.spikesdk.it.diff;

import com.aerospike.client.util.Packer;

import java.util.ArrayList;
import java.util.List;

/**
 * One context entry of a path select as data: the id as sent ({@code 0} index, {@code 1} rank, {@code 2} key,
 * {@code 3} value, {@code 4} expression, {@code 10} key list, with 0x10 list / 0x20 map bits and, for tests of the
 * checks, other bits) and its value: a Long, any value, a key list, an {@link Expr} or {@code true}; {@code and} is
 * an AND filter (0x204) sent after it.
 */
record PathCtx(int id, Object value, Expr and) {
    /** A whole path as an operation argument. */
    record Path(List<PathCtx> steps) implements Policies.Shown {
        @Override
        public String toString() {
            return show(steps);
        }
    }

    static void pack(Packer p, List<PathCtx> ctx) {
        int n = 0;
        for (PathCtx c : ctx) {
            n += c.and == null ? 2 : 4;
        }
        p.packArrayBegin(n);
        for (PathCtx c : ctx) {
            p.packInt(c.id);
            packValue(p, c.value);
            if (c.and != null) {
                p.packInt(0x204);
                c.and.exp().pack(p);
            }
        }
    }

    private static void packValue(Packer p, Object v) {
        if (v instanceof Expr e) {
            e.exp().pack(p);
        } else if (v instanceof Boolean b) {
            p.packBoolean(b);
        } else {
            Values.of(v).pack(p);
        }
    }

    static String show(List<PathCtx> ctx) {
        List<String> parts = new ArrayList<>();
        for (PathCtx c : ctx) {
            parts.add(c.toString());
        }
        return "[" + String.join(",", parts) + "]";
    }

    static String flags(int flags) {
        String[] names = {"TREE", "VALUE", "MAP_KEY", "MAP_KEY_VALUE", "APPLY"};
        int type = flags & 0x0f;
        String name = type < names.length ? names[type] : String.valueOf(type);
        return name + ((flags & 0x10) != 0 ? "|NO_FAIL" : "") + ((flags & ~0x1f) != 0 ? "|0x" + Integer.toHexString(flags & ~0x1f) : "");
    }

    @Override
    public String toString() {
        String[] kinds = {"index", "rank", "key", "value", "exp", "5", "6", "7", "8", "9", "keys"};
        int kind = id & 0x0f;
        String name = kind < kinds.length ? kinds[kind] : String.valueOf(kind);
        String bits = (id & ~0x0f) == 0 ? "" : "/0x" + Integer.toHexString(id & ~0x0f);
        String shown = value instanceof Expr || value instanceof Boolean ? String.valueOf(value) : Render.value(value);
        return name + bits + "(" + shown + ")" + (and == null ? "" : "&and(" + and + ")");
    }
}
