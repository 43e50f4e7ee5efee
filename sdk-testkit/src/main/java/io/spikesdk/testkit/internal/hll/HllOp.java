package io.spikesdk.testkit.internal.hll;

import java.util.ArrayList;
import java.util.List;

/**
 * One parsed HLL op, read argument by argument in the server's order with its checks: each failure is PARAMETER
 * ERROR (4). Bit counts not given (or given as -1) stay {@link #UNSET}.
 */
final class HllOp {
    static final int UNSET = 0xff;

    /** The argument readers an op takes, in wire order. */
    enum Arg {
        INDEX_BITS, MINHASH_BITS, FLAGS, ELEMENTS, SKETCHES, SKETCHES_INTERSECT
    }

    /** One row of the op table: allowed flags, argument count range and argument readers. */
    record Def(long allowedFlags, int minArgs, int maxArgs, Arg... args) {
    }

    final int code;
    int indexBits = UNSET;
    int minhashBits = UNSET;
    long flags;
    /** ADD / MAY_CONTAIN elements, normalized. */
    final List<byte[]> elements = new ArrayList<>();
    /** Sketches given as arguments, in order. */
    final List<HllSketch> sketches = new ArrayList<>();

    private HllOp(int code) {
        this.code = code;
    }

    static Def definition(int code, boolean modify) {
        if (modify) {
            switch (code) {
                case HllOpCode.INIT:
                    return new Def(HllOpCode.CREATE_ONLY | HllOpCode.UPDATE_ONLY | HllOpCode.NO_FAIL, 0, 3,
                            Arg.INDEX_BITS, Arg.MINHASH_BITS, Arg.FLAGS);
                case HllOpCode.ADD:
                    return new Def(HllOpCode.CREATE_ONLY | HllOpCode.NO_FAIL, 1, 4,
                            Arg.ELEMENTS, Arg.INDEX_BITS, Arg.MINHASH_BITS, Arg.FLAGS);
                case HllOpCode.SET_UNION:
                    return new Def(HllOpCode.CREATE_ONLY | HllOpCode.UPDATE_ONLY | HllOpCode.ALLOW_FOLD
                            | HllOpCode.NO_FAIL, 1, 2, Arg.SKETCHES, Arg.FLAGS);
                case HllOpCode.REFRESH_COUNT:
                    return new Def(0, 0, 0);
                case HllOpCode.FOLD:
                    return new Def(0, 1, 1, Arg.INDEX_BITS);
                default:
                    return null;
            }
        }
        switch (code) {
            case HllOpCode.GET_COUNT:
            case HllOpCode.DESCRIBE:
                return new Def(0, 0, 0);
            case HllOpCode.GET_UNION:
            case HllOpCode.GET_UNION_COUNT:
                return new Def(0, 1, 1, Arg.SKETCHES);
            case HllOpCode.GET_INTERSECT_COUNT:
            case HllOpCode.GET_SIMILARITY:
                return new Def(0, 1, 1, Arg.SKETCHES_INTERSECT);
            case HllOpCode.MAY_CONTAIN:
                return new Def(0, 1, 1, Arg.ELEMENTS);
            default:
                return null;
        }
    }

    /** Parses {@code argCount} arguments from {@code in}, or returns null when the server answers 4. */
    static HllOp parse(int code, Def def, int argCount, HllArgs in, boolean modify) {
        if (argCount < def.minArgs() || argCount > def.maxArgs()) {
            return null;
        }
        HllOp op = new HllOp(code);
        if (!modify) {
            op.indexBits = 0;
            op.minhashBits = 0;
        }
        for (int i = 0; i < argCount; i++) {
            if (!op.read(def.args()[i], def, in)) {
                return null;
            }
        }
        return op;
    }

    private boolean read(Arg arg, Def def, HllArgs in) {
        switch (arg) {
            case INDEX_BITS:
                return readIndexBits(in);
            case MINHASH_BITS:
                return readMinhashBits(in);
            case FLAGS:
                return readFlags(in, def);
            case ELEMENTS:
                return readElements(in);
            case SKETCHES:
                return readSketches(in);
            default:
                return readSketches(in) && intersectable();
        }
    }

    private boolean readIndexBits(HllArgs in) {
        Long n = in.integer();
        if (n == null || (n != -1 && !HllSketch.validIndexBits(n))) {
            return false;
        }
        indexBits = (int) (n & 0xff);
        return true;
    }

    private boolean readMinhashBits(HllArgs in) {
        Long n = in.integer();
        if (n == null) {
            return false;
        }
        if (n == -1) {
            minhashBits = UNSET;
            return true;
        }
        if (!HllSketch.validMinhashBits(n) || (indexBits != UNSET && !HllSketch.validCombined(indexBits, n))) {
            return false;
        }
        minhashBits = (int) (long) n;
        return true;
    }

    private boolean readFlags(HllArgs in, Def def) {
        Long f = in.integer();
        if (f == null || (f & ~def.allowedFlags()) != 0) {
            return false;
        }
        flags = f;
        return (f & HllOpCode.CREATE_ONLY) == 0 || (f & HllOpCode.UPDATE_ONLY) == 0;
    }

    private boolean readElements(HllArgs in) {
        int n = in.arrayHeader();
        if (n <= 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (in.nextIsArray() || in.nextIsMap()) {
                return false;
            }
            byte[] raw = in.rawElement();
            if (raw == null) {
                return false;
            }
            elements.add(ElementHash.normalize(raw));
        }
        return true;
    }

    private boolean readSketches(HllArgs in) {
        int n = 1;
        if (in.nextIsArray()) {
            n = in.arrayHeader();
            if (n <= 0) {
                return false;
            }
        }
        for (int i = 0; i < n; i++) {
            byte[] b = in.bytes();
            // The payload starts with a particle type byte, which is ignored.
            if (b == null || b.length < HllSketch.HEADER + 1 || b[1] != 0) {
                return false;
            }
            int ib = b[2] & 0xff;
            int mb = b[3] & 0xff;
            if (!HllSketch.validIndexBits(ib) || !HllSketch.validMinhashBits(mb)
                    || b.length - 1 != HllSketch.requiredSize(ib, mb)) {
                return false;
            }
            sketches.add(HllSketch.copyOf(b, 1, b.length - 1));
        }
        return true;
    }

    /** More than two sketches intersect only with equal, non-zero minhash bits. */
    private boolean intersectable() {
        if (sketches.size() <= 2) {
            return true;
        }
        int mb = sketches.get(0).minhashBits();
        for (HllSketch s : sketches) {
            if (s.minhashBits() != mb) {
                return false;
            }
        }
        return mb != 0;
    }
}
