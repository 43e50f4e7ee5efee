package io.spikesdk.cdt.internal;

import io.spikesdk.api.Operation;
import io.spikesdk.api.Value;

/**
 * Reads the op code back out of a CDT payload (skipping a context envelope), e.g. to tell map
 * operations from list operations.
 */
public final class PayloadInspector {
    /** The op-code boundary between list (&lt; 64) and map (64..127) operations. */
    public static final int FIRST_MAP_OP = 64;

    private PayloadInspector() {
    }

    /**
     * The op code of a CDT payload built here (the inner op code when wrapped in contexts), or -1 when
     * the bytes are not such a payload.
     */
    public static int opCode(byte[] payload) {
        int[] pos = {0};
        if (payload.length == 0 || arrayHeader(payload, pos) < 1) {
            return -1;
        }
        int code = readUnsigned(payload, pos);
        if (code != CdtPayload.CONTEXT_OP) {
            return code;
        }
        int contextItems = arrayHeader(payload, pos);
        for (int i = 0; i < contextItems && pos[0] >= 0; i++) {
            skip(payload, pos);
        }
        if (pos[0] < 0 || arrayHeader(payload, pos) < 1) {
            return -1;
        }
        return readUnsigned(payload, pos);
    }

    /**
     * Whether an operation built by the CDT builders addresses a map (op codes 64..127). The official client
     * sends such operations with RESPOND_ALL_OPS (info2 {@code 0x80}) so that "not found" results still
     * get an op entry; sdk-core uses this to do the same.
     */
    public static boolean isMapOperation(Operation operation) {
        if ((operation.type() != Operation.Type.CDT_READ && operation.type() != Operation.Type.CDT_MODIFY)
            || !(operation.value() instanceof Value.BytesValue bytes)) {
            return false;
        }
        int code = opCode(bytes.value());
        return code >= FIRST_MAP_OP && code < 128;
    }

    private static int arrayHeader(byte[] b, int[] pos) {
        if (pos[0] < 0 || pos[0] >= b.length) {
            pos[0] = -1;
            return -1;
        }
        int type = b[pos[0]++] & 0xFF;
        if ((type & 0xF0) == 0x90) {
            return type & 0x0F;
        }
        if (type == 0xdc) {
            return (int) readBigEndian(b, pos, 2);
        }
        if (type == 0xdd) {
            return (int) readBigEndian(b, pos, 4);
        }
        pos[0] = -1;
        return -1;
    }

    private static int readUnsigned(byte[] b, int[] pos) {
        if (pos[0] < 0 || pos[0] >= b.length) {
            return -1;
        }
        int type = b[pos[0]++] & 0xFF;
        if (type < 0x80) {
            return type;
        }
        if (type == 0xcc) {
            return (int) readBigEndian(b, pos, 1);
        }
        return -1;
    }

    private static long readBigEndian(byte[] b, int[] pos, int n) {
        if (pos[0] < 0 || pos[0] + n > b.length) {
            pos[0] = -1;
            return -1;
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            v = (v << 8) | (b[pos[0]++] & 0xFF);
        }
        return v;
    }

    /** Skips one msgpack element; sets {@code pos[0]} to -1 on malformed input. */
    private static void skip(byte[] b, int[] pos) {
        if (pos[0] < 0 || pos[0] >= b.length) {
            pos[0] = -1;
            return;
        }
        int type = b[pos[0]++] & 0xFF;
        long count;
        if (type < 0x80 || type >= 0xe0 || type == 0xc0 || type == 0xc2 || type == 0xc3) {
            return;
        } else if ((type & 0xF0) == 0x80) {
            count = 2L * (type & 0x0F);
        } else if ((type & 0xF0) == 0x90) {
            count = type & 0x0F;
        } else if ((type & 0xE0) == 0xa0) {
            advance(b, pos, type & 0x1F);
            return;
        } else {
            switch (type) {
                case 0xcc, 0xd0 -> advance(b, pos, 1);
                case 0xcd, 0xd1 -> advance(b, pos, 2);
                case 0xce, 0xd2, 0xca -> advance(b, pos, 4);
                case 0xcf, 0xd3, 0xcb -> advance(b, pos, 8);
                case 0xd4 -> advance(b, pos, 2);
                case 0xd5 -> advance(b, pos, 3);
                case 0xd6 -> advance(b, pos, 5);
                case 0xd7 -> advance(b, pos, 9);
                case 0xd8 -> advance(b, pos, 17);
                case 0xc4, 0xd9 -> advance(b, pos, readBigEndian(b, pos, 1));
                case 0xc5, 0xda -> advance(b, pos, readBigEndian(b, pos, 2));
                case 0xc6, 0xdb -> advance(b, pos, readBigEndian(b, pos, 4));
                case 0xc7 -> advance(b, pos, readBigEndian(b, pos, 1) + 1);
                case 0xc8 -> advance(b, pos, readBigEndian(b, pos, 2) + 1);
                case 0xc9 -> advance(b, pos, readBigEndian(b, pos, 4) + 1);
                case 0xdc -> skipAll(b, pos, readBigEndian(b, pos, 2));
                case 0xdd -> skipAll(b, pos, readBigEndian(b, pos, 4));
                case 0xde -> skipAll(b, pos, 2 * readBigEndian(b, pos, 2));
                case 0xdf -> skipAll(b, pos, 2 * readBigEndian(b, pos, 4));
                default -> pos[0] = -1;
            }
            return;
        }
        skipAll(b, pos, count);
    }

    private static void skipAll(byte[] b, int[] pos, long count) {
        for (long i = 0; i < count && pos[0] >= 0; i++) {
            skip(b, pos);
        }
    }

    private static void advance(byte[] b, int[] pos, long n) {
        if (pos[0] < 0 || n < 0 || pos[0] + n > b.length) {
            pos[0] = -1;
        } else {
            pos[0] += (int) n;
        }
    }
}
