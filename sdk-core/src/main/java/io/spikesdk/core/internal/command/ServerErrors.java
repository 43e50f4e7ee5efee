package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.ResultCode;
import java.util.EnumSet;
import java.util.Set;

/**
 * Adds what the client knows to a server error whose code concerns a bin or an op: the server answers
 * {@code BIN_TYPE_ERROR} without saying which op on which bin failed, so the message lists the request's ops,
 * e.g. {@code "Operation not valid for the bin type (ADD on bin \"n\")"}.
 */
final class ServerErrors {
    private static final Set<ResultCode> ABOUT_A_BIN = EnumSet.of(ResultCode.PARAMETER_ERROR,
            ResultCode.BIN_EXISTS_ERROR, ResultCode.BIN_TYPE_ERROR, ResultCode.BIN_NOT_FOUND,
            ResultCode.BIN_NAME_TOO_LONG, ResultCode.ELEMENT_NOT_FOUND, ResultCode.ELEMENT_EXISTS,
            ResultCode.OP_NOT_APPLICABLE);

    private ServerErrors() {
    }

    /** {@code error}, or an equal one (code, node, attempts, in-doubt) whose detail names the request's ops. */
    static AerospikeException describe(Request request, AerospikeException error) {
        if (!ABOUT_A_BIN.contains(error.resultCode())) {
            return error;
        }
        String ops = request.describeOps();
        if (ops.isEmpty()) {
            return error;
        }
        return AerospikeException.create(error.resultCode(), error.detail() + " (" + ops + ")", error.node(),
                error.inDoubt(), error.attempts(), error.getCause());
    }
}
