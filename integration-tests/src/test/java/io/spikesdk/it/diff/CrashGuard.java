package io.spikesdk.it.diff;

import java.util.List;
import java.util.Set;

/**
 * Inputs the real server (CE 8.1.2.0) is known to crash on, which the harness never sends:
 * <ul>
 *   <li>a map key-list or value-list selection with an empty list, INVERTED and a return type that
 *   carries elements (docs/embedded-server.md §4.1);</li>
 *   <li>a padding list-index create context with a negative index before the list's start, e.g.
 *   {@code CTX.listIndexCreate(-4, UNORDERED, true)} or {@code ListOperation.create(l, UNORDERED, true,
 *   CTX.listIndex(-4))} on a 3-element list (general protection fault; found by this harness). The size
 *   is not always known here, so every negative padding index is avoided;</li>
 *   <li>{@code MapOperation.create(m, KEY_ORDERED, CTX.listIndex(-2))} on a 1-element list (found by this
 *   harness): the client ORs the map order flag into the list-index context, and 0x80 is the list "pad"
 *   bit, so it is the padding create above. Avoided for every order.</li>
 *   <li>{@code ListOperation.sort(l, DROP_DUPLICATES)} on a list with a persisted index that holds a duplicate
 *   (found by this harness: {@code cdt.c:5104 ele_filled(5) > ele_count(4)} from {@code list_sort}, which
 *   writes the persisted offsets of the dropped elements too). Avoided on every bin that the setup or a
 *   create/setOrder of the same call may give a persisted index.</li>
 * </ul>
 */
final class CrashGuard {
    private static final Set<String> MAP_LIST_SELECTIONS = Set.of("getByKeyList", "removeByKeyList", "getByValueList", "removeByValueList");

    private CrashGuard() {
    }

    static boolean knownCrash(Op op) {
        return emptyInvertedMapListSelection(op) || negativePaddingIndex(op);
    }

    /** A top-level DROP_DUPLICATES sort on a list bin that may have a persisted index. */
    static boolean persistedIndexSortDrop(Setup setup, Command command) {
        if (!(command instanceof OperateCommand operate)) {
            return false;
        }
        Set<String> persisted = new java.util.HashSet<>();
        for (Setup.InitialBin bin : setup.bins()) {
            if (bin.persistIndex()) {
                persisted.add(bin.name());
            }
        }
        for (Op op : operate.ops()) {
            boolean persists = op.args().stream().anyMatch(a -> a instanceof Policies.Switch s && s.name().equals("persistIndex") && s.on());
            if (persists && op.ctx().isEmpty() && op.bin() != null) {
                persisted.add(op.bin());
            }
        }
        for (Op op : operate.ops()) {
            if (op.family().equals("list") && op.name().equals("sort") && op.ctx().isEmpty() && persisted.contains(op.bin())
                    && op.args().get(0) instanceof Policies.Flags flags && (flags.value() & 2) != 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean emptyInvertedMapListSelection(Op op) {
        if (!op.family().equals("map") || !MAP_LIST_SELECTIONS.contains(op.name())) {
            return false;
        }
        Rt rt = op.returnType();
        return rt != null && rt.inverted() && rt.returnsElements() && op.args().get(0) instanceof List<?> list && list.isEmpty();
    }

    private static boolean negativePaddingIndex(Op op) {
        for (CtxStep step : op.ctx()) {
            if (step.kind().equals("listIndexCreate") && step.pad() && (Integer) step.arg() < 0) {
                return true;
            }
        }
        if (!op.name().equals("create") || op.ctx().isEmpty()) {
            return false;
        }
        CtxStep last = op.ctx().get(op.ctx().size() - 1);
        boolean negativeListIndex = last.kind().startsWith("listIndex") && (Integer) last.arg() < 0;
        if (op.family().equals("map")) {
            return negativeListIndex;
        }
        return op.family().equals("list") && negativeListIndex
                && op.args().size() > 1 && op.args().get(1) instanceof Policies.Switch pad && pad.on();
    }
}
