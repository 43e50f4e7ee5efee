package io.spikesdk.core.internal.protocol;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Builds proto frames into a reusable, growable buffer: AS_MSG frames (header, fields, ops; the
 * field and op counts and the proto length are patched in at {@link #finish()}) and raw frames.
 * Not thread-safe; keep one per connection.
 */
public final class MessageWriter {
    private byte[] buf;
    private int pos;
    private int msgStart;
    private int fieldCount;
    private int opCount;

    public MessageWriter(int initialCapacity) {
        buf = new byte[Math.max(64, initialCapacity)];
    }

    /** Forgets everything written so far. */
    public MessageWriter reset() {
        pos = 0;
        return this;
    }

    /**
     * Starts a type-3 frame with one AS_MSG header. Several messages can share one proto by
     * calling {@link #beginMessage} again before {@link #finish()}; this writer supports one proto.
     */
    public MessageWriter beginFrame(int info1, int info2, int info3, int resultCode, int generation,
            int recordTtl, int transactionTtl) {
        reset();
        ensure(Proto.HEADER_SIZE);
        pos = Proto.HEADER_SIZE;
        return beginMessage(info1, info2, info3, resultCode, generation, recordTtl, transactionTtl);
    }

    /** Starts another AS_MSG inside the current frame; closes the previous message's counts. */
    public MessageWriter beginMessage(int info1, int info2, int info3, int resultCode, int generation,
            int recordTtl, int transactionTtl) {
        if (pos > Proto.HEADER_SIZE) {
            closeMessage();
        }
        msgStart = pos;
        fieldCount = 0;
        opCount = 0;
        ensure(Proto.MSG_HEADER_SIZE);
        buf[pos] = (byte) Proto.MSG_HEADER_SIZE;
        buf[pos + 1] = (byte) info1;
        buf[pos + 2] = (byte) info2;
        buf[pos + 3] = (byte) info3;
        buf[pos + 4] = 0;
        buf[pos + 5] = (byte) resultCode;
        Bytes.putInt(buf, pos + 6, generation);
        Bytes.putInt(buf, pos + 10, recordTtl);
        Bytes.putInt(buf, pos + 14, transactionTtl);
        Bytes.putShort(buf, pos + 18, 0);
        Bytes.putShort(buf, pos + 20, 0);
        pos += Proto.MSG_HEADER_SIZE;
        return this;
    }

    /** Appends a field; fields must precede ops of the same message. */
    public MessageWriter field(int type, byte[] data, int off, int len) {
        ensure(FieldType.HEADER_SIZE + len);
        Bytes.putInt(buf, pos, len + 1);
        buf[pos + 4] = (byte) type;
        System.arraycopy(data, off, buf, pos + FieldType.HEADER_SIZE, len);
        pos += FieldType.HEADER_SIZE + len;
        fieldCount++;
        return this;
    }

    public MessageWriter field(int type, byte[] data) {
        return field(type, data, 0, data.length);
    }

    /** Appends an op whose bin name is given as ISO-8859-1 text (one char per byte). */
    public MessageWriter opLatin1(int opType, int particleType, String name, byte[] value, int off, int len) {
        int nameLen = name.length();
        ensure(OpType.HEADER_SIZE + nameLen + len);
        Bytes.putInt(buf, pos, 4 + nameLen + len);
        buf[pos + 4] = (byte) opType;
        buf[pos + 5] = (byte) particleType;
        buf[pos + 6] = 0;
        buf[pos + 7] = (byte) nameLen;
        int p = pos + OpType.HEADER_SIZE;
        for (int i = 0; i < nameLen; i++) {
            buf[p + i] = (byte) name.charAt(i);
        }
        if (len > 0) {
            System.arraycopy(value, off, buf, p + nameLen, len);
        }
        pos = p + nameLen + len;
        opCount++;
        return this;
    }

    /** Appends an op whose bin name is UTF-8 text. */
    public MessageWriter op(int opType, int particleType, String name, byte[] value) {
        String latin1 = new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        return opLatin1(opType, particleType, latin1, value, 0, value == null ? 0 : value.length);
    }

    /** Patches the counts and the proto header (type 3); the frame is then [0, {@link #length()}). */
    public MessageWriter finish() {
        closeMessage();
        Bytes.putLong(buf, 0, Proto.header(Proto.TYPE_MESSAGE, pos - Proto.HEADER_SIZE));
        return this;
    }

    /** Writes a complete frame of any proto type with the given body. */
    public MessageWriter rawFrame(int protoType, byte[] body, int off, int len) {
        reset();
        ensure(Proto.HEADER_SIZE + len);
        Bytes.putLong(buf, 0, Proto.header(protoType, len));
        System.arraycopy(body, off, buf, Proto.HEADER_SIZE, len);
        pos = Proto.HEADER_SIZE + len;
        return this;
    }

    private void closeMessage() {
        Bytes.putShort(buf, msgStart + 18, fieldCount);
        Bytes.putShort(buf, msgStart + 20, opCount);
    }

    public byte[] buffer() {
        return buf;
    }

    public int length() {
        return pos;
    }

    /** A copy of the finished frame. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, pos);
    }

    public void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, pos);
    }

    private void ensure(int extra) {
        long needed = (long) pos + extra;
        if (needed > buf.length) {
            long grown = Math.max((long) buf.length * 2, needed);
            buf = Arrays.copyOf(buf, (int) Math.min(grown, Integer.MAX_VALUE - 8));
        }
    }
}
