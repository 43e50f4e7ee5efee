package io.spikesdk.testkit.internal.exp;

import io.spikesdk.api.ParticleType;
import io.spikesdk.testkit.internal.cdt.Element;
import io.spikesdk.testkit.internal.cdt.MpBytes;
import io.spikesdk.testkit.internal.cdt.MpNil;
import io.spikesdk.testkit.internal.hll.HllEngine;
import io.spikesdk.testkit.internal.hll.HllResult;

/**
 * CALL with the HLL system (2): {@code [127, rtype, 2 | 0x40?, [hll op...], container]} runs an HLL op of
 * {@link HllEngine} on the container, an HLL value or nil (an absent bin, so INIT and ADD can create). A read returns
 * the op's result, a modify the whole new sketch. An op error, a read of nil, or a result whose type is not
 * {@code rtype} is UNKNOWN.
 */
final class HllCallOp {
    private HllCallOp() {
    }

    static Typed compile(ExpCompiler c, ExpType rtype, boolean modify, CallOp.Template template, Element containerExp)
            throws ExpException {
        Typed container = c.compile(containerExp);
        ExpType ct = container.type();
        if (ct != ExpType.HLL && ct != ExpType.NIL && ct != ExpType.ANY) {
            throw ExpException.param("CALL container of an HLL op must be an HLL value");
        }
        Node bin = container.node();
        return new Typed(env -> {
            Element value = bin.eval(env);
            byte[] opBytes = template.fill(env);
            if (value == null || opBytes == null) {
                return null;
            }
            Element result = modify ? modify(value, opBytes) : read(value, opBytes);
            return result != null && Values.typeOf(result) == rtype ? result : null;
        }, rtype);
    }

    private static Element read(Element container, byte[] opBytes) {
        if (!(container instanceof MpBytes bytes)) {
            return null;
        }
        HllResult r = HllEngine.execute(false, bytes.typeByte(), Values.data(bytes), opBytes);
        if (r.resultCode() != 0) {
            return null;
        }
        return r.hasResult() ? Values.fromParticle(r.resultType(), r.resultValue()) : MpNil.INSTANCE;
    }

    private static Element modify(Element container, byte[] opBytes) {
        HllResult r;
        if (container instanceof MpNil) {
            r = HllEngine.execute(true, 0, null, opBytes);
        } else if (container instanceof MpBytes bytes) {
            r = HllEngine.execute(true, bytes.typeByte(), Values.data(bytes), opBytes);
        } else {
            return null;
        }
        if (r.resultCode() != 0) {
            return null;
        }
        if (r.newSketch() == null) {
            return container instanceof MpNil ? null : container;
        }
        return Values.fromParticle(ParticleType.HLL, r.newSketch());
    }
}
