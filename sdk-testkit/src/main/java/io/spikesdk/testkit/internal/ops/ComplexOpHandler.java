package io.spikesdk.testkit.internal.ops;

import io.spikesdk.testkit.internal.storage.Bin;

/**
 * Executes the op codes whose payload is a msgpack program rather than a plain value:
 * CDT_READ (3), CDT_MODIFY (4), EXP_READ (7), EXP_MODIFY (8), BIT_READ (12), BIT_MODIFY (13),
 * HLL_READ (15) and HLL_MODIFY (16).
 *
 * <p>The record executor calls it once per such op, in op order, under the record's lock, with the
 * bin as it stands after the previous ops. The executor applies the returned bin change, adds the
 * result entry (or a NULL entry where the server keeps the op's slot without a result), and fails the
 * whole command on a non-zero result code.
 */
public interface ComplexOpHandler {

    /**
     * @param opType one of the op codes above
     * @param binName the op's bin name (ISO-8859-1 text of the wire bytes)
     * @param current the bin before the op, or null when absent
     * @param valueParticleType the op's particle type byte (clients send 4 or 20 for msgpack)
     * @param value the op's value bytes (the msgpack program), not to be modified
     * @param record the record the op runs against
     */
    ComplexOpResult execute(int opType, String binName, Bin current, int valueParticleType, byte[] value,
            RecordView record);
}
