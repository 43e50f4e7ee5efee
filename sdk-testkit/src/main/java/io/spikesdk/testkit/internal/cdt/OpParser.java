package io.spikesdk.testkit.internal.cdt;

import java.util.List;

/**
 * Parses a CDT op value: {@code [code, args...]}, the context envelope {@code [0xff, [ctx...], [code, args...]]}
 * or the deprecated legacy form (a big-endian u16 code whose first byte is {@code 00}, then an optional args
 * array).
 */
final class OpParser {
    static final int CONTEXT_EVAL = 0xff;

    private OpParser() {
    }

    static OpRequest parse(byte[] op) throws CdtException {
        if (op == null || op.length == 0) {
            throw CdtException.param("empty CDT op");
        }
        if (op[0] == 0) {
            return legacy(op);
        }
        Element top = MsgpackReader.readFully(op);
        if (!(top instanceof MpList l) || l.flags != 0 || l.size() == 0) {
            throw CdtException.param("CDT op must be a non-empty array");
        }
        int code = code(l.items.get(0));
        if (code != CONTEXT_EVAL) {
            return new OpRequest(code, List.copyOf(l.items.subList(1, l.size())), List.of());
        }
        if (l.size() != 3 || !(l.items.get(1) instanceof MpList ctx) || !(l.items.get(2) instanceof MpList inner)) {
            throw CdtException.param("context envelope must be [0xff, [ctx...], [op...]]");
        }
        if (ctx.flags != 0 || ctx.size() < 2 || ctx.size() % 2 != 0 || inner.flags != 0 || inner.size() == 0) {
            throw CdtException.param("malformed context list or inner op");
        }
        int innerCode = code(inner.items.get(0));
        if (innerCode == CONTEXT_EVAL) {
            throw CdtException.param("nested context envelope");
        }
        return new OpRequest(innerCode, List.copyOf(inner.items.subList(1, inner.size())), List.copyOf(ctx.items));
    }

    private static OpRequest legacy(byte[] op) throws CdtException {
        if (op.length < 2) {
            throw CdtException.param("truncated legacy CDT op");
        }
        int code = ((op[0] & 0xff) << 8) | (op[1] & 0xff);
        if (op.length == 2) {
            return new OpRequest(code, List.of(), List.of());
        }
        byte[] rest = java.util.Arrays.copyOfRange(op, 2, op.length);
        Element args = MsgpackReader.readFully(rest);
        if (!(args instanceof MpList l)) {
            throw CdtException.param("legacy CDT args must be an array");
        }
        return new OpRequest(code, List.copyOf(l.items), List.of());
    }

    private static int code(Element e) throws CdtException {
        if (e instanceof MpInt i && !i.negative() && i.value() >= 0 && i.value() <= 0xffff) {
            return (int) i.value();
        }
        throw CdtException.param("CDT op code must be an unsigned integer");
    }
}
