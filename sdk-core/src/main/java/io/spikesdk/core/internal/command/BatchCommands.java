package io.spikesdk.core.internal.command;

import io.spikesdk.api.BatchDelete;
import io.spikesdk.api.BatchDeletePolicy;
import io.spikesdk.api.BatchPolicy;
import io.spikesdk.api.BatchRead;
import io.spikesdk.api.BatchRecord;
import io.spikesdk.api.BatchUDFPolicy;
import io.spikesdk.api.BatchWrite;
import io.spikesdk.api.BatchWritePolicy;
import io.spikesdk.api.Key;
import io.spikesdk.api.Operation;
import io.spikesdk.api.Record;
import io.spikesdk.api.Value;
import io.spikesdk.cdt.internal.msgpack.MsgPackWriter;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.core.internal.serial.Serialization;

import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The batch calls of the client: builds each call's rows with the official client's attributes
 * (docs/wire-protocol.md §12.1) and runs it through a {@link BatchExecutor}. Arguments are validated before
 * anything is sent; results come back in the order of the keys or rows given.
 */
public final class BatchCommands {
    private final BatchExecutor executor;

    public BatchCommands(BatchExecutor executor) {
        this.executor = executor;
    }

    /** get of several keys: all bins when {@code binNames} is null or empty; null for a missing record. */
    public Record[] get(BatchPolicy p, Key[] keys, String[] binNames, Serialization serial) {
        return run(getCall(p, keys, binNames, serial));
    }

    /** getHeader of several keys: generation and TTL, null for a missing record. */
    public Record[] getHeader(BatchPolicy p, Key[] keys) {
        return run(getHeaderCall(p, keys));
    }

    /** exists of several keys. */
    public boolean[] exists(BatchPolicy p, Key[] keys) {
        return run(existsCall(p, keys));
    }

    /**
     * A list of rows of any kind; each row gets its outcome. Returns whether every row succeeded.
     *
     * @param writeDefault the policy of write rows without their own (likewise delete and UDF)
     */
    public boolean operate(BatchPolicy p, List<? extends BatchRecord> records, BatchWritePolicy writeDefault,
                           BatchDeletePolicy deleteDefault, BatchUDFPolicy udfDefault, Serialization serial) {
        return run(operateCall(p, records, writeDefault, deleteDefault, udfDefault, serial));
    }

    /**
     * The same operations on several keys: write rows with {@code wp} when an operation writes, else read rows
     * with the batch policy's read settings. One outcome per key, in key order.
     */
    public BatchRecord[] operate(BatchPolicy p, BatchWritePolicy wp, Key[] keys, Operation[] ops,
                                 Serialization serial) {
        return run(operateCall(p, wp, keys, ops, serial));
    }

    /** delete of several keys: one outcome per key (0 deleted, 2 not found, ...). */
    public BatchRecord[] delete(BatchPolicy p, BatchDeletePolicy dp, Key[] keys) {
        return run(deleteCall(p, dp, keys));
    }

    private <R> R run(Prepared<R> prepared) {
        executor.execute(prepared.call);
        return prepared.result();
    }

    /**
     * A batch call built and validated but not run, and how to read its result once it ran: the form a
     * non-blocking driver runs ({@link AsyncBatchExecutor}).
     */
    public static final class Prepared<R> {
        final BatchCall call;
        private final Supplier<R> result;

        Prepared(BatchCall call, Supplier<R> result) {
            this.call = call;
            this.result = result;
        }

        /** The result, after the call ran without failing. */
        public R result() {
            return result.get();
        }
    }

    /** The call of {@link #get(BatchPolicy, Key[], String[], Serialization)}. */
    public static Prepared<Record[]> getCall(BatchPolicy p, Key[] keys, String[] binNames, Serialization serial) {
        checkKeys(keys);
        BatchRow row;
        if (binNames == null || binNames.length == 0) {
            row = BatchRow.read(p, MsgFlags.INFO1_READ | MsgFlags.INFO1_GET_ALL, null, null, null);
        } else {
            for (int i = 0; i < binNames.length; i++) {
                Objects.requireNonNull(binNames[i], "binNames[" + i + "]");
            }
            row = BatchRow.read(p, MsgFlags.INFO1_READ, binNames, null, null);
        }
        String[] names = binNames == null || binNames.length == 0 ? null : binNames;
        return records(p, keys, row, i -> Requests.read(p, keys[i], names, serial), serial);
    }

    /** The call of {@link #getHeader(BatchPolicy, Key[])}. */
    public static Prepared<Record[]> getHeaderCall(BatchPolicy p, Key[] keys) {
        checkKeys(keys);
        BatchRow row = BatchRow.read(p, MsgFlags.INFO1_READ | MsgFlags.INFO1_NOBINDATA, null, null, null);
        return records(p, keys, row, i -> Requests.readHeader(p, keys[i]), Serialization.DISABLED);
    }

