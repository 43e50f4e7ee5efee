package io.spikesdk.testkit.support;

import com.aerospike.client.Key;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MessageFormatException;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.core.internal.protocol.MessageWriter;
import io.spikesdk.core.internal.protocol.Proto;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds single-record AS_MSG request frames by hand, for what the official client never sends. */
public final class Frames {
    private int info1;
    private int info2;
    private int info3;
    private int info4;
    private int generation;
    private int ttl;
    private String namespace = "test";
    private String set = "raw";
    private byte[] digest;
    private byte[] keyField;
    private final List<byte[]> extraFields = new ArrayList<>();
    private final List<Object[]> ops = new ArrayList<>();

    private Frames() {
    }

    /** A request for the record with this string key in test/raw. */
    public static Frames forKey(String userKey) {
        Frames f = new Frames();
        f.digest = new Key("test", "raw", userKey).digest;
        return f;
    }

    public Frames info(int info1, int info2, int info3) {
        this.info1 = info1;
        this.info2 = info2;
        this.info3 = info3;
        return this;
    }

    /** The info4 byte (transaction flags). */
    public Frames info4(int info4) {
        this.info4 = info4;
        return this;
    }

    public Frames generation(int generation) {
        this.generation = generation;
        return this;
    }

    public Frames ttl(int ttl) {
        this.ttl = ttl;
        return this;
    }

    public Frames namespace(String namespace) {
        this.namespace = namespace;
        return this;
    }

    public Frames set(String set) {
        this.set = set;
        return this;
    }

    public Frames digest(byte[] digest) {
        this.digest = digest;
        return this;
    }

    /** A KEY field holding a string key. */
    public Frames stringKey(String key) {
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        keyField = new byte[k.length + 1];
        keyField[0] = 3;
        System.arraycopy(k, 0, keyField, 1, k.length);
        return this;
    }

    /** An extra field: type byte followed by data. */
    public Frames field(int type, byte[] data) {
        byte[] f = new byte[data.length + 1];
        f[0] = (byte) type;
        System.arraycopy(data, 0, f, 1, data.length);
        extraFields.add(f);
        return this;
    }

    public Frames op(int opType, int particleType, String name, byte[] value) {
        ops.add(new Object[] {opType, particleType, name, value});
        return this;
    }

    public byte[] build() {
        MessageWriter w = new MessageWriter(256);
        w.beginFrame(info1, info2, info3, 0, generation, ttl, 1000);
        if (namespace != null) {
            w.field(FieldType.NAMESPACE, namespace.getBytes(StandardCharsets.UTF_8));
        }
        if (set != null) {
            w.field(FieldType.SET, set.getBytes(StandardCharsets.UTF_8));
        }
        if (keyField != null) {
            w.field(FieldType.KEY, keyField);
        }
        if (digest != null) {
            w.field(FieldType.DIGEST_RIPE, digest);
        }
        for (byte[] f : extraFields) {
            w.field(f[0], f, 1, f.length - 1);
        }
        for (Object[] op : ops) {
            w.op((Integer) op[0], (Integer) op[1], (String) op[2], (byte[]) op[3]);
        }
        byte[] frame = w.finish().toByteArray();
        frame[Proto.HEADER_SIZE + 4] = (byte) info4;
        return frame;
    }

    /** Every AS_MSG of a reply stream (one or more type-3 protos, each holding one or more messages), in order. */
    public static List<MessageView> messages(byte[] stream) throws MessageFormatException {
        List<MessageView> out = new ArrayList<>();
        int at = 0;
        while (at < stream.length) {
            int end = at + Proto.HEADER_SIZE + (int) Proto.bodyLength(Bytes.getLong(stream, at));
            int p = at + Proto.HEADER_SIZE;
            while (p < end) {
                MessageView view = new MessageView();
                p = view.parseAt(stream, p, end);
                out.add(view);
            }
            at = end;
        }
        return out;
    }

    public static byte[] int64(long v) {
        byte[] b = new byte[8];
        Bytes.putLong(b, 0, v);
        return b;
    }

    public static byte[] hex(String hex) {
        byte[] b = new byte[hex.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    public static String toHex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(String.format("%02x", x));
        }
        return sb.toString();
    }
}
