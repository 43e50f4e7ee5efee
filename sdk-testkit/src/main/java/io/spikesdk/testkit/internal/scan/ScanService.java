package io.spikesdk.testkit.internal.scan;

import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MessageFormatException;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.core.internal.protocol.MessageWriter;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.testkit.internal.record.RecordService;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.function.IntPredicate;

/** Starts the scans and queries of one node: foreground ones stream rows, background ones apply write ops. Thread-safe. */
public final class ScanService {
    private final RecordService records;
    private final IntPredicate isMaster;
    private final JobRegistry jobs;
    private final RecordWriter writer;

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
     * @param jobs where the node's jobs are listed for {@code query-show}
     * @param writer how a background job writes a record
     */
    public ScanService(RecordService records, IntPredicate isMaster, JobRegistry jobs, RecordWriter writer) {
        this.records = records;
        this.isMaster = isMaster;
        this.jobs = jobs;
        this.writer = writer;
    }

    /** Executes one internal write of a background job on the master of its partition, leaving the reply in out. */
    @FunctionalInterface
    public interface RecordWriter {
        void write(int partitionId, MessageView msg, MessageWriter out);
    }

    /** The one LAST message (result 0) a background job is answered with once it runs. */
    private static void writeFin(OutputStream out) throws IOException {
        new MessageWriter(64).beginFrame(0, 0, MsgFlags.INFO3_LAST, 0, 0, 0, 0).finish().writeTo(out);
    }

    /** The answer to a scan or query refused before it starts (a security check): one frame with the code. */
    public static Answer refused(int resultCode, String namespace) {
        return new Answer(resultCode, namespace, out -> ScanStream.writeRefusal(out, resultCode));
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
        String namespace = msg.fieldString(FieldType.NAMESPACE);
        if (BackgroundUdf.udfOp(msg) == BackgroundUdf.AGGREGATION && (msg.info2() & MsgFlags.INFO2_WRITE) == 0) {
            return AggregationStream.start(msg, records, isMaster, jobs);
        }
        if ((msg.info2() & MsgFlags.INFO2_WRITE) != 0) {
            int result = BackgroundOps.run(msg, records, isMaster, writer::write, jobs);
            return new Answer(result, namespace, result == 0 ? ScanService::writeFin
                    : out -> ScanStream.writeRefusal(out, result));
        }
        ScanRequest request = ScanRequest.parse(msg, records);
        if (request.resultCode != 0) {
            return new Answer(request.resultCode, namespace, out -> ScanStream.writeRefusal(out, request.resultCode));
        }
        Job job = new Job(jobs.trid(request.taskId()), Job.Type.BASIC, request.store.name(), request.setName,
                request.query == null ? null : request.query.indexName(), request.pidsRequested(),
                request.keydsRequested(), request.recordsPerSecond, request.socketTimeout());
        // a short query is no job: its id is neither checked nor listed
        if ((msg.info1() & MsgFlags.INFO1_SHORT_QUERY) == 0 && !jobs.add(job)) {
            int refused = ResultCode.PARAMETER_ERROR.code();
            return new Answer(refused, namespace, out -> ScanStream.writeRefusal(out, refused));
        }
        return new Answer(0, namespace, new ScanStream(request, records.rows(), isMaster, job)::writeTo);
    }
}
