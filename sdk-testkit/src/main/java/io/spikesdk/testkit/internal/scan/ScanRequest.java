package io.spikesdk.testkit.internal.scan;

import static io.spikesdk.core.internal.protocol.MsgFlags.INFO1_NOBINDATA;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO1_SHORT_QUERY;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO3_PARTITION_DONE;

import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.testkit.internal.record.RecordRows;
import io.spikesdk.testkit.internal.record.RecordService;
import io.spikesdk.testkit.internal.sindex.IndexQuery;
import io.spikesdk.testkit.internal.sindex.QueryRange;
import io.spikesdk.testkit.internal.storage.Digest;
import io.spikesdk.testkit.internal.storage.NamespaceStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A foreground scan or query, checked in the real server's order (SRV {@code query.c basic_query_job_start}): the
 * namespace (20), the PARTITION_DONE bit (16), the set, partition, BVAL, index range and records-per-second fields
 * and the index name (4), the presence of a partition field (16), the index (201), the socket timeout, max-records,
 * ops and filter fields (4); then {@link ScanService} refuses a job id already in use (4).
 */
final class ScanRequest {
    private static final int MAX_SET_NAME = 63;
    private static final int PID_SIZE = 2;
    private static final int BVAL_SIZE = 8;
    private static final int MAX_INDEX_NAME = 63;

    final MessageView msg;
    final NamespaceStore store;
    final String setName;
    /** Requested partitions in ascending id order, the order the server walks them. */
    final List<PartitionRequest> partitions;
    final long maxRecords;
    final int recordsPerSecond;
    final byte[] filter;
    /** The secondary-index query, or null for a scan. */
    final IndexQuery query;
    final int resultCode;

    private ScanRequest(MessageView msg, NamespaceStore store, String setName, List<PartitionRequest> partitions,
            long maxRecords, int recordsPerSecond, byte[] filter, IndexQuery query, int resultCode) {
        this.msg = msg;
        this.store = store;
        this.setName = setName;
        this.partitions = partitions;
        this.maxRecords = maxRecords;
        this.recordsPerSecond = recordsPerSecond;
        this.filter = filter;
        this.query = query;
        this.resultCode = resultCode;
    }

    private static ScanRequest failed(MessageView msg, ResultCode code) {
        return new ScanRequest(msg, null, null, List.of(), 0, 0, null, null, code.code());
    }

    /** Parses and checks a scan message; {@link #resultCode} is 0 when the scan can run. */
    static ScanRequest parse(MessageView msg, RecordService records) {
        NamespaceStore store = records.namespace(msg.fieldString(FieldType.NAMESPACE));
        if (store == null) {
            return failed(msg, ResultCode.INVALID_NAMESPACE);
        }
        if ((msg.info3() & INFO3_PARTITION_DONE) == 0) {
            return failed(msg, ResultCode.UNSUPPORTED_FEATURE);
        }
        String set = msg.fieldString(FieldType.SET);
        if (set != null && set.length() > MAX_SET_NAME) {
            return failed(msg, ResultCode.PARAMETER_ERROR);
        }
        PartitionRequest[] byId = new PartitionRequest[Proto.PARTITIONS];
        if (!readPids(msg, byId) || !readDigests(msg, byId)) {
            return failed(msg, ResultCode.PARAMETER_ERROR);
        }
        QueryRange range = null;
        if (msg.findField(FieldType.INDEX_RANGE) >= 0) {
            range = QueryRange.parse(msg);
            if (range == null) {
                return failed(msg, ResultCode.PARAMETER_ERROR);
            }
        }
        int rps = 0;
        int rpsField = msg.findField(FieldType.RECORDS_PER_SECOND);
        if (rpsField >= 0) {
            if ((msg.info1() & INFO1_SHORT_QUERY) != 0 || msg.fieldLength(rpsField) != Integer.BYTES) {
                return failed(msg, ResultCode.PARAMETER_ERROR);
            }
            rps = Bytes.getInt(msg.buffer(), msg.fieldOffset(rpsField));
        }
        String indexName = msg.fieldString(FieldType.INDEX_NAME);
        if (indexName != null && (indexName.isEmpty() || indexName.length() > MAX_INDEX_NAME)) {
            return failed(msg, ResultCode.PARAMETER_ERROR);
        }
        if (msg.findField(FieldType.PID_ARRAY) < 0 && msg.findField(FieldType.DIGEST_ARRAY) < 0) {
            return failed(msg, ResultCode.UNSUPPORTED_FEATURE);
        }
        String setName = set == null || set.isEmpty() ? null : set;
        IndexQuery query = null;
        if (range != null) {
            query = indexName != null ? IndexQuery.byName(store, indexName, range).orElse(null)
                    : IndexQuery.find(store, setName, range).orElse(null);
            if (query == null) {
                return failed(msg, ResultCode.INDEX_NOT_FOUND);
            }
        }
        if (!hasSize(msg, FieldType.SOCKET_TIMEOUT, Integer.BYTES) || !hasSize(msg, FieldType.MAX_RECORDS, Long.BYTES)) {
            return failed(msg, ResultCode.PARAMETER_ERROR);
        }
        int maxField = msg.findField(FieldType.MAX_RECORDS);
        long max = maxField < 0 ? 0 : Bytes.getLong(msg.buffer(), msg.fieldOffset(maxField));
        if ((msg.info1() & INFO1_NOBINDATA) == 0 && !RecordRows.readOpsOnly(msg)) {
            return failed(msg, ResultCode.PARAMETER_ERROR);
        }
        byte[] filter = msg.fieldBytes(FieldType.FILTER_EXP);
        if (filter != null && records.rows().checkFilter(filter) != 0) {
            return failed(msg, ResultCode.PARAMETER_ERROR);
        }
        List<PartitionRequest> partitions = new ArrayList<>();
        for (PartitionRequest p : byId) {
            if (p != null) {
                partitions.add(p);
            }
        }
        return new ScanRequest(msg, store, setName, partitions, max, rps, filter, query, 0);
    }

