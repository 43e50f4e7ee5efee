package io.spikesdk.testkit.internal.record;

import static io.spikesdk.core.internal.protocol.MsgFlags.INFO4_TXN_ROLL_FORWARD;

import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.MessageWriter;
import io.spikesdk.testkit.internal.storage.Digest;
import io.spikesdk.testkit.internal.storage.NamespaceStore;
import io.spikesdk.testkit.internal.storage.Provisional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A transaction's roll-forward or roll-back of one record (info4 ROLL_FORWARD / ROLL_BACK with its TXN_ID): the
 * provisional state the transaction holds becomes the committed record (or the record is deleted), or is dropped;
 * the record is unlocked either way. Idempotent: a record the transaction does not hold (already rolled, never
 * written, or rolled back by the server after the deadline) answers OK too.
 */
final class TxnRollCommand {
    void execute(RecordRequest req, MessageWriter out) {
        if (!req.txn.inTxn()) {
            Replies.error(out, ResultCode.PARAMETER_ERROR.code(), null);
            return;
        }
        roll(req.store, req.digest, req.txn.id(), (req.msg.info4() & INFO4_TXN_ROLL_FORWARD) != 0);
        Replies.ok(out, 0, 0, new ResultEntries());
    }

    /**
     * Applies ({@code forward}) or drops the provisional state transaction {@code txnId} holds on the record.
     *
     * @return whether the transaction held the record
     */
    static boolean roll(NamespaceStore store, Digest digest, long txnId, boolean forward) {
        ReentrantLock lock = store.lockFor(digest);
        lock.lock();
        try {
            Provisional p = store.provisional(digest);
            if (p == null || p.txnId() != txnId) {
                return false;
            }
            if (forward) {
                if (p.record() == null) {
                    store.remove(digest);
                } else {
                    store.put(digest, p.record());
                }
                store.txnStats().rolledForward();
            } else {
                store.txnStats().rolledBack();
            }
            store.removeProvisional(digest);
            return true;
        } finally {
            lock.unlock();
        }
    }
}
