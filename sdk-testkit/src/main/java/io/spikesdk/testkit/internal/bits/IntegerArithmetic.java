package io.spikesdk.testkit.internal.bits;

/**
 * ADD and SUBTRACT on an n-bit field, with the real server's overflow rules. Unsigned: a carry (result below the
 * old value) or a borrow (result above it). Signed: the server only sees an overflow when both operands have the
 * same strict sign and the result has the strictly opposite one, so e.g. {@code -128 + -128} in 8 bits yields 0
 * without an overflow, and SUBTRACT checks {@code old + (-value)} with {@code -value} taken in 64 bits.
 */
final class IntegerArithmetic {
    private IntegerArithmetic() {
    }

    /** The new field value, or null on an overflow with the FAIL action. */
    static Long apply(BitOp op, long load, int n) {
        long mask = Bits.mask(n);
        long value = op.value() & mask;
        boolean add = op.code() == BitFlags.ADD;
        long result = (add ? load + value : load - value) & mask;
        if (op.hasSub(BitFlags.WRAP)) {
            return result;
        }
        boolean saturate = op.hasSub(BitFlags.SATURATE);
        if (op.hasSub(BitFlags.SIGNED)) {
            return signedOverflow(n, saturate, load, add ? value : -value, result);
        }
        boolean overflow = add ? Long.compareUnsigned(result, load) < 0 : Long.compareUnsigned(result, load) > 0;
        if (!overflow) {
            return result;
        }
        if (!saturate) {
            return null;
        }
        return add ? mask : 0L;
    }

    private static Long signedOverflow(int n, boolean saturate, long load, long value, long result) {
        long sResult = Bits.signExtend(result, n);
        long sLoad = Bits.signExtend(load, n);
        long sValue = Bits.signExtend(value, n);
        if (sLoad < 0 && sValue < 0 && sResult > 0) {
            return saturate ? 1L << (n - 1) : null;
        }
        if (sLoad > 0 && sValue > 0 && sResult < 0) {
            return saturate ? Bits.mask(n) >>> 1 : null;
        }
        return result;
    }
}
