package io.spikesdk.core.internal.command;

import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.core.internal.protocol.Proto;

/**
 * Reads the reply of a {@link BatchRequest} (docs/wire-protocol.md §12.2): frames of AS_MSGs back to back, one per
 * row (its result code, generation, void time, the row's index in transaction_ttl, bins as ops), in any order,
 * ended by an AS_MSG flagged INFO3_LAST whose result code is the batch's (0, or the error that stopped it).
 */
final class BatchReply implements ReplyHandler<Void> {
    private final BatchCall call;

    BatchReply(BatchCall call) {
        this.call = call;
    }

    @Override
    public int frame(byte[] frame, int bodyLength, int attempt) {
        int end = Proto.HEADER_SIZE + bodyLength;
        int off = Proto.HEADER_SIZE;
        while (off < end) {
            if (off + Proto.MSG_HEADER_SIZE > end) {
                throw ResponseParser.parseError("batch reply truncated inside an AS_MSG header");
            }
            int resultCode = frame[off + 5] & 0xFF;
            if ((frame[off + 3] & MsgFlags.INFO3_LAST) != 0) {
                return resultCode;
            }
            int index = Bytes.getInt(frame, off + 14);
            int msgEnd = ResponseParser.messageEnd(frame, off, end);
            if (index < 0 || index >= call.size()) {
                throw ResponseParser.parseError("batch reply row index " + index + " outside the batch of "
                    + call.size());
            }
            call.trackTxn(index, resultCode, frame, off);
            call.answer(index, resultCode, frame, off, msgEnd, attempt);
            call.markAnswered(index);
            off = msgEnd;
        }
        return MORE;
    }

    @Override
    public Void result(int resultCode, ResultHandler.Errors errors) {
        if (resultCode != 0) {
            throw errors.of(resultCode);
        }
        return null;
    }

    @Override
    public Object parentCall() {
        return call.parentCall;
    }
}
