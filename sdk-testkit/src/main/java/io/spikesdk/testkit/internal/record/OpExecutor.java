package io.spikesdk.testkit.internal.record;

import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.core.internal.protocol.OpType;
import io.spikesdk.api.ParticleType;
import io.spikesdk.testkit.internal.ops.ComplexOpHandler;
import io.spikesdk.testkit.internal.ops.ComplexOpResult;
import io.spikesdk.testkit.internal.storage.Bin;

/** Applies one op of a command to the working record and records its reply entry (wire doc §10). */
final class OpExecutor {
    private final ComplexOpHandler complex;

    OpExecutor(ComplexOpHandler complex) {
        this.complex = complex;
    }

    void apply(MessageView msg, int i, WorkingRecord work, ResultEntries entries, boolean respondAll)
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
                work.set(BasicOps.increment(name, work.bin(name), type, msg.opValue(i)));
                break;
            case OpType.APPEND:
            case OpType.PREPEND:
                work.set(BasicOps.concat(name, work.bin(name), type, msg.opValue(i), op == OpType.APPEND));
                break;
            case OpType.TOUCH:
                return;
            case OpType.DELETE:
                work.clear();
                break;
            default:
                applyComplex(op, name, type, msg.opValue(i), work, entries, respondAll);
                return;
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
            boolean respondAll) throws CommandFailure {
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
        } else if (respondAll) {
            entries.addNull(op, name);
        }
    }
}
