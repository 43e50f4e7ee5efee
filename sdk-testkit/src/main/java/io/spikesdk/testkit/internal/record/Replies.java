package io.spikesdk.testkit.internal.record;

import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MessageWriter;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.testkit.internal.storage.StoredRecord;

/** Single-record reply frames (docs/wire-protocol.md §10). */
final class Replies {
    private Replies() {
    }

    /** An error reply: an existing record's generation and void time are echoed, else 0/0. */
    static void error(MessageWriter out, int resultCode, StoredRecord record) {
        int gen = record == null ? 0 : record.generation();
        int voidTime = record == null ? 0 : (int) record.voidTime();
        out.beginFrame(0, 0, 0, resultCode, gen, voidTime, 0).finish();
    }

    /** An error reply inside a transaction: with the RECORD_VERSION of the record found, unless null. */
    static void error(MessageWriter out, int resultCode, StoredRecord record, Long version) {
        int gen = record == null ? 0 : record.generation();
        int voidTime = record == null ? 0 : (int) record.voidTime();
        out.beginFrame(0, 0, 0, resultCode, gen, voidTime, 0);
        version(out, version);
        out.finish();
    }

    /** A success reply with the collected op entries. */
    static void ok(MessageWriter out, int generation, long voidTime, ResultEntries entries) {
        ok(out, generation, voidTime, entries, null);
    }

    /** A success reply with the collected op entries, and the RECORD_VERSION of the record read unless null. */
    static void ok(MessageWriter out, int generation, long voidTime, ResultEntries entries, Long version) {
        out.beginFrame(0, 0, 0, 0, generation, (int) voidTime, 0);
        version(out, version);
        entries.writeTo(out);
        out.finish();
    }

    private static void version(MessageWriter out, Long version) {
        if (version != null) {
            out.field(FieldType.RECORD_VERSION, TxnFields.littleEndianBytes(version, TxnFields.VERSION_SIZE));
        }
    }

    /** The one-message answer to a multi-record request the server does not serve (LAST set). */
    static void last(MessageWriter out, int resultCode) {
        out.beginFrame(0, 0, MsgFlags.INFO3_LAST, resultCode, 0, 0, 0).finish();
    }
}
