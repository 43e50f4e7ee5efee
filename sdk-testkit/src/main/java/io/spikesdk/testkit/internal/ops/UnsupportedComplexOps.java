package io.spikesdk.testkit.internal.ops;

import io.spikesdk.api.ResultCode;
import io.spikesdk.testkit.internal.storage.Bin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The placeholder behind the complex-op and filter seams until the CDT/expression engine is wired
 * in (see {@link ComplexOps}): every request is answered PARAMETER_ERROR (4) and logged.
 */
final class UnsupportedComplexOps implements ComplexOpHandler, FilterEvaluator {
    private static final Logger LOG = LoggerFactory.getLogger(UnsupportedComplexOps.class);

    @Override
    public ComplexOpResult execute(int opType, String binName, Bin current, int valueParticleType, byte[] value,
            RecordView record) {
        LOG.warn("op type {} on bin '{}' is not supported by the embedded server yet; answering {}", opType, binName,
                ResultCode.PARAMETER_ERROR.code());
        return ComplexOpResult.error(ResultCode.PARAMETER_ERROR.code());
    }

    @Override
    public int evaluate(byte[] expression, RecordView record) {
        LOG.warn("filter expressions are not supported by the embedded server yet; answering {}",
                ResultCode.PARAMETER_ERROR.code());
        return ResultCode.PARAMETER_ERROR.code();
    }
}
