package io.spikesdk.core.internal.cluster;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.ResultCode;
import io.spikesdk.core.internal.protocol.Proto;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Parses the {@code replicas} info value (docs/wire-protocol.md §11.5):
 * {@code <ns>:<regime>,<n_replicas>,<b64 bitmap>,...;<ns2>:...}, one 512-byte bitmap per replica
 * column, partition {@code p} owned iff {@code bitmap[p >> 3] & (0x80 >> (p & 7))}.
 */
public final class ReplicasParser {
    /** Bytes of one decoded bitmap. */
    public static final int BITMAP_BYTES = Proto.PARTITIONS / 8;

    private ReplicasParser() {
    }

    /** One namespace of a node's answer. */
    public record NamespaceReplicas(String namespace, int regime, List<byte[]> bitmaps) {
        /** Whether the answering node holds partition {@code pid} in replica column {@code column}. */
        public boolean owns(int column, int pid) {
            return (bitmaps.get(column)[pid >> 3] & (0x80 >> (pid & 7))) != 0;
        }
    }

    public static List<NamespaceReplicas> parse(String value) {
        List<NamespaceReplicas> result = new ArrayList<>();
        if (value == null || value.isEmpty()) {
            return result;
        }
        for (String entry : value.split(";")) {
            if (entry.isEmpty()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                throw error("missing namespace in '" + abbreviate(entry) + "'");
            }
            String namespace = entry.substring(0, colon);
            String[] parts = entry.substring(colon + 1).split(",");
            if (parts.length < 2) {
                throw error("namespace " + namespace + " has no regime/replica count");
            }
            int regime = parseInt(parts[0], namespace);
            int count = parseInt(parts[1], namespace);
            if (count < 0 || parts.length != 2 + count) {
                throw error("namespace " + namespace + " announces " + count + " replicas but has "
                        + (parts.length - 2) + " bitmaps");
            }
            List<byte[]> bitmaps = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                bitmaps.add(decode(parts[2 + i], namespace));
            }
            result.add(new NamespaceReplicas(namespace, regime, List.copyOf(bitmaps)));
        }
        return result;
    }

    private static byte[] decode(String b64, String namespace) {
        byte[] bitmap;
        try {
            bitmap = Base64.getDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
            throw error("namespace " + namespace + " has a bitmap that is not base64: " + e.getMessage());
        }
        if (bitmap.length != BITMAP_BYTES) {
            throw error("namespace " + namespace + " has a bitmap of " + bitmap.length + " bytes, expected " + BITMAP_BYTES);
        }
        return bitmap;
    }

    private static int parseInt(String s, String namespace) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw error("namespace " + namespace + ": '" + abbreviate(s) + "' is not a number");
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }

    private static AerospikeException error(String detail) {
        return new AerospikeException(ResultCode.PARSE_ERROR, "bad replicas answer: " + detail);
    }
}
