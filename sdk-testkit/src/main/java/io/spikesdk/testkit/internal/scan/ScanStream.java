package io.spikesdk.testkit.internal.scan;

import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.MessageWriter;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.testkit.internal.record.RecordRows;
import io.spikesdk.testkit.internal.record.TxnMonitors;
import io.spikesdk.testkit.internal.sindex.IndexQuery;
import io.spikesdk.testkit.internal.storage.Digest;
import io.spikesdk.testkit.internal.storage.StoredRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntPredicate;

/**
 * The answer to one scan or query, produced while it is written: the requested partitions in ascending id order, each
 * walked in descending digest order (after the resume digest, if any) as the real server's index tree is, or, for a
 * query, in the secondary index's order (rows then carry the BVAL field); a partition this
 * node is not master of answers a partition-done marker with 11 (the partition id in the generation field). Rows
 * are packed into protos of a little over 1 MiB; the LAST message comes in a proto of its own.
 */
final class ScanStream {
    /** The real server sends a proto once its buffer exceeds this (SRV {@code QUERY_CHUNK_LIMIT}). */
    static final int CHUNK_LIMIT = 1024 * 1024;

    private final ScanRequest request;
    private final RecordRows rows;
    private final IntPredicate isMaster;
    private final Job job;
    private final MessageWriter out = new MessageWriter(64 * 1024);
    private boolean frameOpen;
    private long counted;
    private long sent;
    private long startNanos;

    ScanStream(ScanRequest request, RecordRows rows, IntPredicate isMaster, Job job) {
        this.request = request;
        this.rows = rows;
        this.isMaster = isMaster;
        this.job = job;
    }

    /** The one-message answer of a request refused before it starts (not flagged LAST, as on the real server). */
    static void writeRefusal(OutputStream stream, int resultCode) throws IOException {
        new MessageWriter(64).beginFrame(0, 0, 0, resultCode, 0, 0, 0).finish().writeTo(stream);
    }

    void writeTo(OutputStream stream) throws IOException {
        try {
            stream(stream);
        } finally {
            job.done();
        }
    }

    private void stream(OutputStream stream) throws IOException {
        startNanos = System.nanoTime();
        for (PartitionRequest p : request.partitions) {
            if (job.aborted()) {
                break;
            }
            if (!isMaster.test(p.partitionId())) {
                beginMessageOrFrame(0, 0, MsgFlags.INFO3_PARTITION_DONE,
                        ResultCode.PARTITION_UNAVAILABLE.code(), p.partitionId());
                continue;
            }
            if (request.maxRecords != 0 && counted >= request.maxRecords) {
                continue;
            }
            scanPartition(p, stream);
        }
        flush(stream);
        int result = job.aborted() ? ResultCode.SCAN_ABORT.code() : 0;
        MessageWriter last = new MessageWriter(64).beginFrame(0, 0, MsgFlags.INFO3_LAST, result, 0, 0, 0).finish();
        last.writeTo(stream);
        job.sent(last.length());
    }

    private void scanPartition(PartitionRequest p, OutputStream stream) throws IOException {
        if (request.query != null) {
            for (IndexQuery.Hit hit : request.query.partition(request.store.partition(p.partitionId()),
                    p.resumeAfter(), p.bval())) {
                if (!offer(hit.digest(), hit.record(), hit.bval(), stream)) {
                    return;
                }
            }
            return;
        }
        for (Map.Entry<Digest, StoredRecord> e : walkOrder(p)) {
            if (!offer(e.getKey(), e.getValue(), null, stream)) {
                return;
            }
        }
    }

    /**
     * Sends one record unless it expired or the set or the filter excludes it; maxRecords counts the records that pass
     * the filter, sent or not (a record holding none of the selected bins is counted but not sent, as on the real
     * server).
     *
     * @return false once maxRecords is reached
     */
    private boolean offer(Digest key, StoredRecord rec, Long bval, OutputStream stream) throws IOException {
        if (job.aborted()) {
            return false;
        }
        byte[] digest = key.bytes();
        if (request.setName != null ? !request.setName.equals(rec.setName()) : TxnMonitors.isMonitor(rec)) {
            return true;
        }
        switch (rows.filter(request.filter, rec, digest)) {
            case EXPIRED:
                return true;
            case FILTERED_META:
                job.filteredMeta();
                return true;
            case FILTERED_BINS:
                job.filtered();
                return true;
            default:
                break;
        }
        counted++;
        job.succeeded();
        boolean more = request.maxRecords == 0 || counted < request.maxRecords;
        if (more) {
            // the real server throttles after each record but the one that fills maxRecords (SRV query.c)
            job.throttled();
        }
        if (rows.append(out, !frameOpen, request.msg, request.store.name(), digest, rec, bval)) {
            frameOpen = true;
            sent++;
            throttle();
            if (out.length() > CHUNK_LIMIT) {
                flush(stream);
            }
        }
        return more;
    }

    /** The partition's records in descending digest order, those after the resume digest only. */
    private List<Map.Entry<Digest, StoredRecord>> walkOrder(PartitionRequest p) {
        List<Map.Entry<Digest, StoredRecord>> records = new ArrayList<>(
                request.store.partition(p.partitionId()).entrySet());
        if (p.resumeAfter() != null) {
            records.removeIf(e -> e.getKey().compareUnsigned(p.resumeAfter()) >= 0);
        }
        records.sort((a, b) -> b.getKey().compareUnsigned(a.getKey()));
        return records;
    }

    /** Paces rows to the requested records per second. */
    private void throttle() {
        if (request.recordsPerSecond <= 0) {
            return;
        }
        long due = startNanos + sent * TimeUnit.SECONDS.toNanos(1) / request.recordsPerSecond;
        long wait = due - System.nanoTime();
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    private void beginMessageOrFrame(int info1, int info2, int info3, int resultCode, int generation) {
        if (frameOpen) {
            out.beginMessage(info1, info2, info3, resultCode, generation, 0, 0);
        } else {
            out.beginFrame(info1, info2, info3, resultCode, generation, 0, 0);
            frameOpen = true;
        }
    }

    private void flush(OutputStream stream) throws IOException {
        if (frameOpen) {
            out.finish().writeTo(stream);
            // the real server adds a proto header's size to each chunk's length, which already holds it (SRV query.c
            // send_blocking_response_chunk), so query-show's net-io-bytes is 8 more per chunk than went out
            job.sent(out.length() + Proto.HEADER_SIZE);
            frameOpen = false;
        }
    }
}