    /** The job id the client chose (QUERY_ID field), 0 when absent. */
    long taskId() {
        int f = msg.findField(FieldType.QUERY_ID);
        return f >= 0 && msg.fieldLength(f) == Long.BYTES ? Bytes.getLong(msg.buffer(), msg.fieldOffset(f)) : 0;
    }

    /** The socket timeout in milliseconds as {@code query-show} reports it: the field, -1 for 0, else 10000. */
    int socketTimeout() {
        int f = msg.findField(FieldType.SOCKET_TIMEOUT);
        if (f < 0) {
            return Job.DEFAULT_SOCKET_TIMEOUT;
        }
        int t = Bytes.getInt(msg.buffer(), msg.fieldOffset(f));
        return t == 0 ? -1 : t;
    }

    /** Partitions asked for from their start (PID_ARRAY) and after a digest (DIGEST_ARRAY). */
    int pidsRequested() {
        return partitions.size();
    }

    int keydsRequested() {
        return (int) partitions.stream().filter(p -> p.resumeAfter() != null).count();
    }

    private static boolean hasSize(MessageView msg, int fieldType, int size) {
        int i = msg.findField(fieldType);
        return i < 0 || msg.fieldLength(i) == size;
    }

    /** PID_ARRAY: little-endian partition ids, neither empty nor repeated. */
    private static boolean readPids(MessageView msg, PartitionRequest[] byId) {
        int f = msg.findField(FieldType.PID_ARRAY);
        if (f < 0) {
            return true;
        }
        int n = msg.fieldLength(f) / PID_SIZE;
        if (n == 0 || n > Proto.PARTITIONS) {
            return false;
        }
        byte[] buf = msg.buffer();
        int off = msg.fieldOffset(f);
        for (int i = 0; i < n; i++) {
            int pid = (buf[off + PID_SIZE * i] & 0xFF) | (buf[off + PID_SIZE * i + 1] & 0xFF) << 8;
            if (pid >= Proto.PARTITIONS || byId[pid] != null) {
                return false;
            }
            byId[pid] = new PartitionRequest(pid, null, 0);
        }
        return true;
    }

    /**
     * DIGEST_ARRAY: per partition the digest to resume after; with an index filter the BVAL_ARRAY must give one
     * little-endian index value per digest, and a BVAL_ARRAY never comes without digests.
     */
    private static boolean readDigests(MessageView msg, PartitionRequest[] byId) {
        int f = msg.findField(FieldType.DIGEST_ARRAY);
        int bvals = msg.findField(FieldType.BVAL_ARRAY);
        if (f < 0) {
            return bvals < 0;
        }
        int n = msg.fieldLength(f) / Digest.SIZE;
        if (n == 0 || n > Proto.PARTITIONS) {
            return false;
        }
        boolean query = msg.findField(FieldType.INDEX_RANGE) >= 0;
        if (query && (bvals < 0 || msg.fieldLength(bvals) / BVAL_SIZE != n)) {
            return false;
        }
        byte[] buf = msg.buffer();
        int off = msg.fieldOffset(f);
        for (int i = 0; i < n; i++) {
            Digest digest = new Digest(Arrays.copyOfRange(buf, off + Digest.SIZE * i, off + Digest.SIZE * (i + 1)));
            int pid = digest.partitionId();
            if (byId[pid] != null) {
                return false;
            }
            long bval = query ? littleEndianLong(buf, msg.fieldOffset(bvals) + BVAL_SIZE * i) : 0;
            byId[pid] = new PartitionRequest(pid, digest, bval);
        }
        return true;
    }

    private static long littleEndianLong(byte[] buf, int off) {
        long v = 0;
        for (int i = BVAL_SIZE - 1; i >= 0; i--) {
            v = v << 8 | (buf[off + i] & 0xFF);
        }
        return v;
    }
}
