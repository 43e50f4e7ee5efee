package io.spikesdk.testkit.internal.cdt;

import java.util.List;

/**
 * A decoded CDT op: code, arguments (without the code) and the flat context list ({@code [id, value, ...]},
 * empty when there is none), with typed argument accessors that answer PARAMETER_ERROR on a wrong type.
 */
record OpRequest(int code, List<Element> args, List<Element> ctx) {

    boolean has(int i) {
        return i < args.size();
    }

    /** A signed 64-bit argument (index, rank). */
    long index(int i) throws CdtException {
        if (args.get(i) instanceof MpInt v) {
            return v.value();
        }
        throw CdtException.param("argument " + i + " must be an integer");
    }

    /** An unsigned count argument; values at or above 2^63 saturate to {@link Long#MAX_VALUE}. */
    long count(int i) throws CdtException {
        long v = index(i);
        return v < 0 ? Long.MAX_VALUE : v;
    }

    /** An optional count argument: "to the end" when absent. */
    long countOrAll(int i) throws CdtException {
        return has(i) ? count(i) : Long.MAX_VALUE;
    }

    /** A flags word; {@code dflt} when the argument is absent. */
    long flags(int i, long dflt) throws CdtException {
        return has(i) ? index(i) : dflt;
    }

    Element payload(int i) {
        return args.get(i);
    }

    /** An argument about to be stored: validated by {@link StorageRules}. */
    Element storable(int i) throws CdtException {
        return StorageRules.storable(args.get(i), ResultCodes.PARAMETER_ERROR);
    }

    MpList list(int i) throws CdtException {
        if (args.get(i) instanceof MpList l) {
            return l;
        }
        throw CdtException.param("argument " + i + " must be a list");
    }

    MpMap map(int i) throws CdtException {
        if (args.get(i) instanceof MpMap m) {
            return m;
        }
        throw CdtException.param("argument " + i + " must be a map");
    }
}
