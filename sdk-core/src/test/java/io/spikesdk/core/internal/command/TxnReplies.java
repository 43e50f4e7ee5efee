package io.spikesdk.core.internal.command;

import io.spikesdk.core.testing.FakeNode;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A scripted node's answers to a transaction's requests, as a real SC namespace answers them: the monitor record's
 * writes get the transaction deadline, single-record reads the record version, single-record writes OK, batches an
 * empty LAST reply. {@link #failing} answers one kind of request with an error instead.
 */
final class TxnReplies implements FakeNode.Responder {
    static final int DEADLINE = 0x1234_5678;
    static final long VERSION = 0x00AB_CDEF_0102_0304L;

    enum Kind { MONITOR, MONITOR_MARK, MONITOR_CLOSE, READ, WRITE, VERIFY, ROLL_FORWARD, ROLL_BACK, BATCH }

    private volatile Kind failing;
    private volatile int failCode;

    /** Answers every request of {@code kind} with {@code resultCode} (null: none fails). */
    void failing(Kind kind, int resultCode) {
        this.failing = kind;
        this.failCode = resultCode;
    }

    @Override
    public FakeNode.Action respond(byte[] frame, int index) {
        Kind kind = kind(frame);
        if (kind == failing) {
            return FakeNode.Action.reply(kind == Kind.BATCH || isBatch(frame) ? last(failCode) : reply(failCode));
        }
        if (isBatch(frame)) {
            return FakeNode.Action.reply(last(0));
        }
        switch (kind) {
            case MONITOR:
                return FakeNode.Action.reply(reply(0, field(6, le(DEADLINE, 4))));
            case READ:
                return FakeNode.Action.reply(reply(0, field(3, le(VERSION, 7))));
            default:
                return FakeNode.Action.reply(reply(0));
        }
    }

    static boolean isBatch(byte[] frame) {
        return (frame[9] & 0x08) != 0;
    }

    /** What a request is, from its header and, for the monitor, its set. */
    static Kind kind(byte[] frame) {
        int info2 = frame[10] & 0xFF;
        int info4 = frame[12] & 0xFF;
        if (new String(frame, StandardCharsets.ISO_8859_1).contains("<ERO~MRT")) {
            if ((info2 & 0x02) != 0) {
                return Kind.MONITOR_CLOSE;
            }
            return new String(frame, StandardCharsets.ISO_8859_1).contains("fwd") ? Kind.MONITOR_MARK : Kind.MONITOR;
        }
        if (isBatch(frame)) {
            return Kind.BATCH;
        }
        if ((info4 & 0x01) != 0) {
            return Kind.VERIFY;
        }
        if ((info4 & 0x02) != 0) {
            return Kind.ROLL_FORWARD;
        }
        if ((info4 & 0x04) != 0) {
            return Kind.ROLL_BACK;
        }
        return (info2 & 0x01) != 0 ? Kind.WRITE : Kind.READ;
    }

    static byte[] le(long v, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (v >>> (8 * i));
        }
        return b;
    }

    static byte[] field(int type, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(5 + data.length);
        b.putInt(1 + data.length).put((byte) type).put(data);
        return b.array();
    }

    /** A single-record reply with {@code fields}. */
    static byte[] reply(int resultCode, byte[]... fields) {
        int size = 0;
        for (byte[] f : fields) {
            size += f.length;
        }
        ByteBuffer b = ByteBuffer.allocate(8 + 22 + size);
        b.putLong((2L << 56) | (3L << 48) | (22 + size));
        b.put((byte) 22).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) resultCode);
        b.putInt(0).putInt(0).putInt(0).putShort((short) fields.length).putShort((short) 0);
        for (byte[] f : fields) {
            b.put(f);
        }
        return b.array();
    }

    /** The end of a batch reply, with the batch's result code. */
    static byte[] last(int resultCode) {
        ByteBuffer b = ByteBuffer.allocate(8 + 22);
        b.putLong((2L << 56) | (3L << 48) | 22);
        b.put((byte) 22).put((byte) 0).put((byte) 0).put((byte) 1).put((byte) 0).put((byte) resultCode);
        return b.array();
    }
}
