package io.spikesdk.testkit.internal.batch;

import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.core.internal.protocol.Proto;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * The response stream of one batch, as the real server cuts it: row messages collect in buffers of 128 KiB (a row
 * larger than that gets a buffer of its own), each sent as one proto, then one proto with the LAST marker carrying
 * the batch-level result code.
 *
 * <p>Without "respond all keys", a row result other than 0, 2 (not found) and 27 (filtered out) stops the stream:
 * with "report error record" (the Java client always sets it) the buffer holding the failing row is still sent and no
 * later one; without it, that buffer is not sent either. The code of the last failing row of that buffer goes into
 * the LAST marker. Rows are still executed after the error; only their answers are dropped.
 */
public final class BatchResponse {
    /** A 128 KiB buffer less its 32-byte bookkeeping header. */
    static final int BUFFER_CAPACITY = 128 * 1024 - 32;

    private final boolean respondAllKeys;
    private final boolean reportErrorRecord;
    private byte[] out = new byte[256];
    private int outLength;
    /** The rows of the buffer being filled (grown as rows come, up to its capacity), or null. */
    private byte[] buffer;
    /** The size at which the buffer is sent: {@link #BUFFER_CAPACITY}, or the size of a larger row alone. */
    private int bufferCapacity;
    private int bufferSize;
    private int bufferResult;
    private int batchResult;

    BatchResponse(boolean respondAllKeys, boolean reportErrorRecord) {
        this.respondAllKeys = respondAllKeys;
        this.reportErrorRecord = reportErrorRecord;
    }

    /** The whole answer to a batch refused before any row ran: the LAST marker with {@code resultCode}. */
    public static BatchResponse refused(int resultCode) {
        BatchResponse r = new BatchResponse(true, true);
        r.batchResult = resultCode;
        r.appendTrailer();
        return r;
    }

    /**
     * Adds the answer of one row: {@code msg[off, off + len)} is a single-record reply AS_MSG (without proto header);
     * its transaction_ttl becomes {@code index}, and with {@code clearMeta} its generation and void time become 0 (as
     * the server answers batch deletes).
     */
    public void addRow(byte[] msg, int off, int len, int index, boolean clearMeta) {
        if (buffer != null && bufferSize + len > bufferCapacity) {
            seal();
        }
        if (buffer == null) {
            bufferCapacity = Math.max(BUFFER_CAPACITY, len);
            buffer = new byte[Math.min(bufferCapacity, Math.max(len, 1024))];
            bufferSize = 0;
            bufferResult = 0;
        } else if (bufferSize + len > buffer.length) {
            // most batches are small: the buffer grows to its capacity only when the rows need it
            buffer = Arrays.copyOf(buffer, Math.min(bufferCapacity, Math.max(buffer.length * 2, bufferSize + len)));
        }
        int at = bufferSize;
        System.arraycopy(msg, off, buffer, at, len);
        bufferSize += len;
        Bytes.putInt(buffer, at + 14, index);
        if (clearMeta) {
            Bytes.putInt(buffer, at + 6, 0);
            Bytes.putInt(buffer, at + 10, 0);
        }
        int rc = buffer[at + 5] & 0xFF;
        if (!respondAllKeys && !continues(rc)) {
            if (reportErrorRecord) {
                bufferResult = rc;
            } else {
                batchResult = rc;
            }
        }
    }

    /** Adds a row that failed before it ran: a bare header with {@code resultCode}. */
    public void addError(int index, int resultCode) {
        byte[] msg = new byte[Proto.MSG_HEADER_SIZE];
        msg[0] = (byte) Proto.MSG_HEADER_SIZE;
        msg[5] = (byte) resultCode;
        addRow(msg, 0, msg.length, index, false);
    }

    /** The request ran out of rows before its row count (bad bytes, an unknown namespace): nothing more is sent. */
    public void terminate(int resultCode) {
        batchResult = resultCode;
    }

    /** Sends the last buffer (unless the batch has failed) and the LAST marker. */
    public void finish() {
        if (buffer != null) {
            seal();
        }
        appendTrailer();
    }

    private static boolean continues(int rc) {
        return rc == 0 || rc == 2 || rc == 27;
    }

    private void seal() {
        if (batchResult == 0) {
            if (reportErrorRecord) {
                batchResult = bufferResult;
            }
            appendProto(buffer, bufferSize);
        }
        buffer = null;
    }

    private void appendTrailer() {
        byte[] last = new byte[Proto.MSG_HEADER_SIZE];
        last[0] = (byte) Proto.MSG_HEADER_SIZE;
        last[3] = (byte) MsgFlags.INFO3_LAST;
        last[5] = (byte) batchResult;
        appendProto(last, last.length);
    }

    private void appendProto(byte[] body, int len) {
        ensure(Proto.HEADER_SIZE + len);
        Bytes.putLong(out, outLength, Proto.header(Proto.TYPE_MESSAGE, len));
        System.arraycopy(body, 0, out, outLength + Proto.HEADER_SIZE, len);
        outLength += Proto.HEADER_SIZE + len;
    }

    private void ensure(int extra) {
        if (outLength + extra > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, outLength + extra));
        }
    }

    /** The batch-level result code the LAST marker carries. */
    public int resultCode() {
        return batchResult;
    }

    /** The bytes of every proto of the answer. */
    public byte[] toByteArray() {
        return Arrays.copyOf(out, outLength);
    }

    public void writeTo(OutputStream stream) throws IOException {
        stream.write(out, 0, outLength);
    }
}
