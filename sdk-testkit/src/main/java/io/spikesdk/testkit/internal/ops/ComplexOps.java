package io.spikesdk.testkit.internal.ops;

import io.spikesdk.testkit.internal.exp.ExpressionFilter;
import io.spikesdk.testkit.internal.exp.ExpressionOps;

/**
 * The single place that chooses the engines behind the complex-op and filter seams. Each server
 * instance asks here once, at construction.
 */
public final class ComplexOps {
    private ComplexOps() {
    }

    /** The handler for op codes 3, 4, 7, 8, 12, 13, 15, 16. */
    public static ComplexOpHandler defaultHandler() {
        return new EngineComplexOps(new ExpressionOps());
    }

    /** The evaluator for FILTER_EXP fields. */
    public static FilterEvaluator defaultFilterEvaluator() {
        return new ExpressionFilter();
    }
}
