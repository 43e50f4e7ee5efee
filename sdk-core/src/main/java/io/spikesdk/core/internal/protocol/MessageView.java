package io.spikesdk.core.internal.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A parsed AS_MSG (docs/wire-protocol.md §2-§4): the 22-byte header, then fields and ops, exposed as offsets
 * into the caller's buffer (nothing is copied). One instance can be reused for many messages;
 * the view is valid until the next {@link #parse} or until the buffer changes.
 */
public final class MessageView {
    private byte[] buf;
    private int info1;
    private int info2;
    private int info3;
    private int info4;
    private int resultCode;
    private int generation;
    private int recordTtl;
    private int transactionTtl;

    private int fieldCount;
    private int[] fieldType = new int[8];
    private int[] fieldOffset = new int[8];
    private int[] fieldLength = new int[8];

    private int opCount;
    private int[] opType = new int[8];
    private int[] opParticle = new int[8];
    private int[] opFlags = new int[8];
    private int[] opNameOffset = new int[8];
    private int[] opNameLength = new int[8];
    private int[] opValueOffset = new int[8];
    private int[] opValueLength = new int[8];
    private int end;

    /**
     * Parses one AS_MSG starting at {@code off} and ending at {@code off + len}.
     *
     * @throws MessageFormatException when a field or op is truncated or bytes trail the last op
     */
    public void parse(byte[] buffer, int off, int len) throws MessageFormatException {
        int limit = parseAt(buffer, off, off + len);
        if (limit != off + len) {
            throw new MessageFormatException((off + len - limit) + " trailing bytes after the last op");
        }
    }

    /**
     * Parses one AS_MSG starting at {@code off}, where several messages may follow each other
     * (multi-record responses), and returns the offset just after it.
     */
    public int parseAt(byte[] buffer, int off, int limit) throws MessageFormatException {
        if (limit - off < Proto.MSG_HEADER_SIZE) {
            throw new MessageFormatException("AS_MSG header truncated: " + (limit - off) + " bytes");
        }
        buf = buffer;
        info1 = buffer[off + 1] & 0xFF;
        info2 = buffer[off + 2] & 0xFF;
        info3 = buffer[off + 3] & 0xFF;
        info4 = buffer[off + 4] & 0xFF;
        resultCode = buffer[off + 5] & 0xFF;
        generation = Bytes.getInt(buffer, off + 6);
        recordTtl = Bytes.getInt(buffer, off + 10);
        transactionTtl = Bytes.getInt(buffer, off + 14);
        int nFields = Bytes.getShort(buffer, off + 18);
        int nOps = Bytes.getShort(buffer, off + 20);
        int p = off + Proto.MSG_HEADER_SIZE;
        fieldCount = 0;
        for (int i = 0; i < nFields; i++) {
            if (limit - p < FieldType.HEADER_SIZE) {
                throw new MessageFormatException("field " + i + " header truncated");
            }
            long size = Bytes.getUnsignedInt(buffer, p);
            if (size < 1 || size - 1 > limit - p - FieldType.HEADER_SIZE) {
                throw new MessageFormatException("field " + i + " of size " + size + " overruns the message");
            }
            addField(buffer[p + 4] & 0xFF, p + FieldType.HEADER_SIZE, (int) size - 1);
            p += FieldType.HEADER_SIZE + (int) size - 1;
        }
        opCount = 0;
        for (int i = 0; i < nOps; i++) {
            if (limit - p < OpType.HEADER_SIZE) {
                throw new MessageFormatException("op " + i + " header truncated");
            }
            long size = Bytes.getUnsignedInt(buffer, p);
            int nameLen = buffer[p + 7] & 0xFF;
            if (size < 4 || size > limit - p - 4 || nameLen > size - 4) {
                throw new MessageFormatException("op " + i + " of size " + size + " overruns the message");
            }
            int nameOff = p + OpType.HEADER_SIZE;
            int valueOff = nameOff + nameLen;
            addOp(buffer[p + 4] & 0xFF, buffer[p + 5] & 0xFF, buffer[p + 6] & 0xFF, nameOff, nameLen,
                    valueOff, (int) size - 4 - nameLen);
            p += 4 + (int) size;
        }
        end = p;
        return p;
    }

    private void addField(int type, int offset, int length) {
        if (fieldCount == fieldType.length) {
            int n = fieldCount * 2;
            fieldType = Arrays.copyOf(fieldType, n);
            fieldOffset = Arrays.copyOf(fieldOffset, n);
            fieldLength = Arrays.copyOf(fieldLength, n);
        }
        fieldType[fieldCount] = type;
        fieldOffset[fieldCount] = offset;
        fieldLength[fieldCount] = length;
        fieldCount++;
    }

    private void addOp(int type, int particle, int flags, int nameOff, int nameLen, int valueOff, int valueLen) {
        if (opCount == opType.length) {
            int n = opCount * 2;
            opType = Arrays.copyOf(opType, n);
            opParticle = Arrays.copyOf(opParticle, n);
            opFlags = Arrays.copyOf(opFlags, n);
            opNameOffset = Arrays.copyOf(opNameOffset, n);
            opNameLength = Arrays.copyOf(opNameLength, n);
            opValueOffset = Arrays.copyOf(opValueOffset, n);
            opValueLength = Arrays.copyOf(opValueLength, n);
        }
        opType[opCount] = type;
        opParticle[opCount] = particle;
        opFlags[opCount] = flags;
        opNameOffset[opCount] = nameOff;
        opNameLength[opCount] = nameLen;
        opValueOffset[opCount] = valueOff;
        opValueLength[opCount] = valueLen;
        opCount++;
    }

    /** The buffer the view points into. */
    public byte[] buffer() {
        return buf;
    }

    /** Offset just after the last op of the parsed message. */
    public int end() {
        return end;
    }

    public int info1() {
        return info1;
    }

    public int info2() {
        return info2;
    }

    public int info3() {
        return info3;
    }

    public int info4() {
        return info4;
    }

    public int resultCode() {
        return resultCode;
    }

    /** The generation word (unsigned 32-bit value in an int). */
    public int generation() {
        return generation;
    }

    /** The record_ttl word: a TTL on writes, a read-touch percent on reads, a void time in replies. */
    public int recordTtl() {
        return recordTtl;
    }

    public int transactionTtl() {
        return transactionTtl;
    }

    public int fieldCount() {
        return fieldCount;
    }

    public int fieldType(int i) {
        return fieldType[i];
    }

    public int fieldOffset(int i) {
        return fieldOffset[i];
    }

    public int fieldLength(int i) {
        return fieldLength[i];
    }

    /** Index of the first field of the given type, or -1. */
    public int findField(int type) {
        for (int i = 0; i < fieldCount; i++) {
            if (fieldType[i] == type) {
                return i;
            }
        }
        return -1;
    }

    /** The data of the first field of the given type as a copy, or null when absent. */
    public byte[] fieldBytes(int type) {
        int i = findField(type);
        return i < 0 ? null : Arrays.copyOfRange(buf, fieldOffset[i], fieldOffset[i] + fieldLength[i]);
    }

    /** The data of the first field of the given type as UTF-8 text, or null when absent. */
    public String fieldString(int type) {
        int i = findField(type);
        return i < 0 ? null : new String(buf, fieldOffset[i], fieldLength[i], StandardCharsets.UTF_8);
    }

    public int opCount() {
        return opCount;
    }

    public int opType(int i) {
        return opType[i];
    }

    public int opParticleType(int i) {
        return opParticle[i];
    }

    public int opFlags(int i) {
        return opFlags[i];
    }

    public int opNameOffset(int i) {
        return opNameOffset[i];
    }

    public int opNameLength(int i) {
        return opNameLength[i];
    }

    public int opValueOffset(int i) {
        return opValueOffset[i];
    }

    public int opValueLength(int i) {
        return opValueLength[i];
    }

    /** The op's bin name decoded as ISO-8859-1, which maps every byte to one char and back losslessly. */
    public String opNameLatin1(int i) {
        return new String(buf, opNameOffset[i], opNameLength[i], StandardCharsets.ISO_8859_1);
    }

    /** A copy of the op's value bytes. */
    public byte[] opValue(int i) {
        return Arrays.copyOfRange(buf, opValueOffset[i], opValueOffset[i] + opValueLength[i]);
    }
}
