package io.spikesdk.testkit.internal.exp;

import io.spikesdk.testkit.internal.cdt.Element;
import io.spikesdk.testkit.internal.cdt.MpBool;
import io.spikesdk.testkit.internal.ops.FilterEvaluator;
import io.spikesdk.testkit.internal.ops.RecordView;

/**
 * The FILTER_EXP evaluator: TRUE lets the command proceed (0); FALSE and UNKNOWN filter the record out
 * (FILTERED_OUT 27, docs/cdt-and-expressions.md §8.1); a malformed expression or one whose static type is not boolean
 * answers PARAMETER_ERROR (4). Never throws.
 */
public final class ExpressionFilter implements FilterEvaluator {
    static final int FILTERED_OUT = 27;

    @Override
    public int evaluate(byte[] expression, RecordView record) {
        try {
            Program program = Program.compile(expression);
            if (!ExpType.BOOL.accepts(program.type())) {
                return ExpException.PARAMETER_ERROR;
            }
            return program.run(record) instanceof MpBool b && b.value() ? 0 : FILTERED_OUT;
        } catch (ExpException e) {
            return e.resultCode();
        } catch (RuntimeException | StackOverflowError e) {
            return ExpException.PARAMETER_ERROR;
        }
    }

    @Override
    public Trilean evaluateMetadata(byte[] expression, RecordView record) {
        try {
            Element v = Program.compile(expression).runOnMetadata(record);
            return v instanceof MpBool b ? (b.value() ? Trilean.TRUE : Trilean.FALSE) : Trilean.UNKNOWN;
        } catch (ExpException | RuntimeException | StackOverflowError e) {
            return Trilean.UNKNOWN;
        }
    }

    @Override
    public int validate(byte[] expression) {
        try {
            return ExpType.BOOL.accepts(Program.compile(expression).type()) ? 0 : ExpException.PARAMETER_ERROR;
        } catch (ExpException e) {
            return e.resultCode();
        } catch (RuntimeException | StackOverflowError e) {
            return ExpException.PARAMETER_ERROR;
        }
    }
}
