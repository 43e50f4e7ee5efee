package io.spikesdk.testkit.internal.hll;

import io.spikesdk.api.ParticleType;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one HLL_READ (15) or HLL_MODIFY (16) op on a bin, with the real server's checks in its order: the op code,
 * the bin's type (12) and sketch (1), the arguments (4), CREATE_ONLY / UPDATE_ONLY (6 / 17, or a silent no-op with
 * NO_FAIL), then the op's own preconditions (26, 17).
 */
public final class HllEngine {
    private static final int OK = 0;
    private static final int UNKNOWN = 1;
    private static final int PARAMETER = 4;
    private static final int BIN_EXISTS = 6;
    private static final int INCOMPATIBLE_TYPE = 12;
    private static final int BIN_NOT_FOUND = 17;
    private static final int OP_NOT_APPLICABLE = 26;

    private HllEngine() {
    }

    /**
     * @param modify   HLL_MODIFY rather than HLL_READ
     * @param binType  particle type of the bin, ignored when {@code binValue} is null
     * @param binValue the bin's particle bytes, or null when the bin is absent (a read then must not be called)
     * @param op       the op's msgpack {@code [code, args...]}
     */
    public static HllResult execute(boolean modify, int binType, byte[] binValue, byte[] op) {
        HllArgs in = new HllArgs(op);
        int count = in.arrayHeader();
        Long code = count > 0 ? in.integer() : null;
        HllOp.Def def = code == null || code < 0 || code > Integer.MAX_VALUE
                ? null : HllOp.definition((int) (long) code, modify);
        if (def == null) {
            return HllResult.error(PARAMETER);
        }
        HllSketch current = null;
        if (binValue != null) {
            if (binType != ParticleType.HLL) {
                return HllResult.error(INCOMPATIBLE_TYPE);
            }
            if (!HllSketch.isValidParticle(binValue, 0, binValue.length)) {
                return HllResult.error(UNKNOWN);
            }
            current = HllSketch.copyOf(binValue, 0, binValue.length);
        }
        HllOp parsed = HllOp.parse((int) (long) code, def, count - 1, in, modify);
        if (parsed == null) {
            return HllResult.error(PARAMETER);
        }
        return modify ? modify(parsed, current) : read(parsed, current);
    }

    private static HllResult modify(HllOp op, HllSketch current) {
        if (current != null && (op.flags & HllOpCode.CREATE_ONLY) != 0) {
            return (op.flags & HllOpCode.NO_FAIL) != 0 ? HllResult.unchanged() : HllResult.error(BIN_EXISTS);
        }
        if (current == null && (op.flags & HllOpCode.UPDATE_ONLY) != 0) {
            return (op.flags & HllOpCode.NO_FAIL) != 0 ? HllResult.unchanged() : HllResult.error(BIN_NOT_FOUND);
        }
        switch (op.code) {
            case HllOpCode.INIT:
                return init(op, current);
            case HllOpCode.ADD:
                return add(op, current);
            case HllOpCode.SET_UNION:
                return setUnion(op, current);
            case HllOpCode.REFRESH_COUNT:
                return refreshCount(current);
            default:
                return fold(op, current);
        }
    }

    private static HllResult init(HllOp op, HllSketch current) {
        int ib = op.indexBits;
        int mb = op.minhashBits;
        if (current == null) {
            if (ib == HllOp.UNSET) {
                return HllResult.error(OP_NOT_APPLICABLE);
            }
            mb = mb == HllOp.UNSET ? 0 : mb;
        } else {
            ib = ib == HllOp.UNSET ? current.indexBits() : ib;
            mb = mb == HllOp.UNSET ? current.minhashBits() : mb;
            if (!HllSketch.validCombined(ib, mb)) {
                return HllResult.error(OP_NOT_APPLICABLE);
            }
        }
        return HllResult.written(HllSketch.empty(ib, mb));
    }

    private static HllResult add(HllOp op, HllSketch current) {
        HllSketch to = current;
        if (to == null) {
            if (op.indexBits == HllOp.UNSET) {
                return HllResult.error(OP_NOT_APPLICABLE);
            }
            to = HllSketch.empty(op.indexBits, op.minhashBits == HllOp.UNSET ? 0 : op.minhashBits);
        }
        long added = 0;
        for (byte[] element : op.elements) {
            ElementHash h = ElementHash.of(element, to.indexBits(), to.minhashBits());
            if (Long.compareUnsigned(to.register(h.register()), h.value()) < 0) {
                to.setRegister(h.register(), h.value());
                to.setCache(0);
                added++;
            }
        }
        return HllResult.written(to, ParticleType.INTEGER, ResultBytes.integer(added));
    }

