package io.spikesdk.benchmarks.jmh;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data the JMH benchmarks work on, identical for both clients: a 10-bin record (4 integers, 4
 * 32-character strings, 2 64-byte blobs), its get response frame, and 100-element msgpack list and map.
 */
public final class Fixtures {
    /** Namespace of every key. */
    public static final String NAMESPACE = "test";
    /** Set of every key. */
    public static final String SET = "bench";
    /** A typical string user key. */
    public static final String STRING_KEY = "user:000123456";
    /** A typical integer user key. */
    public static final long LONG_KEY = 123_456_789L;

    private static final int PARTICLE_INTEGER = 1;
    private static final int PARTICLE_STRING = 3;
    private static final int PARTICLE_BLOB = 4;
    private static final int OP_READ = 1;

    private Fixtures() {
    }

    /** Bin names and values of the 10-bin record, in bin order. */
    public static Map<String, Object> tenBins() {
        Map<String, Object> bins = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            bins.put("int" + i, 1_000_000_007L * (i + 1));
        }
        for (int i = 0; i < 4; i++) {
            bins.put("str" + i, "value-" + i + "-abcdefghijklmnopqrstuvw".substring(0, 24) + "xy");
        }
        for (int i = 0; i < 2; i++) {
            byte[] blob = new byte[64];
            for (int j = 0; j < blob.length; j++) {
                blob[j] = (byte) (i * 64 + j);
            }
            bins.put("blob" + i, blob);
        }
        return bins;
    }

    /**
     * The complete response frame (8-byte proto header, then AS_MSG) a server sends for a get of
     * {@link #tenBins()}: result 0, generation 3, no expiration, no fields, one op per bin.
     */
    public static byte[] tenBinGetResponse() {
        ByteBuffer body = ByteBuffer.allocate(4096);
        body.put((byte) 22).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        body.putInt(3).putInt(0).putInt(0).putShort((short) 0);
        Map<String, Object> bins = tenBins();
        body.putShort((short) bins.size());
        for (Map.Entry<String, Object> bin : bins.entrySet()) {
            byte[] name = bin.getKey().getBytes(StandardCharsets.UTF_8);
            byte[] value;
            int particle;
            if (bin.getValue() instanceof Long l) {
                value = ByteBuffer.allocate(8).putLong(l).array();
                particle = PARTICLE_INTEGER;
            } else if (bin.getValue() instanceof String s) {
                value = s.getBytes(StandardCharsets.UTF_8);
                particle = PARTICLE_STRING;
            } else {
                value = (byte[]) bin.getValue();
                particle = PARTICLE_BLOB;
            }
            body.putInt(4 + name.length + value.length).put((byte) OP_READ).put((byte) particle).put((byte) 0)
                    .put((byte) name.length).put(name).put(value);
        }
        int bodyLength = body.position();
        ByteBuffer frame = ByteBuffer.allocate(8 + bodyLength);
        frame.putLong(2L << 56 | 3L << 48 | bodyLength);
        frame.put(body.array(), 0, bodyLength);
        return frame.array();
    }

    /** 100 elements: 50 integers of various widths and 50 short strings, interleaved. */
    public static List<Object> hundredElementList() {
        List<Object> list = new ArrayList<>(100);
        for (int i = 0; i < 50; i++) {
            list.add((long) i * i * i * 1_000L);
            list.add("element-" + i);
        }
        return list;
    }

    /** 100 entries, string keys to integers (an unordered map). */
    public static Map<Object, Object> hundredEntryMap() {
        Map<Object, Object> map = new HashMap<>();
        for (int i = 0; i < 100; i++) {
            map.put("key-" + i, (long) i * 7_919L);
        }
        return map;
    }
}
