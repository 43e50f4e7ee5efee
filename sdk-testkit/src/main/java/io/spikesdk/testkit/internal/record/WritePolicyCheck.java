package io.spikesdk.testkit.internal.record;

import static io.spikesdk.core.internal.protocol.MsgFlags.INFO1_GET_ALL;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO1_READ;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_RESPOND_ALL_OPS;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO3_CREATE_OR_REPLACE;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO3_REPLACE_ONLY;

import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.core.internal.protocol.OpType;
import io.spikesdk.api.ParticleType;

/** The write path's structural rules for ops and header bits (wire doc §4, each violation ⇒ 4). */
final class WritePolicyCheck {
    private static final int MAX_OPS = 32_768;

    private WritePolicyCheck() {
    }

    static void check(MessageView msg) throws CommandFailure {
        boolean readBit = (msg.info1() & INFO1_READ) != 0;
        boolean getAll = (msg.info1() & INFO1_GET_ALL) != 0;
        boolean replace = (msg.info3() & (INFO3_CREATE_OR_REPLACE | INFO3_REPLACE_ONLY)) != 0;
        if (msg.opCount() > MAX_OPS || (getAll && (msg.info2() & INFO2_RESPOND_ALL_OPS) != 0)) {
            throw Particles.parameterError();
        }
        int readAllOps = 0;
        int resultOps = 0;
        for (int i = 0; i < msg.opCount(); i++) {
            int op = msg.opType(i);
            if (!isKnown(op)) {
                throw Particles.parameterError();
            }
            if (isRead(op) && !readBit) {
                throw Particles.parameterError();
            }
            if (replace && modifiesExisting(msg, i)) {
                throw Particles.parameterError();
            }
            if (op == OpType.READ && getAll && msg.opNameLength(i) == 0) {
                readAllOps++;
            } else if (producesResult(op)) {
                resultOps++;
            }
        }
        if (getAll && (readAllOps != 1 || resultOps > 0)) {
            throw new CommandFailure(ResultCode.PARAMETER_ERROR.code());
        }
    }

    private static boolean isKnown(int op) {
        return op >= OpType.READ && op <= OpType.HLL_MODIFY && op != 6;
    }

    static boolean isRead(int op) {
        return op == OpType.READ || op == OpType.CDT_READ || op == OpType.EXP_READ || op == OpType.BIT_READ
                || op == OpType.HLL_READ;
    }

    private static boolean producesResult(int op) {
        return isRead(op) || op == OpType.CDT_MODIFY || op == OpType.HLL_MODIFY;
    }

    /** Ops that only make sense on top of existing bins, forbidden with the replace actions. */
    private static boolean modifiesExisting(MessageView msg, int i) {
        switch (msg.opType(i)) {
            case OpType.TOUCH: case OpType.INCR: case OpType.APPEND: case OpType.PREPEND: case OpType.DELETE:
            case OpType.CDT_MODIFY: case OpType.BIT_MODIFY: case OpType.HLL_MODIFY:
                return true;
            case OpType.WRITE:
                return msg.opParticleType(i) == ParticleType.NULL;
            default:
                return false;
        }
    }
}
