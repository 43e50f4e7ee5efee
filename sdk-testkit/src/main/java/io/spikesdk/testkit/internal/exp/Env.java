package io.spikesdk.testkit.internal.exp;

import io.spikesdk.testkit.internal.cdt.Element;
import io.spikesdk.testkit.internal.ops.RecordView;

/** What one evaluation runs against: the record (or only its metadata) and the LET variable slots. */
final class Env {
    private final RecordView record;
    private final Element[] vars;
    private final boolean metadataOnly;

    Env(RecordView record, int slots, boolean metadataOnly) {
        this.record = record;
        this.vars = new Element[slots];
        this.metadataOnly = metadataOnly;
    }

    RecordView record() {
        return record;
    }

    /** Whether the record's bins and key are out of reach (their reads are UNKNOWN). */
    boolean metadataOnly() {
        return metadataOnly;
    }

    Element var(int slot) {
        return vars[slot];
    }

    void setVar(int slot, Element value) {
        vars[slot] = value;
    }
}
