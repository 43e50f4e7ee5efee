package io.spikesdk.testkit.internal.exp;

import io.spikesdk.testkit.internal.cdt.Element;
import io.spikesdk.testkit.internal.ops.RecordView;

/** What one evaluation runs against: the record and the LET variable slots. */
final class Env {
    private final RecordView record;
    private final Element[] vars;

    Env(RecordView record, int slots) {
        this.record = record;
        this.vars = new Element[slots];
    }

    RecordView record() {
        return record;
    }

    Element var(int slot) {
        return vars[slot];
    }

    void setVar(int slot, Element value) {
        vars[slot] = value;
    }
}
