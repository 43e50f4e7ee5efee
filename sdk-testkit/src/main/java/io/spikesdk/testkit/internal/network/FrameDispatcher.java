package io.spikesdk.testkit.internal.network;

import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.MessageFormatException;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.core.internal.protocol.MessageWriter;
import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.core.internal.protocol.ProtocolException;
import io.spikesdk.testkit.internal.batch.BatchResponse;
import io.spikesdk.testkit.internal.info.InfoSession;
import io.spikesdk.testkit.internal.info.ServerStats;
import io.spikesdk.testkit.internal.node.NodeService;
import io.spikesdk.testkit.internal.security.ConnectionSecurity;
import java.io.IOException;
import java.io.OutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one received frame into one reply frame, by proto type: info (1), security (2: the admin protocol of a secure
 * server, else "not supported" as CE answers), AS_MSG (3) and compressed AS_MSG (4, Enterprise-only on CE).
 * Holds per-connection state (scratch buffers, the info session, who the connection is authenticated as); not
 * thread-safe.
 */
final class FrameDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(FrameDispatcher.class);

    private final NodeService node;
    private final ServerStats stats;
    private final ConnectionPeer peer;
    private final MessageView view = new MessageView();
    private final MessageWriter writer = new MessageWriter(16 * 1024);
    private final InfoSession infoSession = new InfoSession();
    private final Reply writerReply = writer::writeTo;
    private final ConnectionSecurity security;

    FrameDispatcher(NodeService node, ServerStats stats, ConnectionPeer peer) {
        this.node = node;
        this.stats = stats;
        this.peer = peer;
        this.security = node.security().open(peer.address(), peer.clientCertificate());
    }

    /** The connection closed: its authentication no longer counts. */
    void close() {
        security.close();
    }

    /** Who is on the other end of this connection. */
    ConnectionPeer peer() {
        return peer;
    }

    /**
     * Rejects proto headers the server drops the connection for (docs/wire-protocol.md §1.3, docs/embedded-server.md
     * R11).
     */
    static void checkHeader(long header) throws ProtocolException {
        int version = Proto.version(header);
        int type = Proto.type(header);
        if (version != Proto.VERSION && !(version == 0 && type == Proto.TYPE_ADMIN)) {
            throw new ProtocolException("bad proto version " + version + " (type " + type + ")");
        }
        if (type < Proto.TYPE_INFO || type > Proto.TYPE_COMPRESSED) {
            throw new ProtocolException("unknown proto type " + type);
        }
    }

    /** What is sent back for one frame: one proto, or (for a batch, scan or query) several. */
    @FunctionalInterface
    interface Reply {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * The reply to one frame, valid until the next frame is dispatched (it may use this dispatcher's buffers).
     *
     * @param latencyNanos the namespace latency injected into it ({@code Faults.latency}), 0 for none
     */
    record Answer(Reply reply, long latencyNanos) {
        Answer(Reply reply) {
            this(reply, 0);
        }
    }

    /** Executes a frame of the given type whose body is {@code body[0, len)} and builds its reply. */
    Answer dispatch(int type, byte[] body, int len) throws ProtocolException {
        switch (type) {
            case Proto.TYPE_INFO:
                byte[] reply = node.info(body, len, infoSession, security);
                writer.rawFrame(Proto.TYPE_INFO, reply, 0, reply.length);
                return new Answer(writerReply);
            case Proto.TYPE_ADMIN:
                byte[] admin = node.admin(body, len, security);
                return new Answer(out -> out.write(admin));
            case Proto.TYPE_COMPRESSED:
                writer.beginFrame(0, 0, 0, ResultCode.ENTERPRISE_ONLY.code(), 0, 0, 0).finish();
                return new Answer(writerReply);
            default:
                return message(body, len);
        }
    }

    private Answer message(byte[] body, int len) throws ProtocolException {
        if (len < Proto.MSG_HEADER_SIZE) {
            throw new ProtocolException("AS_MSG body of " + len + " bytes is shorter than its 22-byte header");
        }
        if (NodeService.isBatch(body)) {
            BatchResponse batch = node.batch(body, len, security);
            stats.batchFinished(batch.resultCode());
            return new Answer(batch::writeTo);
        }
        try {
            view.parse(body, 0, len);
        } catch (MessageFormatException e) {
            stats.demarshalError();
            LOG.debug("malformed AS_MSG answered with {}: {}", ResultCode.PARAMETER_ERROR.code(), e.getMessage());
            writer.beginFrame(0, 0, 0, ResultCode.PARAMETER_ERROR.code(), 0, 0, 0).finish();
            return new Answer(writerReply);
        }
        if (NodeService.isScanOrQuery(view)) {
            return new Answer(node.scanOrQuery(body, len, security, view)::writeTo);
        }
        long latency = node.data(view, writer, security);
        return new Answer(writerReply, latency);
    }
}
