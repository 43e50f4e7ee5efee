package io.spikesdk.testkit.internal.node;

import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.InfoCodec;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.core.internal.protocol.MessageWriter;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.testkit.ActivityEntry;
import io.spikesdk.testkit.CommandKind;
import io.spikesdk.testkit.internal.batch.BatchResponse;
import io.spikesdk.testkit.internal.info.InfoService;
import io.spikesdk.testkit.internal.info.InfoSession;
import io.spikesdk.testkit.internal.inspect.RequestDetail;
import io.spikesdk.testkit.internal.record.RecordService;
import io.spikesdk.testkit.internal.scan.ScanService;
import io.spikesdk.testkit.internal.security.ConnectionSecurity;
import io.spikesdk.testkit.internal.security.NodeSecurity;
import java.util.List;

/**
 * The request-level front of one node: answers info requests, applies injected result codes, routes
 * single-record commands (locally or proxied to the partition owner), runs batches row by row and logs every
 * request in the node's activity log. Thread-safe.
 */
public final class NodeService {
    private static final int RESULT_OFFSET = Proto.HEADER_SIZE + 5;

    private final String nodeId;
    private final InfoService info;
    private final RecordService local;
    private final CommandRouter router;
    private final FaultPlan faults;
    private final ActivityLog log;
    private final BatchCommand batch;
    private final ScanService scans;
    private final NodeSecurity security;

    public NodeService(String nodeId, InfoService info, RecordService local, CommandRouter router, FaultPlan faults,
            ActivityLog log) {
        this(nodeId, info, local, router, faults, log, NodeSecurity.DISABLED);
    }

    public NodeService(String nodeId, InfoService info, RecordService local, CommandRouter router, FaultPlan faults,
            ActivityLog log, NodeSecurity security) {
        this.security = security;
        this.nodeId = nodeId;
        this.info = info;
        this.local = local;
        this.router = router;
        this.faults = faults;
        this.log = log;
        this.batch = new BatchCommand(nodeId, local, router, faults, log);
        this.scans = new ScanService(local, router::isMaster, info.jobs(),
                (pid, msg, out) -> router.execute(pid, true, records -> records.handle(msg, out)));
    }

    /** This node's security: {@link NodeSecurity#DISABLED} unless the server was built with security. */
    public NodeSecurity security() {
        return security;
    }

    /** The reply frame to an admin (security) message whose body is {@code body[0, len)}. */
    public byte[] admin(byte[] body, int len, ConnectionSecurity connection) {
        byte[] reply = connection.admin(body, len);
        log.add(new ActivityEntry(ActivityLog.nextSequence(), CommandKind.OTHER, null, null, -1,
                reply[Proto.HEADER_SIZE + 1] & 0xFF, nodeId, nodeId, List.of()));
        return reply;
    }

    /** The reply body of an info request whose body is {@code body[0, len)}, received on {@code session}. */
    public byte[] info(byte[] body, int len, InfoSession session) {
        return info(body, len, session, ConnectionSecurity.OPEN);
    }

    /**
     * The reply body of an info request on a connection with the given security state: an unauthenticated one gets
     * one {@code ERROR:80} line; a command the user lacks the permission for is answered {@code ERROR:81:...}.
     */
    public byte[] info(byte[] body, int len, InfoSession session, ConnectionSecurity connection) {
        String refusal = connection.infoRefusal();
        byte[] reply = refusal != null ? refusal.getBytes(java.nio.charset.StandardCharsets.UTF_8)
                : info.respond(body, 0, len, session, connection::infoCommandRefusal);
        List<String> commands = InfoCodec.parseRequest(body, 0, len);
        log.add(new ActivityEntry(ActivityLog.nextSequence(), CommandKind.INFO, null, null, -1, 0, nodeId, nodeId,
                commands));
        return reply;
    }

    /**
     * Whether an AS_MSG body (at least a header long) is a batch parent (info1 BATCH), answered by {@link #batch}
     * rather than {@link #data}.
     */
    public static boolean isBatch(byte[] body) {
        return (body[1] & MsgFlags.INFO1_BATCH) != 0;
    }

    /** Executes a batch parent message {@code body[0, len)}; the answer is protos ending with the LAST marker. */
    public BatchResponse batch(byte[] body, int len) {
        return batch(body, len, ConnectionSecurity.OPEN);
    }

