package io.spikesdk.testkit.internal.record;

import static io.spikesdk.core.internal.protocol.MsgFlags.INFO1_GET_ALL;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO1_READ;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_RESPOND_ALL_OPS;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO3_CREATE_OR_REPLACE;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO3_REPLACE_ONLY;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO3_UPDATE_ONLY;

import io.spikesdk.api.ParticleType;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.core.internal.protocol.OpType;

/**
 * The first step of a write, before the record is looked up: one pass over the ops in message order, as the real
 * server makes it. Per op a TOUCH only marks the write as must-not-create; any other op has its bin name checked
 * (21) and then its compatibility with the replace actions and with read-all (4). The READ bit, read-all and
 * GET_ALL rules are checked after the pass (4). Unknown ops pass here and fail where they are applied.
 */
final class WritePolicyCheck {
    static final int MAX_OPS = 32_768;

    /** What the ops and header decide about the record lookup and the starting bins. */
    record Outcome(boolean mustNotCreate, boolean replace) {
    }

    private WritePolicyCheck() {
    }

    static Outcome check(MessageView msg) throws CommandFailure {
        if (msg.opCount() == 0 || msg.opCount() > MAX_OPS) {
            throw Particles.parameterError();
        }
        boolean replace = (msg.info3() & (INFO3_CREATE_OR_REPLACE | INFO3_REPLACE_ONLY)) != 0;
        boolean mustNotCreate = (msg.info3() & (INFO3_UPDATE_ONLY | INFO3_REPLACE_ONLY)) != 0;
        boolean getAll = (msg.info1() & INFO1_GET_ALL) != 0;
        boolean hasRead = false;
        boolean hasReadAll = false;
        boolean producesResult = false;
        for (int i = 0; i < msg.opCount(); i++) {
            int op = msg.opType(i);
            if (op == OpType.TOUCH) {
                if (replace) {
                    throw Particles.parameterError();
                }
                mustNotCreate = true;
                continue;
            }
            RecordRequest.checkBinName(msg, i);
            if (replace && modifiesExisting(msg, i)) {
                throw Particles.parameterError();
            }
            if (getAll && op == OpType.READ && msg.opNameLength(i) == 0) {
                if ((msg.info2() & INFO2_RESPOND_ALL_OPS) != 0 || hasReadAll) {
                    throw Particles.parameterError();
                }
                hasRead = true;
                hasReadAll = true;
            } else if (isRead(op)) {
                hasRead = true;
                producesResult = true;
            } else if (op == OpType.CDT_MODIFY || op == OpType.HLL_MODIFY) {
                producesResult = true;
            }
        }
        if ((hasRead && (msg.info1() & INFO1_READ) == 0) || (hasReadAll && producesResult)
                || (getAll && !hasReadAll)) {
            throw Particles.parameterError();
        }
        return new Outcome(mustNotCreate, replace);
    }

    static boolean isRead(int op) {
        return op == OpType.READ || op == OpType.CDT_READ || op == OpType.EXP_READ || op == OpType.BIT_READ
                || op == OpType.HLL_READ;
    }

    /** Ops that only make sense on top of existing bins, forbidden with the replace actions (TOUCH aside). */
    private static boolean modifiesExisting(MessageView msg, int i) {
        switch (msg.opType(i)) {
            case OpType.INCR: case OpType.APPEND: case OpType.PREPEND: case OpType.DELETE:
            case OpType.CDT_MODIFY: case OpType.BIT_MODIFY: case OpType.HLL_MODIFY:
                return true;
            case OpType.WRITE:
                return msg.opParticleType(i) == ParticleType.NULL;
            default:
                return false;
        }
    }
}
