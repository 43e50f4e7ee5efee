package io.spikesdk.testkit.internal.cdt;

/**
 * Compiles the expressions a path select carries (context filters and the modify expression of an APPLY), so that
 * the CDT engine can run them without depending on the expression engine.
 */
public interface PathExpressions {
    /** No expression support: every path expression is a PARAMETER_ERROR. */
    PathExpressions NONE = tree -> {
        throw CdtException.param("path expressions are not available here");
    };

    /** Compiles one expression tree; a malformed one raises PARAMETER_ERROR. */
    Compiled compile(Element tree) throws CdtException;

    /** A compiled path expression. */
    interface Compiled {
        /** Evaluates for one element: a value, {@link Outcome#REMOVE} or null for UNKNOWN. */
        Outcome eval(LoopVars vars);
    }

    /**
     * What an expression gave: a value, or the request to remove the element (RESULT_REMOVE).
     *
     * @param value  the value (null when {@code remove})
     * @param remove whether the element is to be removed
     */
    record Outcome(Element value, boolean remove) {
        public static final Outcome REMOVE = new Outcome(null, true);

        public static Outcome of(Element value) {
            return new Outcome(value, false);
        }
    }
}
