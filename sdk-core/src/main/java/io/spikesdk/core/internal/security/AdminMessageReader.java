package io.spikesdk.core.internal.security;

import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.MessageFormatException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Walks the records of one admin frame body (the bytes after the proto header) and the fields of each record; see
 * {@link AdminMessageWriter} for the layout. Usage: {@code while (r.nextRecord()) { while (r.nextField()) { ... } }}.
 * Truncated or inconsistent input raises {@link MessageFormatException}.
 */
public final class AdminMessageReader {
    private final byte[] body;
    private final int end;
    private int pos;
    private int recordStart = -1;
    private int fieldsLeft;
    private int fieldId = -1;
    private int fieldOffset;
    private int fieldLength;

    /** A reader of {@code body[off, off + len)}. */
    public AdminMessageReader(byte[] body, int off, int len) {
        this.body = body;
        this.pos = off;
        this.end = off + len;
    }

    /** Moves to the next record, skipping the fields of the current one not yet read; false when none is left. */
    public boolean nextRecord() throws MessageFormatException {
        while (recordStart >= 0 && fieldsLeft > 0) {
            nextField();
        }
        if (pos == end) {
            recordStart = -1;
            return false;
        }
        if (end - pos < AdminMessageWriter.HEADER_SIZE) {
            throw new MessageFormatException("admin record header truncated: " + (end - pos) + " of 16 bytes");
        }
        recordStart = pos;
        fieldsLeft = body[pos + AdminMessageWriter.FIELD_COUNT_OFFSET] & 0xFF;
        fieldId = -1;
        pos += AdminMessageWriter.HEADER_SIZE;
        return true;
    }

    /** The current record's result code. */
    public int resultCode() {
        return body[requireRecord() + AdminMessageWriter.RESULT_OFFSET] & 0xFF;
    }

    /** The current record's command id. */
    public int command() {
        return body[requireRecord() + AdminMessageWriter.COMMAND_OFFSET] & 0xFF;
    }

    /** The number of fields the current record declares. */
    public int fieldCount() {
        return body[requireRecord() + AdminMessageWriter.FIELD_COUNT_OFFSET] & 0xFF;
    }

    /** Moves to the current record's next field; false when it has no more. */
    public boolean nextField() throws MessageFormatException {
        requireRecord();
        if (fieldsLeft == 0) {
            fieldId = -1;
            return false;
        }
        if (end - pos < 5) {
            throw new MessageFormatException("admin field header truncated: " + (end - pos) + " of 5 bytes");
        }
        long size = Bytes.getUnsignedInt(body, pos);
        if (size < 1 || size - 1 > end - pos - 5) {
            throw new MessageFormatException("admin field " + (body[pos + 4] & 0xFF) + " declares " + size
                + " bytes but " + (end - pos - 4) + " remain");
        }
        fieldId = body[pos + 4] & 0xFF;
        fieldOffset = pos + 5;
        fieldLength = (int) size - 1;
        pos = fieldOffset + fieldLength;
        fieldsLeft--;
        return true;
    }

    /** The current field's id. */
    public int fieldId() {
        requireField();
        return fieldId;
    }

    /** The current field's data as a copy. */
    public byte[] fieldBytes() {
        requireField();
        return Arrays.copyOfRange(body, fieldOffset, fieldOffset + fieldLength);
    }

    /** The current field's data as UTF-8 text. */
    public String fieldString() {
        requireField();
        return new String(body, fieldOffset, fieldLength, StandardCharsets.UTF_8);
    }

    /** The current field's data as a 4-byte big-endian integer. */
    public int fieldInt() throws MessageFormatException {
        requireField();
        if (fieldLength != 4) {
            throw new MessageFormatException("admin field " + fieldId + " holds " + fieldLength + " bytes, expected 4");
        }
        return Bytes.getInt(body, fieldOffset);
    }

    /** The current field as a count byte followed by 1-byte-length UTF-8 names. */
    public List<String> fieldNameList() throws MessageFormatException {
        FieldCursor c = cursor();
        int count = c.u8();
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            names.add(c.shortString());
        }
        c.requireEnd();
        return names;
    }

    /** The current field as a count byte followed by that many 4-byte big-endian integers. */
    public int[] fieldIntList() throws MessageFormatException {
        FieldCursor c = cursor();
        int[] values = new int[c.u8()];
        for (int i = 0; i < values.length; i++) {
            values[i] = c.int32();
        }
        c.requireEnd();
        return values;
    }

    /** A cursor over the current field's data, for structured fields such as privileges. */
    public FieldCursor cursor() {
        requireField();
        return new FieldCursor(body, fieldOffset, fieldOffset + fieldLength, fieldId);
    }

    private int requireRecord() {
        if (recordStart < 0) {
            throw new IllegalStateException("no current admin record: call nextRecord()");
        }
        return recordStart;
    }

    private void requireField() {
        if (fieldId < 0) {
            throw new IllegalStateException("no current admin field: call nextField()");
        }
    }

    /** Sequential reads inside one field's data, each checked against the field's end. */
    public static final class FieldCursor {
        private final byte[] data;
        private final int end;
        private final int field;
        private int pos;

        FieldCursor(byte[] data, int pos, int end, int field) {
            this.data = data;
            this.pos = pos;
            this.end = end;
            this.field = field;
        }

        /** An unsigned byte. */
        public int u8() throws MessageFormatException {
            need(1);
            return data[pos++] & 0xFF;
        }

        /** A 4-byte big-endian integer. */
        public int int32() throws MessageFormatException {
            need(4);
            int v = Bytes.getInt(data, pos);
            pos += 4;
            return v;
        }

        /** A 1-byte length followed by that many UTF-8 bytes. */
        public String shortString() throws MessageFormatException {
            int len = u8();
            need(len);
            String s = new String(data, pos, len, StandardCharsets.UTF_8);
            pos += len;
            return s;
        }

        /** Whether bytes remain. */
        public boolean hasMore() {
            return pos < end;
        }

        /** Fails unless every byte of the field was read. */
        public void requireEnd() throws MessageFormatException {
            if (pos != end) {
                throw new MessageFormatException("admin field " + field + " has " + (end - pos) + " unread bytes");
            }
        }

        private void need(int n) throws MessageFormatException {
            if (end - pos < n) {
                throw new MessageFormatException("admin field " + field + " truncated: needs " + n + " more bytes, "
                    + (end - pos) + " remain");
            }
        }
    }
}
