package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Record;
import io.spikesdk.api.ResultCode;

/**
 * Turns the result code (and body) of a complete response into the command's result, the official
 * client's way (docs/wire-protocol.md §10): not found ⇒ null/false except for touch and writing operates,
 * FILTERED_OUT ⇒ null/false unless {@code failOnFilteredOut}, any other error ⇒ an exception (naming the ops
 * when the code concerns a bin, see {@code ServerErrors}).
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface ResultHandler<T> {

    /** Creates the exception for a result code, with node, attempts and in-doubt filled in. */
    @FunctionalInterface
    interface Errors {
        AerospikeException of(int resultCode);
    }

    T handle(Request request, byte[] frame, int bodyLength, int resultCode, Errors errors);

    /** get / getHeader: the record, or null when not found or filtered out. */
    ResultHandler<Record> RECORD = (req, frame, len, rc, errors) -> {
        if (rc == 0) {
            return ResponseParser.record(req.key, frame, len, false, false, req.serial);
        }
        return nullUnlessFatal(req, rc, errors);
    };

    /**
     * operate: like RECORD, but a missing record fails when the ops write. NULL entries are kept in place: the
     * server sends one for an op that holds its slot without a result (RESPOND_ALL_OPS, or a CDT read in a write).
     */
    ResultHandler<Record> OPERATE = (req, frame, len, rc, errors) -> {
        if (rc == 0) {
            return ResponseParser.record(req.key, frame, len, true, true, req.serial);
        }
        if (rc == ResultCode.KEY_NOT_FOUND_ERROR.code() && req.isWrite()) {
            throw ServerErrors.describe(req, errors.of(rc));
        }
        return nullUnlessFatal(req, rc, errors);
    };

    /** exists and delete: true when the record was there. */
    ResultHandler<Boolean> FOUND = (req, frame, len, rc, errors) -> {
        if (rc == 0) {
            return Boolean.TRUE;
        }
        return nullUnlessFatal(req, rc, errors) == null ? Boolean.FALSE : Boolean.TRUE;
    };

    /** put, append, prepend, add, removeBin, touch: nothing, or an exception. */
    ResultHandler<Void> WRITE = (req, frame, len, rc, errors) -> {
        if (rc == 0 || (rc == ResultCode.FILTERED_OUT.code() && !req.policy.failOnFilteredOut())) {
            return null;
        }
        throw ServerErrors.describe(req, errors.of(rc));
    };

    private static Record nullUnlessFatal(Request req, int rc, Errors errors) {
        if (rc == ResultCode.KEY_NOT_FOUND_ERROR.code()) {
            return null;
        }
        if (rc == ResultCode.FILTERED_OUT.code() && !req.policy.failOnFilteredOut()) {
            return null;
        }
        throw ServerErrors.describe(req, errors.of(rc));
    }
}
