package io.spikesdk.testkit.internal.cdt;

/** Internal failure of a CDT operation carrying the server result code; never escapes {@link CdtEngine}. */
public final class CdtException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int resultCode;

    CdtException(int resultCode, String message) {
        super(message, null, false, false);
        this.resultCode = resultCode;
    }

    public int resultCode() {
        return resultCode;
    }

    /** A PARAMETER_ERROR (4). */
    public static CdtException param(String message) {
        return new CdtException(ResultCodes.PARAMETER_ERROR, message);
    }

    static CdtException notApplicable(String message) {
        return new CdtException(ResultCodes.OP_NOT_APPLICABLE, message);
    }
}
