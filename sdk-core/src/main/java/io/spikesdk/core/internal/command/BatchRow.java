package io.spikesdk.core.internal.command;

import io.spikesdk.api.BatchDeletePolicy;
import io.spikesdk.api.BatchUDFPolicy;
import io.spikesdk.api.BatchWritePolicy;
import io.spikesdk.api.CommitLevel;
import io.spikesdk.api.Expression;
import io.spikesdk.api.GenerationPolicy;
import io.spikesdk.api.Key;
import io.spikesdk.api.Operation;
import io.spikesdk.api.Policy;
import io.spikesdk.api.Value;
import io.spikesdk.cdt.internal.msgpack.MsgPackWriter;
import io.spikesdk.cdt.internal.msgpack.Utf8;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.core.internal.protocol.OpType;
import io.spikesdk.core.internal.protocol.Proto;

/**
 * The attributes and operations of one full (not repeated) batch row, with the official client's bits for
 * each row kind (docs/wire-protocol.md §12.1): read rows carry info and TTL (the read-touch percent), write,
 * delete and UDF rows also the 16-bit generation; the fields are namespace, set (empty when none), [filter],
 * [key], [UDF package, function, arguments]; then the ops.
 */
final class BatchRow {
    static final int REPEAT = 0x01;
    static final int INFO = 0x02;
    static final int GEN = 0x04;
    static final int TTL = 0x08;
    private static final int INFO4 = 0x10;

    final int readAttr;
    final int writeAttr;
    final int infoAttr;
    /** info4: the transaction bits (verify, roll forward, roll back, on-locking-only). */
    final int txnAttr;
    /** Whether the row carries its TTL (every row but a transaction's verify row). */
    final boolean sendsTtl;
    final int generation;
    final int expiration;
    final boolean hasWrite;
    final boolean sendKey;
    /** The filter of the row's policy (sent in the row, or for a key-array batch once for all rows). */
    final Expression filter;
    private final String[] binNames;
    private final Operation[] ops;
    /** Op values as sent (packed lists and maps, serialized objects) by op index, or null. */
    private final Value[] prepared;
    private final String udfPackage;
    private final String udfFunction;
    private final byte[] udfArgs;
    /** Bytes of the ops and UDF fields. */
    private final int tailSize;

    private BatchRow(int readAttr, int writeAttr, int infoAttr, int generation, int expiration, boolean hasWrite,
                     boolean sendKey, Expression filter, String[] binNames, Operation[] ops, Value[] prepared,
                     String udfPackage, String udfFunction, byte[] udfArgs) {
        this(readAttr, writeAttr, infoAttr, 0, true, generation, expiration, hasWrite, sendKey, filter, binNames, ops,
            prepared, udfPackage, udfFunction, udfArgs);
    }

    private BatchRow(int readAttr, int writeAttr, int infoAttr, int txnAttr, boolean sendsTtl, int generation,
                     int expiration, boolean hasWrite, boolean sendKey, Expression filter, String[] binNames,
                     Operation[] ops, Value[] prepared, String udfPackage, String udfFunction, byte[] udfArgs) {
        this.readAttr = readAttr;
        this.writeAttr = writeAttr;
        this.infoAttr = infoAttr;
        this.txnAttr = txnAttr;
        this.sendsTtl = sendsTtl;
        this.generation = generation;
        this.expiration = expiration;
        this.hasWrite = hasWrite;
        this.sendKey = sendKey;
        this.filter = filter;
        this.binNames = binNames;
        this.ops = ops;
        this.prepared = prepared;
        this.udfPackage = udfPackage;
        this.udfFunction = udfFunction;
        this.udfArgs = udfArgs;
        int size = 0;
        if (binNames != null) {
            for (String name : binNames) {
                size += Request.opSize(name, null);
            }
        } else if (ops != null) {
            for (int i = 0; i < ops.length; i++) {
                size += Request.opSize(ops[i].binName(), sent(i));
            }
        }
        if (udfPackage != null) {
            size += 3 * FieldType.HEADER_SIZE + Utf8.encodedLength(udfPackage) + Utf8.encodedLength(udfFunction)
                + udfArgs.length;
        }
        this.tailSize = size;
    }

