package io.spikesdk.testkit.internal.cdt;

/**
 * INCREMENT / DECREMENT type rules (docs/cdt-and-expressions.md §6.6): int + int wraps; int + double adds the truncated
 * double and stays int; double + anything is double; a missing element starts at 0 (int) or 0.0 (double delta); an
 * omitted or nil delta is 1. A non-numeric element or delta is PARAMETER_ERROR.
 */
final class Arithmetic {
    private Arithmetic() {
    }

    /**
     * @param current the existing element, or null when absent
     * @param delta   the delta argument, or null when omitted
     * @param negate  true for DECREMENT
     */
    static Element add(Element current, Element delta, boolean negate) throws CdtException {
        boolean deltaIsDouble;
        long dl = 1;
        double dd = 0;
        if (delta == null || delta instanceof MpNil) {
            deltaIsDouble = false;
        } else if (delta instanceof MpInt i) {
            deltaIsDouble = false;
            dl = i.value();
        } else if (delta instanceof MpFloat f) {
            deltaIsDouble = true;
            dd = f.value();
        } else {
            throw CdtException.param("increment delta must be numeric");
        }
        if (negate) {
            dl = -dl;
            dd = -dd;
        }
        if (current == null) {
            return deltaIsDouble ? MpFloat.ofDouble(0.0 + dd) : MpInt.of(dl);
        }
        if (current instanceof MpInt i) {
            return MpInt.of(i.value() + (deltaIsDouble ? truncate(dd) : dl));
        }
        if (current instanceof MpFloat f) {
            return MpFloat.ofDouble(f.value() + (deltaIsDouble ? dd : (double) dl));
        }
        throw CdtException.param("increment target must be numeric");
    }

    /** C's double-to-int64 cast on x86: NaN and values out of range give INT64_MIN (a 1e300 delta adds INT64_MIN). */
    static long truncate(double d) {
        if (Double.isNaN(d) || d >= 0x1p63 || d < -0x1p63) {
            return Long.MIN_VALUE;
        }
        return (long) d;
    }
}
