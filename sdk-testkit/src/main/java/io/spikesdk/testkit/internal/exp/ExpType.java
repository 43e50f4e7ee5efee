package io.spikesdk.testkit.internal.exp;

/**
 * Static result type of an expression node. The first ten are the wire value-type codes (Java
 * {@code Exp.Type}); {@link #ANY} is the type of {@code [0]} (UNKNOWN), compatible with every type, and
 * {@link #RAW} the type of the INFINITY / WILDCARD literals, only usable as raw CDT arguments, {@link #REMOVE} the
 * type of RESULT_REMOVE (a path modify result of its own type).
 */
enum ExpType {
    NIL, BOOL, INT, STRING, LIST, MAP, BLOB, FLOAT, GEO, HLL, ANY, RAW, REMOVE;

    private static final ExpType[] WIRE = {NIL, BOOL, INT, STRING, LIST, MAP, BLOB, FLOAT, GEO, HLL};

    /** The type for a wire code 0..9. */
    static ExpType ofCode(long code) throws ExpException {
        if (code < 0 || code >= WIRE.length) {
            throw ExpException.param("value type code " + code + " out of range");
        }
        return WIRE[(int) code];
    }

    /** Whether a value of static type {@code t} may stand where this type is required. */
    boolean accepts(ExpType t) {
        if (t == RAW || this == RAW) {
            return t == this;
        }
        return t == this || t == ANY || this == ANY;
    }
}
