package io.spikesdk.testkit.internal.hll;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code x^y} correctly rounded, for the {@code x = 1 - 2^-k} and integral {@code y >= 0} of the similarity
 * collision estimate. The real server uses C {@code pow}, which glibc rounds correctly in practice; {@link Math#pow}
 * may be an ulp off, which would change the similarity the server reports. Computed as {@code e^(y ln x)} in
 * double-double arithmetic (about 100 bits), rounded once.
 */
final class RoundedPow {
    private static final double LN2_HI = 0.6931471805599453;
    private static final double LN2_LO = 2.3190468138462996e-17;
    /** Below this, {@code e^t} is under half the smallest subnormal and rounds to 0. */
    private static final double UNDERFLOW = -746;
    private static final int MAX_K = 1100;
    private static final double[][] LOG_ONE_MINUS = new double[MAX_K][];

    private RoundedPow() {
    }

    static double pow(double x, double y) {
        if (y == 0 || x == 1) {
            return 1.0;
        }
        double d = 1 - x;
        int k = -Math.getExponent(d);
        if (!(x >= 0.5 && x < 1) || d != Math.scalb(1.0, -k) || !(y > 0) || Double.isInfinite(y) || y != Math.rint(y)) {
            return Math.pow(x, y);
        }
        double[] ln = logOneMinusPowerOfTwo(k);
        double[] t = mulDouble(ln, y);
        if (t[0] < UNDERFLOW) {
            return 0.0;
        }
        return exp(t);
    }

    /** {@code ln(1 - 2^-k) = -(d + d^2/2 + d^3/3 + ...)} with {@code d = 2^-k}, as a double-double. */
    private static synchronized double[] logOneMinusPowerOfTwo(int k) {
        if (LOG_ONE_MINUS[k] == null) {
            int terms = 1;
            while ((long) k * terms < 115) {
                terms++;
            }
            double[] sum = {0, 0};
            for (int j = terms; j >= 1; j--) {
                sum = add(sum, divDouble(new double[] {Math.scalb(1.0, -k * j), 0}, j));
            }
            LOG_ONE_MINUS[k] = new double[] {-sum[0], -sum[1]};
        }
        return LOG_ONE_MINUS[k];
    }

    private static double exp(double[] t) {
        long m = Math.round(t[0] / LN2_HI);
        double[] r = add(t, mulDouble(new double[] {-LN2_HI, -LN2_LO}, m));
        double[] sum = {1, 0};
        double[] term = {1, 0};
        for (int n = 1; n < 40 && Math.abs(term[0]) > 1e-34; n++) {
            term = divDouble(mul(term, r), n);
            sum = add(sum, term);
        }
        if (m >= -1020) {
            return Math.scalb(sum[0], (int) m);
        }
        // Subnormal: round the exact product once.
        BigDecimal exact = new BigDecimal(sum[0]).add(new BigDecimal(sum[1]));
        BigDecimal scale = BigDecimal.ONE.divide(BigDecimal.valueOf(2).pow((int) -m));
        return exact.multiply(scale, new MathContext(400, RoundingMode.HALF_EVEN)).doubleValue();
    }

    private static double[] quickTwoSum(double a, double b) {
        double s = a + b;
        return new double[] {s, b - (s - a)};
    }

    private static double[] add(double[] a, double[] b) {
        double s = a[0] + b[0];
        double bb = s - a[0];
        double e = (a[0] - (s - bb)) + (b[0] - bb);
        double t = a[1] + b[1];
        double tb = t - a[1];
        double f = (a[1] - (t - tb)) + (b[1] - tb);
        e += t;
        double[] n = quickTwoSum(s, e);
        return quickTwoSum(n[0], n[1] + f);
    }

    private static double[] mul(double[] a, double[] b) {
        double p = a[0] * b[0];
        double e = Math.fma(a[0], b[0], -p) + (a[0] * b[1] + a[1] * b[0]);
        return quickTwoSum(p, e);
    }

    private static double[] mulDouble(double[] a, double d) {
        double p = a[0] * d;
        double e = Math.fma(a[0], d, -p) + a[1] * d;
        return quickTwoSum(p, e);
    }

    private static double[] divDouble(double[] a, double d) {
        double q1 = a[0] / d;
        double p = q1 * d;
        double pe = Math.fma(q1, d, -p);
        double r = ((a[0] - p) - pe) + a[1];
        return quickTwoSum(q1, r / d);
    }
}
