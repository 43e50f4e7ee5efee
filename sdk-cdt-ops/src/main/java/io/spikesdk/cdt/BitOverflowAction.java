package io.spikesdk.cdt;

/**
 * What {@link BitOperations#add} and {@link BitOperations#subtract} do when the result does not fit
 * the bit field (spec {@code BIT_OVERFLOW_*}).
 */
public enum BitOverflowAction {
    /** Fail the operation with OP_NOT_APPLICABLE (26) (0). */
    FAIL(0),
    /** Store the field's maximum (or minimum) value (2). */
    SATURATE(2),
    /** Wrap around, keeping the low bits (4). */
    WRAP(4);

    private final int code;

    BitOverflowAction(int code) {
        this.code = code;
    }

    /** The wire value (combined with the signed flag into the operation's int flags). */
    public int code() {
        return code;
    }
}
