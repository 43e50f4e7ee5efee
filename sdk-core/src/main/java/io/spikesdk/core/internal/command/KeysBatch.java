package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.BatchPolicy;
import io.spikesdk.api.BatchRecord;
import io.spikesdk.api.Expression;
import io.spikesdk.api.Key;
import io.spikesdk.api.Record;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.internal.ApiAccess;
import io.spikesdk.core.internal.serial.Serialization;

import java.util.function.IntFunction;


/**
 * A batch over a key array with one row shape for every key (get, getHeader, exists, operate and delete of
 * keys): full rows share one {@link BatchRow}, the filter goes once for the whole batch, and a row repeats the
 * previous one whenever the namespace and set instances are the same and no key is sent.
 */
final class KeysBatch extends BatchCall {
    /** Where the rows' answers go. */
    enum Result { RECORDS, EXISTS, ROWS }

    private final Key[] keys;
    private final BatchRow row;
    private final IntFunction<CommandRequest> readSingle;
    private final Result kind;
    private final boolean operate;
    private final Record[] records;
    private final boolean[] exists;
    private final BatchRecord[] rows;

    /**
     * @param operate parse records as operate results (several results of a bin become a list)
     * @param rows the outcome objects of {@link Result#ROWS}, one per key; else null
     * @param readSingle for reads, the single-record command of key {@code i} alone, as the official client
     *     builds it; null for {@link Result#ROWS}, whose key alone goes as its row's attributes
     */
    KeysBatch(BatchPolicy policy, Key[] keys, BatchRow row, Result kind, boolean operate, BatchRecord[] rows,
              IntFunction<CommandRequest> readSingle, Serialization serial) {
        super(policy, keys.length, serial);
        this.keys = keys;
        this.row = row;
        this.readSingle = readSingle;
        this.kind = kind;
        this.operate = operate;
        this.records = kind == Result.RECORDS ? new Record[keys.length] : null;
        this.exists = kind == Result.EXISTS ? new boolean[keys.length] : null;
        this.rows = rows;
    }

    Record[] records() {
        return records;
    }

    boolean[] exists() {
        return exists;
    }

    BatchRecord[] rows() {
        return rows;
    }

    @Override
    Key key(int i) {
        return keys[i];
    }

    @Override
    BatchRow row(int i) {
        return row;
    }

    @Override
    CommandRequest single(int i) {
        // the official client compresses an operate of one key, not a delete
        return readSingle != null ? readSingle.apply(i) : new SingleRowRequest(this, i, operate);
    }

    @Override
    boolean repeats(int prev, int i) {
        return !row.sendKey;
    }

    @Override
    boolean rowWrites(int i) {
        return row.hasWrite;
    }

    @Override
    boolean rowFilters() {
        return false;
    }

    @Override
    Expression parentFilter() {
        return row.filter != null ? row.filter : policy.filterExpression();
    }

    @Override
    void answer(int i, int resultCode, byte[] frame, int msgStart, int msgEnd, int attempt) {
        switch (kind) {
            case RECORDS:
                if (resultCode == 0) {
                    records[i] = ResponseParser.record(keys[i], frame, msgStart, msgEnd, operate, operate, serial);
                }
                break;
            case EXISTS:
                exists[i] = resultCode == 0;
                break;
            default:
                Record record = resultCode == 0
                    ? ResponseParser.record(keys[i], frame, msgStart, msgEnd, operate, operate, serial) : null;
                ApiAccess.completeBatchRecord(rows[i], record, resultCode,
                    resultCode != 0 && row.hasWrite && attempt > 1);
                break;
        }
    }

    @Override
    void rowUnroutable(int i, AerospikeException e) {
        if (kind == Result.ROWS) {
            ApiAccess.completeBatchRecord(rows[i], null, e.resultCode().code(), false);
        }
    }

    @Override
    void unanswered(int i, AerospikeException e) {
        if (kind == Result.ROWS && e.inDoubt() && row.hasWrite) {
            ApiAccess.completeBatchRecord(rows[i], null, ResultCode.NO_RESPONSE.code(), true);
        }
    }

    @Override
    void finish() {
        AerospikeException e = routingError();
        if (e != null && kind != Result.ROWS) {
            throw e;
        }
    }
}
