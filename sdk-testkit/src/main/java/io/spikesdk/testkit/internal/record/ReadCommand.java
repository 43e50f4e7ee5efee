package io.spikesdk.testkit.internal.record;

import static io.spikesdk.core.internal.protocol.MsgFlags.INFO1_GET_ALL;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO1_NOBINDATA;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_RESPOND_ALL_OPS;

import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.core.internal.protocol.MessageWriter;
import io.spikesdk.testkit.internal.storage.Bin;
import io.spikesdk.testkit.internal.storage.ServerClock;
import io.spikesdk.testkit.internal.storage.StoredRecord;
import java.util.concurrent.locks.ReentrantLock;

/** Read (info1 READ without WRITE): all bins, named bins, header only, read ops, read-touch. */
final class ReadCommand {
    private static final int MAX_GENERATION = 0xFFFF;

    private final ServerClock clock;
    private final OpExecutor ops;
    private final RecordChecks checks;

    ReadCommand(ServerClock clock, OpExecutor ops, RecordChecks checks) {
        this.clock = clock;
        this.ops = ops;
        this.checks = checks;
    }

    /**
     * The real server's order: record lookup (2), set (4), read-touch percent of an expiring record (4), filter
     * expression, stored key (19); then, unless only the header is wanted, the op count (4) and per op in message
     * order its bin name (21), its kind (4, only reads) and its result.
     */
    void execute(RecordRequest req, MessageWriter out) {
        MessageView msg = req.msg;
        StoredRecord rec = req.current();
        try {
            if (rec == null) {
                throw new CommandFailure(ResultCode.KEY_NOT_FOUND_ERROR.code());
            }
            req.checkSet(rec);
            if (rec.voidTime() != 0) {
                Ttl.checkReadTouchPercent(msg.recordTtl());
            }
            checks.checkFilter(req, rec);
            req.checkKey(rec);
            ResultEntries entries = collect(msg, req, rec);
            Replies.ok(out, rec.generation(), rec.voidTime(), entries, req.replyVersion(rec));
        } catch (CommandFailure f) {
            Replies.error(out, f.resultCode(), rec, req.replyVersion(rec));
            return;
        }
        if (!req.txn.inTxn()) {
            readTouch(req, rec);
        }
    }

    private ResultEntries collect(MessageView msg, RecordRequest req, StoredRecord rec) throws CommandFailure {
        ResultEntries entries = new ResultEntries();
        if ((msg.info1() & INFO1_NOBINDATA) != 0) {
            return entries;
        }
        if (msg.opCount() > WritePolicyCheck.MAX_OPS) {
            throw Particles.parameterError();
        }
        if ((msg.info1() & INFO1_GET_ALL) != 0) {
            for (Bin b : rec.bins()) {
                entries.addBin(b);
            }
            return entries;
        }
        if (msg.opCount() == 0) {
            throw Particles.parameterError();
        }
        boolean respondAll = (msg.info2() & INFO2_RESPOND_ALL_OPS) != 0;
        WorkingRecord work = WorkingRecord.forRead(rec, req.digestBytes, clock.nowMillis());
        for (int i = 0; i < msg.opCount(); i++) {
            RecordRequest.checkBinName(msg, i);
            if (!WritePolicyCheck.isRead(msg.opType(i))) {
                throw Particles.parameterError();
            }
            ops.apply(msg, i, work, entries, respondAll, OpExecutor.Mode.READ);
        }
        return entries;
    }

    /**
     * Read-touch (percent 1..100): when the remaining lifetime is at most that percentage of the
     * TTL of the last write, the record's void time is reset as a touch would.
     */
    private void readTouch(RecordRequest req, StoredRecord seen) {
        long pct = req.msg.recordTtl() & 0xFFFF_FFFFL;
        if (pct == 0 || pct > 100 || seen.voidTime() == 0 || seen.ttlSeconds() <= 0) {
            return;
        }
        long now = clock.nowSeconds();
        if ((seen.voidTime() - now) * 100 > pct * seen.ttlSeconds()) {
            return;
        }
        ReentrantLock lock = req.store.lockFor(req.digest);
        lock.lock();
        try {
            StoredRecord rec = req.store.get(req.digest);
            if (rec == seen && req.store.provisional(req.digest) == null) {
                req.store.put(req.digest, new StoredRecord(rec.bins(), rec.generation() % MAX_GENERATION + 1,
                        now + rec.ttlSeconds(), clock.nowMillis(), rec.ttlSeconds(), rec.setName(), rec.key()));
            }
        } finally {
            lock.unlock();
        }
    }
}