    private static Prepared<Record[]> records(BatchPolicy p, Key[] keys, BatchRow row,
                                              IntFunction<CommandRequest> single, Serialization serial) {
        KeysBatch call = new KeysBatch(p, keys, row, KeysBatch.Result.RECORDS, false, null, single, serial);
        return new Prepared<>(call, call::records);
    }

    /** The call of {@link #exists(BatchPolicy, Key[])}. */
    public static Prepared<boolean[]> existsCall(BatchPolicy p, Key[] keys) {
        checkKeys(keys);
        BatchRow row = BatchRow.read(p, BatchRow.readBase(p) | MsgFlags.INFO1_NOBINDATA, null, null, null);
        KeysBatch call = new KeysBatch(p, keys, row, KeysBatch.Result.EXISTS, false, null,
            i -> Requests.readHeader(p, keys[i]), Serialization.DISABLED);
        return new Prepared<>(call, call::exists);
    }

    /** The call of {@link #operate(BatchPolicy, List, BatchWritePolicy, BatchDeletePolicy, BatchUDFPolicy, Serialization)}. */
    public static Prepared<Boolean> operateCall(BatchPolicy p, List<? extends BatchRecord> records,
                                                BatchWritePolicy writeDefault, BatchDeletePolicy deleteDefault,
                                                BatchUDFPolicy udfDefault, Serialization serial) {
        Objects.requireNonNull(records, "records");
        RecordsBatch call = new RecordsBatch(p, records, writeDefault, deleteDefault, udfDefault, serial);
        return new Prepared<>(call, call::allSucceeded);
    }

    /** The call of {@link #operate(BatchPolicy, BatchWritePolicy, Key[], Operation[], Serialization)}. */
    public static Prepared<BatchRecord[]> operateCall(BatchPolicy p, BatchWritePolicy wp, Key[] keys, Operation[] ops,
                                                      Serialization serial) {
        checkKeys(keys);
        Objects.requireNonNull(ops, "ops");
        if (ops.length == 0) {
            throw new IllegalArgumentException("ops: at least one operation is required");
        }
        boolean writes = false;
        boolean readAll = false;
        boolean readHeader = false;
        for (int i = 0; i < ops.length; i++) {
            Operation op = Objects.requireNonNull(ops[i], "ops[" + i + "]");
            writes |= op.type().isWrite();
            readAll |= op.type() == Operation.Type.READ && op.binName() == null;
            readHeader |= op.type() == Operation.Type.READ_HEADER;
        }
        Value[] prepared = prepare(ops, serial.fallback(p));
        BatchRow row;
        BatchRecord[] rows = new BatchRecord[keys.length];
        if (writes) {
            row = BatchRow.write(wp, ops, prepared);
            for (int i = 0; i < keys.length; i++) {
                rows[i] = new BatchWrite(wp, keys[i], ops);
            }
        } else {
            int readAttr = BatchRow.readBase(p);
            if (readAll) {
                readAttr |= MsgFlags.INFO1_GET_ALL;
            } else if (readHeader) {
                readAttr |= MsgFlags.INFO1_NOBINDATA;
            }
            row = BatchRow.read(p, readAttr, null, ops, prepared);
            for (int i = 0; i < keys.length; i++) {
                rows[i] = BatchRead.ops(keys[i], ops);
            }
        }
        KeysBatch call = new KeysBatch(p, keys, row, KeysBatch.Result.ROWS, true, rows, null, serial);
        return new Prepared<>(call, () -> rows);
    }

    /** The call of {@link #delete(BatchPolicy, BatchDeletePolicy, Key[])}. */
    public static Prepared<BatchRecord[]> deleteCall(BatchPolicy p, BatchDeletePolicy dp, Key[] keys) {
        checkKeys(keys);
        BatchRecord[] rows = new BatchRecord[keys.length];
        for (int i = 0; i < keys.length; i++) {
            rows[i] = new BatchDelete(dp, keys[i]);
        }
        KeysBatch call = new KeysBatch(p, keys, BatchRow.delete(dp), KeysBatch.Result.ROWS, false, rows, null,
            Serialization.DISABLED);
        return new Prepared<>(call, () -> rows);
    }

    private static Value[] prepare(Operation[] ops, MsgPackWriter.Fallback fallback) {
        Value[] prepared = null;
        for (int i = 0; i < ops.length; i++) {
            Value converted = Request.prepare(ops[i].value(), fallback);
            if (converted != null) {
                if (prepared == null) {
                    prepared = new Value[ops.length];
                }
                prepared[i] = converted;
            }
        }
        return prepared;
    }

    private static void checkKeys(Key[] keys) {
        Objects.requireNonNull(keys, "keys");
        for (int i = 0; i < keys.length; i++) {
            Objects.requireNonNull(keys[i], "keys[" + i + "]");
        }
    }
}
