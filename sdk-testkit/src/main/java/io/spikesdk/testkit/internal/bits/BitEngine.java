package io.spikesdk.testkit.internal.bits;

import io.spikesdk.api.ParticleType;
import io.spikesdk.core.internal.protocol.Bytes;

import static io.spikesdk.testkit.internal.bits.BitFlags.CREATE_ONLY;
import static io.spikesdk.testkit.internal.bits.BitFlags.NO_FAIL;
import static io.spikesdk.testkit.internal.bits.BitFlags.UPDATE_ONLY;

/**
 * Runs bit ops on blob bins with the real server's rules (docs/cdt-and-expressions.md §7.1; particle_blob.c).
 *
 * <p>Order of checks for a modify: the op is parsed (4); an existing bin fails CREATE_ONLY (6, NO_FAIL: no-op) and
 * must be a blob (12); an absent bin may only be created by RESIZE or INSERT without UPDATE_ONLY (17, NO_FAIL:
 * no-op); then the op's window rules apply. A read of an absent bin is not even parsed: it succeeds without a
 * result; on an existing bin it is parsed (4), type-checked (12) and must lie inside the blob (26).
 */
public final class BitEngine {
    /** Op type of bit reads on the wire. */
    public static final int BIT_READ = 12;
    /** Op type of bit modifies on the wire. */
    public static final int BIT_MODIFY = 13;

    private BitEngine() {
    }

    /**
     * A BIT_READ / BIT_MODIFY op from a client command: a modify's particle type must be BLOB (12), as must a read's
     * when the bin exists.
     *
     * @param binType the bin's particle type, or 0 when absent ({@code binValue} null)
     */
    public static BitResult fromClient(int opType, int opParticleType, int binType, byte[] binValue, byte[] program) {
        boolean read = opType == BIT_READ;
        if (opParticleType != ParticleType.BLOB && (!read || binValue != null)) {
            return BitResult.failure(BitException.BIN_TYPE_ERROR);
        }
        return read ? read(binType, binValue, program) : modify(binType, binValue, program);
    }

    /** A bit read; an absent bin ({@code binValue} null) gives no result. */
    public static BitResult read(int binType, byte[] binValue, byte[] program) {
        if (binValue == null) {
            return BitResult.none();
        }
        try {
            BitOp op = BitOpParser.parse(program, true);
            if (binType != ParticleType.BLOB) {
                throw new BitException(BitException.BIN_TYPE_ERROR, "bit read on a bin of type " + binType);
            }
            Object r = BitReadOps.apply(op, binValue);
            if (r instanceof byte[] bytes) {
                return BitResult.read(ParticleType.BLOB, bytes);
            }
            byte[] v = new byte[8];
            Bytes.putLong(v, 0, (Long) r);
            return BitResult.read(ParticleType.INTEGER, v);
        } catch (BitException e) {
            return BitResult.failure(e.resultCode());
        }
    }

    /** A bit modify; the new blob is null when the bin stays unchanged (or absent). */
    public static BitResult modify(int binType, byte[] binValue, byte[] program) {
        try {
            BitOp op = BitOpParser.parse(program, false);
            if (binValue != null) {
                if (op.has(CREATE_ONLY)) {
                    return noFail(op, new BitException(BitException.BIN_EXISTS, "CREATE_ONLY on an existing bin"));
                }
                if (binType != ParticleType.BLOB) {
                    throw new BitException(BitException.BIN_TYPE_ERROR, "bit modify on a bin of type " + binType);
                }
            } else if ((op.code() != BitFlags.INSERT && op.code() != BitFlags.RESIZE) || op.has(UPDATE_ONLY)) {
                return noFail(op, new BitException(BitException.BIN_NOT_FOUND, "bit op would create the bin"));
            }
            byte[] out = BitModifyOps.apply(op, binValue);
            return out == null ? BitResult.none() : BitResult.modified(out);
        } catch (BitException e) {
            return BitResult.failure(e.resultCode());
        }
    }

    private static BitResult noFail(BitOp op, BitException failure) throws BitException {
        if (op.has(NO_FAIL)) {
            return BitResult.none();
        }
        throw failure;
    }
}
