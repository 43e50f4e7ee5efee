package io.spikesdk.testkit.internal.record;

import static io.spikesdk.core.internal.protocol.MsgFlags.INFO1_NOBINDATA;
import static io.spikesdk.core.internal.protocol.MsgFlags.INFO2_RESPOND_ALL_OPS;

import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.core.internal.protocol.MessageWriter;
import io.spikesdk.testkit.internal.ops.ComplexOpHandler;
import io.spikesdk.testkit.internal.ops.FilterEvaluator;
import io.spikesdk.testkit.internal.storage.Bin;
import io.spikesdk.testkit.internal.storage.ServerClock;
import io.spikesdk.testkit.internal.storage.StoredRecord;
import java.nio.charset.StandardCharsets;

/**
 * The record rows of a scan or query stream (docs/wire-protocol.md §13.2): the filter expression decides whether a
 * record is sent; a row carries namespace, digest, set and stored key fields, an optional BVAL, and the record's
 * bins, the bins the read ops select, or (NOBINDATA) none. Thread-safe.
 */
public final class RecordRows {
    private static final int BVAL_SIZE = 8;

    private final ServerClock clock;
    private final OpExecutor ops;
    private final FilterEvaluator filters;

    public RecordRows(ServerClock clock, ComplexOpHandler complex, FilterEvaluator filters) {
        this.clock = clock;
        this.ops = new OpExecutor(complex);
        this.filters = filters;
    }

    /** 0 when the expression compiles to a boolean, else the result code a command carrying it fails with. */
    public int checkFilter(byte[] expression) {
        return filters.validate(expression);
    }

    /** Whether every op of a scan or query is a read of a valid bin name (else the server refuses it with 4). */
    public static boolean readOpsOnly(MessageView request) {
        for (int i = 0; i < request.opCount(); i++) {
            if (!WritePolicyCheck.isRead(request.opType(i))) {
                return false;
            }
            try {
                RecordRequest.checkBinName(request, i);
            } catch (CommandFailure f) {
                return false;
            }
        }
        return true;
    }

    /** How a scan or query's filter decides a record, in the order the real server looks (SRV query.c). */
    public enum Verdict {
        /** Expired: skipped and not counted. */
        EXPIRED,
        /** Filtered out on metadata alone, before the bins are read. */
        FILTERED_META,
        /** Filtered out once the bins are read (an evaluation error filters out too). */
        FILTERED_BINS,
        PASSES
    }

    /**
     * Whether the record is live and passes the filter expression (null: no filter): first on its metadata alone
     * (FALSE filters it out, TRUE lets it pass), and only when that is UNKNOWN on its bins.
     */
    public Verdict filter(byte[] expression, StoredRecord record, byte[] digest) {
        if (record.isExpired(clock.nowSeconds())) {
            return Verdict.EXPIRED;
        }
        if (expression == null) {
            return Verdict.PASSES;
        }
        WorkingRecord view = WorkingRecord.forRead(record, digest, clock.nowMillis());
        switch (filters.evaluateMetadata(expression, view)) {
            case FALSE:
                return Verdict.FILTERED_META;
            case TRUE:
                return Verdict.PASSES;
            default:
                return filters.evaluate(expression, view) == 0 ? Verdict.PASSES : Verdict.FILTERED_BINS;
        }
    }

    /**
     * Appends the row of one record to {@code out}, as the first message of a new frame or as the next message of
     * the current one. The request's read ops select what is sent; a record for which they select nothing, or for
     * which one fails, is skipped as on the real server.
     *
     * @param request the scan or query message (its info1 NOBINDATA bit, info2 RESPOND_ALL_OPS bit and read ops)
     * @param bval the secondary-index value to send in a BVAL_ARRAY field, or null
     * @return whether a row was written
     */
    public boolean append(MessageWriter out, boolean newFrame, MessageView request, String namespace, byte[] digest,
            StoredRecord record, Long bval) {
        boolean noBinData = (request.info1() & INFO1_NOBINDATA) != 0;
        ResultEntries entries = new ResultEntries();
        if (!noBinData && !project(request, record, digest, entries)) {
            return false;
        }
        int info1 = noBinData ? INFO1_NOBINDATA : 0;
        if (newFrame) {
            out.beginFrame(info1, 0, 0, 0, record.generation(), (int) record.voidTime(), 0);
        } else {
            out.beginMessage(info1, 0, 0, 0, record.generation(), (int) record.voidTime(), 0);
        }
        out.field(FieldType.NAMESPACE, namespace.getBytes(StandardCharsets.UTF_8));
        out.field(FieldType.DIGEST_RIPE, digest);
        if (record.setName() != null) {
            out.field(FieldType.SET, record.setName().getBytes(StandardCharsets.UTF_8));
        }
        if (record.key() != null) {
            out.field(FieldType.KEY, record.key());
        }
        if (bval != null) {
            byte[] le = new byte[BVAL_SIZE];
            for (int i = 0; i < BVAL_SIZE; i++) {
                le[i] = (byte) (bval >>> (8 * i));
            }
            out.field(FieldType.BVAL_ARRAY, le);
        }
        entries.writeTo(out);
        return true;
    }

    private boolean project(MessageView request, StoredRecord record, byte[] digest, ResultEntries entries) {
        if (request.opCount() == 0) {
            for (Bin b : record.bins()) {
                entries.addBin(b);
            }
            return true;
        }
        boolean respondAll = (request.info2() & INFO2_RESPOND_ALL_OPS) != 0;
        WorkingRecord work = WorkingRecord.forRead(record, digest, clock.nowMillis());
        try {
            for (int i = 0; i < request.opCount(); i++) {
                ops.apply(request, i, work, entries, respondAll, OpExecutor.Mode.READ);
            }
        } catch (CommandFailure f) {
            return false;
        }
        return !entries.isEmpty();
    }
}