    /**
     * A read row with the batch policy's read settings: {@code readAttr} as given (the caller decides READ,
     * GET_ALL, NOBINDATA, AP ALL), SC bits, TTL = read-touch percent; bin names, read ops or neither.
     */
    static BatchRow read(Policy p, int readAttr, String[] binNames, Operation[] ops, Value[] prepared) {
        return new BatchRow(readAttr, 0, Requests.scBits(p), 0, p.readTouchTtlPercent(), false, false, null,
            binNames, ops, prepared, null, null, null);
    }

    /** The read attribute of a batch read policy: READ, plus AP ALL when asked. */
    static int readBase(Policy p) {
        return MsgFlags.INFO1_READ | Requests.apAll(p);
    }

    /** Adds GET_ALL / NOBINDATA for READ-all and READ_HEADER operations, as the official client. */
    static int adjustRead(int readAttr, Operation[] ops) {
        for (Operation op : ops) {
            if (op.type() == Operation.Type.READ) {
                if (op.binName() == null) {
                    readAttr |= MsgFlags.INFO1_GET_ALL;
                }
            } else if (op.type() == Operation.Type.READ_HEADER) {
                readAttr |= MsgFlags.INFO1_NOBINDATA;
            }
        }
        return readAttr;
    }

    /** A write row: the policy's bits, then READ (+GET_ALL, dropping RESPOND_ALL_OPS, or +NOBINDATA) for read ops. */
    static BatchRow write(BatchWritePolicy wp, Operation[] ops, Value[] prepared) {
        int writeAttr = MsgFlags.INFO2_WRITE | MsgFlags.INFO2_RESPOND_ALL_OPS | generationBits(wp.generationPolicy());
        int infoAttr = 0;
        switch (wp.recordExistsAction()) {
            case UPDATE_ONLY:
                infoAttr |= MsgFlags.INFO3_UPDATE_ONLY;
                break;
            case REPLACE:
                infoAttr |= MsgFlags.INFO3_CREATE_OR_REPLACE;
                break;
            case REPLACE_ONLY:
                infoAttr |= MsgFlags.INFO3_REPLACE_ONLY;
                break;
            case CREATE_ONLY:
                writeAttr |= MsgFlags.INFO2_CREATE_ONLY;
                break;
            default:
                break;
        }
        if (wp.durableDelete()) {
            writeAttr |= MsgFlags.INFO2_DURABLE_DELETE;
        }
        infoAttr |= commitBits(wp.commitLevel());
        int readAttr = 0;
        for (Operation op : ops) {
            if (!op.type().isWrite()) {
                readAttr |= MsgFlags.INFO1_READ;
                if (op.type() == Operation.Type.READ) {
                    if (op.binName() == null) {
                        readAttr |= MsgFlags.INFO1_GET_ALL;
                        writeAttr &= ~MsgFlags.INFO2_RESPOND_ALL_OPS;
                    }
                } else if (op.type() == Operation.Type.READ_HEADER) {
                    readAttr |= MsgFlags.INFO1_NOBINDATA;
                }
            }
        }
        int generation = wp.generationPolicy() == GenerationPolicy.NONE ? 0 : wp.generation();
        return new BatchRow(readAttr, writeAttr, infoAttr, lockingBits(wp.onLockingOnly()), true, generation,
            wp.expiration(), true, wp.sendKey(), wp.filterExpression(), null, ops, prepared, null, null, null);
    }

    static BatchRow delete(BatchDeletePolicy dp) {
        int writeAttr = MsgFlags.INFO2_WRITE | MsgFlags.INFO2_RESPOND_ALL_OPS | MsgFlags.INFO2_DELETE
            | generationBits(dp.generationPolicy());
        if (dp.durableDelete()) {
            writeAttr |= MsgFlags.INFO2_DURABLE_DELETE;
        }
        int generation = dp.generationPolicy() == GenerationPolicy.NONE ? 0 : dp.generation();
        return new BatchRow(0, writeAttr, commitBits(dp.commitLevel()), generation, 0, true, dp.sendKey(),
            dp.filterExpression(), null, null, null, null, null, null);
    }

    /** A UDF row; {@code args} are packed into the msgpack list the server passes to the function. */
    static BatchRow udf(BatchUDFPolicy up, String packageName, String functionName, Value[] args,
                        MsgPackWriter.Fallback fallback) {
        int writeAttr = MsgFlags.INFO2_WRITE | (up.durableDelete() ? MsgFlags.INFO2_DURABLE_DELETE : 0);
        byte[] packed = MsgPackWriter.pack(new Value.ListValue(java.util.List.of(args)), fallback);
        return new BatchRow(0, writeAttr, commitBits(up.commitLevel()), lockingBits(up.onLockingOnly()), true, 0,
            up.expiration(), true, up.sendKey(), up.filterExpression(), null, null, null, packageName, functionName,
            packed);
    }

