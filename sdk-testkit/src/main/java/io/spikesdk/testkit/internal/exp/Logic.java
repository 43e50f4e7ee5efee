package io.spikesdk.testkit.internal.exp;

import io.spikesdk.testkit.internal.cdt.Element;
import io.spikesdk.testkit.internal.cdt.MpBool;
import java.util.List;

/**
 * AND (16), OR (17), NOT (18), EXCLUSIVE (19) and COND (123), with three-valued logic (docs/cdt-and-expressions.md
 * §8.4).
 */
final class Logic {
    private static final int AND = 16;
    private static final int OR = 17;
    private static final int NOT = 18;

    private Logic() {
    }

    static Typed compile(ExpCompiler c, int op, List<Element> args) throws ExpException {
        if (op == NOT) {
            ExpCompiler.count(args, 1, 1);
            Node a = c.operand(args.get(0), ExpType.BOOL).node();
            return bool(env -> {
                Element v = a.eval(env);
                return v instanceof MpBool b ? Values.bool(!b.value()) : null;
            });
        }
        ExpCompiler.count(args, 2, -1);
        Node[] ops = c.operands(args, ExpType.BOOL);
        if (op == AND || op == OR) {
            boolean decisive = op == OR;
            return bool(env -> andOr(ops, decisive, env));
        }
        return bool(env -> exclusive(ops, env));
    }

    /** AND stops at the first FALSE, OR at the first TRUE; otherwise UNKNOWN wins over the neutral value. */
    private static Element andOr(Node[] ops, boolean decisive, Env env) {
        boolean unknown = false;
        for (Node n : ops) {
            Element v = n.eval(env);
            if (v instanceof MpBool b) {
                if (b.value() == decisive) {
                    return Values.bool(decisive);
                }
            } else {
                unknown = true;
            }
        }
        return unknown ? null : Values.bool(!decisive);
    }

    /** TRUE iff exactly one TRUE; a second TRUE answers FALSE at once, an UNKNOWN seen before that UNKNOWN. */
    private static Element exclusive(Node[] ops, Env env) {
        boolean seenTrue = false;
        boolean unknown = false;
        for (Node n : ops) {
            Element v = n.eval(env);
            if (!(v instanceof MpBool b)) {
                unknown = true;
            } else if (b.value()) {
                if (seenTrue) {
                    return unknown ? null : Values.bool(false);
                }
                seenTrue = true;
            }
        }
        return unknown ? null : Values.bool(seenTrue);
    }

    /** {@code [123, c1, v1, ..., default]}: conditions BOOL, all values of one type (UNKNOWN fits any). */
    static Typed cond(ExpCompiler c, List<Element> args) throws ExpException {
        if (args.size() < 3 || args.size() % 2 == 0) {
            throw ExpException.param("COND needs condition/value pairs and a default");
        }
        int pairs = args.size() / 2;
        Node[] conds = new Node[pairs];
        Node[] values = new Node[pairs + 1];
        ExpType type = ExpType.ANY;
        for (int i = 0; i <= pairs; i++) {
            if (i < pairs) {
                conds[i] = c.operand(args.get(2 * i), ExpType.BOOL).node();
            }
            Typed v = c.operand(args.get(i < pairs ? 2 * i + 1 : args.size() - 1), type);
            if (type == ExpType.ANY) {
                type = v.type();
            }
            values[i] = v.node();
        }
        return new Typed(env -> {
            for (int i = 0; i < pairs; i++) {
                Element v = conds[i].eval(env);
                if (!(v instanceof MpBool b)) {
                    return null;
                }
                if (b.value()) {
                    return values[i].eval(env);
                }
            }
            return values[pairs].eval(env);
        }, type);
    }

    static Typed bool(Node n) {
        return new Typed(n, ExpType.BOOL);
    }
}
