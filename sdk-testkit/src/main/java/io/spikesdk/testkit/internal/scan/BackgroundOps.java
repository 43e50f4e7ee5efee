package io.spikesdk.testkit.internal.scan;

import static io.spikesdk.core.internal.protocol.MsgFlags.INFO1_READ;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO1_SHORT_QUERY;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_DURABLE_DELETE;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_WRITE;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO3_REPLACE_ONLY;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO3_UPDATE_ONLY;

import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MessageFormatException;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.core.internal.protocol.MessageWriter;
import io.spikesdk.core.internal.protocol.OpType;
import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.testkit.internal.record.RecordRows;
import io.spikesdk.testkit.internal.record.RecordService;
import io.spikesdk.testkit.internal.record.TxnMonitors;
import io.spikesdk.testkit.internal.sindex.IndexQuery;
import io.spikesdk.testkit.internal.sindex.QueryRange;
import io.spikesdk.testkit.internal.storage.Digest;
import io.spikesdk.testkit.internal.storage.NamespaceStore;
import io.spikesdk.testkit.internal.storage.StoredRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntPredicate;

/**
 * A background scan or query applying write ops to every match (Java {@code execute(policy, statement, ops)}; SRV
 * {@code query.c ops_bg_query_job_start}). Checked in the server's order: short query, set / index range /
 * records-per-second / index name fields (4), a set never written (2), records per second above 10000 (4), the index
 * (201), the filter (4), the ops: none, or a read among them, or the READ bit (4), a job id already in use (4).
 * Each match of a partition this
 * node is master of then gets one internal update-only write with the request's ops, filter, TTL and durable-delete
 * and replace-only bits. A job without a records-per-second field runs to completion before its one LAST message
 * (result 0) is sent; a paced one runs after it on its own thread, as every job does on the real server, sleeping as
 * the real server does (SRV {@code query_job.c throttle_sleep}): before each record until it is due, but 1 to 10 ms
 * at a time, so no slower than about 100 records a second.
 */
final class BackgroundOps {
    /** The namespace default of {@code background-query-max-rps}. */
    private static final int MAX_RPS = 10_000;
    private static final int MAX_SET_NAME = 63;
    private static final long SLEEP_MIN_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long SLEEP_CAP_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private BackgroundOps() {
    }

    /** The result code of the job (0: it ran), registering it in {@code jobs}. */
    static int run(MessageView msg, RecordService records, IntPredicate isMaster, ScanService.RecordWriter writer,
            JobRegistry jobs) {
        NamespaceStore store = records.namespace(msg.fieldString(FieldType.NAMESPACE));
        if (store == null) {
            return ResultCode.INVALID_NAMESPACE.code();
        }
        if ((msg.info1() & INFO1_SHORT_QUERY) != 0) {
            return ResultCode.PARAMETER_ERROR.code();
        }
        String set = msg.fieldString(FieldType.SET);
        set = set == null || set.isEmpty() ? null : set;
        QueryRange range = null;
        if (msg.findField(FieldType.INDEX_RANGE) >= 0 && (range = QueryRange.parse(msg)) == null) {
            return ResultCode.PARAMETER_ERROR.code();
        }
        int rps = 0;
        int rpsField = msg.findField(FieldType.RECORDS_PER_SECOND);
        if (rpsField >= 0) {
            if (msg.fieldLength(rpsField) != Integer.BYTES) {
                return ResultCode.PARAMETER_ERROR.code();
            }
            rps = Bytes.getInt(msg.buffer(), msg.fieldOffset(rpsField));
        }
        if (set != null && (set.length() > MAX_SET_NAME)) {
            return ResultCode.PARAMETER_ERROR.code();
        }
        if (set != null && !store.knowsSet(set)) {
            return ResultCode.KEY_NOT_FOUND_ERROR.code();
        }
        if (rps < 0 || rps > MAX_RPS) {
            return ResultCode.PARAMETER_ERROR.code();
        }
        IndexQuery query = null;
        if (range != null) {
            query = IndexQuery.find(store, set, range).orElse(null);
            if (query == null) {
                return ResultCode.INDEX_NOT_FOUND.code();
            }
        }
        byte[] filter = msg.fieldBytes(FieldType.FILTER_EXP);
        if (filter != null && records.rows().checkFilter(filter) != 0) {
            return ResultCode.PARAMETER_ERROR.code();
        }
        boolean udf = msg.findField(FieldType.UDF_OP) >= 0;
        if (udf ? !BackgroundUdf.valid(msg) : !writeOpsOnly(msg)) {
            return ResultCode.PARAMETER_ERROR.code();
        }
        int idField = msg.findField(FieldType.QUERY_ID);
        long trid = idField >= 0 ? Bytes.getLong(msg.buffer(), msg.fieldOffset(idField)) : 0;
        Job job = new Job(jobs.trid(trid), udf ? Job.Type.BACKGROUND_UDF : Job.Type.BACKGROUND_OPS, store.name(), set,
                query == null ? null : query.indexName(), 0, 0, rps == 0 ? MAX_RPS : rps, Job.DEFAULT_SOCKET_TIMEOUT);
        if (udf) {
            job.udf(msg.fieldString(FieldType.UDF_PACKAGE_NAME), msg.fieldString(FieldType.UDF_FUNCTION));
        }
        if (!jobs.add(job)) {
            return ResultCode.PARAMETER_ERROR.code();
        }
        IndexQuery index = query;
        RecordRows rows = records.rows();
        String setName = set;
        int pace = rpsField >= 0 ? rps : 0;
        Runnable body = () -> {
            try {
                apply(msg, store, setName, index, isMaster, writer, job, pace, rows);
            } finally {
                job.sent(Proto.HEADER_SIZE + Proto.MSG_HEADER_SIZE);
                job.done();
            }
        };
        if (pace > 0) {
            Thread paced = new Thread(body, "embedded-background-job-" + Long.toUnsignedString(job.trid()));
            paced.setDaemon(true);
            paced.start();
        } else {
            body.run();
        }
        return 0;
    }

