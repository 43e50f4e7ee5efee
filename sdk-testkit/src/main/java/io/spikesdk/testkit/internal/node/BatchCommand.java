package io.spikesdk.testkit.internal.node;

import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.MessageFormatException;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.core.internal.protocol.MessageWriter;
import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.testkit.ActivityEntry;
import io.spikesdk.testkit.CommandKind;
import io.spikesdk.testkit.internal.batch.BatchRequest;
import io.spikesdk.testkit.internal.batch.BatchResponse;
import io.spikesdk.testkit.internal.inspect.RequestDetail;
import io.spikesdk.testkit.internal.record.RecordService;
import io.spikesdk.testkit.internal.security.ConnectionSecurity;
import java.util.List;

/**
 * Runs a batch the way the real server runs it: each row is a single-record command executed by the node that serves
 * its partition (locally, or proxied row by row to the master in a cluster), in request order, and answered as one
 * row of the batch's response stream. Injected faults apply per row; every row gets its own activity log entry.
 */
final class BatchCommand {
    private final String nodeId;
    private final RecordService local;
    private final CommandRouter router;
    private final FaultPlan faults;
    private final ActivityLog log;

    BatchCommand(String nodeId, RecordService local, CommandRouter router, FaultPlan faults, ActivityLog log) {
        this.nodeId = nodeId;
        this.local = local;
        this.router = router;
        this.faults = faults;
        this.log = log;
    }

    BatchResponse execute(byte[] body, int len, ConnectionSecurity connection) {
        int unauthenticated = connection.checkAuthenticated();
        if (unauthenticated != 0) {
            return BatchResponse.refused(unauthenticated);
        }
        BatchRequest request = BatchRequest.parse(body, len, local::serves, local::checkFilter);
        if (request.refusal() != 0) {
            return BatchResponse.refused(request.refusal());
        }
        BatchResponse response = request.newResponse();
        MessageView row = new MessageView();
        MessageWriter reply = new MessageWriter(1024);
        for (BatchRequest.Row r : request.rows()) {
            run(r, row, reply, response, connection);
        }
        if (request.truncated()) {
            response.terminate(ResultCode.PARAMETER_ERROR.code());
        }
        response.finish();
        return response;
    }

    private void run(BatchRequest.Row r, MessageView row, MessageWriter reply, BatchResponse response,
            ConnectionSecurity connection) {
        try {
            row.parse(r.message(), 0, r.message().length);
        } catch (MessageFormatException e) {
            response.addError(r.index(), ResultCode.PARAMETER_ERROR.code());
            return;
        }
        DataCommand cmd = DataCommand.of(row);
        RequestDetail detail = RequestDetail.of(row);
        String servedBy = nodeId;
        int refused = connection.checkRecordCommand(row);
        int injected = refused != 0 || cmd.kind() == CommandKind.OTHER ? -1
                : faults.injectedResult(cmd.kind(), cmd.digest());
        int result;
        if (refused != 0) {
            response.addError(r.index(), refused);
            result = refused;
        } else if (injected >= 0) {
            response.addError(r.index(), injected);
            result = injected;
        } else {
            servedBy = router.execute(cmd.partitionId(), cmd.masterOnly(), records -> records.handle(row, reply));
            if (servedBy == null) {
                servedBy = nodeId;
                response.addError(r.index(), ResultCode.PARTITION_UNAVAILABLE.code());
                result = ResultCode.PARTITION_UNAVAILABLE.code();
            } else {
                response.addRow(reply.buffer(), Proto.HEADER_SIZE, reply.length() - Proto.HEADER_SIZE, r.index(),
                        cmd.kind() == CommandKind.DELETE);
                result = reply.buffer()[Proto.HEADER_SIZE + 5] & 0xFF;
            }
        }
        log.add(new ActivityEntry(ActivityLog.nextSequence(), cmd.kind(), cmd.namespace(), cmd.digest(),
                cmd.partitionId(), result, nodeId, servedBy, List.of(), detail.set(), detail.userKey(),
                detail.operations()));
    }
}
