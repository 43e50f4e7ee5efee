package io.spikesdk.testkit.internal.scan;

import io.spikesdk.api.ParticleType;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.core.internal.protocol.MessageWriter;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.core.internal.protocol.OpType;
import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.testkit.internal.record.RecordService;
import io.spikesdk.testkit.internal.record.TxnMonitors;
import io.spikesdk.testkit.internal.sindex.IndexQuery;
import io.spikesdk.testkit.internal.sindex.QueryRange;
import io.spikesdk.testkit.internal.storage.Digest;
import io.spikesdk.testkit.internal.storage.NamespaceStore;
import io.spikesdk.testkit.internal.storage.StoredRecord;
import io.spikesdk.testkit.internal.udf.UdfEngine;
import io.spikesdk.testkit.internal.udf.UdfRecord;
import io.spikesdk.testkit.internal.udf.UdfValue;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntPredicate;

/**
 * A stream UDF over a scan or query (UDF_OP 1, Java {@code queryAggregate}), run as the real server runs it: the
 * server stages of the UDF once per partition this node is master of that has matching records (set, index range),
 * each value they produce sent as a message with a SUCCESS bin; the client runs the rest (the
 * final reduce). A failing UDF answers one message with a FAILURE bin ({@code UDF: Execution Error 2 : <error>}) and
 * ends the stream with LAST and result 1 in the same proto. Checked first: the namespace (20), a short query (4), a
 * filter expression (16: aggregations take none), the set's existence (2), the index range (4) and the index (201),
 * the records-per-second field (4), the UDF fields (4).
 */
final class AggregationStream {
    private static final long PARTITION_BUDGET_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final String LUA_ERROR = "UDF: Execution Error 2 : ";

    private final MessageView msg;
    private final RecordService records;
    private final NamespaceStore store;
    private final String set;
    private final IndexQuery query;
    private final IntPredicate isMaster;
    private final Job job;
    private final MessageWriter out = new MessageWriter(64 * 1024);
    private boolean frameOpen;
    private final int recordsPerSecond;
    private long startNanos;
    private long paced;

    private AggregationStream(MessageView msg, RecordService records, NamespaceStore store, String set,
            IndexQuery query, IntPredicate isMaster, Job job, int recordsPerSecond) {
        this.recordsPerSecond = recordsPerSecond;
        this.msg = msg;
        this.records = records;
        this.store = store;
        this.set = set;
        this.query = query;
        this.isMaster = isMaster;
        this.job = job;
    }

    static ScanService.Answer start(MessageView msg, RecordService records, IntPredicate isMaster,
            JobRegistry jobs) {
        String namespace = msg.fieldString(FieldType.NAMESPACE);
        int refused = check(msg, records);
        if (refused != 0) {
            return new ScanService.Answer(refused, namespace, out -> ScanStream.writeRefusal(out, refused));
        }
        NamespaceStore store = records.namespace(namespace);
        String set = msg.fieldString(FieldType.SET);
        set = set == null || set.isEmpty() ? null : set;
        IndexQuery query = null;
        if (msg.findField(FieldType.INDEX_RANGE) >= 0) {
            String indexName = msg.fieldString(FieldType.INDEX_NAME);
            QueryRange range = QueryRange.parse(msg);
            query = (indexName != null ? IndexQuery.byName(store, indexName, range)
                    : IndexQuery.find(store, set, range)).orElse(null);
        }
        int idField = msg.findField(FieldType.QUERY_ID);
        long trid = idField >= 0 && msg.fieldLength(idField) == Long.BYTES
                ? Bytes.getLong(msg.buffer(), msg.fieldOffset(idField)) : 0;
        int rpsField = msg.findField(FieldType.RECORDS_PER_SECOND);
        int rps = rpsField >= 0 ? Bytes.getInt(msg.buffer(), msg.fieldOffset(rpsField)) : 0;
        Job job = new Job(jobs.trid(trid), Job.Type.AGGREGATION, store.name(), set,
                query == null ? null : query.indexName(), 0, 0, rps, Job.DEFAULT_SOCKET_TIMEOUT);
        if (!jobs.add(job)) {
            int code = ResultCode.PARAMETER_ERROR.code();
            return new ScanService.Answer(code, namespace, out -> ScanStream.writeRefusal(out, code));
        }
        AggregationStream stream = new AggregationStream(msg, records, store, set, query, isMaster, job, rps);
        return new ScanService.Answer(0, namespace, stream::writeTo);
    }

