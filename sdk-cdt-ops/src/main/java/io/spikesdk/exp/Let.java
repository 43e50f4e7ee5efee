package io.spikesdk.exp;

import io.spikesdk.cdt.internal.msgpack.MsgPackWriter;

/** The LET node: {@code [125, name1, value1, name2, value2, ..., scope]}. */
final class Let extends Exp {
    private static final int LET = 125;

    private final Def[] defs;
    private final Exp scope;

    Let(Def[] defs, Exp scope) {
        this.defs = defs.clone();
        this.scope = requireOperand(scope);
    }

    @Override
    void pack(MsgPackWriter out) {
        out.packArrayHeader(defs.length * 2 + 2);
        out.packLong(LET);
        for (Def def : defs) {
            def.pack(out);
        }
        scope.pack(out);
    }
}
