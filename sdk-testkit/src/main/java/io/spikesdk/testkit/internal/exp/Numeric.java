package io.spikesdk.testkit.internal.exp;

import io.spikesdk.testkit.internal.cdt.Element;
import io.spikesdk.testkit.internal.cdt.MpFloat;
import io.spikesdk.testkit.internal.cdt.MpInt;
import java.util.List;

/**
 * ADD..TO_FLOAT (20–31), MIN (50), MAX (51). No int/float promotion: mixing them is a build error. Integer
 * results wrap (docs/embedded-server.md C9); integer division truncates toward zero, and a zero divisor or INT64_MIN /
 * -1 (which traps a real server) is UNKNOWN (C-8.4).
 */
final class Numeric {
    private static final int ADD = 20;
    private static final int SUB = 21;
    private static final int MUL = 22;
    private static final int DIV = 23;
    private static final int POW = 24;
    private static final int LOG = 25;
    private static final int MOD = 26;
    private static final int ABS = 27;
    private static final int FLOOR = 28;
    private static final int CEIL = 29;
    private static final int TO_INT = 30;
    private static final int TO_FLOAT = 31;
    private static final int MIN = 50;
    private static final double TWO_POW_63 = 9.223372036854775808E18;

    private Numeric() {
    }

    static Typed compile(ExpCompiler c, int op, List<Element> args) throws ExpException {
        switch (op) {
            case POW:
            case LOG:
                ExpCompiler.count(args, 2, 2);
                return floats(c, args, op == POW ? Math::pow : (n, b) -> Math.log(n) / Math.log(b));
            case MOD:
                ExpCompiler.count(args, 2, 2);
                Node[] m = c.operands(args, ExpType.INT);
                return ints(env -> {
                    long[] v = longs(m, env);
                    return v == null || v[1] == 0 || (v[0] == Long.MIN_VALUE && v[1] == -1) ? null
                            : Values.integer(v[0] % v[1]);
                });
            case FLOOR:
            case CEIL:
                ExpCompiler.count(args, 1, 1);
                Node f = c.operand(args.get(0), ExpType.FLOAT).node();
                return new Typed(env -> f.eval(env) instanceof MpFloat x
                        ? Values.real(op == FLOOR ? Math.floor(x.value()) : Math.ceil(x.value())) : null,
                        ExpType.FLOAT);
            case TO_INT:
                ExpCompiler.count(args, 1, 1);
                Node d = c.operand(args.get(0), ExpType.FLOAT).node();
                return ints(env -> d.eval(env) instanceof MpFloat x ? Values.integer(truncate(x.value())) : null);
            case TO_FLOAT:
                ExpCompiler.count(args, 1, 1);
                Node i = c.operand(args.get(0), ExpType.INT).node();
                return new Typed(env -> i.eval(env) instanceof MpInt x ? Values.real(x.value()) : null,
                        ExpType.FLOAT);
            default:
                return variadic(c, op, args);
        }
    }

    /** ADD, SUB, MUL, DIV, ABS, MIN, MAX: all operands INT or all FLOAT, result of that type. */
    private static Typed variadic(ExpCompiler c, int op, List<Element> args) throws ExpException {
        ExpCompiler.count(args, 1, op == ABS ? 1 : -1);
        ExpType type = ExpType.ANY;
        Node[] nodes = new Node[args.size()];
        for (int i = 0; i < nodes.length; i++) {
            Typed t = c.operand(args.get(i), type);
            if (t.type() != ExpType.INT && t.type() != ExpType.FLOAT && t.type() != ExpType.ANY) {
                throw ExpException.param("arithmetic on " + t.type());
            }
            if (type == ExpType.ANY) {
                type = t.type();
            }
            nodes[i] = t.node();
        }
        if (type == ExpType.FLOAT) {
            return new Typed(env -> {
                double[] v = doubles(nodes, env);
                return v == null ? null : Values.real(FloatMath.apply(op, v));
            }, ExpType.FLOAT);
        }
        return new Typed(env -> {
            long[] v = longs(nodes, env);
            if (v == null) {
                return null;
            }
            Long r = IntMath.apply(op, v);
            return r == null ? null : Values.integer(r);
        }, type);
    }

