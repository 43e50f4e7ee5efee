package io.spikesdk.testkit.internal.exp;

import io.spikesdk.api.ParticleType;
import io.spikesdk.testkit.internal.bits.BitEngine;
import io.spikesdk.testkit.internal.bits.BitResult;
import io.spikesdk.testkit.internal.cdt.Element;
import io.spikesdk.testkit.internal.cdt.MpBytes;
import io.spikesdk.testkit.internal.cdt.MpNil;

/**
 * CALL with the bit system (1): {@code [127, rtype, 1 | modify, [code, args...], blob]} runs a bit op of
 * {@link BitEngine} on the blob value. A read returns the op's result (an INT, or a BLOB for GET), a modify
 * ({@code | 0x40}) the whole modified blob. Any bit error, or a result whose type is not {@code rtype}, is UNKNOWN.
 * A modify of nil acts on an absent bin (RESIZE / INSERT create a blob). A read of nil is UNKNOWN: the real server
 * does not answer it (it stops on an assertion), so there is no behaviour to copy.
 */
final class BitCall {
    private BitCall() {
    }

    static Typed compile(ExpCompiler c, ExpType rtype, boolean modify, CallOp.Template template, Element container)
            throws ExpException {
        Typed blob = c.compile(container);
        ExpType bt = blob.type();
        if (bt != ExpType.BLOB && bt != ExpType.NIL && bt != ExpType.ANY) {
            throw ExpException.param("bit CALL container must be a blob");
        }
        Node bin = blob.node();
        return new Typed(env -> {
            Element value = bin.eval(env);
            byte[] program = template.fill(env);
            if (value == null || program == null) {
                return null;
            }
            Element result = run(modify, value, program);
            return result != null && Values.typeOf(result) == rtype ? result : null;
        }, rtype);
    }

    private static Element run(boolean modify, Element value, byte[] program) {
        byte[] current;
        if (value instanceof MpNil) {
            if (!modify) {
                return null;
            }
            current = null;
        } else if (value instanceof MpBytes bytes && bytes.typeByte() == ParticleType.BLOB) {
            current = Values.data(bytes);
        } else {
            return null;
        }
        if (!modify) {
            BitResult r = BitEngine.read(ParticleType.BLOB, current, program);
            return r.resultCode() != 0 || !r.hasResult() ? null : Values.fromParticle(r.resultType(), r.resultValue());
        }
        BitResult r = BitEngine.modify(ParticleType.BLOB, current, program);
        if (r.resultCode() != 0) {
            return null;
        }
        byte[] blob = r.newBlob() != null ? r.newBlob() : current;
        return blob == null ? MpNil.INSTANCE : Values.bytes(ParticleType.BLOB, blob, 0);
    }
}
