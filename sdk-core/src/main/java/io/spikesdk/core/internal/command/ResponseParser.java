package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Key;
import io.spikesdk.api.Record;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.internal.StoredBlob;
import io.spikesdk.api.ParticleType;
import io.spikesdk.api.internal.ApiAccess;
import io.spikesdk.core.internal.serial.DecodedBlob;
import io.spikesdk.core.internal.serial.Serialization;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.OpType;
import io.spikesdk.core.internal.protocol.Proto;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses a single-record AS_MSG response held in a frame buffer (proto header at 0, AS_MSG at 8;
 * docs/wire-protocol.md §10).
 */
public final class ResponseParser {
    private static final int RESULT_CODE = Proto.HEADER_SIZE + 5;
    private static final int GENERATION = Proto.HEADER_SIZE + 6;
    private static final int VOID_TIME = Proto.HEADER_SIZE + 10;
    private static final int FIELD_COUNT = Proto.HEADER_SIZE + 18;
    private static final int OP_COUNT = Proto.HEADER_SIZE + 20;

    private ResponseParser() {
    }

    /** The result code byte; PARSE_ERROR when the body is shorter than an AS_MSG header. */
    public static int resultCode(byte[] frame, int bodyLength) {
        if (bodyLength < Proto.MSG_HEADER_SIZE) {
            throw parseError("response body of " + bodyLength + " bytes is shorter than an AS_MSG header");
        }
        return frame[RESULT_CODE] & 0xFF;
    }

    public static int generation(byte[] frame) {
        return Bytes.getInt(frame, GENERATION);
    }

    public static int voidTime(byte[] frame) {
        return Bytes.getInt(frame, VOID_TIME);
    }

    /** Seconds to live from a void time: -1 for 0 (never expires), at least 1 otherwise. */
    public static int ttl(int voidTime) {
        if (voidTime == 0) {
            return -1;
        }
        long now = System.currentTimeMillis() / 1000 - Proto.CITRUSLEAF_EPOCH_SECONDS;
        long expires = voidTime & 0xFFFF_FFFFL;
        return expires > now ? (int) Math.min(Integer.MAX_VALUE, expires - now) : 1;
    }

    /**
     * The record of a successful response.
     *
     * @param operate several entries of one bin become a list in op order (else the last one wins)
     * @param keepNulls keep NULL entries as null values (operate with RESPOND_ALL_OPS)
     */
    public static Record record(Key key, byte[] frame, int bodyLength, boolean operate, boolean keepNulls) {
        return record(key, frame, bodyLength, operate, keepNulls, Serialization.DISABLED);
    }

    /**
     * Like {@link #record(Key, byte[], int, boolean, boolean)}, decoding blob bins (top-level and nested) by the
     * read rules of {@code serial}; the record keeps the raw form of decoded blobs for typed reads.
     */
    public static Record record(Key key, byte[] frame, int bodyLength, boolean operate, boolean keepNulls,
                                Serialization serial) {
        return record(key, frame, Proto.HEADER_SIZE, Proto.HEADER_SIZE + bodyLength, operate, keepNulls, serial);
    }

