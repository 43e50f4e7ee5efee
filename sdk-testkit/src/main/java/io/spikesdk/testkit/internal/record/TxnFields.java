package io.spikesdk.testkit.internal.record;

import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MessageView;

/**
 * The multi-record transaction fields of a command (docs/wire-protocol.md §3, all little-endian): TXN_ID (8 bytes),
 * RECORD_VERSION (7 bytes) and TXN_DEADLINE (4 bytes, server-epoch seconds).
 *
 * @param id the transaction id, 0 when the command is not part of a transaction
 * @param version the record version the client read, or null
 * @param deadline the transaction's deadline, 0 when absent
 */
record TxnFields(long id, Long version, long deadline) {
    static final int VERSION_SIZE = 7;
    private static final TxnFields NONE = new TxnFields(0, null, 0);

    /** The fields of {@code msg}; a field of the wrong size counts as absent. */
    static TxnFields of(MessageView msg) {
        int idAt = msg.findField(FieldType.TXN_ID);
        int versionAt = msg.findField(FieldType.RECORD_VERSION);
        int deadlineAt = msg.findField(FieldType.TXN_DEADLINE);
        if (idAt < 0 && versionAt < 0) {
            return NONE;
        }
        long id = idAt >= 0 && msg.fieldLength(idAt) == 8 ? littleEndian(msg, idAt, 8) : 0;
        Long version = versionAt >= 0 && msg.fieldLength(versionAt) == VERSION_SIZE
                ? littleEndian(msg, versionAt, VERSION_SIZE) : null;
        long deadline = deadlineAt >= 0 && msg.fieldLength(deadlineAt) == 4 ? littleEndian(msg, deadlineAt, 4) : 0;
        return new TxnFields(id, version, deadline);
    }

    /** Whether the command is part of a transaction. */
    boolean inTxn() {
        return id != 0;
    }

    /** {@code value}'s low {@code size} bytes, little-endian, as a field's data. */
    static byte[] littleEndianBytes(long value, int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (value >>> (8 * i));
        }
        return b;
    }

    private static long littleEndian(MessageView msg, int field, int size) {
        byte[] buf = msg.buffer();
        int off = msg.fieldOffset(field);
        long v = 0;
        for (int i = size - 1; i >= 0; i--) {
            v = v << 8 | buf[off + i] & 0xFF;
        }
        return v;
    }
}