    /** A transaction's verify row: READ + NOBINDATA, linearized, VERIFY_READ; no TTL, only the version field. */
    static BatchRow verify() {
        return new BatchRow(MsgFlags.INFO1_READ | MsgFlags.INFO1_NOBINDATA, 0, MsgFlags.INFO3_SC_READ_TYPE,
            MsgFlags.INFO4_TXN_VERIFY_READ, false, 0, 0, false, false, null, null, null, null, null, null, null);
    }

    /** A transaction's roll row ({@code txnAttr} ROLL_FORWARD or ROLL_BACK): a durable write without ops. */
    static BatchRow roll(int txnAttr) {
        return new BatchRow(0, MsgFlags.INFO2_WRITE | MsgFlags.INFO2_RESPOND_ALL_OPS | MsgFlags.INFO2_DURABLE_DELETE, 0,
            txnAttr, true, 0, 0, true, false, null, null, null, null, null, null, null);
    }

    private static int generationBits(GenerationPolicy policy) {
        switch (policy) {
            case EXPECT_GEN_EQUAL:
                return MsgFlags.INFO2_GENERATION;
            case EXPECT_GEN_GT:
                return MsgFlags.INFO2_GENERATION_GT;
            default:
                return 0;
        }
    }

    private static int lockingBits(boolean onLockingOnly) {
        return onLockingOnly ? MsgFlags.INFO4_TXN_ON_LOCKING_ONLY : 0;
    }

    private static int commitBits(CommitLevel level) {
        return level == CommitLevel.COMMIT_MASTER ? MsgFlags.INFO3_COMMIT_MASTER : 0;
    }

    private Value sent(int i) {
        Value p = prepared == null ? null : prepared[i];
        return p != null ? p : ops[i].value();
    }

    private boolean sendsKey(Key key) {
        return sendKey && key.userKey() != null;
    }

    /**
     * Size of the row from its flags byte on, for {@code key}; {@code withFilter}: the row carries its filter;
     * {@code txn}: the row's transaction fields, or null.
     */
    int size(Key key, boolean withFilter, TxnFields txn) {
        int size = 1 + 3 + (hasWrite ? 2 : 0) + (sendsTtl ? 4 : 0) + 4;
        size += FieldType.HEADER_SIZE + Utf8.encodedLength(key.namespace());
        size += FieldType.HEADER_SIZE + (key.setName() == null ? 0 : Utf8.encodedLength(key.setName()));
        if (txn != null) {
            size += 1 + txn.size();
        }
        if (withFilter && filter != null) {
            size += FieldType.HEADER_SIZE + filter.size();
        }
        if (sendsKey(key)) {
            size += FieldType.HEADER_SIZE + 1 + Particles.size(key.userKey());
        }
        return size + tailSize;
    }

    /** Writes the row from its flags byte on ({@code txn}: its transaction fields, or null); returns the offset after it. */
    int write(byte[] buf, int off, Key key, boolean withFilter, TxnFields txn) {
        buf[off++] = (byte) ((hasWrite ? INFO | GEN : INFO) | (sendsTtl ? TTL : 0) | (txn != null ? INFO4 : 0));
        buf[off++] = (byte) readAttr;
        buf[off++] = (byte) writeAttr;
        buf[off++] = (byte) infoAttr;
        if (txn != null) {
            buf[off++] = (byte) txnAttr;
        }
        if (hasWrite) {
            Bytes.putShort(buf, off, generation & 0xFFFF);
            off += 2;
        }
        if (sendsTtl) {
            Bytes.putInt(buf, off, expiration);
            off += 4;
        }
        Expression rowFilter = withFilter ? filter : null;
        boolean keyField = sendsKey(key);
        int fieldCount = 2 + (rowFilter != null ? 1 : 0) + (keyField ? 1 : 0) + (udfPackage != null ? 3 : 0)
            + (txn != null ? txn.count() : 0);
        Bytes.putShort(buf, off, fieldCount);
        Bytes.putShort(buf, off + 2, opCount());
        off += 4;
        off = Request.stringField(buf, off, FieldType.NAMESPACE, key.namespace());
        off = Request.stringField(buf, off, FieldType.SET, key.setName() == null ? "" : key.setName());
        if (txn != null) {
            off = txn.write(buf, off);
        }
        if (rowFilter != null) {
            off = Request.fieldHeader(buf, off, rowFilter.size(), FieldType.FILTER_EXP);
            rowFilter.copyTo(buf, off);
            off += rowFilter.size();
        }
        if (keyField) {
            Value userKey = key.userKey();
            int start = off;
            buf[off + FieldType.HEADER_SIZE] = (byte) userKey.particleType();
            off = Particles.write(userKey, buf, off + FieldType.HEADER_SIZE + 1);
            Request.fieldHeader(buf, start, off - start - FieldType.HEADER_SIZE, FieldType.KEY);
        }
        return writeTail(buf, off);
    }

