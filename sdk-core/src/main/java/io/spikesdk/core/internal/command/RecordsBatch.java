package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.BatchDelete;
import io.spikesdk.api.BatchDeletePolicy;
import io.spikesdk.api.BatchPolicy;
import io.spikesdk.api.BatchRead;
import io.spikesdk.api.BatchRecord;
import io.spikesdk.api.BatchUDF;
import io.spikesdk.api.BatchUDFPolicy;
import io.spikesdk.api.BatchWrite;
import io.spikesdk.api.BatchWritePolicy;
import io.spikesdk.api.Expression;
import io.spikesdk.api.Key;
import io.spikesdk.api.Operation;
import io.spikesdk.api.Record;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.Value;
import io.spikesdk.api.internal.ApiAccess;
import io.spikesdk.cdt.internal.msgpack.MsgPackWriter;
import io.spikesdk.core.internal.serial.Serialization;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch over a list of rows of any kind ({@link BatchRead}, {@link BatchWrite}, {@link BatchDelete},
 * {@link BatchUDF}), each with its own policy; each full row carries its policy's filter, the batch policy's
 * filter goes once for the whole batch. A row repeats the previous one, as the official client decides, when
 * the batch does not send keys, the namespace and set instances are the same, and both rows are of the same
 * kind with the same array and policy instances (and no key sent by that policy).
 *
 * <p>All rows are encoded (values packed, UDF arguments serialized) when the batch is built, so that a bad
 * value fails before anything is sent.
 */
final class RecordsBatch extends BatchCall {
    private final List<? extends BatchRecord> records;
    private final BatchRow[] rows;

    RecordsBatch(BatchPolicy policy, List<? extends BatchRecord> records, BatchWritePolicy writeDefault,
                 BatchDeletePolicy deleteDefault, BatchUDFPolicy udfDefault, Serialization serial) {
        super(policy, records.size(), serial);
        this.records = records;
        this.rows = new BatchRow[records.size()];
        MsgPackWriter.Fallback fallback = serial.fallback(policy);
        Map<Operation[], Value[]> prepared = new IdentityHashMap<>();
        BatchRow previous = null;
        for (int i = 0; i < rows.length; i++) {
            BatchRecord r = records.get(i);
            if (r == null) {
                throw new NullPointerException("records[" + i + "] must not be null");
            }
            if (i > 0 && sameShape(records.get(i - 1), r)) {
                rows[i] = previous;
                continue;
            }
            if (r instanceof BatchRead read) {
                rows[i] = readRow(read, fallback, prepared);
            } else if (r instanceof BatchWrite write) {
                BatchWritePolicy wp = write.policy() != null ? write.policy() : writeDefault;
                rows[i] = BatchRow.write(wp, write.ops(), prepare(write.ops(), fallback, prepared));
            } else if (r instanceof BatchDelete delete) {
                rows[i] = BatchRow.delete(delete.policy() != null ? delete.policy() : deleteDefault);
            } else {
                BatchUDF udf = (BatchUDF) r;
                rows[i] = BatchRow.udf(udf.policy() != null ? udf.policy() : udfDefault, udf.packageName(),
                    udf.functionName(), udf.args(), fallback);
            }
            previous = rows[i];
        }
    }

    private BatchRow readRow(BatchRead read, MsgPackWriter.Fallback fallback, Map<Operation[], Value[]> prepared) {
        int readAttr = BatchRow.readBase(policy);
        if (read.binNames() != null) {
            return BatchRow.read(policy, readAttr, read.binNames(), null, null);
        }
        if (read.ops() != null) {
            return BatchRow.read(policy, BatchRow.adjustRead(readAttr, read.ops()), null, read.ops(),
                prepare(read.ops(), fallback, prepared));
        }
        readAttr |= read.readAllBins() ? io.spikesdk.core.internal.protocol.MsgFlags.INFO1_GET_ALL
            : io.spikesdk.core.internal.protocol.MsgFlags.INFO1_NOBINDATA;
        return BatchRow.read(policy, readAttr, null, null, null);
    }

