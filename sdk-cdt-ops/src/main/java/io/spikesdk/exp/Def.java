package io.spikesdk.exp;

import io.spikesdk.cdt.internal.msgpack.MsgPackWriter;

/** A variable definition of {@link Exp#let}: packs as the pair {@code name, value} inside the LET array. */
final class Def extends Exp {
    private final Packed name;
    private final Exp value;

    Def(String name, Exp value) {
        this.name = Packed.name(name);
        this.value = requireOperand(value);
    }

    @Override
    void pack(MsgPackWriter out) {
        name.pack(out);
        value.pack(out);
    }
}
