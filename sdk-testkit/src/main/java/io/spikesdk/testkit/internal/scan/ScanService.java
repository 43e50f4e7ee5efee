package io.spikesdk.testkit.internal.scan;

import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MessageFormatException;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.testkit.internal.record.RecordService;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.function.IntPredicate;

/** Starts the foreground scans and queries of one node. Thread-safe. */
public final class ScanService {
    private final RecordService records;
    private final IntPredicate isMaster;

    /** What is sent back, written when the reply goes out. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * The answer to a scan or query.
     *
     * @param resultCode 0 when the scan runs, else the result code it was refused with
     * @param namespace the namespace the request names, or null
     * @param body the refusal, or the stream of rows produced while it is written
     */
    public record Answer(int resultCode, String namespace, Body body) {
        public void writeTo(OutputStream out) throws IOException {
            body.writeTo(out);
        }
    }

    /**
     * @param records this node's records
     * @param isMaster whether this node is the master of a partition, the one node that serves it to scans
     */
    public ScanService(RecordService records, IntPredicate isMaster) {
        this.records = records;
        this.isMaster = isMaster;
    }

    /**
     * Checks the request whose AS_MSG body is {@code body[0, len)}; a copy is kept because the stream runs after the
     * connection's buffers have moved on.
     */
    public Answer start(byte[] body, int len) {
        MessageView msg = new MessageView();
        try {
            msg.parse(Arrays.copyOf(body, len), 0, len);
        } catch (MessageFormatException e) {
            throw new IllegalArgumentException("a scan body that parsed once must parse again", e);
        }
        ScanRequest request = ScanRequest.parse(msg, records);
        String namespace = msg.fieldString(FieldType.NAMESPACE);
        if (request.resultCode != 0) {
            return new Answer(request.resultCode, namespace, out -> ScanStream.writeRefusal(out, request.resultCode));
        }
        return new Answer(0, namespace, new ScanStream(request, records.rows(), isMaster)::writeTo);
    }
}
