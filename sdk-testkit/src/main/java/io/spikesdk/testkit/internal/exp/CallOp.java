package io.spikesdk.testkit.internal.exp;

import io.spikesdk.testkit.internal.cdt.CdtEngine;
import io.spikesdk.testkit.internal.cdt.CdtResult;
import io.spikesdk.testkit.internal.cdt.Element;
import io.spikesdk.testkit.internal.cdt.MpInt;
import io.spikesdk.testkit.internal.cdt.MpList;
import io.spikesdk.testkit.internal.cdt.MpMap;
import io.spikesdk.testkit.internal.cdt.MpNil;
import io.spikesdk.testkit.internal.cdt.MsgpackWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * CALL (127): {@code [127, rtype, system, op, container]} runs a list/map op of {@link CdtEngine} on the
 * container value (docs/cdt-and-expressions.md §8.5). Array arguments of the op are sub-expressions, evaluated and
 * spliced in; the {@code [0xff, ctx, op]} context list is passed through raw. A read returns the op's result, a modify
 * ({@code system | 0x40}) the whole modified copy of the container. Any CDT error, or a result whose type is
 * not {@code rtype}, is UNKNOWN. A path select ({@code 0xfe}) goes to the engine as sent. The bit system (1) runs in
 * {@link BitCall}, HLL (2) in {@link HllCallOp}.
 */
final class CallOp {
    private static final int SYSTEM_CDT = 0;
    private static final int SYSTEM_BITS = 1;
    private static final int SYSTEM_HLL = 2;
    private static final int MODIFY_LOCAL = 0x40;
    private static final int CONTEXT = 0xff;
    private static final int PATH_SELECT = 0xfe;

    private CallOp() {
    }

    static Typed compile(ExpCompiler c, List<Element> args) throws ExpException {
        ExpCompiler.count(args, 4, 4);
        ExpType rtype = ExpType.ofCode(ExpCompiler.staticInt(args.get(0)));
        long system = ExpCompiler.staticInt(args.get(1));
        boolean modify = (system & MODIFY_LOCAL) != 0;
        if (!(args.get(2) instanceof MpList op) || op.size() == 0) {
            throw ExpException.param("CALL op must be a non-empty array");
        }
        if ((system & ~MODIFY_LOCAL) == SYSTEM_BITS) {
            return BitCall.compile(c, rtype, modify, Template.of(c, op), args.get(3));
        }
        if ((system & ~MODIFY_LOCAL) == SYSTEM_HLL) {
            return HllCallOp.compile(c, rtype, modify, Template.of(c, op), args.get(3));
        }
        if ((system & ~MODIFY_LOCAL) != SYSTEM_CDT) {
            throw ExpException.param("CALL system " + system + " is not supported by the embedded server");
        }
        Template template = Template.of(c, op);
        Typed container = c.compile(args.get(3));
        ExpType ct = container.type();
        if (ct != ExpType.LIST && ct != ExpType.MAP && ct != ExpType.NIL && ct != ExpType.ANY) {
            throw ExpException.param("CALL container must be a list or map");
        }
        Node bin = container.node();
        int opType = modify ? CdtEngine.CDT_MODIFY : CdtEngine.CDT_READ;
        return new Typed(env -> {
            Element value = bin.eval(env);
            byte[] opBytes = template.fill(env);
            if (value == null || opBytes == null) {
                return null;
            }
            Element result = run(opType, value, opBytes);
            return result != null && Values.typeOf(result) == rtype ? result : null;
        }, rtype);
    }

    private static Element run(int opType, Element container, byte[] opBytes) {
        CdtResult r;
        if (container instanceof MpNil) {
            r = CdtEngine.execute(opType, 0, null, opBytes, PathExpressionSupport.INSTANCE);
        } else if (container instanceof MpList || container instanceof MpMap) {
            int type = container instanceof MpMap ? CdtEngine.MAP : CdtEngine.LIST;
            r = CdtEngine.execute(opType, type, MsgpackWriter.encode(container), opBytes,
                    PathExpressionSupport.INSTANCE);
        } else {
            return null;
        }
        if (r.resultCode() != 0) {
            return null;
        }
        if (opType == CdtEngine.CDT_MODIFY) {
            return r.newBinValue() == null ? MpNil.INSTANCE : Values.fromParticle(r.newBinType(), r.newBinValue());
        }
        return r.hasResult() ? Values.fromParticle(r.resultType(), r.resultValue()) : MpNil.INSTANCE;
    }

    /** The op array with its evaluated argument positions. */
    record Template(List<Element> outer, boolean wrapped, List<Element> inner, int[] positions,
            Node[] args) {

        static Template of(ExpCompiler c, MpList op) throws ExpException {
            List<Element> outer = new ArrayList<>(op.items);
            if (outer.get(0) instanceof MpInt code && code.value() == PATH_SELECT) {
                return pathSelect(outer);
            }
            List<Element> inner = outer;
            boolean wrapped = outer.get(0) instanceof MpInt code && code.value() == CONTEXT;
            if (wrapped) {
                if (outer.size() != 3 || !(outer.get(2) instanceof MpList in)) {
                    throw ExpException.param("CALL context envelope must be [0xff, ctx, op]");
                }
                inner = new ArrayList<>(in.items);
            }
            List<Integer> at = new ArrayList<>();
            List<Node> nodes = new ArrayList<>();
            for (int i = 1; i < inner.size(); i++) {
                if (inner.get(i) instanceof MpList) {
                    at.add(i);
                    nodes.add(c.operand(inner.get(i), ExpType.ANY).node());
                }
            }
            return new Template(outer, wrapped, inner, at.stream().mapToInt(Integer::intValue).toArray(),
                    nodes.toArray(new Node[0]));
        }

        /**
         * A path select {@code [0xfe, ctx, flags(, modifyExp)]}: passed on as sent, its expressions are run by the
         * CDT engine per element.
         */
        private static Template pathSelect(List<Element> op) throws ExpException {
            if (op.size() < 3 || op.size() > 4 || !(op.get(1) instanceof MpList) || !(op.get(2) instanceof MpInt flags)
                    || flags.negative()) {
                throw ExpException.param("CALL path select must be [0xfe, ctx, flags(, modifyExp)]");
            }
            return new Template(op, false, op, new int[0], new Node[0]);
        }

        /** The op bytes with every argument evaluated, or null when one is UNKNOWN. */
        byte[] fill(Env env) {
            List<Element> filled = new ArrayList<>(inner);
            for (int i = 0; i < positions.length; i++) {
                Element v = args[i].eval(env);
                if (v == null) {
                    return null;
                }
                filled.set(positions[i], v);
            }
            MpList op = new MpList(0, filled);
            if (!wrapped) {
                return MsgpackWriter.encode(op);
            }
            List<Element> envelope = new ArrayList<>(outer);
            envelope.set(2, op);
            return MsgpackWriter.encode(new MpList(0, envelope));
        }
    }
}
