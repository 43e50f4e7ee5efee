package io.spikesdk.core.internal.command;

import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.core.internal.protocol.Proto;

import java.util.Arrays;

/**
 * Several {@link Request#batchable() batchable} single-record commands of one node and one policy as one
 * batch-index request (the layout of {@link BatchRequest}): row {@code i} is request {@code i}, written from the
 * request's own header bytes and ops; a row repeats the previous one when nothing but the digest differs (a get of
 * all bins after another is a digest and one byte). The server answers each row with the AS_MSG it would send the
 * command alone (result code, generation, void time, bins), the row's index in transaction_ttl; so each command's
 * own handler reads its row.
 */
public final class AutoBatchFrame {
    /** Parent flags: allow inline, respond for every key, as the official client's batch policy by default. */
    private static final int FLAGS = 0x08 | 0x01 | 0x04;

    private AutoBatchFrame() {
    }

    /** The size of the frame for the first {@code count} of {@code commands} (each a batchable {@link Request}). */
    public static int size(CommandRequest[] commands, int count) {
        int size = Proto.HEADER_SIZE + Proto.MSG_HEADER_SIZE + FieldType.HEADER_SIZE + 5;
        Request prev = null;
        for (int i = 0; i < count; i++) {
            Request r = (Request) commands[i];
            size += 4 + 20;
            size += prev != null && prev.repeatedBy(r) ? 1 : r.batchRowSize();
            prev = r;
        }
        return size;
    }

    /** Writes the frame of the first {@code count} of {@code commands} at offset 0; returns its length. */
    public static int write(byte[] buf, CommandRequest[] commands, int count) {
        Request first = (Request) commands[0];
        buf[8] = Proto.MSG_HEADER_SIZE;
        buf[9] = (byte) MsgFlags.INFO1_BATCH;
        Arrays.fill(buf, 10, 22, (byte) 0);
        Bytes.putInt(buf, 22, Request.serverTimeout(first.policy));
        Bytes.putShort(buf, 26, 1);
        Bytes.putShort(buf, 28, 0);
        int off = Proto.HEADER_SIZE + Proto.MSG_HEADER_SIZE;
        int fieldStart = off;
        off += FieldType.HEADER_SIZE;
        Bytes.putInt(buf, off, count);
        off += 4;
        buf[off++] = (byte) FLAGS;
        Request prev = null;
        for (int i = 0; i < count; i++) {
            Request r = (Request) commands[i];
            Bytes.putInt(buf, off, i);
            r.key.copyDigest(buf, off + 4);
            off += 24;
            if (prev != null && prev.repeatedBy(r)) {
                buf[off++] = BatchRow.REPEAT;
            } else {
                off = r.writeBatchRow(buf, off);
            }
            prev = r;
        }
        Request.fieldHeader(buf, fieldStart, off - fieldStart - FieldType.HEADER_SIZE, FieldType.BATCH_INDEX);
        Proto.writeHeader(buf, Proto.TYPE_MESSAGE, off);
        return off;
    }
}
