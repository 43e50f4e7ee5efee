package io.spikesdk.testkit.internal.exp;

import io.spikesdk.testkit.internal.cdt.Element;
import io.spikesdk.testkit.internal.cdt.LoopVars;
import io.spikesdk.testkit.internal.ops.RecordView;

/**
 * What one evaluation runs against: the record (or only its metadata), the LET variable slots and, inside a path
 * select, the loop variables of the element being visited.
 */
final class Env {
    private final RecordView record;
    private final Element[] vars;
    private final boolean metadataOnly;
    private final LoopVars loop;

    Env(RecordView record, int slots, boolean metadataOnly) {
        this(record, slots, metadataOnly, null);
    }

    Env(RecordView record, int slots, boolean metadataOnly, LoopVars loop) {
        this.record = record;
        this.vars = new Element[slots];
        this.metadataOnly = metadataOnly;
        this.loop = loop;
    }

    /** The path loop variables, or null outside a path select. */
    LoopVars loop() {
        return loop;
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