    private static int check(MessageView msg, RecordService records) {
        NamespaceStore store = records.namespace(msg.fieldString(FieldType.NAMESPACE));
        if (store == null) {
            return ResultCode.INVALID_NAMESPACE.code();
        }
        // the real server's order: a short query is refused, then any filter expression (aggregations take none)
        if ((msg.info1() & MsgFlags.INFO1_SHORT_QUERY) != 0) {
            return ResultCode.PARAMETER_ERROR.code();
        }
        if (msg.findField(FieldType.FILTER_EXP) >= 0) {
            return ResultCode.UNSUPPORTED_FEATURE.code();
        }
        String set = msg.fieldString(FieldType.SET);
        if (set != null && !set.isEmpty() && !store.knowsSet(set)) {
            return ResultCode.KEY_NOT_FOUND_ERROR.code();
        }
        if (msg.findField(FieldType.INDEX_RANGE) >= 0) {
            QueryRange range = QueryRange.parse(msg);
            if (range == null) {
                return ResultCode.PARAMETER_ERROR.code();
            }
            String indexName = msg.fieldString(FieldType.INDEX_NAME);
            String setName = set == null || set.isEmpty() ? null : set;
            if ((indexName != null ? IndexQuery.byName(store, indexName, range)
                    : IndexQuery.find(store, setName, range)).isEmpty()) {
                return ResultCode.INDEX_NOT_FOUND.code();
            }
        }
        int rpsField = msg.findField(FieldType.RECORDS_PER_SECOND);
        if (rpsField >= 0 && msg.fieldLength(rpsField) != Integer.BYTES) {
            return ResultCode.PARAMETER_ERROR.code();
        }
        if (msg.fieldString(FieldType.UDF_PACKAGE_NAME) == null || msg.fieldString(FieldType.UDF_FUNCTION) == null) {
            return ResultCode.PARAMETER_ERROR.code();
        }
        return 0;
    }

    private void writeTo(OutputStream stream) throws IOException {
        startNanos = System.nanoTime();
        try {
            for (int pid = 0; pid < Proto.PARTITIONS && !job.aborted(); pid++) {
                if (!isMaster.test(pid)) {
                    continue;
                }
                if (aggregatePartition(pid) != 0) {
                    // the LAST message shares the failure's proto: a client that stops reading at the failure
                    // leaves nothing behind on the connection
                    out.beginMessage(0, 0, MsgFlags.INFO3_LAST, ResultCode.SERVER_ERROR.code(), 0, 0, 0);
                    flush(stream);
                    return;
                }
                flush(stream);
            }
            int result = job.aborted() ? ResultCode.SCAN_ABORT.code() : 0;
            MessageWriter last = new MessageWriter(64).beginFrame(0, 0, MsgFlags.INFO3_LAST, result, 0, 0, 0)
                    .finish();
            last.writeTo(stream);
            job.sent(last.length());
        } finally {
            job.done();
        }
    }

    /** Runs the UDF over the partition's matches; 0, or 1 once it failed (its FAILURE message then open). */
    private int aggregatePartition(int pid) {
        List<UdfRecord> matches = matches(pid);
        if (matches.isEmpty()) {
            return 0;
        }
        UdfEngine engine = records.udfs();
        UdfEngine.Outcome outcome = engine.aggregate(msg.fieldString(FieldType.UDF_PACKAGE_NAME),
                msg.fieldString(FieldType.UDF_FUNCTION), msg.fieldBytes(FieldType.UDF_ARGLIST), matches.iterator(),
                this::writeValue, System.nanoTime() + PARTITION_BUDGET_NANOS);
        if (!outcome.failed()) {
            return 0;
        }
        String text = UdfEngine.UNKNOWN_MODULE.equals(outcome.failure()) ? outcome.failure()
                : LUA_ERROR + outcome.failure();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        beginMessage();
        out.opLatin1(OpType.READ, ParticleType.STRING, "FAILURE", bytes, 0, bytes.length);
        return ResultCode.SERVER_ERROR.code();
    }

    private List<UdfRecord> matches(int pid) {
        Map<Digest, StoredRecord> partition = store.partition(pid);
        List<Map.Entry<Digest, StoredRecord>> candidates = new ArrayList<>();
        if (query != null) {
            for (IndexQuery.Hit hit : query.partition(partition, null, 0)) {
                candidates.add(Map.entry(hit.digest(), hit.record()));
            }
        } else {
            candidates.addAll(partition.entrySet());
            candidates.sort((a, b) -> b.getKey().compareUnsigned(a.getKey()));
        }
        List<UdfRecord> matches = new ArrayList<>();
        long now = records.clockSeconds();
        for (Map.Entry<Digest, StoredRecord> e : candidates) {
            StoredRecord rec = e.getValue();
            if (rec.isExpired(now) || (set != null ? !set.equals(rec.setName()) : TxnMonitors.isMonitor(rec))) {
                continue;
            }
            byte[] digest = e.getKey().bytes();
            job.succeeded();
            throttle();
            matches.add(UdfRecord.stored(rec, digest, now));
        }
        return matches;
    }

    /** Paces the records read to the requested records per second, as the real server's job does. */
    private void throttle() {
        if (recordsPerSecond <= 0) {
            return;
        }
        long due = startNanos + paced++ * TimeUnit.SECONDS.toNanos(1) / recordsPerSecond;
        long wait = due - System.nanoTime();
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    private void writeValue(UdfValue value) {
        beginMessage();
        out.opLatin1(OpType.READ, value.type(), "SUCCESS", value.bytes(), 0, value.bytes().length);
    }

    private void beginMessage() {
        if (frameOpen) {
            out.beginMessage(0, 0, 0, 0, 0, 0, 0);
        } else {
            out.beginFrame(0, 0, 0, 0, 0, 0, 0);
            frameOpen = true;
        }
    }

    private void flush(OutputStream stream) throws IOException {
        if (frameOpen) {
            out.finish().writeTo(stream);
            job.sent(out.length());
            frameOpen = false;
        }
    }
}
