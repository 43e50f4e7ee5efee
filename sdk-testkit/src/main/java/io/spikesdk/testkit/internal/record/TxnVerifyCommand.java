package io.spikesdk.testkit.internal.record;

import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.MessageWriter;
import io.spikesdk.testkit.internal.storage.StoredRecord;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A transaction's verify-read at commit (info4 VERIFY_READ, a RECORD_VERSION field, no bins wanted): OK when the
 * committed record still has the version the transaction read; MRT_VERSION_MISMATCH (121) when it was written or
 * deleted since (or a version was never sent); MRT_BLOCKED (120) when another transaction holds it now.
 */
final class TxnVerifyCommand {
    void execute(RecordRequest req, MessageWriter out) {
        ReentrantLock lock = req.store.lockFor(req.digest);
        lock.lock();
        StoredRecord rec;
        int code;
        try {
            rec = req.store.get(req.digest);
            if (req.store.provisional(req.digest) != null) {
                req.store.txnStats().blocked();
                code = ResultCode.MRT_BLOCKED.code();
            } else if (rec == null || req.txn.version() == null || rec.version() != req.txn.version()) {
                code = ResultCode.MRT_VERSION_MISMATCH.code();
            } else {
                code = 0;
            }
        } finally {
            lock.unlock();
        }
        if (code != 0) {
            req.store.txnStats().verifyFailed();
            Replies.error(out, code, rec);
        } else {
            Replies.ok(out, rec.generation(), rec.voidTime(), new ResultEntries());
        }
    }
}
