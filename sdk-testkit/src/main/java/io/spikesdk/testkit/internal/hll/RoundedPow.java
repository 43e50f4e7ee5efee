package io.spikesdk.testkit.internal.hll;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code x^y} correctly rounded, for the {@code x} in [0.5, 1] and integral {@code y >= 0} of the similarity
 * collision estimate. The real server uses C {@code pow}, which glibc rounds correctly in practice; {@link Math#pow}
 * may be an ulp off, which would change the similarity the server reports.
 */
final class RoundedPow {
    private static final MathContext MC = new MathContext(64, RoundingMode.HALF_EVEN);
    private static final BigDecimal LN2 = logOneMinus(BigDecimal.valueOf(0.5)).negate();
    private static final Map<Double, BigDecimal> LOGS = new ConcurrentHashMap<>();
    /** Below this, {@code e^t} is under half the smallest subnormal and rounds to 0. */
    private static final double UNDERFLOW = -746;

    private RoundedPow() {
    }

    static double pow(double x, double y) {
        if (y == 0 || x == 1) {
            return 1.0;
        }
        if (!(x >= 0.5 && x < 1) || !(y > 0) || Double.isInfinite(y) || y != Math.rint(y)) {
            return Math.pow(x, y);
        }
        BigDecimal ln = LOGS.computeIfAbsent(x, k -> logOneMinus(BigDecimal.ONE.subtract(new BigDecimal(k))));
        BigDecimal t = ln.multiply(new BigDecimal(y), MC);
        if (t.doubleValue() < UNDERFLOW) {
            return 0.0;
        }
        return exp(t);
    }

    /** {@code ln(1 - d)} for {@code 0 < d <= 0.5}: {@code -(d + d^2/2 + d^3/3 + ...)}. */
    private static BigDecimal logOneMinus(BigDecimal d) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal power = d;
        BigDecimal epsilon = BigDecimal.ONE.movePointLeft(MC.getPrecision() + 10);
        for (int k = 1; power.compareTo(epsilon) > 0; k++) {
            sum = sum.add(power.divide(BigDecimal.valueOf(k), MC), MC);
            power = power.multiply(d, MC);
        }
        return sum.negate();
    }

    /** {@code e^t} for {@code UNDERFLOW <= t < 0}, rounded once to the nearest double (subnormals included). */
    private static double exp(BigDecimal t) {
        long m = Math.round(t.doubleValue() / Math.log(2));
        BigDecimal r = t.subtract(LN2.multiply(BigDecimal.valueOf(m), MC), MC);
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        BigDecimal epsilon = BigDecimal.ONE.movePointLeft(MC.getPrecision() + 5);
        for (int k = 1; term.abs().compareTo(epsilon) > 0; k++) {
            term = term.multiply(r, MC).divide(BigDecimal.valueOf(k), MC);
            sum = sum.add(term, MC);
        }
        if (m >= -1000) {
            return Math.scalb(sum.doubleValue(), (int) m);
        }
        BigDecimal scale = BigDecimal.ONE.divide(BigDecimal.valueOf(2).pow((int) -m));
        return sum.multiply(scale).doubleValue();
    }
}
