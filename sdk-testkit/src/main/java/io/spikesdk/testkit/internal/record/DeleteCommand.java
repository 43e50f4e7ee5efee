package io.spikesdk.testkit.internal.record;

import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_DURABLE_DELETE;

import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.MessageWriter;
import io.spikesdk.testkit.internal.storage.StoredRecord;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Delete (info2 WRITE + DELETE), checked in the real server's order: durable delete (Enterprise-only on CE, 25; taken
 * by a strong-consistency namespace, where a transaction's delete must be durable, else 22), transaction lock (120),
 * record lookup (2), set (4), generation (3), filter expression, stored key (19).
 */
final class DeleteCommand {
    private final RecordChecks checks;

    DeleteCommand(RecordChecks checks) {
        this.checks = checks;
    }

    void execute(RecordRequest req, MessageWriter out) {
        boolean durable = (req.msg.info2() & INFO2_DURABLE_DELETE) != 0;
        if (durable && !req.store.strongConsistency()) {
            Replies.error(out, ResultCode.ENTERPRISE_ONLY.code(), null);
            return;
        }
        if (!durable && req.txn.inTxn()) {
            Replies.error(out, ResultCode.FAIL_FORBIDDEN.code(), null);
            return;
        }
        ReentrantLock lock = req.store.lockFor(req.digest);
        lock.lock();
        StoredRecord rec = null;
        try {
            req.checkWriteLock();
            req.checkReadVersion();
            rec = req.current();
            if (rec == null) {
                throw new CommandFailure(ResultCode.KEY_NOT_FOUND_ERROR.code());
            }
            req.checkSet(rec);
            checks.checkGeneration(req.msg, rec);
            checks.checkFilter(req, rec);
            req.checkKey(rec);
            req.save(null);
            Replies.ok(out, 0, 0, new ResultEntries());
        } catch (CommandFailure f) {
            Long version = f.resultCode() == ResultCode.MRT_BLOCKED.code() ? null : req.replyVersion(rec);
            Replies.error(out, f.resultCode(), rec, version);
        } finally {
            lock.unlock();
        }
    }
}
