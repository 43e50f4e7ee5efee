package io.spikesdk.testkit.internal.record;

import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_GENERATION;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_GENERATION_GT;

import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.testkit.internal.ops.FilterEvaluator;
import io.spikesdk.testkit.internal.storage.ServerClock;
import io.spikesdk.testkit.internal.storage.StoredRecord;

/** Checks shared by writes and deletes (generation) and by every command (filter expression). */
final class RecordChecks {
    private final FilterEvaluator filters;
    private final ServerClock clock;

    RecordChecks(FilterEvaluator filters, ServerClock clock) {
        this.filters = filters;
        this.clock = clock;
    }

    /** GENERATION: equal, GENERATION_GT: strictly greater (a missing record has generation 0). */
    void checkGeneration(MessageView msg, StoredRecord rec) throws CommandFailure {
        int current = rec == null ? 0 : rec.generation();
        int expected = msg.generation();
        if ((msg.info2() & INFO2_GENERATION) != 0 && expected != current) {
            throw new CommandFailure(ResultCode.GENERATION_ERROR.code());
        }
        if ((msg.info2() & INFO2_GENERATION_GT) != 0 && Integer.compareUnsigned(expected, current) <= 0) {
            throw new CommandFailure(ResultCode.GENERATION_ERROR.code());
        }
    }

    /** Evaluates the FILTER_EXP field, if any, against an existing record. */
    void checkFilter(RecordRequest req, StoredRecord rec) throws CommandFailure {
        if (req.filter == null) {
            return;
        }
        int rc = filters.evaluate(req.filter, WorkingRecord.forRead(rec, req.digestBytes, clock.nowMillis()));
        if (rc != 0) {
            throw new CommandFailure(rc);
        }
    }
}
