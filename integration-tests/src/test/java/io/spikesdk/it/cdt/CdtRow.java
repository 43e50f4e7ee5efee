package io.spikesdk.it.cdt;

import io.spikesdk.api.ResultCode;

/**
 * One row of a CDT test table: the initial bin, one operation, and either the expected result and
 * bin afterwards or the expected error (after which the record must be unchanged).
 *
 * <p>Initial bins use {@link Notation}, prefixed {@code o} for an ordered list ({@code o[1,2]}),
 * {@code k} for a key-ordered map and {@code kv} for a key-value-ordered map; {@code -} means the
 * bin is absent (the record exists with another bin). An expected result of {@code -} means the
 * server sent no entry for the op.
 */
final class CdtRow {
    final String initial;
    final CdtCall call;
    final String result;
    final String after;
    final ResultCode error;

    private CdtRow(String initial, CdtCall call, String result, String after, ResultCode error) {
        this.initial = initial;
        this.call = call;
        this.result = result;
        this.after = after;
        this.error = error;
    }

    /** A row whose op succeeds with {@code result} and leaves the bin unchanged (unless {@link #after}). */
    static CdtRow row(String initial, CdtCall call, String result) {
        return new CdtRow(initial, call, result, null, null);
    }

    /** A row whose op fails with {@code error}. */
    static CdtRow fails(String initial, CdtCall call, ResultCode error) {
        return new CdtRow(initial, call, null, null, error);
    }

    /** This row, expecting the bin to hold {@code bin} afterwards ({@code -}: absent). */
    CdtRow after(String bin) {
        return new CdtRow(initial, call, result, bin, error);
    }

    @Override
    public String toString() {
        return initial + " " + call + " -> " + (error != null ? error + " (" + error.code() + ")" : result)
            + (after != null ? " => " + after : "");
    }
}
