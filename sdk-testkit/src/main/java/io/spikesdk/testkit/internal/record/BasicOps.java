package io.spikesdk.testkit.internal.record;

import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.OpType;
import io.spikesdk.api.ParticleType;
import io.spikesdk.testkit.internal.storage.Bin;

/**
 * The value-changing basic ops: INCR (5), APPEND (9), PREPEND (10), with the server's type rules. The op's
 * particle type must be one a client may store (else PARAMETER_ERROR, even on an existing bin); a missing bin is
 * created from the op's value whatever its type, as a plain write would store it.
 */
final class BasicOps {
    private BasicOps() {
    }

    /** Applies INCR, APPEND or PREPEND to {@code current} (null when the bin is missing). */
    static Bin modify(int op, String name, Bin current, int valueType, byte[] value) throws CommandFailure {
        if (!Particles.isStorable(valueType)) {
            throw Particles.parameterError();
        }
        if (current == null) {
            return new Bin(name, valueType, Particles.normalize(valueType, value));
        }
        return op == OpType.INCR
                ? increment(name, current, valueType, value)
                : concat(name, current, valueType, value, op == OpType.APPEND);
    }

    /** INCR of an existing bin: integer + integer (wrapping) or double + double. */
    private static Bin increment(String name, Bin current, int deltaType, byte[] delta) throws CommandFailure {
        if (current.type() == ParticleType.INTEGER && deltaType == ParticleType.INTEGER) {
            long d = Particles.integer(delta);
            return new Bin(name, ParticleType.INTEGER, Particles.Bytes8.of(Bytes.getLong(current.value(), 0) + d));
        }
        if (current.type() == ParticleType.DOUBLE && deltaType == ParticleType.DOUBLE) {
            if (delta.length != 8) {
                throw Particles.parameterError();
            }
            double sum = Double.longBitsToDouble(Bytes.getLong(current.value(), 0))
                    + Double.longBitsToDouble(Bytes.getLong(delta, 0));
            return new Bin(name, ParticleType.DOUBLE, Particles.Bytes8.of(Double.doubleToRawLongBits(sum)));
        }
        throw binTypeError();
    }

    /** APPEND / PREPEND of a string to a string bin or a blob to a blob bin of the same particle type. */
    private static Bin concat(String name, Bin current, int valueType, byte[] value, boolean append)
            throws CommandFailure {
        boolean concatenable = current.type() == ParticleType.STRING || ParticleType.isBlobFamily(current.type());
        if (!concatenable || current.type() != valueType) {
            throw binTypeError();
        }
        byte[] old = current.value();
        byte[] out = new byte[old.length + value.length];
        if (append) {
            System.arraycopy(old, 0, out, 0, old.length);
            System.arraycopy(value, 0, out, old.length, value.length);
        } else {
            System.arraycopy(value, 0, out, 0, value.length);
            System.arraycopy(old, 0, out, value.length, old.length);
        }
        return new Bin(name, valueType, out);
    }

    private static CommandFailure binTypeError() {
        return new CommandFailure(ResultCode.BIN_TYPE_ERROR.code());
    }
}
