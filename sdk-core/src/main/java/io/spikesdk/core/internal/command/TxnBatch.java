package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.BatchPolicy;
import io.spikesdk.api.Expression;
import io.spikesdk.api.Key;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.internal.TxnState;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.core.internal.serial.Serialization;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A transaction's verify batch (each read key with its version: VERIFY_READ rows) or roll batch (each written key:
 * ROLL_FORWARD or ROLL_BACK rows), as the official client sends them. Succeeds when every row answers OK.
 */
final class TxnBatch extends BatchCall {
    private final TxnState txn;
    private final Key[] keys;
    private final Long[] versions;
    private final int txnAttr;
    private final BatchRow row;
    private final int[] resultCodes;
    private volatile boolean failed;

    private TxnBatch(BatchPolicy policy, TxnState txn, Key[] keys, Long[] versions, int txnAttr, BatchRow row) {
        super(policy, keys.length, Serialization.DISABLED);
        this.txn = txn;
        this.keys = keys;
        this.versions = versions;
        this.txnAttr = txnAttr;
        this.row = row;
        this.resultCodes = new int[keys.length];
        java.util.Arrays.fill(resultCodes, ResultCode.NO_RESPONSE.code());
    }

    /** Each key's result code: OK, the row's error, or NO_RESPONSE when its row was not answered. */
    Map<Key, ResultCode> results() {
        Map<Key, ResultCode> results = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            ResultCode code = ResultCode.fromCode(resultCodes[i]);
            results.put(keys[i], code != null ? code : ResultCode.SERVER_ERROR);
        }
        return results;
    }

    static TxnBatch verify(BatchPolicy policy, TxnState txn, Key[] keys, Long[] versions) {
        return new TxnBatch(policy, txn, keys, versions, MsgFlags.INFO4_TXN_VERIFY_READ, BatchRow.verify());
    }

    /** @param txnAttr ROLL_FORWARD or ROLL_BACK */
    static TxnBatch roll(BatchPolicy policy, TxnState txn, Key[] keys, int txnAttr) {
        Long[] versions = new Long[keys.length];
        for (int i = 0; i < keys.length; i++) {
            versions[i] = txn.readVersion(keys[i]);
        }
        return new TxnBatch(policy, txn, keys, versions, txnAttr, BatchRow.roll(txnAttr));
    }

    private boolean verifies() {
        return txnAttr == MsgFlags.INFO4_TXN_VERIFY_READ;
    }

    /** Whether every row answered OK. */
    boolean succeeded() {
        return !failed;
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
    boolean repeats(int prev, int i) {
        return true;
    }

    @Override
    TxnFields txnFields(int i) {
        return verifies() ? TxnFields.verify(versions[i]) : TxnFields.roll(txn, keys[i], versions[i], true);
    }

    @Override
    void trackTxn(int i, int resultCode, byte[] frame, int msgStart) {
        // the verify and roll answers change nothing in the transaction's tracking
    }

    @Override
    CommandRequest single(int i) {
        if (verifies()) {
            return TxnRecordRequest.verify(policy, keys[i], versions[i]);
        }
        return TxnRecordRequest.roll(policy, keys[i], txnAttr, TxnFields.roll(txn, keys[i], versions[i], false));
    }

    @Override
    boolean rowWrites(int i) {
        return !verifies();
    }

    @Override
    boolean rowFilters() {
        return false;
    }

    @Override
    Expression parentFilter() {
        return null;
    }

    @Override
    void answer(int i, int resultCode, byte[] frame, int msgStart, int msgEnd, int attempt) {
        resultCodes[i] = resultCode;
        if (resultCode != 0) {
            failed = true;
        }
    }

    @Override
    void rowUnroutable(int i, AerospikeException e) {
        failed = true;
    }

    @Override
    void unanswered(int i, AerospikeException e) {
        failed = true;
    }

    @Override
    void finish() {
    }
}
