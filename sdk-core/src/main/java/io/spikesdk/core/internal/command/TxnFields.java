package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Key;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.Txn;
import io.spikesdk.api.internal.ApiAccess;
import io.spikesdk.api.internal.TxnState;
import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.Proto;

/**
 * The transaction fields of one record's request, in the official client's order right after the digest (or the
 * set of a batch row): TXN_ID (8 bytes LE), RECORD_VERSION (7 bytes LE, when the transaction read the record),
 * TXN_DEADLINE (4 bytes LE, on writes once the monitor exists) (docs/wire-protocol.md §3). Taken when the request
 * is built, so that its size and its bytes agree. Also reads the fields of replies.
 */
final class TxnFields {
    private final boolean withId;
    private final long id;
    private final Long version;
    private final int deadline;

    private TxnFields(boolean withId, long id, Long version, int deadline) {
        this.withId = withId;
        this.id = id;
        this.version = version;
        this.deadline = deadline;
    }

    /** The fields of a command on {@code key} in {@code txn}, or null outside a transaction. */
    static TxnFields of(Txn txn, Key key, boolean hasWrite) {
        if (txn == null) {
            return null;
        }
        TxnState state = ApiAccess.txnState(txn);
        return new TxnFields(true, state.id(), state.readVersion(key), hasWrite ? state.deadline() : 0);
    }

    /** The fields of a roll row: id, {@code version} (null: none), the deadline when {@code withDeadline}. */
    static TxnFields roll(TxnState state, Key key, Long version, boolean withDeadline) {
        return new TxnFields(true, state.id(), version, withDeadline ? state.deadline() : 0);
    }

    /** The fields of a verify row: only the version (null: none). */
    static TxnFields verify(Long version) {
        return new TxnFields(false, 0, version, 0);
    }

    Long version() {
        return version;
    }

    int count() {
        return (withId ? 1 : 0) + (version != null ? 1 : 0) + (deadline != 0 ? 1 : 0);
    }

    int size() {
        return (withId ? FieldType.HEADER_SIZE + 8 : 0) + (version != null ? FieldType.HEADER_SIZE + 7 : 0)
            + (deadline != 0 ? FieldType.HEADER_SIZE + 4 : 0);
    }

    int write(byte[] buf, int off) {
        if (withId) {
            off = Request.fieldHeader(buf, off, 8, FieldType.TXN_ID);
            putLittleEndian(buf, off, id, 8);
            off += 8;
        }
        if (version != null) {
            off = Request.fieldHeader(buf, off, 7, FieldType.RECORD_VERSION);
            putLittleEndian(buf, off, version, 7);
            off += 7;
        }
        if (deadline != 0) {
            off = Request.fieldHeader(buf, off, 4, FieldType.TXN_DEADLINE);
            putLittleEndian(buf, off, deadline, 4);
            off += 4;
        }
        return off;
    }

    private static void putLittleEndian(byte[] buf, int off, long value, int bytes) {
        for (int i = 0; i < bytes; i++) {
            buf[off + i] = (byte) (value >>> (8 * i));
        }
    }

    private static long getLittleEndian(byte[] buf, int off, int bytes) {
        long v = 0;
        for (int i = 0; i < bytes; i++) {
            v |= (buf[off + i] & 0xFFL) << (8 * i);
        }
        return v;
    }

    /**
     * The RECORD_VERSION field of the AS_MSG at {@code msgStart}, or null when it has none.
     *
     * @throws AerospikeException PARSE_ERROR for a version field that is not 7 bytes
     */
    static Long version(byte[] frame, int msgStart) {
        int at = find(frame, msgStart, FieldType.RECORD_VERSION);
        if (at < 0) {
            return null;
        }
        int size = Bytes.getInt(frame, at) - 1;
        if (size != 7) {
            throw new AerospikeException(ResultCode.PARSE_ERROR, "record version field of " + size + " bytes");
        }
        return getLittleEndian(frame, at + FieldType.HEADER_SIZE, 7);
    }

    /** The TXN_DEADLINE field of the AS_MSG at {@code msgStart}, or 0 when it has none. */
    static int deadline(byte[] frame, int msgStart) {
        int at = find(frame, msgStart, FieldType.TXN_DEADLINE);
        return at < 0 ? 0 : (int) getLittleEndian(frame, at + FieldType.HEADER_SIZE, 4);
    }

    /** The offset of the first field of {@code type} in the AS_MSG at {@code msgStart}, or -1. */
    private static int find(byte[] frame, int msgStart, int type) {
        int fieldCount = Bytes.getShort(frame, msgStart + 18);
        int off = msgStart + Proto.MSG_HEADER_SIZE;
        for (int i = 0; i < fieldCount; i++) {
            if (off + FieldType.HEADER_SIZE > frame.length) {
                throw ResponseParser.parseError("reply field " + i + " runs past the frame");
            }
            if ((frame[off + 4] & 0xFF) == type) {
                return off;
            }
            off += 4 + Bytes.getInt(frame, off);
        }
        return -1;
    }

    /**
     * Records the reply (the AS_MSG at {@code msgStart}) of a command on {@code key} in {@code txn}: a read's
     * version, or a write's version or, without one, the written key, as the official client.
     */
    static void track(Txn txn, Key key, boolean write, byte[] frame, int msgStart, int resultCode) {
        TxnState state = ApiAccess.txnState(txn);
        Long version = version(frame, msgStart);
        if (write) {
            state.onWrite(key, version, resultCode);
        } else {
            state.onRead(key, version);
        }
    }
}
