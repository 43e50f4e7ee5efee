package io.spikesdk.testkit.internal.record;

import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_CREATE_ONLY;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_GENERATION;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_GENERATION_GT;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO3_CREATE_OR_REPLACE;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO3_REPLACE_ONLY;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO3_UPDATE_ONLY;

import io.spikesdk.api.ParticleType;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.MessageWriter;
import io.spikesdk.core.internal.protocol.OpType;
import io.spikesdk.testkit.internal.storage.StoredRecord;
import java.nio.charset.StandardCharsets;

/**
 * UDF apply (info2 WRITE with a UDF_FILENAME field) on a server without UDF modules, checked in the real server's
 * order: a generation or exists-action policy (4, before the record is looked up); for an existing record its set
 * (4), the filter expression (27, or 4 when bad) and the stored key (19); then the call, which fails as a CE node
 * fails it for a module it does not have. Failures echo an existing record's generation and void time.
 */
final class UdfCommand {
    private static final int FORBIDDEN_INFO2 = INFO2_GENERATION | INFO2_GENERATION_GT | INFO2_CREATE_ONLY;
    private static final int FORBIDDEN_INFO3 = INFO3_UPDATE_ONLY | INFO3_CREATE_OR_REPLACE | INFO3_REPLACE_ONLY;
    private static final byte[] UNKNOWN_MODULE = "UDF: Execution Error 1".getBytes(StandardCharsets.UTF_8);

    private final RecordChecks checks;

    UdfCommand(RecordChecks checks) {
        this.checks = checks;
    }

    void execute(RecordRequest req, MessageWriter out) {
        if ((req.msg.info2() & FORBIDDEN_INFO2) != 0 || (req.msg.info3() & FORBIDDEN_INFO3) != 0) {
            Replies.error(out, ResultCode.PARAMETER_ERROR.code(), null);
            return;
        }
        StoredRecord rec = req.store.get(req.digest);
        try {
            if (rec != null) {
                req.checkSetOnUpdate(rec);
                checks.checkFilter(req, rec);
                req.checkKey(rec);
            }
        } catch (CommandFailure f) {
            Replies.error(out, f.resultCode(), rec);
            return;
        }
        int generation = rec == null ? 0 : rec.generation();
        int voidTime = rec == null ? 0 : (int) rec.voidTime();
        out.beginFrame(0, 0, 0, ResultCode.UDF_BAD_RESPONSE.code(), generation, voidTime, 0)
                .opLatin1(OpType.READ, ParticleType.STRING, "FAILURE", UNKNOWN_MODULE, 0, UNKNOWN_MODULE.length)
                .finish();
    }
}
