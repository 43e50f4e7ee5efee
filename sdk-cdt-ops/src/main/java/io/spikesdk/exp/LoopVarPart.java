package io.spikesdk.exp;

/**
 * Which part of the current element a path loop variable reads ({@code Exp.intLoopVar(part)} ...): the
 * selector of the VAR_BUILTIN node {@code [122, type, part]}.
 */
public enum LoopVarPart {
    /** The map key of the current entry (0). */
    MAP_KEY(0),
    /** The value of the current element (1). */
    VALUE(1),
    /** The position of the current element in its list or map (2); an INT only. */
    INDEX(2);

    private final int code;

    LoopVarPart(int code) {
        this.code = code;
    }

    /** The wire value. */
    public int code() {
        return code;
    }
}
