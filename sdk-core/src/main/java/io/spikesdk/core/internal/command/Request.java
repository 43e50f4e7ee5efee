package io.spikesdk.core.internal.command;

import io.spikesdk.api.metrics.CommandType;
import io.spikesdk.api.Bin;
import io.spikesdk.api.Expression;
import io.spikesdk.api.GenerationPolicy;
import io.spikesdk.api.Key;
import io.spikesdk.api.Operation;
import io.spikesdk.api.Policy;
import io.spikesdk.api.Value;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.api.Txn;
import io.spikesdk.api.internal.ApiAccess;
import io.spikesdk.cdt.internal.msgpack.MsgPackWriter;
import io.spikesdk.cdt.internal.msgpack.Utf8;
import io.spikesdk.core.internal.cluster.Cluster;
import io.spikesdk.core.internal.cluster.Node;
import io.spikesdk.core.internal.serial.Serialization;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.Compression;
import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.core.internal.protocol.OpType;
import io.spikesdk.core.internal.protocol.Proto;

/**
 * One single-record AS_MSG request, fully validated and sized before anything is sent, encoded into a
 * buffer the driver provides on each attempt ({@link #writeTo}, then {@link #compressed}); it knows nothing
 * of connections, so every driver (blocking today, non-blocking later) sends the same bytes. Built by {@link Requests}; the byte layout is the official
 * client's (docs/wire-protocol.md §2–§4, §13): NAMESPACE, [SET], DIGEST, [KEY], [FILTER_EXP], then the ops.
 *
 * <p>The request keeps the caller's {@code Bin[]}, {@code Operation[]} or {@code String[]} as given
 * (they must not be modified while the command runs) and writes the ops straight from them; only values
 * that need it are converted once, when the request is built: lists and maps are packed into msgpack and
 * objects without an Aerospike type are serialized, so that a serialization error is thrown before
 * anything is sent and retries send the same bytes. Everything else (header fields, generation, TTL,
 * server timeout, field and op sizes) is derived from the policy and the key while writing, so a request
 * with plain bins is one small object.
 */
public final class Request implements CommandRequest {
    /** The ops of {@code touch}: one TOUCH without bin or value. */
    static final Operation[] TOUCH_OPS = {new Operation(Operation.Type.TOUCH, null, null)};

    final Key key;
    final Policy policy;
    final Serialization serial;
    /** {@code Bin[]} (one op of {@link #opCode()} per bin), {@code Operation[]}, {@code String[]} (READ per name) or null. */
    private final Object ops;
    /** Converted op values by op index (packed lists and maps, serialized objects), or null when none needed it. */
    private final Value[] prepared;
    /** info1 | info2 << 8 | info3 << 16 | op code of the bins << 24. */
    private final int info;
    /** The transaction fields, or null outside a transaction. */
    private final TxnFields txn;
    private final int frameSize;

    /**
     * @param ops a {@code Bin[]}, {@code Operation[]} or {@code String[]}, validated by {@link Requests}, or null
     * @param prepared from {@link #prepare}, or null
     * @param opsSize the encoded size of all ops ({@link #opSize})
     */
    Request(Key key, Policy policy, Serialization serial, int info1, int info2, int info3, int binOpCode, Object ops,
            Value[] prepared, int opsSize) {
        this.key = key;
        this.policy = policy;
        this.serial = serial;
        this.ops = ops;
        this.prepared = prepared;
        this.info = (info1 & 0xFF) | (info2 & 0xFF) << 8 | (info3 & 0xFF) << 16 | (binOpCode & 0xFF) << 24;
        this.txn = TxnFields.of(policy.txn(), key, isWrite());

        int size = Proto.HEADER_SIZE + Proto.MSG_HEADER_SIZE;
        size += FieldType.HEADER_SIZE + Utf8.encodedLength(key.namespace()) + FieldType.HEADER_SIZE + 20;
        if (txn != null) {
            size += txn.size();
        }
        if (key.setName() != null) {
            size += FieldType.HEADER_SIZE + Utf8.encodedLength(key.setName());
        }
        if (sendKey()) {
            size += FieldType.HEADER_SIZE + 1 + Particles.size(key.userKey());
        }
        Expression filter = policy.filterExpression();
        if (filter != null) {
            size += FieldType.HEADER_SIZE + filter.size();
        }
        this.frameSize = size + opsSize;
    }

