package io.spikesdk.it.diff;

import java.util.List;
import java.util.Set;

/**
 * Inputs the real server (CE 8.1.2.0) is known to crash on, which the harness never sends
 * ({@code real-server-observations.md} §0): a map key-list or value-list selection with an empty list,
 * INVERTED and a return type that carries elements.
 */
final class CrashGuard {
    private static final Set<String> MAP_LIST_SELECTIONS = Set.of("getByKeyList", "removeByKeyList", "getByValueList", "removeByValueList");

    private CrashGuard() {
    }

    static boolean knownCrash(Op op) {
        if (!op.family().equals("map") || !MAP_LIST_SELECTIONS.contains(op.name())) {
            return false;
        }
        Rt rt = op.returnType();
        return rt != null && rt.inverted() && rt.returnsElements() && op.args().get(0) instanceof List<?> list && list.isEmpty();
    }
}
