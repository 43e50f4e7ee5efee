package io.spikesdk.testkit.internal.record;

import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.core.internal.protocol.OpType;
import io.spikesdk.api.ParticleType;
import io.spikesdk.testkit.internal.ops.ComplexOpHandler;
import io.spikesdk.testkit.internal.ops.ComplexOpResult;
import io.spikesdk.testkit.internal.storage.Bin;

/**
 * Applies one op of a command to the working record and records its reply entry (docs/wire-protocol.md §10).
 *
 * <p>Which ops leave an entry, as on the real server: under RESPOND_ALL_OPS every op but TOUCH and the
 * read-all op leaves exactly one (NULL when it has no result). Without it, an op leaves an entry only when it has
 * a result, except that inside a write a CDT / bit / HLL read of an existing bin and an expression read always
 * leave one (NULL when the result is empty); a pure read command never adds such NULL entries.
 */
final class OpExecutor {
    /** Where the op runs: the entry rules of a read command and of a write (operate) command differ. */
    enum Mode {
        READ, WRITE
    }

    private final ComplexOpHandler complex;

    OpExecutor(ComplexOpHandler complex) {
        this.complex = complex;
    }

    void apply(MessageView msg, int i, WorkingRecord work, ResultEntries entries, boolean respondAll, Mode mode)
            throws CommandFailure {
        int op = msg.opType(i);
        String name = msg.opNameLatin1(i);
        int type = msg.opParticleType(i);
        switch (op) {
            case OpType.READ:
                read(work, entries, name, respondAll);
                return;
            case OpType.WRITE:
                if (type == ParticleType.NULL) {
                    work.remove(name);
                } else {
                    work.set(new Bin(name, type, Particles.normalize(type, msg.opValue(i))));
                }
                break;
            case OpType.INCR:
            case OpType.APPEND:
            case OpType.PREPEND:
                work.set(BasicOps.modify(op, name, work.bin(name), type, msg.opValue(i)));
                break;
            case OpType.TOUCH:
                return;
            case OpType.DELETE:
                work.clear();
                break;
            case OpType.CDT_READ: case OpType.CDT_MODIFY: case OpType.EXP_READ: case OpType.EXP_MODIFY:
            case OpType.BIT_READ: case OpType.BIT_MODIFY: case OpType.HLL_READ: case OpType.HLL_MODIFY:
                applyComplex(op, name, type, msg.opValue(i), work, entries, respondAll, mode);
                return;
            default:
                throw Particles.parameterError();
        }
        if (respondAll) {
            entries.addNull(op, name);
        }
    }

    private static void read(WorkingRecord work, ResultEntries entries, String name, boolean respondAll) {
        Bin bin = work.bin(name);
        if (bin != null) {
            entries.addBin(bin);
        } else if (respondAll) {
            entries.addNull(OpType.READ, name);
        }
    }

    private void applyComplex(int op, String name, int type, byte[] value, WorkingRecord work, ResultEntries entries,
            boolean respondAll, Mode mode) throws CommandFailure {
        boolean binExisted = work.bin(name) != null;
        ComplexOpResult r = complex.execute(op, name, work.bin(name), type, value, work);
        if (r.resultCode() != 0) {
            throw new CommandFailure(r.resultCode());
        }
        switch (r.binChange()) {
            case SET:
                work.set(new Bin(name, r.newType(), r.newValue()));
                break;
            case DELETE:
                work.remove(name);
                break;
            default:
                break;
        }
        if (r.hasResult()) {
            entries.add(op, name, r.resultType(), r.resultValue());
        } else if (respondAll || (mode == Mode.WRITE && readKeepsSlot(op, binExisted))) {
            entries.addNull(op, name);
        }
    }

    /** Inside a write, a read that ran (expression reads always run, bin reads when the bin exists) keeps a slot. */
    private static boolean readKeepsSlot(int op, boolean binExisted) {
        switch (op) {
            case OpType.EXP_READ:
                return true;
            case OpType.CDT_READ:
            case OpType.BIT_READ:
            case OpType.HLL_READ:
                return binExisted;
            default:
                return false;
        }
    }
}
