package io.spikesdk.testkit.internal.record;

import static io.spikesdk.core.internal.protocol.MsgFlags.INFO1_GET_ALL;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_CREATE_ONLY;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_DURABLE_DELETE;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_RESPOND_ALL_OPS;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO3_CREATE_OR_REPLACE;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO3_REPLACE_ONLY;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO3_UPDATE_ONLY;

import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.core.internal.protocol.MessageWriter;
import io.spikesdk.core.internal.protocol.OpType;
import io.spikesdk.testkit.internal.storage.Bin;
import io.spikesdk.testkit.internal.storage.RecordSize;
import io.spikesdk.testkit.internal.storage.ServerClock;
import io.spikesdk.testkit.internal.storage.StoredRecord;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/** Write / operate (info2 WRITE): record-exists actions, generation checks, TTL, ops in order. */
final class WriteCommand {
    private static final int MAX_BINS = 32_767;
    private static final int MAX_GENERATION = 0xFFFF;

    private final ServerClock clock;
    private final OpExecutor ops;
    private final RecordChecks checks;

    WriteCommand(ServerClock clock, OpExecutor ops, RecordChecks checks) {
        this.clock = clock;
        this.ops = ops;
        this.checks = checks;
    }

    void execute(RecordRequest req, MessageWriter out) {
        MessageView msg = req.msg;
        try {
            Ttl.checkWriteTtl(msg.recordTtl());
            if (msg.opCount() == 0) {
                throw new CommandFailure(ResultCode.PARAMETER_ERROR.code());
            }
            req.checkBinNames();
        } catch (CommandFailure f) {
            Replies.error(out, f.resultCode(), null);
            return;
        }
        ReentrantLock lock = req.store.lockFor(req.digest);
        lock.lock();
        try {
            executeLocked(req, out);
        } finally {
            lock.unlock();
        }
    }

    private void executeLocked(RecordRequest req, MessageWriter out) {
        MessageView msg = req.msg;
        StoredRecord rec = req.store.get(req.digest);
        boolean exists = rec != null;
        ResultEntries entries = new ResultEntries();
        try {
            if (exists) {
                req.checkIdentity(rec);
            }
            WritePolicyCheck.check(msg);
            checkExistence(msg, exists);
            checks.checkGeneration(msg, rec);
            if (exists) {
                checks.checkFilter(req, rec);
            }
            boolean replace = (msg.info3() & (INFO3_CREATE_OR_REPLACE | INFO3_REPLACE_ONLY)) != 0;
            long now = clock.nowMillis();
            WorkingRecord work = new WorkingRecord(rec, req.digestBytes, now, replace);
            boolean respondAll = (msg.info2() & INFO2_RESPOND_ALL_OPS) != 0;
            boolean readAll = (msg.info1() & INFO1_GET_ALL) != 0;
            for (int i = 0; i < msg.opCount(); i++) {
                if (readAll && msg.opType(i) == OpType.READ) {
                    // the policy check left one READ under GET_ALL, the nameless read-all: the bins as they are now
                    for (Bin b : work.bins()) {
                        entries.addBin(b);
                    }
                    continue;
                }
                ops.apply(msg, i, work, entries, respondAll, OpExecutor.Mode.WRITE);
            }
            List<Bin> bins = work.snapshot();
            if (bins.size() > MAX_BINS) {
                throw new CommandFailure(ResultCode.BIN_NAME_TOO_LONG.code());
            }
            if (bins.isEmpty()) {
                deleteRecord(req, exists);
                Replies.ok(out, 0, 0, entries);
                return;
            }
            StoredRecord next = nextRecord(req, rec, bins, now);
            if (RecordSize.of(next) > req.store.config().maxRecordSize()) {
                throw new CommandFailure(ResultCode.RECORD_TOO_BIG.code());
            }
            req.store.put(req.digest, next);
            Replies.ok(out, next.generation(), next.voidTime(), entries);
        } catch (CommandFailure f) {
            Replies.error(out, f.resultCode(), rec);
        }
    }

    /**
     * A write that leaves no bin deletes the record: NOT_FOUND when there was none, and on CE a durable delete
     * is refused (the flag is ignored by writes that keep bins).
     */
    private static void deleteRecord(RecordRequest req, boolean exists) throws CommandFailure {
        if (!exists) {
            throw new CommandFailure(ResultCode.KEY_NOT_FOUND_ERROR.code());
        }
        if ((req.msg.info2() & INFO2_DURABLE_DELETE) != 0) {
            throw new CommandFailure(ResultCode.ENTERPRISE_ONLY.code());
        }
        req.store.remove(req.digest);
    }

    private static void checkExistence(MessageView msg, boolean exists) throws CommandFailure {
        if (exists && (msg.info2() & INFO2_CREATE_ONLY) != 0) {
            throw new CommandFailure(ResultCode.KEY_EXISTS_ERROR.code());
        }
        if (!exists && ((msg.info3() & (INFO3_UPDATE_ONLY | INFO3_REPLACE_ONLY)) != 0 || hasTouch(msg))) {
            throw new CommandFailure(ResultCode.KEY_NOT_FOUND_ERROR.code());
        }
    }

    private static boolean hasTouch(MessageView msg) {
        for (int i = 0; i < msg.opCount(); i++) {
            if (msg.opType(i) == OpType.TOUCH) {
                return true;
            }
        }
        return false;
    }

    private StoredRecord nextRecord(RecordRequest req, StoredRecord rec, List<Bin> bins, long nowMillis) {
        int word = req.msg.recordTtl();
        long voidTime;
        long ttl;
        if ((word & 0xFFFF_FFFFL) == Ttl.DONT_UPDATE && rec != null) {
            voidTime = rec.voidTime();
            ttl = rec.ttlSeconds();
        } else {
            ttl = Ttl.resolve(word, req.store.config().defaultTtl(), -1);
            voidTime = ttl == 0 ? 0 : clock.nowSeconds() + ttl;
        }
        int generation = rec == null ? 1 : rec.generation() % MAX_GENERATION + 1;
        String set = rec != null && rec.setName() != null ? rec.setName() : req.setName;
        byte[] key = rec != null && rec.key() != null ? rec.key() : req.key;
        return new StoredRecord(bins, generation, voidTime, nowMillis, ttl, set, key);
    }
}
