package io.spikesdk.testkit.internal.bits;

/**
 * The outcome of one bit op.
 *
 * @param resultCode  0 on success, else the server result code (4, 6, 12, 17, 26)
 * @param newBlob     the bin's new blob after a modify that changed it; null when the bin stays as it was
 * @param resultType  particle type of the op's result entry (1 integer, 4 blob), or -1 when there is none
 * @param resultValue the result entry's particle bytes (empty when there is none)
 */
public record BitResult(int resultCode, byte[] newBlob, int resultType, byte[] resultValue) {
    private static final byte[] EMPTY = new byte[0];

    static BitResult failure(int code) {
        return new BitResult(code, null, -1, EMPTY);
    }

    static BitResult modified(byte[] blob) {
        return new BitResult(0, blob, -1, EMPTY);
    }

    static BitResult read(int type, byte[] value) {
        return new BitResult(0, null, type, value);
    }

    /** A success without a result entry and without a change (a read of an absent bin, a NO_FAIL no-op). */
    static BitResult none() {
        return new BitResult(0, null, -1, EMPTY);
    }

    public boolean hasResult() {
        return resultType >= 0;
    }
}