    /** The values of {@code ops} as sent, once per array instance; null when all are sent as they are. */
    private static Value[] prepare(Operation[] ops, MsgPackWriter.Fallback fallback, Map<Operation[], Value[]> cache) {
        if (cache.containsKey(ops)) {
            return cache.get(ops);
        }
        Value[] prepared = null;
        for (int i = 0; i < ops.length; i++) {
            Value converted = Request.prepare(ops[i].value(), fallback);
            if (converted != null) {
                if (prepared == null) {
                    prepared = new Value[ops.length];
                }
                prepared[i] = converted;
            }
        }
        cache.put(ops, prepared);
        return prepared;
    }

    /** The official client's row equality: same kind, same array and policy instances, no key sent by the policy. */
    private static boolean sameShape(BatchRecord prev, BatchRecord r) {
        if (prev instanceof BatchRead a && r instanceof BatchRead b) {
            return a.binNames() == b.binNames() && a.ops() == b.ops() && a.readAllBins() == b.readAllBins();
        }
        if (prev instanceof BatchWrite a && r instanceof BatchWrite b) {
            return a.ops() == b.ops() && a.policy() == b.policy() && (b.policy() == null || !b.policy().sendKey());
        }
        if (prev instanceof BatchDelete a && r instanceof BatchDelete b) {
            return a.policy() == b.policy() && (b.policy() == null || !b.policy().sendKey());
        }
        if (prev instanceof BatchUDF a && r instanceof BatchUDF b) {
            return a.functionName() == b.functionName() && a.args() == b.args()
                && a.packageName() == b.packageName() && a.policy() == b.policy()
                && (b.policy() == null || !b.policy().sendKey());
        }
        return false;
    }

    @Override
    Key key(int i) {
        return records.get(i).key();
    }

    @Override
    BatchRow row(int i) {
        return rows[i];
    }

    /** As the official client: operate and UDF commands may be compressed, reads and deletes are not. */
    @Override
    CommandRequest single(int i) {
        BatchRecord r = records.get(i);
        return new SingleRowRequest(this, i, r instanceof BatchWrite || r instanceof BatchUDF);
    }

    @Override
    boolean repeats(int prev, int i) {
        return !policy.sendKey() && sameShape(records.get(prev), records.get(i));
    }

    @Override
    boolean rowWrites(int i) {
        return rows[i].hasWrite;
    }

    @Override
    boolean rowFilters() {
        return true;
    }

    @Override
    Expression parentFilter() {
        return policy.filterExpression();
    }

    @Override
    void answer(int i, int resultCode, byte[] frame, int msgStart, int msgEnd, int attempt) {
        BatchRecord r = records.get(i);
        Record record = null;
        boolean failureBin = resultCode == ResultCode.UDF_BAD_RESPONSE.code() && r instanceof BatchUDF;
        if (resultCode == 0 || failureBin) {
            record = ResponseParser.record(r.key(), frame, msgStart, msgEnd, true, true, serial);
        }
        ApiAccess.completeBatchRecord(r, record, resultCode, resultCode != 0 && r.hasWrite() && attempt > 1);
    }

    @Override
    void rowUnroutable(int i, AerospikeException e) {
        ApiAccess.completeBatchRecord(records.get(i), null, e.resultCode().code(), false);
    }

    @Override
    void unanswered(int i, AerospikeException e) {
        BatchRecord r = records.get(i);
        if (e.inDoubt() && r.hasWrite()) {
            ApiAccess.completeBatchRecord(r, null, ResultCode.NO_RESPONSE.code(), true);
        }
    }

    @Override
    void finish() {
    }

    /** Whether every row succeeded. */
    boolean allSucceeded() {
        for (BatchRecord r : records) {
            if (r.resultCode() != 0) {
                return false;
            }
        }
        return true;
    }
}
