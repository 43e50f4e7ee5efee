package io.spikesdk.core.internal.command;

/**
 * The reply to a batch row sent as a single-record command: one AS_MSG laid out as a batch row, handed to the
 * row's {@link BatchCall}. Its result code is the row's outcome, never retried (as the official client).
 */
final class SingleRowReply implements ReplyHandler<Void> {
    private final BatchCall call;
    private final int row;

    SingleRowReply(BatchCall call, int row) {
        this.call = call;
        this.row = row;
    }

    @Override
    public int frame(byte[] frame, int bodyLength, int attempt) {
        int resultCode = ResponseParser.resultCode(frame, bodyLength);
        int start = io.spikesdk.core.internal.protocol.Proto.HEADER_SIZE;
        int end = ResponseParser.messageEnd(frame, start, start + bodyLength);
        call.trackTxn(row, resultCode, frame, start);
        call.answer(row, resultCode, frame, start, end, attempt);
        call.markAnswered(row);
        return 0;
    }

    @Override
    public Void result(int resultCode, ResultHandler.Errors errors) {
        return null;
    }

    @Override
    public Object parentCall() {
        return call.parentCall;
    }
}