    /**
     * The value to send for {@code v}, when it is not {@code v} itself: a list or map packed into msgpack (nested
     * values without an Aerospike type go to {@code fallback}), or an object without an Aerospike type serialized
     * by {@code fallback}; {@code null} when {@code v} is sent as it is.
     *
     * @throws io.spikesdk.api.SerializationException for a value no serializer handles
     */
    static Value prepare(Value v, MsgPackWriter.Fallback fallback) {
        if (v instanceof Value.ObjectValue object) {
            return fallback.encode(object.value());
        }
        if (v instanceof Value.ListValue || v instanceof Value.MapValue) {
            return ApiAccess.owningBytes(MsgPackWriter.pack(v, fallback), v.particleType());
        }
        return null;
    }

    /**
     * The encoded size of one op ({@code value} as sent, i.e. after {@link #prepare}).
     *
     * @throws io.spikesdk.api.BinNameTooLongException for a bin name longer than the server accepts
     */
    static int opSize(String name, Value value) {
        int nameSize = 0;
        if (name != null) {
            nameSize = Utf8.encodedLength(name);
            RequestLimits.checkBinName(name, nameSize);
        }
        return OpType.HEADER_SIZE + nameSize + Particles.size(value);
    }

    @Override
    public Policy policy() {
        return policy;
    }

    /** The key's node for attempt {@code sequence} ({@link Cluster#node}). */
    @Override
    public Node node(Cluster cluster, int sequence) {
        return cluster.node(key, policy, sequence, isWrite());
    }

    /** Records a reply in the request's transaction: the read version, or the written key (no-op outside one). */
    void trackTxn(byte[] frame, int resultCode) {
        Txn t = policy.txn();
        if (t != null) {
            TxnFields.track(t, key, isWrite(), frame, Proto.HEADER_SIZE, resultCode);
        }
    }

    @Override
    public void inDoubt() {
        Txn t = policy.txn();
        if (t != null && isWrite()) {
            ApiAccess.txnState(t).onWriteInDoubt(key);
        }
    }

    /** What the request does, from its ops and flags. */
    @Override
    public CommandType commandType() {
        if (ops instanceof Bin[]) {
            return CommandType.WRITE;
        }
        if (ops == TOUCH_OPS) {
            return CommandType.TOUCH;
        }
        if (ops instanceof Operation[]) {
            return CommandType.OPERATE;
        }
        if (isWrite()) {
            return CommandType.DELETE;
        }
        return (info1() & MsgFlags.INFO1_NOBINDATA) != 0 ? CommandType.EXISTS : CommandType.READ;
    }

    @Override
    public String namespace() {
        return key.namespace();
    }

    @Override
    public String setName() {
        return key.setName();
    }

    @Override
    public String subject() {
        return String.valueOf(key);
    }

    @Override
    public int frameSize() {
        return frameSize;
    }

    @Override
    public boolean isWrite() {
        return (info2() & MsgFlags.INFO2_WRITE) != 0;
    }

    /**
     * Whether the request can travel as a row of a batch-index request and be answered exactly as alone
     * ({@link AutoBatchFrame}): a read (get, exists, getHeader), a write of bins (put, add, append, prepend) or a
     * delete; not operate or touch, and nothing in a transaction, with a filter, with the user key sent or compressed.
     */
    public boolean batchable() {
        return (ops == null || ops instanceof String[] || ops instanceof Bin[]) && txn == null
            && policy.filterExpression() == null && !policy.compress() && !sendKey();
    }

    /**
     * Size of this {@link #batchable()} request as a full batch row, from its flags byte on: the header's info
     * bytes, generation (writes), TTL, namespace, set (empty when none), ops.
     */
    int batchRowSize() {
        // the frame alone less its headers and DIGEST field is namespace, [set] and ops; a row always has a set field
        int fieldsAndOps = frameSize - Proto.HEADER_SIZE - Proto.MSG_HEADER_SIZE - (FieldType.HEADER_SIZE + 20)
            + (key.setName() == null ? FieldType.HEADER_SIZE : 0);
        return 1 + 3 + (isWrite() ? 2 : 0) + 4 + 4 + fieldsAndOps;
    }

