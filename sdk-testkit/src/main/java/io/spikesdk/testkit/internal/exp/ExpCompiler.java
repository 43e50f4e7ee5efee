package io.spikesdk.testkit.internal.exp;

import io.spikesdk.testkit.internal.cdt.Element;
import io.spikesdk.testkit.internal.cdt.MpBytes;
import io.spikesdk.testkit.internal.cdt.MpExt;
import io.spikesdk.testkit.internal.cdt.MpInt;
import io.spikesdk.testkit.internal.cdt.MpList;
import io.spikesdk.testkit.internal.geo.GeoJsonException;
import io.spikesdk.testkit.internal.geo.GeoValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Compiles a decoded expression into {@link Node}s, checking operand counts and static types as the server's
 * build step does (docs/cdt-and-expressions.md §8.2–§8.3): every violation raises PARAMETER_ERROR. Op families are
 * delegated to {@link Comparisons}, {@link Logic}, {@link Numeric}, {@link Bitwise}, {@link RecordOps} and {@link
 * CallOp}; literals, COND, LET/VAR, QUOTE and UNKNOWN are handled here.
 */
final class ExpCompiler {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Deque<Map<String, Variable>> scopes = new ArrayDeque<>();
    private int slots;

    private record Variable(int slot, ExpType type) {
    }

    int slotCount() {
        return slots;
    }

    /** Compiles one expression node. */
    Typed compile(Element e) throws ExpException {
        if (e instanceof MpList l) {
            return operation(l);
        }
        return literal(e);
    }

    /** Compiles an operand that must have static type {@code required} (ANY operands always pass). */
    Typed operand(Element e, ExpType required) throws ExpException {
        Typed t = compile(e);
        if (!required.accepts(t.type())) {
            throw ExpException.param("operand of type " + t.type() + " where " + required + " is required");
        }
        return t;
    }

    /** Compiles every operand with the same required type. */
    Node[] operands(List<Element> args, ExpType required) throws ExpException {
        Node[] out = new Node[args.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = operand(args.get(i), required).node();
        }
        return out;
    }

    static void count(List<Element> args, int min, int max) throws ExpException {
        if (args.size() < min || (max >= 0 && args.size() > max)) {
            throw ExpException.param("wrong operand count " + args.size());
        }
    }

    /** A static integer operand (not an expression). */
    static long staticInt(Element e) throws ExpException {
        if (e instanceof MpInt i) {
            return i.value();
        }
        throw ExpException.param("static integer operand expected");
    }

    /** A plain msgpack string operand (bin, variable or regex text), decoded one char per byte. */
    static String name(Element e) throws ExpException {
        if (e instanceof MpBytes b) {
            return new String(b.payload(), StandardCharsets.ISO_8859_1);
        }
        throw ExpException.param("string operand expected");
    }

    private Typed operation(MpList l) throws ExpException {
        if (l.flags != 0 || l.size() == 0 || !(l.items.get(0) instanceof MpInt code) || code.negative()
                || code.value() > 0xff) {
            throw ExpException.param("expression array must start with an op code");
        }
        int op = (int) code.value();
        List<Element> args = l.items.subList(1, l.size());
        if (op >= 1 && op <= 9 || op == 101 || op == 102) {
            return Comparisons.compile(this, op, args);
        }
        if (op >= 16 && op <= 19) {
            return Logic.compile(this, op, args);
        }
        if (op >= 20 && op <= 31 || op == 50 || op == 51) {
            return Numeric.compile(this, op, args);
        }
        if (op >= 32 && op <= 41) {
            return Bitwise.compile(this, op, args);
        }
        if (op >= 64 && op <= 74 || op >= 80 && op <= 82) {
            return RecordOps.compile(op, args);
        }
        switch (op) {
            case 0:
                count(args, 0, 0);
                return new Typed(env -> null, ExpType.ANY);
            case PathVariables.RESULT_REMOVE:
                count(args, 0, 0);
                return new Typed(env -> PathVariables.REMOVE, ExpType.REMOVE);
            case PathVariables.VAR_BUILTIN:
                return PathVariables.loopVar(args);
            case 123:
                return Logic.cond(this, args);
            case 124:
                return var(args);
            case 125:
                return let(args);
            case 126:
                count(args, 1, 1);
                if (!(args.get(0) instanceof MpList list)) {
                    throw ExpException.param("QUOTE needs a list");
                }
                return new Typed(env -> list, ExpType.LIST);
            case 127:
                return CallOp.compile(this, args);
            default:
                throw ExpException.param("unsupported expression op " + op);
        }
    }

    private static Typed literal(Element e) throws ExpException {
        ExpType t = Values.typeOf(e);
        if (t == null || (e instanceof MpExt x && !x.isInfinity() && !x.isWildcard())) {
            throw ExpException.param("literal of an unsupported type");
        }
        if (t == ExpType.GEO) {
            try {
                GeoValue.parse(Values.data((MpBytes) e));
            } catch (GeoJsonException ex) {
                throw ExpException.param("invalid GeoJSON literal: " + ex.getMessage());
            }
        }
        return new Typed(env -> e, t);
    }

    private Typed var(List<Element> args) throws ExpException {
        count(args, 1, 1);
        String name = name(args.get(0));
        Variable v = lookup(name);
        if (v == null) {
            throw ExpException.param("undefined variable " + name);
        }
        int slot = v.slot();
        return new Typed(env -> env.var(slot), v.type());
    }

    private Typed let(List<Element> args) throws ExpException {
        if (args.size() < 3 || args.size() % 2 == 0) {
            throw ExpException.param("LET needs name/value pairs and a scope");
        }
        Map<String, Variable> scope = new HashMap<>();
        scopes.push(scope);
        try {
            int defs = args.size() / 2;
            int[] slotOf = new int[defs];
            Node[] values = new Node[defs];
            for (int i = 0; i < defs; i++) {
                String name = name(args.get(2 * i));
                if (!NAME.matcher(name).matches() || lookup(name) != null) {
                    throw ExpException.param("invalid or duplicate variable name " + name);
                }
                Typed value = compile(args.get(2 * i + 1));
                slotOf[i] = slots++;
                values[i] = value.node();
                scope.put(name, new Variable(slotOf[i], value.type()));
            }
            Typed body = compile(args.get(args.size() - 1));
            Node bodyNode = body.node();
            return new Typed(env -> {
                for (int i = 0; i < values.length; i++) {
                    env.setVar(slotOf[i], values[i].eval(env));
                }
                return bodyNode.eval(env);
            }, body.type());
        } finally {
            scopes.pop();
        }
    }

    private Variable lookup(String name) {
        for (Map<String, Variable> scope : scopes) {
            Variable v = scope.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
