package io.spikesdk.testkit.internal.exp;

/** A malformed or ill-typed expression; carries the server result code. Never escapes this package. */
final class ExpException extends Exception {
    private static final long serialVersionUID = 1L;

    static final int PARAMETER_ERROR = 4;

    private final int resultCode;

    ExpException(int resultCode, String message) {
        super(message, null, false, false);
        this.resultCode = resultCode;
    }

    int resultCode() {
        return resultCode;
    }

    static ExpException param(String message) {
        return new ExpException(PARAMETER_ERROR, message);
    }
}