    private int opCount() {
        return binNames != null ? binNames.length : ops != null ? ops.length : 0;
    }

    /** Writes the UDF fields (if any) and the ops. */
    private int writeTail(byte[] buf, int off) {
        if (udfPackage != null) {
            off = Request.stringField(buf, off, FieldType.UDF_PACKAGE_NAME, udfPackage);
            off = Request.stringField(buf, off, FieldType.UDF_FUNCTION, udfFunction);
            off = Request.fieldHeader(buf, off, udfArgs.length, FieldType.UDF_ARGLIST);
            System.arraycopy(udfArgs, 0, buf, off, udfArgs.length);
            off += udfArgs.length;
        }
        if (binNames != null) {
            for (String name : binNames) {
                off = Request.writeOp(buf, off, OpType.READ, name, null);
            }
        } else if (ops != null) {
            for (int i = 0; i < ops.length; i++) {
                off = Request.writeOp(buf, off, ops[i].type().code(), ops[i].binName(), sent(i));
            }
        }
        return off;
    }

    /**
     * Size of the row sent alone as a single-record command (the official client's way for a node's only key):
     * the AS_MSG with namespace, [set], digest, [key when the batch policy sends keys], [filter], then as a row.
     */
    int singleSize(Key key, Policy batchPolicy, Expression filter, TxnFields txn) {
        int size = Proto.HEADER_SIZE + Proto.MSG_HEADER_SIZE;
        if (txn != null) {
            size += txn.size();
        }
        size += FieldType.HEADER_SIZE + Utf8.encodedLength(key.namespace());
        if (key.setName() != null) {
            size += FieldType.HEADER_SIZE + Utf8.encodedLength(key.setName());
        }
        size += FieldType.HEADER_SIZE + 20;
        if (batchPolicy.sendKey() && key.userKey() != null) {
            size += FieldType.HEADER_SIZE + 1 + Particles.size(key.userKey());
        }
        if (filter != null) {
            size += FieldType.HEADER_SIZE + filter.size();
        }
        return size + tailSize;
    }

    /** Writes the row as a whole single-record frame at offset 0 ({@link #singleSize}); returns its length. */
    int writeSingle(byte[] buf, Key key, Policy batchPolicy, Expression filter, TxnFields txn) {
        boolean keyField = batchPolicy.sendKey() && key.userKey() != null;
        int fieldCount = 2 + (key.setName() != null ? 1 : 0) + (keyField ? 1 : 0) + (filter != null ? 1 : 0)
            + (udfPackage != null ? 3 : 0) + (txn != null ? txn.count() : 0);
        buf[8] = Proto.MSG_HEADER_SIZE;
        buf[9] = (byte) readAttr;
        buf[10] = (byte) writeAttr;
        buf[11] = (byte) infoAttr;
        buf[12] = (byte) txnAttr;
        buf[13] = 0;
        // the official client keeps a batch row's generation in a short: the single command carries it sign-extended
        Bytes.putInt(buf, 14, (short) generation);
        Bytes.putInt(buf, 18, expiration);
        Bytes.putInt(buf, 22, Request.serverTimeout(batchPolicy));
        Bytes.putShort(buf, 26, fieldCount);
        Bytes.putShort(buf, 28, opCount());
        int off = Proto.HEADER_SIZE + Proto.MSG_HEADER_SIZE;
        off = Request.writeKeyFields(buf, off, key, txn, keyField, filter);
        off = writeTail(buf, off);
        Proto.writeHeader(buf, Proto.TYPE_MESSAGE, off);
        return off;
    }
}
