package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Key;
import io.spikesdk.api.Policy;
import io.spikesdk.api.Record;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.UdfException;
import io.spikesdk.core.internal.serial.Serialization;

import java.util.Map;

/**
 * Reads the answer to a {@link UdfRequest}: on success the function's return value is the {@code SUCCESS} bin (absent
 * or nil when it returned nothing); on failure (code 100) the {@code FAILURE} bin holds the server's error text,
 * thrown as a {@link UdfException}. FILTERED_OUT answers null unless the policy fails on it, as a write does.
 */
final class UdfReply implements ReplyHandler<Object> {
    static final String SUCCESS_BIN = "SUCCESS";
    static final String FAILURE_BIN = "FAILURE";

    private final Key key;
    private final Policy policy;
    private final Serialization serial;
    private Record record;

    UdfReply(Key key, Policy policy, Serialization serial) {
        this.key = key;
        this.policy = policy;
        this.serial = serial;
    }

    @Override
    public int frame(byte[] frame, int bodyLength, int attempt) {
        int resultCode = ResponseParser.resultCode(frame, bodyLength);
        if (policy.txn() != null) {
            TxnFields.track(policy.txn(), key, true, frame, io.spikesdk.core.internal.protocol.Proto.HEADER_SIZE,
                resultCode);
        }
        if (resultCode == 0 || resultCode == ResultCode.UDF_BAD_RESPONSE.code()) {
            record = ResponseParser.record(key, frame, bodyLength, false, false, serial);
        }
        return resultCode;
    }

    @Override
    public Object result(int resultCode, ResultHandler.Errors errors) {
        if (resultCode == 0) {
            Map<String, Object> bins = record == null ? null : record.bins();
            return bins == null ? null : bins.get(SUCCESS_BIN);
        }
        if (resultCode == ResultCode.FILTERED_OUT.code() && !policy.failOnFilteredOut()) {
            return null;
        }
        AerospikeException error = errors.of(resultCode);
        if (resultCode == ResultCode.UDF_BAD_RESPONSE.code()) {
            throw failure(record, error);
        }
        throw error;
    }

    /** The exception for a failed call: the {@code FAILURE} bin's text with the node and attempts of {@code error}. */
    static UdfException failure(Record record, AerospikeException error) {
        Object text = record == null || record.bins() == null ? null : record.bins().get(FAILURE_BIN);
        String udfError = text == null ? null : text.toString();
        String detail = udfError == null ? error.detail() : "UDF failed: " + udfError;
        return new UdfException(error.resultCode(), udfError, detail, error.node(), error.inDoubt(), error.attempts(),
            null);
    }
}
