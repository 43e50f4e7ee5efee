package io.spikesdk.core.internal.command;

import io.spikesdk.api.Expression;
import io.spikesdk.api.Key;
import io.spikesdk.api.ParameterException;
import io.spikesdk.api.Policy;
import io.spikesdk.api.Value;
import io.spikesdk.cdt.internal.msgpack.MsgPackWriter;
import io.spikesdk.cdt.internal.msgpack.Utf8;
import io.spikesdk.core.internal.serial.Serialization;
import io.spikesdk.core.internal.net.Connection;
import io.spikesdk.core.internal.net.Frames;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.core.internal.protocol.OpType;
import io.spikesdk.core.internal.protocol.Proto;

import java.io.IOException;

/**
 * One single-record AS_MSG request, fully validated and sized before anything is sent, written into a
 * connection's buffer on each attempt. Built by {@link Requests}; the byte layout is the official
 * client's (wire doc §2-§4, §18): NAMESPACE, [SET], DIGEST, [KEY], [FILTER_EXP], then the ops.
 */
public final class Request {
    final Key key;
    final Policy policy;
    final Serialization serial;
    final boolean write;
    private final boolean compressible;
    private final int info1;
    private final int info2;
    private final int info3;
    private final int generation;
    private final int recordTtl;
    private final int serverTimeout;
    private final Ops ops;
    private final boolean sendKey;
    private final Expression filter;
    private final int namespaceSize;
    private final int setSize;
    private final int keyValueSize;
    private final int fieldCount;
    private final int frameSize;

    Request(Key key, Policy policy, Serialization serial, boolean write, boolean compressible, int info1, int info2,
            int info3, int generation, int recordTtl, Ops ops) {
        this.key = key;
        this.policy = policy;
        this.serial = serial;
        this.write = write;
        this.compressible = compressible;
        this.info1 = info1;
        this.info2 = info2;
        this.info3 = info3;
        this.generation = generation;
        this.recordTtl = recordTtl;
        this.serverTimeout = serverTimeout(policy);
        this.ops = ops;
        this.filter = policy.filterExpression();
        this.sendKey = policy.sendKey() && key.userKey() != null;

        int size = Proto.HEADER_SIZE + Proto.MSG_HEADER_SIZE;
        int fields = 2;
        namespaceSize = Utf8.encodedLength(key.namespace());
        size += FieldType.HEADER_SIZE + namespaceSize + FieldType.HEADER_SIZE + 20;
        if (key.setName() != null) {
            setSize = Utf8.encodedLength(key.setName());
            size += FieldType.HEADER_SIZE + setSize;
            fields++;
        } else {
            setSize = -1;
        }
        if (sendKey) {
            keyValueSize = Particles.size(key.userKey(), null);
            size += FieldType.HEADER_SIZE + 1 + keyValueSize;
            fields++;
        } else {
            keyValueSize = 0;
        }
        if (filter != null) {
            size += FieldType.HEADER_SIZE + filter.size();
            fields++;
        }
        this.fieldCount = fields;
        this.frameSize = size + ops.encodedSize();
    }

    /** The official client's transaction_ttl: 0 without a total timeout, else the smaller positive timeout. */
    static int serverTimeout(Policy p) {
        int total = p.totalTimeout();
        if (total <= 0) {
            return 0;
        }
        int socket = p.socketTimeout();
        return socket > 0 && socket < total ? socket : total;
    }

    /** Size of the uncompressed frame. */
    public int frameSize() {
        return frameSize;
    }

    /** Whether the command changes the record (drives in-doubt reporting and replica choice). */
    public boolean isWrite() {
        return write;
    }

    /** Whether the server answers one entry per op (RESPOND_ALL_OPS). */
    public boolean respondAllOps() {
        return (info2 & MsgFlags.INFO2_RESPOND_ALL_OPS) != 0;
    }

    /**
     * Writes the frame into the connection's buffer and sends it, compressed (proto type 4) when the policy
     * asks and the frame exceeds {@link Frames#COMPRESS_THRESHOLD} bytes; returns whether it was compressed.
     */
    boolean send(Connection conn) throws IOException {
        byte[] buf = conn.buffer(frameSize);
        int length = writeTo(buf);
        if (compressible && policy.compress() && length > Frames.COMPRESS_THRESHOLD) {
            byte[] compressed = Frames.compress(buf, length);
            if (compressed != null) {
                conn.write(compressed, compressed.length);
                return true;
            }
        }
        conn.write(buf, length);
        return false;
    }

