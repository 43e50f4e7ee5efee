package io.spikesdk.exp;

import io.spikesdk.cdt.CTX;
import io.spikesdk.cdt.internal.msgpack.MsgPackWriter;

/**
 * Builds the CALL node that runs a list or map (or bit / HLL) operation inside an expression:
 * {@code [127, resultType, system, op, container]}, where {@code op} is the ordinary CDT operation array
 * {@code [code, args...]} (wrapped as {@code [0xFF, [ctx...], [code, args...]]} with contexts) whose
 * array arguments are evaluated as sub-expressions.
 */
final class CdtCall {
    private static final int SYSTEM_CDT = 0;
    private static final int MODIFY_LOCAL = 0x40;
    private static final int CONTEXT_WRAPPER = 0xff;
    private static final int CTX_LIST_BIT = 0x10;

    private CdtCall() {
    }

    /** A read call whose result is expected to be of {@code resultType} (else UNKNOWN). */
    static Exp read(Exp.Type resultType, Exp container, CTX[] ctx, int opCode, Exp... args) {
        return call(resultType.code(), SYSTEM_CDT, container, ctx, opCode, args);
    }

    /**
     * A modify call on a private copy of the container; the result is the whole modified top-level
     * container: a map when the first context selects in a map, else {@code defaultType}.
     */
    static Exp modify(Exp.Type defaultType, Exp container, CTX[] ctx, int opCode, Exp... args) {
        Exp.Type type = defaultType;
        if (ctx != null && ctx.length > 0) {
            type = (ctx[0].id() & CTX_LIST_BIT) == 0 ? Exp.Type.MAP : Exp.Type.LIST;
        }
        return call(type.code(), SYSTEM_CDT | MODIFY_LOCAL, container, ctx, opCode, args);
    }

    /** An integer argument (return type, flags, order attributes). */
    static Exp arg(int value) {
        return Packed.integer(value);
    }

    /** A call of another system (bit, HLL): no context, the op {@code [opCode, args...]} as is. */
    static Exp module(int resultType, int system, Exp container, int opCode, Exp... args) {
        return call(resultType, system, container, null, opCode, args);
    }

    private static Exp call(int resultType, int system, Exp container, CTX[] ctx, int opCode, Exp[] args) {
        Exp.requireOperand(container);
        MsgPackWriter out = new MsgPackWriter();
        boolean wrapped = ctx != null && ctx.length > 0;
        if (wrapped) {
            for (CTX level : ctx) {
                Exp.requireNonNull(level, "context level");
            }
            out.packArrayHeader(3);
            out.packLong(CONTEXT_WRAPPER);
            byte[] levels = CTX.toBytes(ctx);
            out.packRaw(levels, 0, levels.length);
        }
        out.packArrayHeader(args.length + 1);
        out.packLong(opCode);
        for (Exp arg : args) {
            Exp.requireOperand(arg).pack(out);
        }
        return new Command(Exp.CALL, Packed.integer(resultType), Packed.integer(system),
                Packed.ofOwned(out.toByteArray()), container);
    }
}
