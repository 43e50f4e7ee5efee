package io.spikesdk.testfixtures;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One captured AS_MSG proto frame split into the header bytes tests look at, its fields (by field type) and its
 * operations. Deliberately independent of the SDK's own codec, so that golden-frame tests check it.
 */
public record MessageFrame(int info1, int info2, int info3, int resultCode, Map<Integer, byte[]> fields, List<Op> ops) {
    /** Field type of the record digest. */
    public static final int DIGEST = 4;
    /** Field type of a filter expression. */
    public static final int FILTER_EXP = 43;
    private static final int PROTO_HEADER = 8;

    /** One operation: its type, the value's particle type, the bin name and the value bytes. */
    public record Op(int type, int particleType, String name, byte[] value) {
    }

    /** Parses exactly one frame: an 8-byte proto header, then the message; trailing bytes are an error. */
    public static MessageFrame parse(byte[] frame) {
        ByteBuffer buf = ByteBuffer.wrap(frame);
        buf.position(PROTO_HEADER);
        int headerSize = Byte.toUnsignedInt(buf.get());
        int info1 = Byte.toUnsignedInt(buf.get());
        int info2 = Byte.toUnsignedInt(buf.get());
        int info3 = Byte.toUnsignedInt(buf.get());
        buf.get();
        int resultCode = Byte.toUnsignedInt(buf.get());
        buf.position(PROTO_HEADER + 18);
        int fieldCount = Short.toUnsignedInt(buf.getShort());
        int opCount = Short.toUnsignedInt(buf.getShort());
        buf.position(PROTO_HEADER + headerSize);
        Map<Integer, byte[]> fields = new LinkedHashMap<>();
        for (int i = 0; i < fieldCount; i++) {
            int size = buf.getInt();
            int type = Byte.toUnsignedInt(buf.get());
            byte[] data = new byte[size - 1];
            buf.get(data);
            fields.put(type, data);
        }
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < opCount; i++) {
            int size = buf.getInt();
            int type = Byte.toUnsignedInt(buf.get());
            int particleType = Byte.toUnsignedInt(buf.get());
            buf.get();
            byte[] name = new byte[Byte.toUnsignedInt(buf.get())];
            buf.get(name);
            byte[] value = new byte[size - 4 - name.length];
            buf.get(value);
            ops.add(new Op(type, particleType, new String(name, StandardCharsets.UTF_8), value));
        }
        if (buf.hasRemaining()) {
            throw new IllegalArgumentException(buf.remaining() + " trailing bytes after the frame");
        }
        return new MessageFrame(info1, info2, info3, resultCode, Collections.unmodifiableMap(fields), List.copyOf(ops));
    }

    /** The digest field, or an empty array when the frame has none. */
    public byte[] digest() {
        return fields.getOrDefault(DIGEST, new byte[0]);
    }
}