    /**
     * Writes this {@link #batchable()} request as a full batch row from its flags byte on (the layout of
     * {@link BatchRow}, with this request's own info bytes, generation, TTL and ops); returns the offset after it.
     */
    int writeBatchRow(byte[] buf, int off) {
        boolean write = isWrite();
        buf[off++] = (byte) (write ? BatchRow.INFO | BatchRow.GEN | BatchRow.TTL : BatchRow.INFO | BatchRow.TTL);
        buf[off++] = (byte) info1();
        buf[off++] = (byte) info2();
        buf[off++] = (byte) info3();
        if (write) {
            Bytes.putShort(buf, off, generation() & 0xFFFF);
            off += 2;
        }
        Bytes.putInt(buf, off, recordTtl());
        off += 4;
        Bytes.putShort(buf, off, 2);
        Bytes.putShort(buf, off + 2, opCount());
        off += 4;
        off = stringField(buf, off, FieldType.NAMESPACE, key.namespace());
        off = stringField(buf, off, FieldType.SET, key.setName() == null ? "" : key.setName());
        return writeOps(buf, off);
    }

    /**
     * Whether {@code next}'s batch row may repeat this one's (REPEAT: same namespace, set, info bytes and ops): two
     * reads of the same bins, or two deletes, with the same policy. Writes carry their own values: never.
     */
    boolean repeatedBy(Request next) {
        return next.policy == policy && next.info == info && next.ops == ops && !(ops instanceof Bin[])
            && next.key.namespace().equals(key.namespace())
            && java.util.Objects.equals(next.key.setName(), key.setName());
    }

    /** Whether the server answers one entry per op (RESPOND_ALL_OPS). */
    public boolean respondAllOps() {
        return (info2() & MsgFlags.INFO2_RESPOND_ALL_OPS) != 0;
    }

    private int info1() {
        return info & 0xFF;
    }

    private int info2() {
        return (info >>> 8) & 0xFF;
    }

    private int info3() {
        return (info >>> 16) & 0xFF;
    }

    private int opCode() {
        return info >>> 24;
    }

    /** What the request does to which bins, e.g. {@code ADD on bin "n"}, for error messages; empty when no op names a bin. */
    String describeOps() {
        return OpDescriptions.of(ops, opCode());
    }

    /** Bins and operations may be compressed; delete, touch and reads are never (as the official client). */
    private boolean compressible() {
        return ops instanceof Bin[] || (ops instanceof Operation[] && ops != TOUCH_OPS);
    }

    /** The header's generation: the write policy's when it checks one, else 0. */
    private int generation() {
        return writeCommand() && policy instanceof WritePolicy wp && wp.generationPolicy() != GenerationPolicy.NONE
            ? wp.generation() : 0;
    }

    /** The header's record_ttl: a write's expiration, else the read-touch percent. */
    private int recordTtl() {
        if (writeCommand() && policy instanceof WritePolicy wp) {
            return isWrite() ? wp.expiration() : wp.readTouchTtlPercent();
        }
        return policy.readTouchTtlPercent();
    }

    /** Whether the header takes generation and expiration from a {@link WritePolicy}. */
    private boolean writeCommand() {
        return ops instanceof Bin[] || ops instanceof Operation[] || isWrite();
    }

    private boolean sendKey() {
        return policy.sendKey() && key.userKey() != null;
    }