    /** Writes the whole frame at offset 0; returns its length. */
    public int writeTo(byte[] buf) {
        buf[8] = Proto.MSG_HEADER_SIZE;
        buf[9] = (byte) info1;
        buf[10] = (byte) info2;
        buf[11] = (byte) info3;
        buf[12] = 0;
        buf[13] = 0;
        Bytes.putInt(buf, 14, generation);
        Bytes.putInt(buf, 18, recordTtl);
        Bytes.putInt(buf, 22, serverTimeout);
        Bytes.putShort(buf, 26, fieldCount);
        Bytes.putShort(buf, 28, ops.count());
        int off = Proto.HEADER_SIZE + Proto.MSG_HEADER_SIZE;

        off = fieldHeader(buf, off, namespaceSize, FieldType.NAMESPACE);
        off = Utf8.encode(key.namespace(), buf, off);
        if (setSize >= 0) {
            off = fieldHeader(buf, off, setSize, FieldType.SET);
            off = Utf8.encode(key.setName(), buf, off);
        }
        off = fieldHeader(buf, off, 20, FieldType.DIGEST_RIPE);
        key.copyDigest(buf, off);
        off += 20;
        if (sendKey) {
            Value userKey = key.userKey();
            off = fieldHeader(buf, off, 1 + keyValueSize, FieldType.KEY);
            buf[off++] = (byte) userKey.particleType();
            off = Particles.write(userKey, null, buf, off);
        }
        if (filter != null) {
            off = fieldHeader(buf, off, filter.size(), FieldType.FILTER_EXP);
            filter.copyTo(buf, off);
            off += filter.size();
        }
        off = ops.writeTo(buf, off);
        Frames.writeHeader(buf, Proto.TYPE_MESSAGE, off);
        return off;
    }

    private static int fieldHeader(byte[] buf, int off, int dataSize, int type) {
        Bytes.putInt(buf, off, dataSize + 1);
        buf[off + 4] = (byte) type;
        return off + FieldType.HEADER_SIZE;
    }

    /** The ops of a request: parallel arrays, sized and packed once. */
    static final class Ops {
        static final Ops NONE = new Ops(0);

        private final int[] codes;
        private final String[] names;
        private final Value[] values;
        private final byte[][] packed;
        private final int[] nameSizes;
        private final int[] valueSizes;
        private int count;
        private int encodedSize;

        Ops(int capacity) {
            codes = new int[capacity];
            names = new String[capacity];
            values = new Value[capacity];
            packed = new byte[capacity][];
            nameSizes = new int[capacity];
            valueSizes = new int[capacity];
        }

        /** Adds an op; packs list/map values (throwing SerializationException before anything is sent). */
        Ops add(int code, String name, Value value) {
            return add(code, name, value, MsgPackWriter.NO_SERIALIZER);
        }

        /** Adds an op; nested values without an Aerospike type in lists and maps go to {@code fallback}. */
        Ops add(int code, String name, Value value, MsgPackWriter.Fallback fallback) {
            if (value instanceof Value.ObjectValue object) {
                value = fallback.encode(object.value());
            }
            int i = count++;
            codes[i] = code;
            names[i] = name;
            values[i] = value;
            int nameSize = name == null ? 0 : Utf8.encodedLength(name);
            if (nameSize > 255) {
                throw new ParameterException("bin name longer than 255 bytes: " + name.substring(0, 32) + "...");
            }
            nameSizes[i] = nameSize;
            packed[i] = Particles.pack(value, fallback);
            valueSizes[i] = Particles.size(value, packed[i]);
            encodedSize += OpType.HEADER_SIZE + nameSize + valueSizes[i];
            return this;
        }

        int count() {
            return count;
        }

        int encodedSize() {
            return encodedSize;
        }

        int code(int i) {
            return codes[i];
        }

        String name(int i) {
            return names[i];
        }

        Value value(int i) {
            return values[i];
        }

        byte[] packed(int i) {
            return packed[i];
        }

        int writeTo(byte[] buf, int off) {
            for (int i = 0; i < count; i++) {
                Bytes.putInt(buf, off, 4 + nameSizes[i] + valueSizes[i]);
                buf[off + 4] = (byte) codes[i];
                buf[off + 5] = (byte) Particles.type(values[i]);
                buf[off + 6] = 0;
                buf[off + 7] = (byte) nameSizes[i];
                off += OpType.HEADER_SIZE;
                if (names[i] != null) {
                    off = Utf8.encode(names[i], buf, off);
                }
                off = Particles.write(values[i], packed[i], buf, off);
            }
            return off;
        }
    }
}
