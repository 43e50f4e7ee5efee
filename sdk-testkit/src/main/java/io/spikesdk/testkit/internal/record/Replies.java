package io.spikesdk.testkit.internal.record;

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

    /** A success reply with the collected op entries. */
    static void ok(MessageWriter out, int generation, long voidTime, ResultEntries entries) {
        out.beginFrame(0, 0, 0, 0, generation, (int) voidTime, 0);
        entries.writeTo(out);
        out.finish();
    }

    /** The one-message answer to a multi-record request the server does not serve (LAST set). */
    static void last(MessageWriter out, int resultCode) {
        out.beginFrame(0, 0, MsgFlags.INFO3_LAST, resultCode, 0, 0, 0).finish();
    }
}
