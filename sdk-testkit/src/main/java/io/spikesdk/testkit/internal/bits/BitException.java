package io.spikesdk.testkit.internal.bits;

/** A bit op failure carrying the server result code; never escapes {@link BitEngine}. */
final class BitException extends Exception {
    private static final long serialVersionUID = 1L;

    static final int PARAMETER_ERROR = 4;
    static final int BIN_EXISTS = 6;
    static final int BIN_TYPE_ERROR = 12;
    static final int BIN_NOT_FOUND = 17;
    static final int OP_NOT_APPLICABLE = 26;

    private final int resultCode;

    BitException(int resultCode, String message) {
        super(message, null, false, false);
        this.resultCode = resultCode;
    }

    int resultCode() {
        return resultCode;
    }

    static BitException param(String message) {
        return new BitException(PARAMETER_ERROR, message);
    }

    static BitException notApplicable(String message) {
        return new BitException(OP_NOT_APPLICABLE, message);
    }
}
