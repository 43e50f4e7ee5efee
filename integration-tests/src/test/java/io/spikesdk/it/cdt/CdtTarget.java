package io.spikesdk.it.cdt;

import io.spikesdk.api.Key;

/** A client the CDT tables run through: ours or the official one, both against {@code TestTarget}. */
interface CdtTarget {

    /** Shown in test names. */
    String name();

    /** Whether maps must be compared without their order (the client returns hash maps). */
    boolean unorderedMaps();

    /** Runs the op; returns the rendered result, {@code -} when the server sent no entry. */
    String operate(Key key, CdtCall call);

    /** The bin rendered ({@code -} when absent) plus the record generation. */
    Snapshot read(Key key, String bin);

    /** What a record looked like at one moment. */
    record Snapshot(String bin, int generation) {
    }

    /** A failed op: the result code, and whether the client raised the exception class for that code. */
    final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int code;
        final boolean rightType;

        Failure(int code, boolean rightType, Throwable cause) {
            super("result code " + code, cause);
            this.code = code;
            this.rightType = rightType;
        }
    }
}
