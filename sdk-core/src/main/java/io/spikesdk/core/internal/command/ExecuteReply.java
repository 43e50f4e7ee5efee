package io.spikesdk.core.internal.command;

import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.core.internal.protocol.Proto;

/**
 * Reads a node's answer to an {@link ExecuteRequest}: result codes only, ended by INFO3_LAST. KEY_NOT_FOUND (2), the
 * answer of a node that has no record of the set, is no error (as the official client reads it).
 */
final class ExecuteReply implements ReplyHandler<Void> {

    @Override
    public int frame(byte[] frame, int bodyLength, int attempt) {
        int end = Proto.HEADER_SIZE + bodyLength;
        int off = Proto.HEADER_SIZE;
        while (off < end) {
            if (off + Proto.MSG_HEADER_SIZE > end) {
                throw ResponseParser.parseError("background job reply truncated inside an AS_MSG header");
            }
            int resultCode = frame[off + 5] & 0xFF;
            if (resultCode == ResultCode.KEY_NOT_FOUND_ERROR.code()) {
                return 0;
            }
            if (resultCode != 0 || (frame[off + 3] & MsgFlags.INFO3_LAST) != 0) {
                return resultCode;
            }
            off = ResponseParser.messageEnd(frame, off, end);
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
}
