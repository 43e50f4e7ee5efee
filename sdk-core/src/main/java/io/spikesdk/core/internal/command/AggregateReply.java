package io.spikesdk.core.internal.command;

import io.spikesdk.api.Record;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.core.internal.serial.Serialization;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads one node's answer to an {@link AggregateRequest}: frames of AS_MSGs, each carrying one value of the node's
 * stage in its {@code SUCCESS} bin (or the node's Lua error in a {@code FAILURE} bin), ended by an AS_MSG flagged
 * INFO3_LAST. A node that refuses the query answers one message with the code and nothing more (CE 8.1.2.0: 16
 * for a filter expression, 4 for a short query); KEY_NOT_FOUND (2), a node without the set, ends the node's share
 * without values. Partition-done messages are skipped.
 */
final class AggregateReply implements ReplyHandler<Void> {
    private final Consumer<Object> values;
    private final Serialization serial;
    /** The aggregation's metrics token ({@link ParentCall}), or null. */
    private final Object parentCall;
    private Record failure;
    /** The first error code a record message carried; 0 while none. */
    private int error;

    AggregateReply(Consumer<Object> values, Serialization serial, Object parentCall) {
        this.values = values;
        this.serial = serial;
        this.parentCall = parentCall;
    }

    @Override
    public Object parentCall() {
        return parentCall;
    }

    @Override
    public int frame(byte[] frame, int bodyLength, int attempt) {
        int end = Proto.HEADER_SIZE + bodyLength;
        int off = Proto.HEADER_SIZE;
        while (off < end) {
            if (off + Proto.MSG_HEADER_SIZE > end) {
                throw ResponseParser.parseError("aggregation reply truncated inside an AS_MSG header");
            }
            int info3 = frame[off + 3] & 0xFF;
            int resultCode = frame[off + 5] & 0xFF;
            if ((info3 & MsgFlags.INFO3_LAST) != 0) {
                if (error != 0) {
                    return error;
                }
                return resultCode == ResultCode.KEY_NOT_FOUND_ERROR.code() ? 0 : resultCode;
            }
            int msgEnd = ResponseParser.messageEnd(frame, off, end);
            boolean partitionDone = (info3 & MsgFlags.INFO3_PARTITION_DONE) != 0;
            if (!partitionDone && resultCode != 0 && resultCode != ResultCode.UDF_BAD_RESPONSE.code()) {
                // the node refused the query (or has no such set: 2) with one message and sends nothing more
                return error != 0 ? error : resultCode == ResultCode.KEY_NOT_FOUND_ERROR.code() ? 0 : resultCode;
            }
            if (!partitionDone && error == 0) {
                value(resultCode, ResponseParser.record(null, frame, off, msgEnd, false, true, serial));
            }
            off = msgEnd;
        }
        return MORE;
    }

    /** Hands on the node's value, or keeps the first error (the reply is read to its end all the same). */
    private void value(int resultCode, Record record) {
        Map<String, Object> bins = record.bins();
        if (resultCode == 0 && bins != null && bins.containsKey(UdfReply.SUCCESS_BIN)) {
            Object value = bins.get(UdfReply.SUCCESS_BIN);
            if (value != null) {
                values.accept(value);
            }
        } else if (resultCode == 0 || resultCode == ResultCode.UDF_BAD_RESPONSE.code()) {
            failure = record;
            error = ResultCode.UDF_BAD_RESPONSE.code();
        } else {
            error = resultCode;
        }
    }

    @Override
    public Void result(int resultCode, ResultHandler.Errors errors) {
        if (resultCode == ResultCode.UDF_BAD_RESPONSE.code()) {
            throw UdfReply.failure(failure, errors.of(resultCode));
        }
        if (resultCode != 0) {
            throw errors.of(resultCode);
        }
        return null;
    }
}