    private static boolean writeOpsOnly(MessageView msg) {
        if ((msg.info1() & INFO1_READ) != 0 || msg.opCount() == 0) {
            return false;
        }
        for (int i = 0; i < msg.opCount(); i++) {
            switch (msg.opType(i)) {
                case OpType.READ: case OpType.CDT_READ: case OpType.EXP_READ: case OpType.BIT_READ:
                case OpType.HLL_READ:
                    return false;
                default:
                    break;
            }
        }
        return true;
    }

    private static void apply(MessageView msg, NamespaceStore store, String set, IndexQuery query,
            IntPredicate isMaster, ScanService.RecordWriter writer, Job job, int rps, RecordRows rows) {
        byte[] filter = msg.fieldBytes(FieldType.FILTER_EXP);
        MessageWriter write = new MessageWriter(1024);
        MessageWriter reply = new MessageWriter(256);
        MessageView internal = new MessageView();
        long start = System.nanoTime();
        long paced = 0;
        for (int pid = 0; pid < Proto.PARTITIONS && !job.aborted(); pid++) {
            job.at(pid);
            if (!isMaster.test(pid)) {
                continue;
            }
            Map<Digest, StoredRecord> records = store.partition(pid);
            List<Digest> matches = new ArrayList<>();
            if (query != null) {
                query.partition(records, null, 0).forEach(h -> matches.add(h.digest()));
            } else {
                matches.addAll(records.keySet());
            }
            for (Digest digest : matches) {
                if (job.aborted()) {
                    break;
                }
                StoredRecord rec = records.get(digest);
                // a paced job runs beside the node's other commands: a match may be gone
                if (rec == null || (set != null ? !set.equals(rec.setName()) : TxnMonitors.isMonitor(rec))) {
                    continue;
                }
                RecordRows.Verdict verdict = rows.filter(filter, rec, digest.bytes());
                if (verdict == RecordRows.Verdict.EXPIRED) {
                    continue;
                }
                if (verdict == RecordRows.Verdict.FILTERED_META) {
                    job.filteredMeta();
                    continue;
                }
                // every other match is throttled before its write is queued (which applies the filter to the bins)
                job.throttled();
                if (rps > 0) {
                    pause(start, ++paced, rps);
                }
                if (msg.findField(FieldType.UDF_OP) >= 0) {
                    BackgroundUdf.buildApply(msg, store.name(), rec.setName(), digest, write);
                } else {
                    buildWrite(msg, store.name(), rec.setName(), digest, write);
                }
                try {
                    internal.parse(write.buffer(), Proto.HEADER_SIZE, write.length() - Proto.HEADER_SIZE);
                } catch (MessageFormatException e) {
                    throw new IllegalStateException("an internal write did not parse", e);
                }
                writer.write(pid, internal, reply);
                int result = reply.buffer()[Proto.HEADER_SIZE + 5] & 0xFF;
                if (result == 0) {
                    job.succeeded();
                } else if (result == ResultCode.FILTERED_OUT.code()) {
                    job.filtered();
                } else if (result != ResultCode.KEY_NOT_FOUND_ERROR.code()) {
                    // a record gone before its write came is not counted
                    job.failed();
                }
            }
        }
    }

    /** Sleeps until record {@code count} is due at {@code rps}, 1 to 10 ms at a time (none when less is due). */
    private static void pause(long startNanos, long count, int rps) {
        long due = startNanos + count * TimeUnit.SECONDS.toNanos(1) / rps - System.nanoTime();
        if (due > SLEEP_MIN_NANOS) {
            long wakeUp = System.nanoTime() + Math.min(due, SLEEP_CAP_NANOS);
            for (long left; (left = wakeUp - System.nanoTime()) > 0;) {
                LockSupport.parkNanos(left); // may return early
            }
        }
    }

    /** The update-only write one match gets: the request's ops, filter, TTL and durable-delete / replace-only bits. */
    private static void buildWrite(MessageView msg, String namespace, String setName, Digest digest,
            MessageWriter out) {
        int info2 = INFO2_WRITE | (msg.info2() & INFO2_DURABLE_DELETE);
        int info3 = INFO3_UPDATE_ONLY | (msg.info3() & INFO3_REPLACE_ONLY);
        out.beginFrame(0, info2, info3, 0, 0, msg.recordTtl(), 0);
        out.field(FieldType.NAMESPACE, namespace.getBytes(StandardCharsets.UTF_8));
        if (setName != null) {
            out.field(FieldType.SET, setName.getBytes(StandardCharsets.UTF_8));
        }
        out.field(FieldType.DIGEST_RIPE, digest.bytes());
        byte[] filter = msg.fieldBytes(FieldType.FILTER_EXP);
        if (filter != null) {
            out.field(FieldType.FILTER_EXP, filter);
        }
        for (int i = 0; i < msg.opCount(); i++) {
            out.opLatin1(msg.opType(i), msg.opParticleType(i), msg.opNameLatin1(i), msg.buffer(),
                    msg.opValueOffset(i), msg.opValueLength(i));
        }
        out.finish();
    }
}