    private int opCount() {
        if (ops instanceof Bin[] bins) {
            return bins.length;
        }
        if (ops instanceof Operation[] operations) {
            return operations.length;
        }
        if (ops instanceof String[] names) {
            return names.length;
        }
        return 0;
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

    /**
     * The frame of {@link #writeTo} compressed (proto type 4), when the policy asks for compression, the
     * command may be compressed and the frame exceeds {@link Compression#THRESHOLD} bytes; else {@code null}
     * (and also when compressing would not make it smaller): the uncompressed frame is sent.
     */
    @Override
    public byte[] compressed(byte[] frame, int length) {
        if (length > Compression.THRESHOLD && policy.compress() && compressible()) {
            return Compression.compress(frame, length);
        }
        return null;
    }

    @Override
    public int writeTo(byte[] buf) {
        boolean sendKey = sendKey();
        Expression filter = policy.filterExpression();
        int info4 = writeCommand() && policy instanceof WritePolicy wp && wp.onLockingOnly()
            ? MsgFlags.INFO4_TXN_ON_LOCKING_ONLY : 0;
        int fieldCount = 2 + (key.setName() != null ? 1 : 0) + (sendKey ? 1 : 0) + (filter != null ? 1 : 0)
            + (txn != null ? txn.count() : 0);

        buf[8] = Proto.MSG_HEADER_SIZE;
        buf[9] = (byte) info1();
        buf[10] = (byte) info2();
        buf[11] = (byte) info3();
        buf[12] = (byte) info4;
        buf[13] = 0;
        Bytes.putInt(buf, 14, generation());
        Bytes.putInt(buf, 18, recordTtl());
        Bytes.putInt(buf, 22, serverTimeout(policy));
        Bytes.putShort(buf, 26, fieldCount);
        Bytes.putShort(buf, 28, opCount());
        int off = Proto.HEADER_SIZE + Proto.MSG_HEADER_SIZE;

        off = writeKeyFields(buf, off, key, txn, sendKey, filter);
        off = writeOps(buf, off);
        Proto.writeHeader(buf, Proto.TYPE_MESSAGE, off);
        return off;
    }

    /**
     * A record's fields, in the official client's order: namespace, set (when the key has one), DIGEST_RIPE, the
     * transaction fields (when {@code txn} is not null), KEY (the user key, when {@code sendKey}), FILTER_EXP (when
     * {@code filter} is not null).
     */
    static int writeKeyFields(byte[] buf, int off, Key key, TxnFields txn, boolean sendKey, Expression filter) {
        off = stringField(buf, off, FieldType.NAMESPACE, key.namespace());
        if (key.setName() != null) {
            off = stringField(buf, off, FieldType.SET, key.setName());
        }
        off = fieldHeader(buf, off, 20, FieldType.DIGEST_RIPE);
        key.copyDigest(buf, off);
        off += 20;
        if (txn != null) {
            off = txn.write(buf, off);
        }
        if (sendKey) {
            Value userKey = key.userKey();
            int start = off;
            buf[off + FieldType.HEADER_SIZE] = (byte) userKey.particleType();
            off = Particles.write(userKey, buf, off + FieldType.HEADER_SIZE + 1);
            fieldHeader(buf, start, off - start - FieldType.HEADER_SIZE, FieldType.KEY);
        }
        if (filter != null) {
            off = fieldHeader(buf, off, filter.size(), FieldType.FILTER_EXP);
            filter.copyTo(buf, off);
            off += filter.size();
        }
        return off;
    }

    private int writeOps(byte[] buf, int off) {
        if (ops instanceof Bin[] bins) {
            int code = opCode();
            for (int i = 0; i < bins.length; i++) {
                Bin bin = bins[i];
                off = writeOp(buf, off, code, bin.name(), sent(i, bin.value()));
            }
        } else if (ops instanceof Operation[] operations) {
            for (int i = 0; i < operations.length; i++) {
                Operation op = operations[i];
                off = writeOp(buf, off, op.type().code(), op.binName(), sent(i, op.value()));
            }
        } else if (ops instanceof String[] names) {
            off = writeReadOps(buf, off, names);
        }
        return off;
    }

    /** Encoded size of a READ op per name ({@code names} may be null: no op). */
    static int readOpsSize(String[] names) {
        int size = 0;
        if (names != null) {
            for (String name : names) {
                size += OpType.HEADER_SIZE + Utf8.encodedLength(name);
            }
        }
        return size;
    }

    /** Writes a READ op per name ({@code names} may be null: no op). */
    static int writeReadOps(byte[] buf, int off, String[] names) {
        if (names != null) {
            for (String name : names) {
                off = writeOp(buf, off, OpType.READ, name, null);
            }
        }
        return off;
    }

    /** The value sent for op {@code i}: its prepared form, else {@code given}. */
    private Value sent(int i, Value given) {
        if (prepared != null) {
            Value p = prepared[i];
            if (p != null) {
                return p;
            }
        }
        return given;
    }

    /** Writes one op (header, name, value); the sizes in its header are filled in after name and value. */
    static int writeOp(byte[] buf, int off, int code, String name, Value value) {
        int nameStart = off + OpType.HEADER_SIZE;
        int nameEnd = name == null ? nameStart : Utf8.encode(name, buf, nameStart);
        int end = Particles.write(value, buf, nameEnd);
        Bytes.putInt(buf, off, end - off - 4);
        buf[off + 4] = (byte) code;
        buf[off + 5] = (byte) Particles.type(value);
        buf[off + 6] = 0;
        buf[off + 7] = (byte) (nameEnd - nameStart);
        return end;
    }

    /** Writes a string field; its size is filled in after the string is encoded. */
    static int stringField(byte[] buf, int off, int type, String value) {
        int end = Utf8.encode(value, buf, off + FieldType.HEADER_SIZE);
        fieldHeader(buf, off, end - off - FieldType.HEADER_SIZE, type);
        return end;
    }

    static int fieldHeader(byte[] buf, int off, int dataSize, int type) {
        Bytes.putInt(buf, off, dataSize + 1);
        buf[off + 4] = (byte) type;
        return off + FieldType.HEADER_SIZE;
    }
}
