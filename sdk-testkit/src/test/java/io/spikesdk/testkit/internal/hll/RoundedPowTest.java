package io.spikesdk.testkit.internal.hll;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The double-double power against a 60-digit BigDecimal reference, rounded once. */
class RoundedPowTest {
    private static final MathContext MC = new MathContext(60);

    private static double reference(int k, long y) {
        BigDecimal d = BigDecimal.ONE.divide(BigDecimal.valueOf(2).pow(k));
        BigDecimal ln = BigDecimal.ZERO;
        BigDecimal power = d;
        for (int j = 1; j < 400; j++) {
            ln = ln.subtract(power.divide(BigDecimal.valueOf(j), MC), MC);
            power = power.multiply(d, MC);
        }
        BigDecimal t = ln.multiply(BigDecimal.valueOf(y), MC);
        // e^t = (e^(t/2^20))^(2^20), the small power by its series.
        BigDecimal small = t.divide(BigDecimal.valueOf(1 << 20), MC);
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        for (int n = 1; n < 30; n++) {
            term = term.multiply(small, MC).divide(BigDecimal.valueOf(n), MC);
            sum = sum.add(term, MC);
        }
        for (int i = 0; i < 20; i++) {
            sum = sum.multiply(sum, MC);
        }
        return sum.doubleValue();
    }

    @Test
    void matchesTheCorrectlyRoundedValue() {
        Random random = new Random(3);
        for (int i = 0; i < 300; i++) {
            int k = 1 + random.nextInt(40);
            long y = 1 + (long) (Math.pow(10, random.nextInt(7)) * random.nextDouble());
            double x = 1 - Math.scalb(1.0, -k);
            assertEquals(reference(k, y), RoundedPow.pow(x, y), "(1 - 2^-" + k + ")^" + y);
        }
        assertEquals(1.0, RoundedPow.pow(0.5, 0));
        assertEquals(0.0, RoundedPow.pow(0.5, 5000));
    }
}
