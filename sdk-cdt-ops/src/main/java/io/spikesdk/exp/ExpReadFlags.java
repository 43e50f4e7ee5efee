package io.spikesdk.exp;


/** Flags of an expression read ({@link ExpOperations#read}). Immutable; the server accepts only these bits. */
public final class ExpReadFlags {

    /** An UNKNOWN result fails the command with OP_NOT_APPLICABLE (26); a nil result returns no bin. Wire 0. */
    public static final ExpReadFlags DEFAULT = new ExpReadFlags(0);

    /** An UNKNOWN result (absent bin, wrong type, division by zero ...) returns no bin instead of failing. Wire 16. */
    public static final ExpReadFlags EVAL_NO_FAIL = new ExpReadFlags(16);

    private static final int ALL = 16;

    private final int code;

    private ExpReadFlags(int code) {
        this.code = code;
    }

    /**
     * Flags from raw wire bits.
     *
     * @throws IllegalArgumentException for bits other than 16 (the server rejects them with PARAMETER_ERROR)
     */
    public static ExpReadFlags fromCode(int bits) {
        if ((bits & ~ALL) != 0) {
            throw new IllegalArgumentException("expression read flags allow only EVAL_NO_FAIL (16), got " + bits);
        }
        return bits == 0 ? DEFAULT : EVAL_NO_FAIL;
    }

    /** The wire value. */
    public int code() {
        return code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExpReadFlags other && other.code == code;
    }

    @Override
    public int hashCode() {
        return code;
    }

    @Override
    public String toString() {
        return "ExpReadFlags(" + code + ")";
    }
}
