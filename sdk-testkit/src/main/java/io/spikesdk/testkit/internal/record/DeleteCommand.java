package io.spikesdk.testkit.internal.record;

import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_DURABLE_DELETE;

import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.MessageWriter;
import io.spikesdk.testkit.internal.storage.StoredRecord;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Delete (info2 WRITE + DELETE), checked in the real server's order: durable delete (Enterprise-only on CE, 25),
 * record lookup (2), set (4), generation (3), filter expression, stored key (19).
 */
final class DeleteCommand {
    private final RecordChecks checks;

    DeleteCommand(RecordChecks checks) {
        this.checks = checks;
    }

    void execute(RecordRequest req, MessageWriter out) {
        if ((req.msg.info2() & INFO2_DURABLE_DELETE) != 0) {
            Replies.error(out, ResultCode.ENTERPRISE_ONLY.code(), null);
            return;
        }
        ReentrantLock lock = req.store.lockFor(req.digest);
        lock.lock();
        StoredRecord rec = null;
        try {
            rec = req.store.get(req.digest);
            if (rec == null) {
                throw new CommandFailure(ResultCode.KEY_NOT_FOUND_ERROR.code());
            }
            req.checkSet(rec);
            checks.checkGeneration(req.msg, rec);
            checks.checkFilter(req, rec);
            req.checkKey(rec);
            req.store.remove(req.digest);
            Replies.ok(out, 0, 0, new ResultEntries());
        } catch (CommandFailure f) {
            Replies.error(out, f.resultCode(), rec);
        } finally {
            lock.unlock();
        }
    }
}
