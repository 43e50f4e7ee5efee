package io.spikesdk.exp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Splits a captured AS_MSG request frame into its fields and operations. */
record GoldenFrame(Map<Integer, byte[]> fields, List<Op> ops) {
    static final int FILTER_EXP = 43;
    private static final int PROTO_HEADER = 8;
    private static final int MSG_HEADER = 22;

    /** One operation of the frame. */
    record Op(int type, int particleType, String name, byte[] value) {
    }

    static GoldenFrame parse(String hex) {
        ByteBuffer buf = ByteBuffer.wrap(HexFormat.of().parseHex(hex));
        buf.position(PROTO_HEADER + MSG_HEADER - 4);
        int fieldCount = Short.toUnsignedInt(buf.getShort());
        int opCount = Short.toUnsignedInt(buf.getShort());
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
            int particle = Byte.toUnsignedInt(buf.get());
            buf.get();
            int nameLength = Byte.toUnsignedInt(buf.get());
            byte[] name = new byte[nameLength];
            buf.get(name);
            byte[] value = new byte[size - 4 - nameLength];
            buf.get(value);
            ops.add(new Op(type, particle, new String(name, StandardCharsets.UTF_8), value));
        }
        if (buf.hasRemaining()) {
            throw new IllegalArgumentException(buf.remaining() + " trailing bytes in frame");
        }
        return new GoldenFrame(fields, ops);
    }
}