    /**
     * The record of the successful AS_MSG that starts at {@code msgStart} (its 22-byte header) and ends at or
     * before {@code limit}, as {@link #record(Key, byte[], int, boolean, boolean, Serialization)}; a batch reply
     * holds several back to back.
     */
    public static Record record(Key key, byte[] frame, int msgStart, int limit, boolean operate, boolean keepNulls,
                                Serialization serial) {
        int end = limit;
        int header = msgStart - Proto.HEADER_SIZE;
        int fieldCount = Bytes.getShort(frame, header + FIELD_COUNT);
        int opCount = Bytes.getShort(frame, header + OP_COUNT);
        int generation = Bytes.getInt(frame, header + GENERATION);
        int voidTime = Bytes.getInt(frame, header + VOID_TIME);
        int off = msgStart + Proto.MSG_HEADER_SIZE;
        for (int i = 0; i < fieldCount; i++) {
            check(off + FieldType.HEADER_SIZE, end);
            off += 4 + Bytes.getInt(frame, off);
            check(off, end);
        }
        // a get's bins (unique names, no nulls) fit a BinMap; operate results and large records take a LinkedHashMap
        BinMap small = null;
        Map<String, Object> bins = null;
        if (opCount > 0) {
            if (!operate && !keepNulls && opCount <= BinMap.MAX_BINS) {
                small = new BinMap(opCount);
            } else {
                bins = new LinkedHashMap<>(opCount * 2);
            }
        }
        Map<String, StoredBlob> blobs = null;
        for (int i = 0; i < opCount; i++) {
            check(off + OpType.HEADER_SIZE, end);
            int size = Bytes.getInt(frame, off);
            int particle = frame[off + 5] & 0xFF;
            int nameLength = frame[off + 7] & 0xFF;
            int valueLength = size - 4 - nameLength;
            if (size < 4 || valueLength < 0) {
                throw parseError("bad op size " + size + " in response");
            }
            check(off + 4 + size, end);
            String name = BinNames.decode(frame, off + OpType.HEADER_SIZE, nameLength);
            int valueOffset = off + OpType.HEADER_SIZE + nameLength;
            Object value;
            if (particle == ParticleType.BLOB || particle == ParticleType.JAVA_BLOB) {
                DecodedBlob decoded = serial.decodeBin(particle, Particles.blob(frame, valueOffset, valueLength));
                value = decoded.value();
                if (decoded.stored() != null && !operate) {
                    if (blobs == null) {
                        blobs = new LinkedHashMap<>(4);
                    }
                    blobs.put(name, decoded.stored());
                }
            } else {
                value = Particles.read(particle, frame, valueOffset, valueLength, serial.nestedDecoder());
            }
            off += 4 + size;
            if (value == null && !keepNulls) {
                continue;
            }
            if (small != null) {
                small.add(name, value);
            } else if (operate && bins.containsKey(name)) {
                Object previous = bins.get(name);
                if (previous instanceof OpResults results) {
                    results.add(value);
                } else {
                    OpResults results = new OpResults();
                    results.add(previous);
                    results.add(value);
                    bins.put(name, results);
                }
            } else {
                bins.put(name, value);
            }
        }
        return ApiAccess.record(key, small != null ? small : bins, generation, ttl(voidTime), blobs);
    }

    /**
     * The end of the AS_MSG that starts at {@code msgStart}: after its fields and ops, which are walked without
     * decoding.
     *
     * @throws AerospikeException PARSE_ERROR when the message runs past {@code limit}
     */
    public static int messageEnd(byte[] frame, int msgStart, int limit) {
        check(msgStart + Proto.MSG_HEADER_SIZE, limit);
        int header = msgStart - Proto.HEADER_SIZE;
        int count = Bytes.getShort(frame, header + FIELD_COUNT) + Bytes.getShort(frame, header + OP_COUNT);
        int off = msgStart + Proto.MSG_HEADER_SIZE;
        for (int i = 0; i < count; i++) {
            check(off + 4, limit);
            int size = Bytes.getInt(frame, off);
            if (size < 1) {
                throw parseError("bad field or op size " + size + " in response");
            }
            off += 4 + size;
            check(off, limit);
        }
        return off;
    }

    private static void check(int needed, int end) {
        if (needed > end) {
            throw parseError("response truncated: needs " + needed + " bytes, frame has " + end);
        }
    }

    public static AerospikeException parseError(String detail) {
        return new AerospikeException(ResultCode.PARSE_ERROR, detail);
    }

    /** Several results of one bin in an operate, in op order. */
    private static final class OpResults extends ArrayList<Object> {
        private static final long serialVersionUID = 1L;

        OpResults() {
            super(4);
        }
    }
}
