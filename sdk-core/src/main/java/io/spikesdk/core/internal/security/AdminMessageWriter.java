package io.spikesdk.core.internal.security;

import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.Proto;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Builds one admin frame (proto type 2): an 8-byte proto header, then one or more records of a 16-byte admin header
 * ({@code [0]} scheme 0, {@code [1]} result code, {@code [2]} command id, {@code [3]} field count) followed by fields,
 * each a 4-byte big-endian length (counting the id byte), a 1-byte field id and the data. A request has one record;
 * a server's query reply may carry several. Reusable: {@link #request} or {@link #reply} starts a new frame.
 */
public final class AdminMessageWriter {
    /** Size of the admin header that starts every record. */
    public static final int HEADER_SIZE = 16;
    static final int RESULT_OFFSET = 1;
    static final int COMMAND_OFFSET = 2;
    static final int FIELD_COUNT_OFFSET = 3;
    private static final int FIELD_HEADER_SIZE = 5;

    private byte[] buf = new byte[256];
    private int pos;
    private int recordStart = -1;

    /** Starts a request frame with its single record for the given command. */
    public AdminMessageWriter request(int command) {
        pos = Proto.HEADER_SIZE;
        return record(0, command);
    }

    /** Starts a reply frame with a first record carrying the given result code. */
    public AdminMessageWriter reply(int resultCode) {
        pos = Proto.HEADER_SIZE;
        return record(resultCode, 0);
    }

    /** Appends another record (a query reply's next user or role, or its closing result) to the current frame. */
    public AdminMessageWriter record(int resultCode, int command) {
        ensure(HEADER_SIZE);
        recordStart = pos;
        Arrays.fill(buf, pos, pos + HEADER_SIZE, (byte) 0);
        buf[pos + RESULT_OFFSET] = (byte) resultCode;
        buf[pos + COMMAND_OFFSET] = (byte) command;
        pos += HEADER_SIZE;
        return this;
    }

    /** Appends a field with raw data. */
    public AdminMessageWriter field(int id, byte[] data) {
        return field(id, data, 0, data.length);
    }

    /** Appends a field with {@code data[off, off + len)}. */
    public AdminMessageWriter field(int id, byte[] data, int off, int len) {
        beginField(id, len);
        System.arraycopy(data, off, buf, pos, len);
        pos += len;
        return this;
    }

    /** Appends a UTF-8 string field. */
    public AdminMessageWriter field(int id, String text) {
        return field(id, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Appends a 4-byte big-endian integer field. */
    public AdminMessageWriter intField(int id, int value) {
        beginField(id, 4);
        Bytes.putInt(buf, pos, value);
        pos += 4;
        return this;
    }

    /**
     * Appends a list of names as one field: a count byte, then per name a length byte and UTF-8 bytes.
     *
     * @throws IllegalArgumentException when there are more than 255 names or a name is longer than 255 bytes
     */
    public AdminMessageWriter nameListField(int id, List<String> names) {
        if (names.size() > 255) {
            throw new IllegalArgumentException("at most 255 names fit in one admin field, got " + names.size());
        }
        byte[][] encoded = new byte[names.size()][];
        int len = 1;
        for (int i = 0; i < encoded.length; i++) {
            encoded[i] = shortString(names.get(i));
            len += 1 + encoded[i].length;
        }
        beginField(id, len);
        buf[pos++] = (byte) encoded.length;
        for (byte[] name : encoded) {
            buf[pos++] = (byte) name.length;
            System.arraycopy(name, 0, buf, pos, name.length);
            pos += name.length;
        }
        return this;
    }

    /** Appends a count byte and that many 4-byte big-endian integers as one field (statistics in query replies). */
    public AdminMessageWriter intListField(int id, int[] values) {
        if (values.length > 255) {
            throw new IllegalArgumentException("at most 255 values fit in one admin field, got " + values.length);
        }
        beginField(id, 1 + 4 * values.length);
        buf[pos++] = (byte) values.length;
        for (int v : values) {
            Bytes.putInt(buf, pos, v);
            pos += 4;
        }
        return this;
    }

    /**
     * The UTF-8 bytes of a name that is written with a 1-byte length (role, namespace, set).
     *
     * @throws IllegalArgumentException when the name is longer than 255 bytes
     */
    public static byte[] shortString(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 255) {
            throw new IllegalArgumentException("name '" + name + "' is " + bytes.length + " bytes; at most 255 fit");
        }
        return bytes;
    }

    /** Completes the frame (proto header) and returns a copy of its bytes. */
    public byte[] finish() {
        Proto.writeHeader(buf, Proto.TYPE_ADMIN, pos);
        return Arrays.copyOf(buf, pos);
    }

    private void beginField(int id, int dataLength) {
        if (recordStart < 0) {
            throw new IllegalStateException("start a request or reply before adding fields");
        }
        int count = buf[recordStart + FIELD_COUNT_OFFSET] & 0xFF;
        if (count == 255) {
            throw new IllegalStateException("an admin record holds at most 255 fields");
        }
        buf[recordStart + FIELD_COUNT_OFFSET] = (byte) (count + 1);
        ensure(FIELD_HEADER_SIZE + dataLength);
        Bytes.putInt(buf, pos, dataLength + 1);
        buf[pos + 4] = (byte) id;
        pos += FIELD_HEADER_SIZE;
    }

    private void ensure(int more) {
        if (pos + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + more));
        }
    }
}
