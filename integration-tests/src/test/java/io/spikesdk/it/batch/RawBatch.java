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