    /** As {@link #batch(byte[], int)}, each row checked against the connection's permissions (refused rows: 81). */
    public BatchResponse batch(byte[] body, int len, ConnectionSecurity connection) {
        BatchResponse response = batch.execute(body, len, connection);
        log.add(new ActivityEntry(ActivityLog.nextSequence(), CommandKind.OTHER, null, null, -1,
                response.resultCode(), nodeId, nodeId, List.of()));
        return response;
    }

    /**
     * Whether a parsed AS_MSG is a scan or query: foreground, background with ops or a UDF, or an aggregation (no
     * digest, no batch; UDF fields only with UDF_OP),
     * answered by {@link #scanOrQuery} rather than {@link #data}.
     */
    public static boolean isScanOrQuery(MessageView msg) {
        return msg.findField(FieldType.DIGEST_RIPE) < 0 && (msg.info1() & MsgFlags.INFO1_BATCH) == 0
                && (msg.findField(FieldType.UDF_PACKAGE_NAME) < 0 || msg.findField(FieldType.UDF_OP) >= 0);
    }

    /**
     * Starts a scan or query whose AS_MSG body is {@code body[0, len)}: the rows of a foreground one are produced as
     * they are sent; a background one has run when this returns.
     */
    public ScanService.Answer scanOrQuery(byte[] body, int len) {
        return scanOrQuery(body, len, ConnectionSecurity.OPEN, null);
    }

    /**
     * As {@link #scanOrQuery(byte[], int)} on a connection with the given security state; {@code parsed} is the
     * request already parsed (for the permission check), or null when security is off.
     */
    public ScanService.Answer scanOrQuery(byte[] body, int len, ConnectionSecurity connection, MessageView parsed) {
        int refused = parsed == null ? 0 : connection.checkScanOrQuery(parsed);
        ScanService.Answer answer = refused != 0 ? ScanService.refused(refused, parsed.fieldString(FieldType.NAMESPACE))
                : scans.start(body, len);
        log.add(new ActivityEntry(ActivityLog.nextSequence(), CommandKind.OTHER, answer.namespace(), null, -1,
                answer.resultCode(), nodeId, nodeId, List.of()));
        return answer;
    }

    /**
     * Executes one parsed single-record AS_MSG and leaves the finished reply frame in {@code out}.
     *
     * @return the injected {@linkplain FaultPlan#latencyNanos namespace latency} of this command, 0 for none: the
     *     caller sends the reply that many nanoseconds later (the command has run already)
     */
    public long data(MessageView msg, MessageWriter out) {
        return data(msg, out, ConnectionSecurity.OPEN);
    }

    /** As {@link #data(MessageView, MessageWriter)}, refused (nothing done) when the connection may not run it. */
    public long data(MessageView msg, MessageWriter out, ConnectionSecurity connection) {
        DataCommand cmd = DataCommand.of(msg);
        RequestDetail detail = RequestDetail.of(msg);
        String servedBy = nodeId;
        int refused = connection.checkRecordCommand(msg);
        int injected = refused != 0 || cmd.kind() == CommandKind.OTHER ? -1
                : faults.injectedResult(cmd.kind(), cmd.digest());
        if (refused != 0) {
            out.beginFrame(0, 0, 0, refused, 0, 0, 0).finish();
        } else if (injected >= 0) {
            out.beginFrame(0, 0, 0, injected, 0, 0, 0).finish();
        } else if (cmd.routable()) {
            servedBy = router.execute(cmd.partitionId(), cmd.masterOnly(), records -> records.handle(msg, out));
            if (servedBy == null) {
                servedBy = nodeId;
                out.beginFrame(0, 0, 0, ResultCode.PARTITION_UNAVAILABLE.code(), 0, 0, 0).finish();
            }
        } else {
            local.handle(msg, out);
        }
        int result = out.length() > RESULT_OFFSET ? out.buffer()[RESULT_OFFSET] & 0xFF : 0;
        log.add(new ActivityEntry(ActivityLog.nextSequence(), cmd.kind(), cmd.namespace(), cmd.digest(),
                cmd.partitionId(), result, nodeId, servedBy, List.of(), detail.set(), detail.userKey(),
                detail.operations()));
        return cmd.kind() == CommandKind.OTHER ? 0 : faults.latencyNanos(cmd.namespace(), cmd.kind());
    }
}
