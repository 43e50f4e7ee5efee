package io.spikesdk.it.diff;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

/**
 * Reads a record with a raw get-all request and shows its bins as the server stored them: lists and
 * maps decoded from msgpack keeping element order and the ext order markers
 * ({@code ext0(01)} = key-ordered map), which the official client hides (it turns unflagged maps into
 * HashMaps). Only the order and flags are added; integer and float encodings are shown by value.
 */
final class WireReader implements AutoCloseable {
    private static final int TIMEOUT_MS = 5000;
    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    WireReader(String host, int port) {
        try {
            socket = new Socket(host, port);
            socket.setSoTimeout(TIMEOUT_MS);
            socket.setTcpNoDelay(true);
            in = new DataInputStream(socket.getInputStream());
            out = socket.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored bins as text sorted by bin name, {@code none} for no record, or {@code rcN}. */
    String read(String namespace, String set, byte[] digest) {
        try {
            out.write(request(namespace, set, digest));
            out.flush();
            long proto = in.readLong();
            byte[] body = new byte[(int) (proto & 0xFFFFFFFFFFFFL)];
            in.readFully(body);
            return render(ByteBuffer.wrap(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] request(String namespace, String set, byte[] digest) {
        byte[] ns = namespace.getBytes(StandardCharsets.UTF_8);
        byte[] st = set.getBytes(StandardCharsets.UTF_8);
        int fields = (5 + ns.length) + (5 + st.length) + (5 + digest.length);
        ByteBuffer b = ByteBuffer.allocate(8 + 22 + fields);
        b.putLong((2L << 56) | (3L << 48) | (22 + fields));
        b.put((byte) 22).put((byte) 0x03).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        b.putInt(0).putInt(0).putInt(TIMEOUT_MS).putShort((short) 3).putShort((short) 0);
        field(b, 0, ns);
        field(b, 1, st);
        field(b, 4, digest);
        return b.array();
    }

    private static void field(ByteBuffer b, int type, byte[] data) {
        b.putInt(data.length + 1).put((byte) type).put(data);
    }

    private static String render(ByteBuffer b) {
        b.get(); // header size
        b.position(5);
        int rc = b.get() & 0xff;
        b.position(18);
        int fields = b.getShort() & 0xffff;
        int ops = b.getShort() & 0xffff;
        if (rc == 2) {
            return "none";
        }
        if (rc != 0) {
            return "rc" + rc;
        }
        for (int i = 0; i < fields; i++) {
            int size = b.getInt();
            b.position(b.position() + size);
        }
        TreeMap<String, String> bins = new TreeMap<>();
        for (int i = 0; i < ops; i++) {
            int size = b.getInt();
            int end = b.position() + size;
            b.get(); // op
            int particle = b.get() & 0xff;
            b.get(); // version
            byte[] name = new byte[b.get() & 0xff];
            b.get(name);
            byte[] value = new byte[end - b.position()];
            b.get(value);
            bins.put(new String(name, StandardCharsets.UTF_8), particle(particle, value));
        }
        List<String> shown = new ArrayList<>();
        bins.forEach((name, value) -> shown.add(name + "=" + value));
        return "{" + String.join(", ", shown) + "}";
    }

    private static String particle(int type, byte[] v) {
        return switch (type) {
            case 1 -> String.valueOf(v.length == 8 ? ByteBuffer.wrap(v).getLong() : -1);
            case 2 -> ByteBuffer.wrap(v).getDouble() + "d";
            case 3 -> Render.value(new String(v, StandardCharsets.UTF_8));
            case 17 -> String.valueOf(v.length == 1 && v[0] != 0);
            case 19, 20 -> new MsgPack(ByteBuffer.wrap(v)).value();
            default -> "p" + type + "'" + HexFormat.of().formatHex(v) + "'";
        };
    }

    /** Msgpack as text in stored order; strings carry the Aerospike type byte first (3 string, 4 blob). */
    private static final class MsgPack {
        private final ByteBuffer b;

        MsgPack(ByteBuffer b) {
            this.b = b;
        }

        String value() {
            int t = b.get() & 0xff;
            if (t <= 0x7f) {
                return String.valueOf(t);
            }
            if (t >= 0xe0) {
                return String.valueOf((byte) t);
            }
            if (t >= 0xa0 && t <= 0xbf) {
                return bytes(t & 0x1f);
            }
            if (t >= 0x90 && t <= 0x9f) {
                return list(t & 0x0f);
            }
            if (t >= 0x80 && t <= 0x8f) {
                return map(t & 0x0f);
            }
            return switch (t) {
                case 0xc0 -> "nil";
                case 0xc2 -> "false";
                case 0xc3 -> "true";
                case 0xcc -> String.valueOf(b.get() & 0xff);
                case 0xcd -> String.valueOf(b.getShort() & 0xffff);
                case 0xce -> String.valueOf(b.getInt() & 0xffffffffL);
                case 0xcf -> Long.toUnsignedString(b.getLong());
                case 0xd0 -> String.valueOf(b.get());
                case 0xd1 -> String.valueOf(b.getShort());
                case 0xd2 -> String.valueOf(b.getInt());
                case 0xd3 -> String.valueOf(b.getLong());
                case 0xca -> (double) b.getFloat() + "d";
                case 0xcb -> b.getDouble() + "d";
                case 0xc4, 0xd9 -> bytes(b.get() & 0xff);
                case 0xc5, 0xda -> bytes(b.getShort() & 0xffff);
                case 0xc6, 0xdb -> bytes(b.getInt());
                case 0xdc -> list(b.getShort() & 0xffff);
                case 0xdd -> list(b.getInt());
                case 0xde -> map(b.getShort() & 0xffff);
                case 0xdf -> map(b.getInt());
                case 0xd4 -> ext(1);
                case 0xd5 -> ext(2);
                case 0xd6 -> ext(4);
                case 0xd7 -> ext(8);
                case 0xd8 -> ext(16);
                case 0xc7 -> ext(b.get() & 0xff);
                case 0xc8 -> ext(b.getShort() & 0xffff);
                case 0xc9 -> ext(b.getInt());
                default -> "?" + Integer.toHexString(t);
            };
        }

        private String bytes(int n) {
            byte[] raw = new byte[n];
            b.get(raw);
            if (n == 0) {
                return "str''";
            }
            byte[] payload = java.util.Arrays.copyOfRange(raw, 1, n);
            return switch (raw[0]) {
                case 3 -> Render.value(new String(payload, StandardCharsets.UTF_8));
                case 4 -> Render.value(payload);
                default -> "t" + raw[0] + "'" + HexFormat.of().formatHex(payload) + "'";
            };
        }

        private String ext(int n) {
            int type = b.get() & 0xff;
            byte[] data = new byte[n];
            b.get(data);
            return "ext" + type + "(" + HexFormat.of().formatHex(data) + ")";
        }

        private String list(int n) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                items.add(value());
            }
            return "[" + String.join(", ", items) + "]";
        }

        private String map(int n) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                items.add(value() + ": " + value());
            }
            return "{" + String.join(", ", items) + "}";
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
