package io.spikesdk.it.batch;

import com.aerospike.client.Key;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Hand-built batch-index requests and a reader of the row stream, for what the official client never sends. */
final class RawBatch {
    private static final int INFO1_READ = 0x01;
    private static final int INFO1_GET_ALL = 0x02;
    private static final int INFO1_BATCH = 0x08;
    private static final int INFO3_LAST = 0x01;
    private static final int FIELD_NAMESPACE = 0;
    private static final int FIELD_BATCH_INDEX = 41;

    /** One message of the reply stream. */
    record Row(int index, int resultCode, boolean last) {
    }

    private RawBatch() {
    }

    static final int ALLOW_INLINE = 0x01;
    static final int RESPOND_ALL_KEYS = 0x04;
    static final int REPORT_ERROR_RECORD = 0x08;
    private static final int ROW_REPEAT = 0x01;
    private static final int ROW_INFO = 0x02;
    private static final int ROW_GENERATION = 0x04;
    private static final int INFO2_WRITE = 0x01;
    private static final int INFO2_GENERATION = 0x04;
    private static final int FIELD_SET = 1;
    private static final int FIELD_KEY = 2;
    private static final int FIELD_FILTER = 43;

    /** A parent message with {@code count} as its row count (not necessarily the number of rows given). */
    static byte[] request(int parentFlags, int count, byte[] filter, List<byte[]> rows) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        rows.forEach(all::writeBytes);
        byte[] rowBytes = all.toByteArray();
        int fieldSize = 1 + 4 + 1 + rowBytes.length;
        int filterSize = filter == null ? 0 : 5 + filter.length;
        int bodyLength = 22 + filterSize + 4 + fieldSize;
        ByteBuffer msg = ByteBuffer.allocate(8 + bodyLength);
        msg.putLong((2L << 56) | (3L << 48) | bodyLength);
        msg.put((byte) 22).put((byte) INFO1_BATCH).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0)
                .putInt(0).putInt(0).putInt(0).putShort((short) (filter == null ? 1 : 2)).putShort((short) 0);
        if (filter != null) {
            msg.putInt(filter.length + 1).put((byte) FIELD_FILTER).put(filter);
        }
        msg.putInt(fieldSize).put((byte) FIELD_BATCH_INDEX).putInt(count).put((byte) parentFlags).put(rowBytes);
        return msg.array();
    }

    /** A full read row (all bins), as the old read path sends it: no info2/info3, namespace and set fields. */
    static byte[] readRow(int index, Key key) {
        return row(index, key, 0, INFO1_READ | INFO1_GET_ALL, 0, 0, 0, false, null);
    }

    /** A REPEAT row: the previous row's message for another digest. */
    static byte[] repeatRow(int index, Key key) {
        return ByteBuffer.allocate(25).putInt(index).put(key.digest).put((byte) ROW_REPEAT).array();
    }

    /** A read row carrying the KEY field (a REPEAT may not follow it). */
    static byte[] readRowWithKey(int index, Key key) {
        return row(index, key, 0, INFO1_READ | INFO1_GET_ALL, 0, 0, 0, true, null);
    }

    /** A write row putting integer bin {@code bin}; {@code expectGeneration} > 0 adds the generation check. */
    static byte[] writeRow(int index, Key key, String bin, long value, int expectGeneration) {
        int info2 = INFO2_WRITE | (expectGeneration > 0 ? INFO2_GENERATION : 0);
        return row(index, key, ROW_INFO | ROW_GENERATION, 0, info2, 0, expectGeneration, false,
                new Object[] {bin, value});
    }

    private static byte[] row(int index, Key key, int rowFlags, int info1, int info2, int info3, int generation,
            boolean withKey, Object[] intWrite) {
        byte[] ns = key.namespace.getBytes(StandardCharsets.UTF_8);
        byte[] set = key.setName.getBytes(StandardCharsets.UTF_8);
        byte[] userKey = withKey ? ByteBuffer.allocate(9).put((byte) 1).putLong(((Number) key.userKey.getObject())
                .longValue()).array() : null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer head = ByteBuffer.allocate(64);
        head.putInt(index).put(key.digest).put((byte) rowFlags).put((byte) info1);
        if ((rowFlags & ROW_INFO) != 0) {
            head.put((byte) info2).put((byte) info3);
        }
        if ((rowFlags & ROW_GENERATION) != 0) {
            head.putShort((short) generation);
        }
        head.putShort((short) (withKey ? 3 : 2)).putShort((short) (intWrite == null ? 0 : 1));
        out.write(head.array(), 0, head.position());
        out.writeBytes(field(FIELD_NAMESPACE, ns));
        out.writeBytes(field(FIELD_SET, set));
        if (withKey) {
            out.writeBytes(field(FIELD_KEY, userKey));
        }
        if (intWrite != null) {
            byte[] name = ((String) intWrite[0]).getBytes(StandardCharsets.UTF_8);
            ByteBuffer op = ByteBuffer.allocate(8 + name.length + 8);
            op.putInt(4 + name.length + 8).put((byte) 2).put((byte) 1).put((byte) 0).put((byte) name.length).put(name)
                    .putLong((Long) intWrite[1]);
            out.writeBytes(op.array());
        }
        return out.toByteArray();
    }

    private static byte[] field(int type, byte[] data) {
        return ByteBuffer.allocate(5 + data.length).putInt(data.length + 1).put((byte) type).put(data).array();
    }

    /** A batch get of all bins of {@code keys} (one namespace), every row in full, respond-all-keys set. */
    static byte[] getAll(Key[] keys) {
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        byte[] ns = keys[0].namespace.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < keys.length; i++) {
            ByteBuffer row = ByteBuffer.allocate(4 + 20 + 1 + 1 + 4 + 5 + ns.length);
            row.putInt(i).put(keys[i].digest).put((byte) 0).put((byte) (INFO1_READ | INFO1_GET_ALL))
                    .putShort((short) 1).putShort((short) 0).putInt(ns.length + 1).put((byte) FIELD_NAMESPACE).put(ns);
            rows.writeBytes(row.array());
        }
        byte[] rowBytes = rows.toByteArray();
        int fieldSize = 1 + 4 + 1 + rowBytes.length;
        ByteBuffer msg = ByteBuffer.allocate(8 + 22 + 4 + fieldSize);
        msg.putLong((2L << 56) | (3L << 48) | (22 + 4 + fieldSize));
        msg.put((byte) 22).put((byte) INFO1_BATCH).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0)
                .putInt(0).putInt(0).putInt(0).putShort((short) 1).putShort((short) 0);
        msg.putInt(fieldSize).put((byte) FIELD_BATCH_INDEX).putInt(keys.length).put((byte) 0x04).put(rowBytes);
        return msg.array();
    }

    /** Sends a request and reads reply protos up to the LAST marker. */
    static byte[] exchange(String host, int port, byte[] request) throws IOException {
        try (Socket s = new Socket(host, port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request);
            out.flush();
            DataInputStream in = new DataInputStream(s.getInputStream());
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            while (true) {
                long header = in.readLong();
                byte[] body = new byte[(int) (header & 0xFFFF_FFFF_FFFFL)];
                in.readFully(body);
                all.writeBytes(ByteBuffer.allocate(8).putLong(header).array());
                all.writeBytes(body);
                List<Row> rows = rows(all.toByteArray());
                if (!rows.isEmpty() && rows.get(rows.size() - 1).last()) {
                    return all.toByteArray();
                }
            }
        }
    }

    /** Every message of a reply stream: its batch index, result code and LAST flag (fields and ops skipped). */
    static List<Row> rows(byte[] stream) {
        List<Row> out = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(stream);
        while (b.remaining() >= 8) {
            int end = b.position() + 8 + (int) (b.getLong() & 0xFFFF_FFFF_FFFFL);
            while (b.position() < end) {
                int start = b.position();
                int info3 = b.get(start + 3) & 0xFF;
                int rc = b.get(start + 5) & 0xFF;
                int index = b.getInt(start + 14);
                int nFields = b.getShort(start + 18) & 0xFFFF;
                int nOps = b.getShort(start + 20) & 0xFFFF;
                b.position(start + 22);
                for (int i = 0; i < nFields + nOps; i++) {
                    int size = b.getInt();
                    b.position(b.position() + size);
                }
                out.add(new Row(index, rc, (info3 & INFO3_LAST) != 0));
            }
        }
        return out;
    }
}