    private static Typed floats(ExpCompiler c, List<Element> args, java.util.function.DoubleBinaryOperator f)
            throws ExpException {
        Node[] n = c.operands(args, ExpType.FLOAT);
        return new Typed(env -> {
            double[] v = doubles(n, env);
            return v == null ? null : Values.real(f.applyAsDouble(v[0], v[1]));
        }, ExpType.FLOAT);
    }

    private static Typed ints(Node n) {
        return new Typed(n, ExpType.INT);
    }

    /** Evaluates integer operands; null when any is UNKNOWN or not an integer. */
    static long[] longs(Node[] nodes, Env env) {
        long[] out = new long[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            if (!(nodes[i].eval(env) instanceof MpInt v)) {
                return null;
            }
            out[i] = v.value();
        }
        return out;
    }

    private static double[] doubles(Node[] nodes, Env env) {
        double[] out = new double[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            if (!(nodes[i].eval(env) instanceof MpFloat v)) {
                return null;
            }
            out[i] = v.value();
        }
        return out;
    }

    /** C's double-to-int64 conversion on x86: out of range and NaN give INT64_MIN (C9: TO_INT(1e30)). */
    static long truncate(double d) {
        if (Double.isNaN(d) || d >= TWO_POW_63 || d < -TWO_POW_63) {
            return Long.MIN_VALUE;
        }
        return (long) d;
    }

    /** Integer ADD, SUB, MUL, DIV, ABS, MIN, MAX; null = UNKNOWN. */
    private static final class IntMath {
        private IntMath() {
        }

        static Long apply(int op, long[] v) {
            long r = v[0];
            switch (op) {
                case SUB:
                    if (v.length == 1) {
                        return -r;
                    }
                    for (int i = 1; i < v.length; i++) {
                        r -= v[i];
                    }
                    return r;
                case MUL:
                    for (int i = 1; i < v.length; i++) {
                        r *= v[i];
                    }
                    return r;
                case DIV:
                    return divide(v);
                case ABS:
                    return Math.abs(r);
                case ADD:
                    for (int i = 1; i < v.length; i++) {
                        r += v[i];
                    }
                    return r;
                default:
                    for (int i = 1; i < v.length; i++) {
                        r = op == MIN ? Math.min(r, v[i]) : Math.max(r, v[i]);
                    }
                    return r;
            }
        }

        /** {@code a / (b * c * ...)}, or {@code 1 / a} with one operand. */
        private static Long divide(long[] v) {
            long dividend = v.length == 1 ? 1 : v[0];
            long divisor = v.length == 1 ? v[0] : 1;
            for (int i = 1; i < v.length; i++) {
                divisor *= v[i];
            }
            if (divisor == 0 || (dividend == Long.MIN_VALUE && divisor == -1)) {
                return null;
            }
            return dividend / divisor;
        }
    }

    /** Float ADD, SUB, MUL, DIV, ABS, MIN, MAX with IEEE semantics. */
    private static final class FloatMath {
        private FloatMath() {
        }

        static double apply(int op, double[] v) {
            double r = v[0];
            switch (op) {
                case SUB:
                    if (v.length == 1) {
                        return -r;
                    }
                    for (int i = 1; i < v.length; i++) {
                        r -= v[i];
                    }
                    return r;
                case MUL:
                    for (int i = 1; i < v.length; i++) {
                        r *= v[i];
                    }
                    return r;
                case DIV:
                    if (v.length == 1) {
                        return 1 / r;
                    }
                    double divisor = 1;
                    for (int i = 1; i < v.length; i++) {
                        divisor *= v[i];
                    }
                    return r / divisor;
                case ABS:
                    return Math.abs(r);
                case ADD:
                    for (int i = 1; i < v.length; i++) {
                        r += v[i];
                    }
                    return r;
                default:
                    for (int i = 1; i < v.length; i++) {
                        boolean replace = op == MIN ? v[i] < r : v[i] > r;
                        r = replace ? v[i] : r;
                    }
                    return r;
            }
        }
    }
}
