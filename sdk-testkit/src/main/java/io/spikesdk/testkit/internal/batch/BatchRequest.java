package io.spikesdk.testkit.internal.batch;

import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.core.internal.protocol.OpType;
import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.testkit.internal.storage.Digest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * A batch parent message (info1 BATCH) split the way the real server splits it: the BATCH_INDEX (41) or
 * BATCH_INDEX_WITH_SET (42) field holds the row count, the parent flags and the rows; each row becomes a complete
 * single-record AS_MSG (its digest as a DIGEST field, the parent's filter expression when the row has none) that the
 * single-record commands execute unchanged.
 *
 * <p>Rows are read until the count is reached or the bytes run out; a row repeating the previous one (flag REPEAT)
 * reuses its message with the new digest. Bad bytes, REPEAT on the first row or after a row with a KEY field, and an
 * unknown namespace end the rows early: the rows before still run, and the batch then fails with 4.
 */
public final class BatchRequest {
    private static final int ALLOW_INLINE = 0x01;
    private static final int RESPOND_ALL_KEYS = 0x04;
    private static final int REPORT_ERROR_RECORD = 0x08;

    private static final int REPEAT = 0x01;
    private static final int HAS_INFO2_INFO3 = 0x02;
    private static final int HAS_GENERATION = 0x04;
    private static final int HAS_RECORD_TTL = 0x08;
    private static final int HAS_INFO4 = 0x10;

    /** Index, digest and row flags: the whole of a REPEAT row. */
    private static final int REPEAT_ROW_SIZE = 4 + Digest.SIZE + 1;
    /** The server lays a 30-byte message header over the row's start, then wants a field header after it. */
    private static final int ROW_MIN_SIZE = Proto.HEADER_SIZE + Proto.MSG_HEADER_SIZE + FieldType.HEADER_SIZE;
    private static final int INFO1_CLEARED = MsgFlags.INFO1_COMPRESS_RESPONSE | MsgFlags.INFO1_XDR
            | MsgFlags.INFO1_BATCH;
    private static final int SC_READ_BITS = MsgFlags.INFO3_SC_READ_TYPE | MsgFlags.INFO3_SC_READ_RELAX;

    /** One key of the batch: the caller's index and the single-record message to run for it. */
    public record Row(int index, byte[] message) {
    }

    private final int refusal;
    private final int expectedRows;
    private final int flags;
    private final List<Row> rows;

    private BatchRequest(int refusal, int expectedRows, int flags, List<Row> rows) {
        this.refusal = refusal;
        this.expectedRows = expectedRows;
        this.flags = flags;
        this.rows = rows;
    }

    /**
     * Splits a parent message, read as leniently as the server reads it: the Java client declares its BATCH_INDEX
     * field longer than the bytes that follow when a filter field precedes it, and the server reads the rows up to
     * the end of the message whatever the field says.
     *
     * @param body the AS_MSG bytes (after the proto header) in {@code body[0, len)}
     * @param knownNamespace whether a namespace name is served
     * @param filterCheck 0 when a filter expression compiles, else the result code of its failure
     */
    public static BatchRequest parse(byte[] body, int len, Predicate<String> knownNamespace,
            ToIntFunction<byte[]> filterCheck) {
        int parameterError = ResultCode.PARAMETER_ERROR.code();
        int batchData = -1;
        int filterData = -1;
        int filterLength = 0;
        long at = Proto.MSG_HEADER_SIZE;
        int nFields = Bytes.getShort(body, 18) & 0xFFFF;
        for (int i = 0; i < nFields; i++) {
            if (at + FieldType.HEADER_SIZE > len) {
                return refused(parameterError);
            }
            int p = (int) at;
            long size = Bytes.getUnsignedInt(body, p);
            int type = body[p + 4] & 0xFF;
            if (type == FieldType.BATCH_INDEX || type == FieldType.BATCH_INDEX_WITH_SET) {
                batchData = p + FieldType.HEADER_SIZE;
            } else if (type == FieldType.FILTER_EXP) {
                filterData = p + FieldType.HEADER_SIZE;
                filterLength = (int) Math.max(0, Math.min(size - 1, len - filterData));
            }
            at += 4 + size;
        }
        if (batchData < 0 || batchData + 5 > len) {
            return refused(parameterError);
        }
        long count = Bytes.getUnsignedInt(body, batchData);
        if (count == 0) {
            return refused(parameterError);
        }
        int flags = body[batchData + 4] & 0xFF;
        byte[] filter = null;
        if (filterData >= 0) {
            filter = Arrays.copyOfRange(body, filterData, filterData + filterLength);
            if (filterCheck.applyAsInt(filter) != 0) {
                return refused(parameterError);
            }
        }
        List<Row> rows = new Splitter(body, len, knownNamespace, filter).split(batchData + 5, count);
        return new BatchRequest(0, (int) Math.min(count, Integer.MAX_VALUE), flags, rows);
    }

    private static BatchRequest refused(int resultCode) {
        return new BatchRequest(resultCode, 0, 0, List.of());
    }

    /** Non-zero when the server answers with only the LAST marker carrying this code, running no row. */
    public int refusal() {
        return refusal;
    }

    /** The rows read, in request order. */
    public List<Row> rows() {
        return rows;
    }

    /** Whether the rows ran out before the row count: the batch then fails with 4 after running them. */
    public boolean truncated() {
        return rows.size() < expectedRows;
    }

    public boolean respondAllKeys() {
        return (flags & RESPOND_ALL_KEYS) != 0;
    }

    public boolean reportErrorRecord() {
        return (flags & REPORT_ERROR_RECORD) != 0;
    }

    public boolean allowInline() {
        return (flags & ALLOW_INLINE) != 0;
    }

    /** A response stream with this request's error rules. */
    public BatchResponse newResponse() {
        return new BatchResponse(respondAllKeys(), reportErrorRecord());
    }

    /** Reads rows; every bound check is the server's, so the same bytes end the rows at the same place. */
    private static final class Splitter {
        private final byte[] buf;
        private final int limit;
        private final int parentInfo3;
        private final int parentTransactionTtl;
        private final Predicate<String> knownNamespace;
        private final byte[] filter;

        Splitter(byte[] body, int len, Predicate<String> knownNamespace, byte[] filter) {
            this.buf = body;
            this.limit = len;
            this.parentInfo3 = body[3] & 0xFF;
            this.parentTransactionTtl = Bytes.getInt(body, 14);
            this.knownNamespace = knownNamespace;
            this.filter = filter;
        }

        List<Row> split(int start, long count) {
            List<Row> rows = new ArrayList<>();
            byte[] previous = null;
            boolean previousHasKey = false;
            long pos = start;
            while (rows.size() < count && pos + REPEAT_ROW_SIZE <= limit) {
                int p = (int) pos;
                int index = Bytes.getInt(buf, p);
                int rowFlags = buf[p + 4 + Digest.SIZE] & 0xFF;
                byte[] message;
                if ((rowFlags & REPEAT) != 0) {
                    if (previous == null || previousHasKey) {
                        break;
                    }
                    message = previous.clone();
                    pos += REPEAT_ROW_SIZE;
                } else {
                    int meta = metaSize(rowFlags);
                    if (pos + meta + ROW_MIN_SIZE > limit) {
                        break;
                    }
                    Full full = full(p, rowFlags);
                    if (full == null) {
                        break;
                    }
                    message = full.message;
                    previousHasKey = full.hasKey;
                    pos = full.end;
                }
                System.arraycopy(buf, p + 4, message, Proto.MSG_HEADER_SIZE + FieldType.HEADER_SIZE, Digest.SIZE);
                previous = message;
                rows.add(new Row(index, message));
            }
            return rows;
        }

        private static int metaSize(int rowFlags) {
            return ((rowFlags & HAS_INFO2_INFO3) != 0 ? 2 : 0) + ((rowFlags & HAS_INFO4) != 0 ? 1 : 0)
                    + ((rowFlags & HAS_GENERATION) != 0 ? 2 : 0) + ((rowFlags & HAS_RECORD_TTL) != 0 ? 4 : 0);
        }

        private record Full(byte[] message, boolean hasKey, long end) {
        }

        /** A full row at {@code p}, or null when its bytes end the rows. */
        private Full full(int p, int rowFlags) {
            int q = p + REPEAT_ROW_SIZE;
            int info1 = buf[q++] & 0xFF & ~INFO1_CLEARED;
            int info2 = 0;
            int info3 = parentInfo3 & SC_READ_BITS;
            if ((rowFlags & HAS_INFO2_INFO3) != 0) {
                info2 = buf[q++] & 0xFF;
                info3 = buf[q++] & 0xFF;
            }
            int info4 = (rowFlags & HAS_INFO4) != 0 ? buf[q++] & 0xFF : 0;
            int generation = 0;
            if ((rowFlags & HAS_GENERATION) != 0) {
                generation = Bytes.getShort(buf, q) & 0xFFFF;
                q += 2;
            }
            int recordTtl = 0;
            if ((rowFlags & HAS_RECORD_TTL) != 0) {
                recordTtl = Bytes.getInt(buf, q);
                q += 4;
            }
            int nFields = Math.max(1, Bytes.getShort(buf, q) & 0xFFFF);
            int nOps = Bytes.getShort(buf, q + 2) & 0xFFFF;
            q += 4;
            int fieldsStart = q;
            long nsSize = Bytes.getUnsignedInt(buf, q);
            if (nsSize < 1 || q + 4 + nsSize > limit) {
                return null;
            }
            String namespace = new String(buf, q + FieldType.HEADER_SIZE, (int) nsSize - 1, StandardCharsets.UTF_8);
            if (!knownNamespace.test(namespace)) {
                return null;
            }
            long at = q + 4 + nsSize;
            boolean hasKey = false;
            boolean hasFilter = false;
            for (int j = 1; j < nFields; j++) {
                if (at + FieldType.HEADER_SIZE > limit) {
                    return null;
                }
                int type = buf[(int) at + 4] & 0xFF;
                hasKey |= type == FieldType.KEY;
                hasFilter |= type == FieldType.FILTER_EXP;
                at += 4 + Bytes.getUnsignedInt(buf, (int) at);
            }
            int opsStart = (int) Math.min(at, limit);
            for (int j = 0; j < nOps; j++) {
                if (at + OpType.HEADER_SIZE > limit || at + OpType.HEADER_SIZE + (buf[(int) at + 7] & 0xFF) > limit) {
                    return null;
                }
                at += 4 + Bytes.getUnsignedInt(buf, (int) at);
            }
            if (at > limit) {
                return null;
            }
            int end = (int) at;
            boolean addFilter = filter != null && !hasFilter;
            int fieldBytes = opsStart - fieldsStart;
            int size = Proto.MSG_HEADER_SIZE + FieldType.HEADER_SIZE + Digest.SIZE
                    + (addFilter ? FieldType.HEADER_SIZE + filter.length : 0) + (end - fieldsStart);
            byte[] msg = new byte[size];
            msg[0] = (byte) Proto.MSG_HEADER_SIZE;
            msg[1] = (byte) info1;
            msg[2] = (byte) info2;
            msg[3] = (byte) info3;
            msg[4] = (byte) info4;
            Bytes.putInt(msg, 6, generation);
            Bytes.putInt(msg, 10, recordTtl);
            Bytes.putInt(msg, 14, parentTransactionTtl);
            Bytes.putShort(msg, 18, nFields + 1 + (addFilter ? 1 : 0));
            Bytes.putShort(msg, 20, nOps);
            int w = Proto.MSG_HEADER_SIZE;
            Bytes.putInt(msg, w, Digest.SIZE + 1);
            msg[w + 4] = (byte) FieldType.DIGEST_RIPE;
            w += FieldType.HEADER_SIZE + Digest.SIZE;
            if (addFilter) {
                Bytes.putInt(msg, w, filter.length + 1);
                msg[w + 4] = (byte) FieldType.FILTER_EXP;
                System.arraycopy(filter, 0, msg, w + FieldType.HEADER_SIZE, filter.length);
                w += FieldType.HEADER_SIZE + filter.length;
            }
            System.arraycopy(buf, fieldsStart, msg, w, fieldBytes);
            System.arraycopy(buf, opsStart, msg, w + fieldBytes, end - opsStart);
            return new Full(msg, hasKey, end);
        }
    }
}
