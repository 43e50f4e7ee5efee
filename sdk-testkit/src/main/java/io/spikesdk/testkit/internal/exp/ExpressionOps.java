package io.spikesdk.testkit.internal.exp;

import io.spikesdk.core.internal.protocol.OpType;
import io.spikesdk.api.ParticleType;
import io.spikesdk.testkit.internal.cdt.CdtEngine;
import io.spikesdk.testkit.internal.cdt.CdtException;
import io.spikesdk.testkit.internal.cdt.CdtResult;
import io.spikesdk.testkit.internal.cdt.Element;
import io.spikesdk.testkit.internal.cdt.MpInt;
import io.spikesdk.testkit.internal.cdt.MpList;
import io.spikesdk.testkit.internal.cdt.MpNil;
import io.spikesdk.testkit.internal.cdt.MsgpackReader;
import io.spikesdk.testkit.internal.ops.ComplexOpHandler;
import io.spikesdk.testkit.internal.ops.ComplexOpResult;
import io.spikesdk.testkit.internal.ops.RecordView;
import io.spikesdk.testkit.internal.storage.Bin;

/**
 * EXP_READ (7) and EXP_MODIFY (8): the op value is {@code [expression, flags]} (flags optional). The flag checks
 * and the nil / UNKNOWN rules follow docs/cdt-and-expressions.md §8.6 as corrected by docs/embedded-server.md C4,
 * including the server's {@code flags && ...} quirk: a nil result on an existing bin fails with 26 only when the flags
 * word is 0. Never throws: malformed input answers PARAMETER_ERROR (4).
 */
public final class ExpressionOps implements ComplexOpHandler {
    static final int CREATE_ONLY = 1;
    static final int UPDATE_ONLY = 2;
    static final int ALLOW_DELETE = 4;
    static final int POLICY_NO_FAIL = 8;
    static final int EVAL_NO_FAIL = 16;
    private static final int BIN_EXISTS = 6;
    private static final int BIN_NOT_FOUND = 17;
    private static final int OP_NOT_APPLICABLE = 26;
    private static final byte[] EMPTY = new byte[0];

    @Override
    public ComplexOpResult execute(int opType, String binName, Bin current, int valueParticleType, byte[] value,
            RecordView record) {
        try {
            MpList op = opValue(value);
            long flags = op.size() == 2 ? ExpCompiler.staticInt(op.items.get(1)) : 0;
            Program program = Program.of(op.items.get(0));
            if (opType == OpType.EXP_READ) {
                return read(program, flags, record);
            }
            if (opType == OpType.EXP_MODIFY) {
                return modify(program, flags, current, record);
            }
            return ComplexOpResult.error(ExpException.PARAMETER_ERROR);
        } catch (ExpException e) {
            return ComplexOpResult.error(e.resultCode());
        } catch (RuntimeException | StackOverflowError e) {
            return ComplexOpResult.error(ExpException.PARAMETER_ERROR);
        }
    }

    private static MpList opValue(byte[] value) throws ExpException {
        Element e;
        try {
            e = MsgpackReader.readFully(value);
        } catch (CdtException ex) {
            throw ExpException.param("invalid expression op value");
        }
        if (!(e instanceof MpList l) || l.flags != 0 || l.size() < 1 || l.size() > 2
                || (l.size() == 2 && !(l.items.get(1) instanceof MpInt))) {
            throw ExpException.param("expression op value must be [expression, flags]");
        }
        return l;
    }

    private static ComplexOpResult read(Program program, long flags, RecordView record) throws ExpException {
        if ((flags & ~EVAL_NO_FAIL) != 0) {
            throw ExpException.param("invalid EXP_READ flags " + flags);
        }
        Element result = program.run(record);
        if (result instanceof MpNil) {
            return noEntry();
        }
        Values.BinValue p = result == null ? null : Values.toParticle(result);
        if (p == null) {
            return (flags & EVAL_NO_FAIL) != 0 ? noEntry() : ComplexOpResult.error(OP_NOT_APPLICABLE);
        }
        return ComplexOpResult.read(p.type(), p.bytes());
    }

    private static ComplexOpResult modify(Program program, long flags, Bin current, RecordView record)
            throws ExpException {
        if ((flags & ~(CREATE_ONLY | UPDATE_ONLY | ALLOW_DELETE | POLICY_NO_FAIL | EVAL_NO_FAIL)) != 0) {
            throw ExpException.param("invalid EXP_MODIFY flags " + flags);
        }
        boolean policyNoFail = (flags & POLICY_NO_FAIL) != 0;
        if (current != null && (flags & CREATE_ONLY) != 0) {
            return policyNoFail ? noEntry() : ComplexOpResult.error(BIN_EXISTS);
        }
        if (current == null && (flags & UPDATE_ONLY) != 0) {
            return policyNoFail ? noEntry() : ComplexOpResult.error(BIN_NOT_FOUND);
        }
        Element result = program.run(record);
        if (result instanceof MpNil) {
            if (current == null) {
                return noEntry();
            }
            if ((flags & ALLOW_DELETE) != 0) {
                return new ComplexOpResult(0, ComplexOpResult.BinChange.DELETE, 0, EMPTY, -1, EMPTY);
            }
            return flags == 0 ? ComplexOpResult.error(OP_NOT_APPLICABLE) : noEntry();
        }
        Values.BinValue p = result == null ? null : storable(Values.toParticle(result));
        if (p == null) {
            return (flags & EVAL_NO_FAIL) != 0 ? noEntry() : ComplexOpResult.error(OP_NOT_APPLICABLE);
        }
        return ComplexOpResult.modify(p.type(), p.bytes(), -1, EMPTY);
    }

    /** Lists and maps are stored in the server's canonical form; null when the value cannot be stored. */
    private static Values.BinValue storable(Values.BinValue p) {
        if (p == null || (p.type() != ParticleType.LIST && p.type() != ParticleType.MAP)) {
            return p;
        }
        CdtResult prepared = CdtEngine.prepareWrite(p.type(), p.bytes());
        return prepared.resultCode() != 0 ? null : new Values.BinValue(p.type(), prepared.newBinValue());
    }

    private static ComplexOpResult noEntry() {
        return ComplexOpResult.read(-1, EMPTY);
    }
}
