package io.spikesdk.testkit.internal.record;

import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_CREATE_ONLY;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_DURABLE_DELETE;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_GENERATION;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_GENERATION_GT;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO3_CREATE_OR_REPLACE;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO3_REPLACE_ONLY;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO3_UPDATE_ONLY;

import io.spikesdk.api.ParticleType;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MessageWriter;
import io.spikesdk.core.internal.protocol.OpType;
import io.spikesdk.testkit.internal.storage.Bin;
import io.spikesdk.testkit.internal.storage.RecordSize;
import io.spikesdk.testkit.internal.storage.ServerClock;
import io.spikesdk.testkit.internal.storage.StoredRecord;
import io.spikesdk.testkit.internal.udf.UdfEngine;
import io.spikesdk.testkit.internal.udf.UdfRecord;
import io.spikesdk.testkit.internal.udf.UdfValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * UDF apply (info2 WRITE with a UDF_FILENAME field), checked in the real server's order: a generation or
 * exists-action policy (4, before the record is looked up); for an existing record its set (4), the filter
 * expression (27, or 4 when bad) and the stored key (19); then the call. A call that fails answers 100 with the Lua
 * error text in a FAILURE bin and changes nothing; one that succeeds answers its return value in a SUCCESS bin, after
 * storing what its {@code aerospike:create/update/remove} calls left (a record left without bins is deleted; one the
 * call created without bins is never stored and the answer is 2). Failures echo an existing record's generation and
 * void time.
 */
final class UdfCommand {
    private static final int FORBIDDEN_INFO2 = INFO2_GENERATION | INFO2_GENERATION_GT | INFO2_CREATE_ONLY;
    private static final int FORBIDDEN_INFO3 = INFO3_UPDATE_ONLY | INFO3_CREATE_OR_REPLACE | INFO3_REPLACE_ONLY;
    /** The real server's transaction-max-ms, the budget of a call sent without a timeout. */
    private static final long DEFAULT_BUDGET_MILLIS = 1000;
    private static final int MAX_GENERATION = 0xFFFF;

    private final RecordChecks checks;
    private final ServerClock clock;
    private final UdfEngine udfs;

    UdfCommand(RecordChecks checks, ServerClock clock, UdfEngine udfs) {
        this.checks = checks;
        this.clock = clock;
        this.udfs = udfs;
    }

    void execute(RecordRequest req, MessageWriter out) {
        if ((req.msg.info2() & FORBIDDEN_INFO2) != 0 || (req.msg.info3() & FORBIDDEN_INFO3) != 0) {
            Replies.error(out, ResultCode.PARAMETER_ERROR.code(), null);
            return;
        }
        String module = req.msg.fieldString(FieldType.UDF_PACKAGE_NAME);
        String function = req.msg.fieldString(FieldType.UDF_FUNCTION);
        byte[] arglist = req.msg.fieldBytes(FieldType.UDF_ARGLIST);
        if (module == null || function == null || arglist == null) {
            Replies.error(out, ResultCode.PARAMETER_ERROR.code(), null);
            return;
        }
        ReentrantLock lock = req.store.lockFor(req.digest);
        lock.lock();
        try {
            executeLocked(req, module, function, arglist, out);
        } finally {
            lock.unlock();
        }
    }

