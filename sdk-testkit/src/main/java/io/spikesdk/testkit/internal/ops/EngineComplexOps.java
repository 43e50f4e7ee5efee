package io.spikesdk.testkit.internal.ops;

import io.spikesdk.api.ParticleType;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.OpType;
import io.spikesdk.testkit.internal.bits.BitEngine;
import io.spikesdk.testkit.internal.bits.BitResult;
import io.spikesdk.testkit.internal.cdt.CdtEngine;
import io.spikesdk.testkit.internal.cdt.CdtResult;
import io.spikesdk.testkit.internal.exp.PathExpressionSupport;
import io.spikesdk.testkit.internal.hll.HllEngine;
import io.spikesdk.testkit.internal.hll.HllResult;
import io.spikesdk.testkit.internal.storage.Bin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes complex ops to their engines: list and map ops (CDT_READ / CDT_MODIFY) to {@link CdtEngine}, bit ops
 * (BIT_READ / BIT_MODIFY) to {@link BitEngine}, HLL ops (HLL_READ / HLL_MODIFY) to {@link HllEngine}. Any other
 * op type is answered PARAMETER_ERROR and logged.
 */
final class EngineComplexOps implements ComplexOpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(EngineComplexOps.class);

    private final ComplexOpHandler expressions;

    EngineComplexOps(ComplexOpHandler expressions) {
        this.expressions = expressions;
    }

    @Override
    public ComplexOpResult execute(int opType, String binName, Bin current, int valueParticleType, byte[] value,
            RecordView record) {
        switch (opType) {
            case OpType.CDT_READ:
            case OpType.CDT_MODIFY:
                return cdt(opType, current, value);
            case OpType.HLL_READ:
            case OpType.HLL_MODIFY:
                return hll(opType, current, value);
            case OpType.BIT_READ:
            case OpType.BIT_MODIFY:
                return bits(opType, current, valueParticleType, value);
            case OpType.EXP_READ:
            case OpType.EXP_MODIFY:
                return expressions.execute(opType, binName, current, valueParticleType, value, record);
            default:
                LOG.warn("op type {} on bin '{}' is not supported by the embedded server; answering {}",
                        opType, binName, ResultCode.PARAMETER_ERROR.code());
                return ComplexOpResult.error(ResultCode.PARAMETER_ERROR.code());
        }
    }

    private static ComplexOpResult hll(int opType, Bin current, byte[] value) {
        if (current == null && opType == OpType.HLL_READ) {
            return ComplexOpResult.read(-1, new byte[0]);
        }
        HllResult r = current == null
                ? HllEngine.execute(opType == OpType.HLL_MODIFY, 0, null, value)
                : HllEngine.execute(opType == OpType.HLL_MODIFY, current.type(), current.value(), value);
        if (r.resultCode() != 0) {
            return ComplexOpResult.error(r.resultCode());
        }
        if (r.newSketch() == null) {
            return ComplexOpResult.read(r.resultType(), r.resultValue());
        }
        return ComplexOpResult.modify(ParticleType.HLL, r.newSketch(), r.resultType(), r.resultValue());
    }

    private static ComplexOpResult cdt(int opType, Bin current, byte[] value) {
        CdtResult r = current == null
                ? CdtEngine.execute(opType, 0, null, value, PathExpressionSupport.INSTANCE)
                : CdtEngine.execute(opType, current.type(), current.value(), value, PathExpressionSupport.INSTANCE);
        if (r.resultCode() != 0) {
            return ComplexOpResult.error(r.resultCode());
        }
        ComplexOpResult.BinChange change = ComplexOpResult.BinChange.UNCHANGED;
        if (r.binChanged()) {
            change = r.newBinValue() == null ? ComplexOpResult.BinChange.DELETE : ComplexOpResult.BinChange.SET;
        }
        return new ComplexOpResult(0, change, r.newBinType(), r.newBinValue(),
                r.hasResult() ? r.resultType() : -1, r.hasResult() ? r.resultValue() : new byte[0]);
    }

    private static ComplexOpResult bits(int opType, Bin current, int valueParticleType, byte[] value) {
        BitResult r = current == null
                ? BitEngine.fromClient(opType, valueParticleType, 0, null, value)
                : BitEngine.fromClient(opType, valueParticleType, current.type(), current.value(), value);
        if (r.resultCode() != 0) {
            return ComplexOpResult.error(r.resultCode());
        }
        if (r.newBlob() != null) {
            return ComplexOpResult.modify(ParticleType.BLOB, r.newBlob(), -1, new byte[0]);
        }
        return r.hasResult() ? ComplexOpResult.read(r.resultType(), r.resultValue())
                : new ComplexOpResult(0, ComplexOpResult.BinChange.UNCHANGED, 0, new byte[0], -1, new byte[0]);
    }
}
