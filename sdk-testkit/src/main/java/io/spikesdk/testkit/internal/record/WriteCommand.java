package io.spikesdk.testkit.internal.record;

import static io.spikesdk.core.internal.protocol.MsgFlags.INFO1_GET_ALL;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_CREATE_ONLY;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_DURABLE_DELETE;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_RESPOND_ALL_OPS;

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

/** Write / operate (info2 WRITE): the checks in the real server's order, then the ops in message order. */
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
        WritePolicyCheck.Outcome policy;
        try {
            policy = WritePolicyCheck.check(req.msg);
        } catch (CommandFailure f) {
            Replies.error(out, f.resultCode(), null);
            return;
        }
        if (req.store.stopsWrites()) {
            Replies.error(out, ResultCode.SERVER_MEM_ERROR.code(), null);
            return;
        }
        ReentrantLock lock = req.store.lockFor(req.digest);
        lock.lock();
        try {
            executeLocked(req, policy, out);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The real server's order once the ops have passed: record lookup (2 when the write must not create), CREATE_ONLY
     * (5), generation (3), then for a new record its set (4 when too long; listed even if the write fails later), for
     * an existing record its set (4), the filter expression and the stored key (19), then the TTL (4), and last the
     * ops in message order.
     */
    private void executeLocked(RecordRequest req, WritePolicyCheck.Outcome policy, MessageWriter out) {
        MessageView msg = req.msg;
        StoredRecord rec = req.current();
        boolean exists = rec != null;
        ResultEntries entries = new ResultEntries();
        try {
            req.checkWriteLock();
            req.checkReadVersion();
            if (!exists && policy.mustNotCreate()) {
                throw new CommandFailure(ResultCode.KEY_NOT_FOUND_ERROR.code());
            }
            if (exists && (msg.info2() & INFO2_CREATE_ONLY) != 0) {
                throw new CommandFailure(ResultCode.KEY_EXISTS_ERROR.code());
            }
            checks.checkGeneration(msg, rec);
            if (exists) {
                req.checkSetOnUpdate(rec);
                checks.checkFilter(req, rec);
                req.checkKey(rec);
            } else {
                req.createSet();
            }
            req.checkSetLimits(!exists);
            Ttl.checkWriteTtl(msg.recordTtl());
            long now = clock.nowMillis();
            boolean keepTtl = exists && (msg.recordTtl() & 0xFFFF_FFFFL) == Ttl.DONT_UPDATE;
            long ttl = keepTtl ? rec.ttlSeconds() : Ttl.resolve(msg.recordTtl(), req.store.config().defaultTtl(), -1);
            if (!keepTtl && req.store.config().forbidsTtl(ttl)) {
                throw new CommandFailure(ResultCode.FAIL_FORBIDDEN.code());
            }
            long voidTime = keepTtl ? rec.voidTime() : ttl == 0 ? 0 : clock.nowSeconds() + ttl;
            String set = exists ? rec.setName() : req.setName;
            WorkingRecord work = WorkingRecord.forWrite(rec, req.digestBytes, now, policy.replace(), set, voidTime);
            boolean respondAll = (msg.info2() & INFO2_RESPOND_ALL_OPS) != 0;
            boolean readAll = (msg.info1() & INFO1_GET_ALL) != 0;
            for (int i = 0; i < msg.opCount(); i++) {
                if (readAll && msg.opType(i) == OpType.READ && msg.opNameLength(i) == 0) {
                    for (Bin b : work.bins()) {
                        entries.addBin(b);
                    }
                    continue;
                }
                ops.apply(msg, i, work, entries, respondAll, OpExecutor.Mode.WRITE);
            }
            List<Bin> bins = work.snapshot();
            if (bins.size() > MAX_BINS) {
                throw Particles.parameterError();
            }
            if (bins.isEmpty()) {
                deleteRecord(req, exists && !policy.replace());
                Replies.ok(out, 0, 0, entries);
                return;
            }
            int generation = exists ? rec.generation() % MAX_GENERATION + 1 : 1;
            byte[] key = exists && rec.key() != null ? rec.key() : req.key;
            StoredRecord next = new StoredRecord(bins, generation, voidTime, now, ttl, set, key);
            if (RecordSize.of(next) > req.store.config().maxRecordSize()) {
                throw new CommandFailure(ResultCode.RECORD_TOO_BIG.code());
            }
            req.save(next);
            Replies.ok(out, next.generation(), next.voidTime(), entries);
        } catch (CommandFailure f) {
            Long version = f.resultCode() == ResultCode.MRT_BLOCKED.code() ? null : req.replyVersion(rec);
            Replies.error(out, f.resultCode(), rec, version);
        }
    }

    /**
     * A write that leaves no bin deletes the record: NOT_FOUND when there was none (or, for a replace, which never
     * loads the old bins, when it had none to start from: an existing record is then left as it is), and on CE a
     * durable delete is refused (the flag is ignored by writes that keep bins); a strong-consistency namespace, as on
     * an Enterprise server, takes it.
     */
    private static void deleteRecord(RecordRequest req, boolean hadBins) throws CommandFailure {
        if (!hadBins) {
            throw new CommandFailure(ResultCode.KEY_NOT_FOUND_ERROR.code());
        }
        if ((req.msg.info2() & INFO2_DURABLE_DELETE) != 0 && !req.store.strongConsistency()) {
            throw new CommandFailure(ResultCode.ENTERPRISE_ONLY.code());
        }
        req.save(null);
    }
}