    private void executeLocked(RecordRequest req, String module, String function, byte[] arglist,
            MessageWriter out) {
        StoredRecord rec = req.current();
        try {
            req.checkWriteLock();
            req.checkReadVersion();
            if (rec != null) {
                req.checkSetOnUpdate(rec);
                checks.checkFilter(req, rec);
                req.checkKey(rec);
            }
        } catch (CommandFailure f) {
            Replies.error(out, f.resultCode(), rec);
            return;
        }
        UdfRecord record = udfRecord(rec, req, clock);
        long budgetMillis = req.msg.transactionTtl() > 0 ? req.msg.transactionTtl() : DEFAULT_BUDGET_MILLIS;
        UdfEngine.Outcome outcome = udfs.applyRecord(module, function, arglist, record,
                System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(budgetMillis));
        int generation = rec == null ? 0 : rec.generation();
        long voidTime = rec == null ? 0 : rec.voidTime();
        if (outcome.failed()) {
            byte[] text = outcome.failure().getBytes(StandardCharsets.UTF_8);
            out.beginFrame(0, 0, 0, ResultCode.UDF_BAD_RESPONSE.code(), generation, (int) voidTime, 0)
                    .opLatin1(OpType.READ, ParticleType.STRING, "FAILURE", text, 0, text.length)
                    .finish();
            return;
        }
        try {
            if (record.dirty()) {
                StoredRecord stored = commit(req, rec, record);
                // a deleted record's answer still carries the generation the delete advanced it to
                generation = stored == null ? generation % MAX_GENERATION + 1 : stored.generation();
                voidTime = stored == null ? 0 : stored.voidTime();
            }
        } catch (CommandFailure f) {
            Replies.error(out, f.resultCode(), rec);
            return;
        }
        UdfValue value = outcome.value();
        out.beginFrame(0, 0, 0, 0, generation, (int) voidTime, 0)
                .opLatin1(OpType.READ, value.type(), "SUCCESS", value.bytes(), 0, value.bytes().length)
                .finish();
    }

    /** The record as a UDF sees it: the stored bins and metadata, or a missing record with only its digest. */
    static UdfRecord udfRecord(StoredRecord rec, RecordRequest req, ServerClock clock) {
        if (rec == null) {
            return new UdfRecord(null, new UdfRecord.Meta(0, 0, null, null, req.digestBytes, 0));
        }
        return UdfRecord.stored(rec, req.digestBytes, clock.nowSeconds(), req.key);
    }

    /** Stores (or deletes) what the call left; null when the record is gone. */
    private StoredRecord commit(RecordRequest req, StoredRecord rec, UdfRecord record) throws CommandFailure {
        List<Bin> bins = new ArrayList<>();
        for (Map.Entry<String, UdfValue> e : record.bins().entrySet()) {
            UdfValue v = e.getValue();
            String name = new String(e.getKey().getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            bins.add(new Bin(name, v.type(), Particles.normalize(v.type(), v.bytes())));
        }
        if (bins.isEmpty()) {
            if (rec == null) {
                throw new CommandFailure(ResultCode.KEY_NOT_FOUND_ERROR.code());
            }
            if ((req.msg.info2() & INFO2_DURABLE_DELETE) != 0 && !req.store.strongConsistency()) {
                throw new CommandFailure(ResultCode.ENTERPRISE_ONLY.code());
            }
            req.save(null);
            return null;
        }
        if (req.store.stopsWrites()) {
            throw new CommandFailure(ResultCode.SERVER_MEM_ERROR.code());
        }
        if (rec == null) {
            req.createSet();
        }
        req.checkSetLimits(rec == null);
        int ttlWord = record.newTtl() != null ? (int) (long) record.newTtl() : req.msg.recordTtl();
        Ttl.checkWriteTtl(ttlWord);
        boolean keepTtl = rec != null && (ttlWord & 0xFFFF_FFFFL) == Ttl.DONT_UPDATE;
        long ttl = keepTtl ? rec.ttlSeconds() : Ttl.resolve(ttlWord, req.store.config().defaultTtl(), -1);
        if (!keepTtl && req.store.config().forbidsTtl(ttl)) {
            throw new CommandFailure(ResultCode.FAIL_FORBIDDEN.code());
        }
        long voidTime = keepTtl ? rec.voidTime() : ttl == 0 ? 0 : clock.nowSeconds() + ttl;
        int generation = rec != null ? rec.generation() % MAX_GENERATION + 1 : 1;
        byte[] key = record.keyDropped() ? null : rec != null && rec.key() != null ? rec.key() : req.key;
        String set = rec != null ? rec.setName() : req.setName;
        StoredRecord next = new StoredRecord(bins, generation, voidTime, clock.nowMillis(), ttl, set, key);
        if (RecordSize.of(next) > req.store.config().maxRecordSize()) {
            throw new CommandFailure(ResultCode.RECORD_TOO_BIG.code());
        }
        req.save(next);
        return next;
    }
}
