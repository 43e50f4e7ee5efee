package io.spikesdk.exp;

import io.spikesdk.api.Expression;
import io.spikesdk.api.Operation;
import io.spikesdk.api.ParticleType;
import io.spikesdk.api.internal.ApiAccess;
import io.spikesdk.cdt.internal.msgpack.MsgPackWriter;

/**
 * Expression read and write operations for {@code operate}: the operation value is the msgpack array
 * {@code [expression, flags]} (the expression bytes inline), carried as a BLOB, exactly as the official
 * client's {@code ExpOperation}.
 */
public final class ExpOperations {

    private ExpOperations() {
    }

    /**
     * Evaluates {@code exp} on the record and returns its value under the bin name {@code name} (op type
     * EXP_READ 7); the record is not changed. A nil result returns no bin; an UNKNOWN result fails with
     * OP_NOT_APPLICABLE (26) unless {@link ExpReadFlags#EVAL_NO_FAIL}.
     */
    public static Operation read(String name, Expression exp, ExpReadFlags flags) {
        Exp.requireNonNull(flags, "expression read flags");
        return operation(Operation.Type.EXP_READ, name, exp, flags.code());
    }

    /** {@link #read(String, Expression, ExpReadFlags)} with {@link ExpReadFlags#DEFAULT}. */
    public static Operation read(String name, Expression exp) {
        return read(name, exp, ExpReadFlags.DEFAULT);
    }

    /**
     * Evaluates {@code exp} on the record and writes its value to bin {@code bin} (op type EXP_MODIFY 8);
     * see {@link ExpWriteFlags} for the flag checks and the nil-result rules.
     */
    public static Operation write(String bin, Expression exp, ExpWriteFlags flags) {
        Exp.requireNonNull(flags, "expression write flags");
        return operation(Operation.Type.EXP_MODIFY, bin, exp, flags.code());
    }

    /** {@link #write(String, Expression, ExpWriteFlags)} with {@link ExpWriteFlags#DEFAULT}. */
    public static Operation write(String bin, Expression exp) {
        return write(bin, exp, ExpWriteFlags.DEFAULT);
    }

    private static Operation operation(Operation.Type type, String name, Expression exp, int flags) {
        Exp.requireNonNull(name, "bin name");
        Exp.requireNonNull(exp, "expression");
        byte[] expBytes = exp.bytes();
        MsgPackWriter out = new MsgPackWriter(expBytes.length + 8);
        out.packArrayHeader(2);
        out.packRaw(expBytes, 0, expBytes.length);
        out.packLong(flags);
        return new Operation(type, name, ApiAccess.owningBytes(out.toByteArray(), ParticleType.BLOB));
    }
}
