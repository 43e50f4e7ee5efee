package io.spikesdk.exp;

import io.spikesdk.cdt.internal.msgpack.MsgPackWriter;

/** An operation node: the array {@code [op, operand1, operand2, ...]}. */
final class Command extends Exp {
    private final int op;
    private final Exp[] operands;

    Command(int op, Exp... operands) {
        this.op = op;
        this.operands = operands.clone();
        for (Exp operand : this.operands) {
            requireOperand(operand);
        }
    }

    @Override
    void pack(MsgPackWriter out) {
        out.packArrayHeader(operands.length + 1);
        out.packLong(op);
        for (Exp operand : operands) {
            operand.pack(out);
        }
    }
}
