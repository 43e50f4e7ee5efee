package io.spikesdk.testkit.internal.record;

import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.api.ParticleType;
import io.spikesdk.testkit.internal.storage.Bin;

/** The value-changing basic ops: INCR (5), APPEND (9), PREPEND (10), with the server's type rules. */
final class BasicOps {
    private BasicOps() {
    }

    /** INCR: integer + integer (wrapping) or double + double; a missing bin is created from the delta. */
    static Bin increment(String name, Bin current, int deltaType, byte[] delta) throws CommandFailure {
        if (deltaType == ParticleType.INTEGER) {
            long d = Particles.integer(delta);
            if (current == null) {
                return new Bin(name, ParticleType.INTEGER, Particles.Bytes8.of(d));
            }
            if (current.type() != ParticleType.INTEGER) {
                throw binTypeError();
            }
            return new Bin(name, ParticleType.INTEGER, Particles.Bytes8.of(Bytes.getLong(current.value(), 0) + d));
        }
        if (deltaType == ParticleType.DOUBLE) {
            if (delta.length != 8) {
                throw Particles.parameterError();
            }
            double d = Double.longBitsToDouble(Bytes.getLong(delta, 0));
            if (current == null) {
                return new Bin(name, ParticleType.DOUBLE, delta);
            }
            if (current.type() != ParticleType.DOUBLE) {
                throw binTypeError();
            }
            double sum = Double.longBitsToDouble(Bytes.getLong(current.value(), 0)) + d;
            return new Bin(name, ParticleType.DOUBLE, Particles.Bytes8.of(Double.doubleToRawLongBits(sum)));
        }
        throw binTypeError();
    }

    /** APPEND / PREPEND of a string to a string bin or a blob to a blob bin. */
    static Bin concat(String name, Bin current, int valueType, byte[] value, boolean append) throws CommandFailure {
        if (valueType != ParticleType.STRING && valueType != ParticleType.BLOB) {
            throw binTypeError();
        }
        if (current == null) {
            return new Bin(name, valueType, value);
        }
        if (current.type() != valueType) {
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