    private static HllResult setUnion(HllOp op, HllSketch current) {
        int minIb = HllOp.UNSET;
        int minMb = HllOp.UNSET;
        for (HllSketch s : op.sketches) {
            minIb = Math.min(minIb, s.indexBits());
            if (s.minhashBits() != minMb) {
                minMb = minMb == HllOp.UNSET ? s.minhashBits() : 0;
            }
        }
        if (current != null && (op.flags & HllOpCode.ALLOW_FOLD) == 0) {
            if (current.indexBits() > minIb) {
                return HllResult.error(OP_NOT_APPLICABLE);
            }
            if (current.minhashBits() != 0 && current.minhashBits() != minMb) {
                return HllResult.error(OP_NOT_APPLICABLE);
            }
        }
        List<HllSketch> all = new ArrayList<>(op.sketches);
        if (current != null) {
            all.add(current);
        }
        return HllResult.written(SketchAlgebra.unionOf(all));
    }

    private static HllResult refreshCount(HllSketch current) {
        if (current == null) {
            return HllResult.error(BIN_NOT_FOUND);
        }
        long count = Estimates.cardinality(current);
        current.setCache(count);
        return HllResult.written(current, ParticleType.INTEGER, ResultBytes.integer(count));
    }

    private static HllResult fold(HllOp op, HllSketch current) {
        if (current == null) {
            return HllResult.error(BIN_NOT_FOUND);
        }
        if (current.minhashBits() > 0 || current.indexBits() < op.indexBits) {
            return HllResult.error(OP_NOT_APPLICABLE);
        }
        if (op.indexBits == current.indexBits()) {
            return HllResult.written(current);
        }
        HllSketch to = HllSketch.empty(op.indexBits, 0);
        SketchAlgebra.union(to, current);
        return HllResult.written(to);
    }

    private static HllResult read(HllOp op, HllSketch current) {
        List<HllSketch> all = new ArrayList<>(op.sketches);
        all.add(current);
        switch (op.code) {
            case HllOpCode.GET_COUNT:
                return HllResult.read(ParticleType.INTEGER, ResultBytes.integer(Estimates.cardinality(current)));
            case HllOpCode.GET_UNION:
                return HllResult.read(ParticleType.HLL, SketchAlgebra.unionOf(all).toBytes());
            case HllOpCode.GET_UNION_COUNT:
                return HllResult.read(ParticleType.INTEGER, ResultBytes.integer(Estimates.unionCardinality(all)));
            case HllOpCode.GET_INTERSECT_COUNT:
                if (!intersectableWith(op, current)) {
                    return HllResult.error(OP_NOT_APPLICABLE);
                }
                return HllResult.read(ParticleType.INTEGER, ResultBytes.integer(Estimates.intersectCardinality(all)));
            case HllOpCode.GET_SIMILARITY:
                if (!intersectableWith(op, current)) {
                    return HllResult.error(OP_NOT_APPLICABLE);
                }
                return HllResult.read(ParticleType.DOUBLE, ResultBytes.real(Estimates.similarity(all)));
            case HllOpCode.DESCRIBE:
                return HllResult.read(ParticleType.LIST,
                        ResultBytes.intPair(current.indexBits(), current.minhashBits()));
            default:
                return HllResult.read(ParticleType.INTEGER, ResultBytes.integer(mayContainAll(op, current) ? 1 : 0));
        }
    }

    /** With more than two sketches given, the bin's minhash bits must be theirs and non-zero. */
    private static boolean intersectableWith(HllOp op, HllSketch current) {
        int mb = op.sketches.get(0).minhashBits();
        return op.sketches.size() <= 2 || (current.minhashBits() != 0 && current.minhashBits() == mb);
    }

    private static boolean mayContainAll(HllOp op, HllSketch current) {
        for (byte[] element : op.elements) {
            ElementHash h = ElementHash.of(element, current.indexBits(), current.minhashBits());
            if (Long.compareUnsigned(h.value(), current.register(h.register())) > 0) {
                return false;
            }
        }
        return true;
    }
}
