package io.spikesdk.testkit.internal.hll;

import java.util.List;

/**
 * The real server's estimators, with its floating-point operations in its order: the count (Ertl 2017,
 * algorithm 6), union, intersection (inclusion-exclusion without minhash bits, HyperMinHash similarity times union
 * with them) and Jaccard similarity.
 */
final class Estimates {
    private static final int MAX_HLL_VALUE = 1 << HllSketch.HLL_BITS;
    /** The NaN an x86 division 0/0 produces (sign bit set), which the server sends for 0 / 0. */
    private static final double X86_DEFAULT_NAN = Double.longBitsToDouble(0xfff8000000000000L);

    private Estimates() {
    }

    /** The cached count when non-zero, else the estimate. */
    static long cardinality(HllSketch s) {
        long cache = s.cache();
        if (cache != 0) {
            return cache;
        }
        int n = s.registerCount();
        int[] c = new int[MAX_HLL_VALUE + 1];
        for (int r = 0; r < n; r++) {
            c[s.hllValue(r)]++;
        }
        double z = n * tau(c[MAX_HLL_VALUE] / (double) n);
        for (int k = MAX_HLL_VALUE; k > 0; k--) {
            z = 0.5 * (z + c[k]);
        }
        z += n * sigma(c[0] / (double) n);
        return roundHalfAway(alpha(s.indexBits()) * n * n / z);
    }

    static long unionCardinality(List<HllSketch> sketches) {
        return cardinality(SketchAlgebra.unionOf(sketches));
    }

    static long intersectCardinality(List<HllSketch> sketches) {
        if (SketchAlgebra.emptyTemplate(sketches).minhashBits() == 0) {
            return inclusionExclusion(sketches);
        }
        double j = similarity(sketches);
        if (Double.isNaN(j)) {
            return 0;
        }
        return roundHalfAway(unsignedToDouble(unionCardinality(sketches)) * j);
    }

    static double similarity(List<HllSketch> sketches) {
        HllSketch template = SketchAlgebra.emptyTemplate(sketches);
        if (template.minhashBits() == 0) {
            double r = unsignedToDouble(intersectCardinality(sketches)) / unsignedToDouble(unionCardinality(sketches));
            return Double.isNaN(r) ? X86_DEFAULT_NAN : r;
        }
        boolean oneHasData = false;
        boolean oneIsEmpty = false;
        for (HllSketch s : sketches) {
            if (s.hasData()) {
                oneHasData = true;
            } else {
                oneIsEmpty = true;
            }
        }
        if (oneIsEmpty) {
            return oneHasData ? 0.0 : Double.NaN;
        }
        int nUnion = SketchAlgebra.unionOf(sketches).usedRegisters();
        HllSketch agg = SketchAlgebra.emptyTemplate(sketches);
        SketchAlgebra.union(agg, sketches.get(0));
        for (int i = 1; i < sketches.size(); i++) {
            SketchAlgebra.intersectOne(agg, sketches.get(i));
        }
        int nIntersect = agg.usedRegisters();
        double ec = 0.0;
        if (sketches.size() == 2) {
            ec = expectedCollisions(template, cardinality(sketches.get(0)), cardinality(sketches.get(1)));
        }
        double result = (nIntersect - ec) / (double) nUnion;
        return result < 0.0 ? 0.0 : result;
    }

    private static long inclusionExclusion(List<HllSketch> sketches) {
        long cu = unionCardinality(sketches);
        long sum = 0;
        for (HllSketch s : sketches) {
            long c = cardinality(s);
            if (Long.compareUnsigned(sum + c, sum) < 0) {
                sum = -1L;
                break;
            }
            sum += c;
        }
        if (sketches.size() == 2) {
            return Long.compareUnsigned(sum, cu) > 0 ? sum - cu : 0;
        }
        long sumIntersect = intersectCardinality(sketches.subList(0, 2))
                + intersectCardinality(sketches.subList(1, 3))
                + intersectCardinality(List.of(sketches.get(0), sketches.get(2)));
        long result = cu - (sum - sumIntersect);
        return result < 0 ? 0 : result;
    }

    private static double expectedCollisions(HllSketch template, long card0, long card1) {
        double cp = 0.0;
        int n = template.registerCount();
        double x = unsignedToDouble(card0);
        double y = unsignedToDouble(card1);
        for (int i = 1; i <= MAX_HLL_VALUE; i++) {
            double b1 = i != MAX_HLL_VALUE ? Math.scalb(1.0, -i) : 0.0;
            double b2 = Math.scalb(1.0, -i + 1);
            b1 /= n;
            b2 /= n;
            double prX = RoundedPow.pow(1 - b1, x) - RoundedPow.pow(1 - b2, x);
            double prY = RoundedPow.pow(1 - b1, y) - RoundedPow.pow(1 - b2, y);
            cp += prX * prY;
        }
        return cp * n / Math.scalb(1.0, template.minhashBits());
    }

    private static double tau(double val) {
        if (val == 0.0 || val == 1.0) {
            return 0.0;
        }
        double zPrime;
        double y = 1.0;
        double z = 1 - val;
        do {
            val = Math.sqrt(val);
            zPrime = z;
            y *= 0.5;
            double d = 1 - val;
            z -= d * d * y;
        } while (zPrime != z);
        return z / 3;
    }

    private static double sigma(double val) {
        if (val == 1.0) {
            return Double.POSITIVE_INFINITY;
        }
        double zPrime;
        double y = 1;
        double z = val;
        do {
            val *= val;
            zPrime = z;
            z += val * y;
            y += y;
        } while (zPrime != z);
        return z;
    }

    private static double alpha(int indexBits) {
        switch (indexBits) {
            case 4:
                return 0.673;
            case 5:
                return 0.697;
            case 6:
                return 0.709;
            default:
                return 0.7213 / (1.0 + 1.079 / (1 << indexBits));
        }
    }

    /** C {@code llround}: halves away from zero (the estimates are never negative). */
    static long roundHalfAway(double v) {
        if (Double.isNaN(v)) {
            return Long.MIN_VALUE;
        }
        double floor = Math.floor(v);
        double r = v - floor >= 0.5 ? floor + 1 : floor;
        return (long) r;
    }

    static double unsignedToDouble(long v) {
        if (v >= 0) {
            return v;
        }
        double half = (double) ((v >>> 1) | (v & 1));
        return half * 2.0;
    }
}
