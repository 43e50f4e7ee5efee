package io.spikesdk.testkit.internal.exp;

import io.spikesdk.testkit.internal.cdt.Element;
import io.spikesdk.testkit.internal.cdt.MpBool;
import io.spikesdk.testkit.internal.cdt.MpInt;
import java.util.List;

/**
 * INT_AND..INT_RSCAN (32–41). Shift counts are taken mod 64 as on x86 (docs/embedded-server.md C9), which is what
 * Java's long shifts do; bit positions of the scans count from the most significant bit.
 */
final class Bitwise {
    private static final int AND = 32;
    private static final int OR = 33;
    private static final int XOR = 34;
    private static final int NOT = 35;
    private static final int LSHIFT = 36;
    private static final int RSHIFT = 37;
    private static final int ARSHIFT = 38;
    private static final int COUNT = 39;
    private static final int LSCAN = 40;

    private Bitwise() {
    }

    static Typed compile(ExpCompiler c, int op, List<Element> args) throws ExpException {
        switch (op) {
            case AND:
            case OR:
            case XOR:
                ExpCompiler.count(args, 1, -1);
                Node[] all = c.operands(args, ExpType.INT);
                return ints(env -> {
                    long[] v = Numeric.longs(all, env);
                    return v == null ? null : Values.integer(fold(op, v));
                });
            case NOT:
            case COUNT:
                ExpCompiler.count(args, 1, 1);
                Node n = c.operand(args.get(0), ExpType.INT).node();
                return ints(env -> n.eval(env) instanceof MpInt v
                        ? Values.integer(op == NOT ? ~v.value() : Long.bitCount(v.value())) : null);
            case LSHIFT:
            case RSHIFT:
            case ARSHIFT:
                ExpCompiler.count(args, 2, 2);
                Node[] pair = c.operands(args, ExpType.INT);
                return ints(env -> {
                    long[] v = Numeric.longs(pair, env);
                    return v == null ? null : Values.integer(shift(op, v[0], (int) v[1]));
                });
            default:
                ExpCompiler.count(args, 2, 2);
                Node value = c.operand(args.get(0), ExpType.INT).node();
                Node bit = c.operand(args.get(1), ExpType.BOOL).node();
                boolean left = op == LSCAN;
                return ints(env -> {
                    if (!(value.eval(env) instanceof MpInt v) || !(bit.eval(env) instanceof MpBool b)) {
                        return null;
                    }
                    return Values.integer(scan(b.value() ? v.value() : ~v.value(), left));
                });
        }
    }

    private static long fold(int op, long[] v) {
        long r = v[0];
        for (int i = 1; i < v.length; i++) {
            r = op == AND ? r & v[i] : op == OR ? r | v[i] : r ^ v[i];
        }
        return r;
    }

    private static long shift(int op, long v, int n) {
        return op == LSHIFT ? v << n : op == RSHIFT ? v >>> n : v >> n;
    }

    /** Position (0 = MSB) of the first (left) or last set bit of {@code bits}, -1 when none is set. */
    private static long scan(long bits, boolean left) {
        if (bits == 0) {
            return -1;
        }
        return left ? Long.numberOfLeadingZeros(bits) : 63 - Long.numberOfTrailingZeros(bits);
    }

    private static Typed ints(Node n) {
        return new Typed(n, ExpType.INT);
    }
}
