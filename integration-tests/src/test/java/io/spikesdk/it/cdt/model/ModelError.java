package io.spikesdk.it.cdt.model;

/** The reference model's verdict that an operation fails with a result code (and changes nothing). */
public final class ModelError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int code;

    public ModelError(int code) {
        super("result code " + code, null, false, false);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
