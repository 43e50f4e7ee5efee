package io.spikesdk.testkit.internal.cdt;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a {@link PathRequest} over a decoded bin the way the real server's {@code cdt_select_*} does: level by level,
 * children chosen by each step, AND filters per level, in storage order. A select builds the matching tree (the
 * chosen children, scalars met above the leaf level kept as they are, order headers dropped from non-empty
 * containers) or the flat list of leaf values / map keys / key-value pairs; an apply replaces or removes each leaf
 * element in place and re-sorts every ordered list it went through.
 */
final class PathWalker {
    private static final int LIST_KIND = 0x10;
    private static final int MAP_KIND = 0x20;

    private final PathRequest req;
    private final List<PathStep> steps;
    private final List<Element> flat = new ArrayList<>();
    /**
     * Set once a rank selection, or an index selection in a map, has been made: the real server then leaves its
     * read cursor at the end of the whole bin, so any later read of an element fails (SERVER_ERROR, 1).
     */
    private boolean atEnd;

    private enum Tri { TRUE, FALSE, UNKNOWN }

    PathWalker(PathRequest req) {
        this.req = req;
        this.steps = req.steps();
    }

    /** The select result: the matching tree (same container kind as {@code root}) or a flat list. */
    Element select(Element root) throws CdtException {
        Element tree = level(root, 0);
        return req.type() == PathRequest.TREE ? tree : new MpList(0, flat);
    }

    /** Applies the modify expression through the path, editing {@code root} in place. */
    void apply(Element root) throws CdtException {
        level(root, 0);
    }

    private boolean tree() {
        return req.type() == PathRequest.TREE;
    }

    private boolean applying() {
        return req.type() == PathRequest.APPLY;
    }

    private Element level(Element c, int lvl) throws CdtException {
        if (c instanceof MpList l) {
            return list(l, lvl);
        }
        if (c instanceof MpMap m) {
            return map(m, lvl);
        }
        throw new CdtException(ResultCodes.BIN_TYPE_ERROR, "path select on a non-container");
    }

    private Element list(MpList l, int lvl) throws CdtException {
        boolean leaf = lvl + 1 == steps.size();
        if (l.size() == 0 && l.flags == 0) {
            return tree() ? new MpList(0, List.of()) : null;
        }
        if (leaf && req.leafKeys()) {
            if (!req.noFail()) {
                throw new CdtException(ResultCodes.BIN_TYPE_ERROR, "map keys selected from a list");
            }
            return null;
        }
        if (l.size() == 0) {
            return tree() ? new MpList(l.flags, List.of()) : null;
        }
        PathStep step = steps.get(lvl);
        int kindBits = step.id() & 0x30;
        if (kindBits != 0 && kindBits != LIST_KIND) {
            throw CdtException.param("map context step on a list");
        }
        List<Element> out = tree() ? new ArrayList<>() : null;
        List<Integer> removed = new ArrayList<>();
        int n = l.size();
        switch (step.kind()) {
            case PathStep.INDEX, PathStep.RANK -> {
                int at = position(step.index(), n);
                if (at >= 0) {
                    int i = step.kind() == PathStep.INDEX || l.ordered() ? at : RankSelect.position(l.items, at);
                    if (and(step, listVars(l, i)) == Tri.TRUE) {
                        includeListEntry(l, i, lvl, out, removed);
                    }
                    if (step.kind() == PathStep.RANK) {
                        atEnd = true;
                    } else if (atEnd && i < n - 1) {
                        throw cursorAtEnd();
                    }
                }
            }
            default -> {
                for (int i = 0; i < n; i++) {
                    if (atEnd) {
                        exhaustedListEntry(step, i);
                    }
                    Tri tri = listMatch(step, l, i);
                    if (tri == Tri.TRUE) {
                        tri = and(step, listVars(l, i));
                    }
                    if (tri == Tri.UNKNOWN) {
                        if (!req.noFail()) {
                            throw CdtException.param("path filter is UNKNOWN");
                        }
                        tri = Tri.FALSE;
                    }
                    if (tri == Tri.TRUE) {
                        includeListEntry(l, i, lvl, out, removed);
                    }
                }
            }
        }
        for (int k = removed.size() - 1; k >= 0; k--) {
            l.items.remove((int) removed.get(k));
        }
        if (applying() && l.ordered()) {
            l.items.sort(ElementOrder::compare);
        }
        return tree() ? new MpList(0, out) : null;
    }

    /**
     * Element {@code i} of a list read with the cursor at the end: its value is unreadable, so the filters see only
     * the index; whatever they say the read fails (1), except that an UNKNOWN filter without NO_FAIL fails first (4).
     */
    private void exhaustedListEntry(PathStep step, int i) throws CdtException {
        LoopVars vars = new LoopVars(null, null, (long) i);
        Tri tri = switch (step.kind()) {
            case PathStep.EXPRESSION -> step.filter() == null ? Tri.TRUE : test(step.filter(), vars);
            case PathStep.VALUE -> throw cursorAtEnd();
            default -> Tri.UNKNOWN;
        };
        if (tri == Tri.TRUE) {
            tri = and(step, vars);
        }
        if (tri == Tri.UNKNOWN && !req.noFail()) {
            throw CdtException.param("path filter is UNKNOWN");
        }
        throw cursorAtEnd();
    }

    private static CdtException cursorAtEnd() {
        return new CdtException(ResultCodes.SERVER_ERROR, "element read past the end of the bin");
    }

    private Tri listMatch(PathStep step, MpList l, int i) {
        return switch (step.kind()) {
            case PathStep.EXPRESSION -> step.filter() == null ? Tri.TRUE : test(step.filter(), listVars(l, i));
            case PathStep.VALUE -> ElementOrder.compare(l.items.get(i), step.value()) == 0 ? Tri.TRUE : Tri.FALSE;
            default -> Tri.UNKNOWN;
        };
    }

    private void includeListEntry(MpList l, int i, int lvl, List<Element> out, List<Integer> removed)
            throws CdtException {
        boolean leaf = lvl + 1 == steps.size();
        Element child = l.items.get(i);
        if (!leaf && isContainer(child)) {
            Element sub = level(child, lvl + 1);
            if (out != null) {
                out.add(sub);
            }
            return;
        }
        if (!tree() && !leaf) {
            return;
        }
        if (applying()) {
            PathExpressions.Outcome o = modify(listVars(l, i));
            if (o == null) {
                return;
            }
            if (o.remove()) {
                removed.add(i);
            } else {
                l.items.set(i, o.value());
            }
        } else if (out != null) {
            out.add(child);
        } else {
            flat.add(child);
        }
    }

    private Element map(MpMap m, int lvl) throws CdtException {
        if (m.size() == 0) {
            return tree() ? new MpMap(m.flags, List.of()) : null;
        }
        PathStep step = steps.get(lvl);
        int kindBits = step.id() & 0xf0;
        if (kindBits != 0 && kindBits != MAP_KIND) {
            throw CdtException.param("list context step on a map");
        }
        List<MapEntry> out = tree() ? new ArrayList<>() : null;
        List<Integer> removed = new ArrayList<>();
        int n = m.size();
        switch (step.kind()) {
            case PathStep.INDEX, PathStep.RANK -> {
                int at = position(step.index(), n);
                if (at >= 0) {
                    int i = step.kind() == PathStep.INDEX ? at : RankSelect.position(mapValues(m), at);
                    if (and(step, mapVars(m, i)) == Tri.TRUE) {
                        includeMapEntry(m, i, lvl, out, removed);
                    }
                    atEnd = true;
                }
            }
            default -> {
                if (step.kind() == PathStep.KEY_LIST) {
                    checkKeyList(step.value());
                }
                boolean found = false;
                for (int i = 0; i < n; i++) {
                    if (atEnd) {
                        throw cursorAtEnd();
                    }
                    Tri tri = found ? Tri.FALSE : mapMatch(step, m.entries.get(i), i, m);
                    if (step.kind() == PathStep.KEY && tri == Tri.TRUE) {
                        found = true;
                    }
                    if (tri == Tri.TRUE) {
                        tri = and(step, mapVars(m, i));
                    }
                    if (tri == Tri.UNKNOWN) {
                        if (!req.noFail()) {
                            throw CdtException.param("path filter is UNKNOWN");
                        }
                        tri = Tri.FALSE;
                    }
                    if (tri == Tri.TRUE) {
                        includeMapEntry(m, i, lvl, out, removed);
                    }
                }
            }
        }
        for (int k = removed.size() - 1; k >= 0; k--) {
            m.entries.remove((int) removed.get(k));
        }
        return tree() ? new MpMap(0, out) : null;
    }

    private Tri mapMatch(PathStep step, MapEntry e, int i, MpMap m) {
        return switch (step.kind()) {
            case PathStep.EXPRESSION -> step.filter() == null ? Tri.TRUE : test(step.filter(), mapVars(m, i));
            case PathStep.KEY -> ElementOrder.compare(e.key, step.value()) == 0 ? Tri.TRUE : Tri.FALSE;
            case PathStep.VALUE -> ElementOrder.compare(e.value, step.value()) == 0 ? Tri.TRUE : Tri.FALSE;
            case PathStep.KEY_LIST -> inKeyList((MpList) step.value(), e.key) ? Tri.TRUE : Tri.FALSE;
            default -> Tri.UNKNOWN;
        };
    }

    private static void checkKeyList(Element value) throws CdtException {
        if (!(value instanceof MpList keys)) {
            throw CdtException.param("key list context needs a list");
        }
        if (keys.ordered()) {
            for (int i = 1; i < keys.size(); i++) {
                if (ElementOrder.compare(keys.items.get(i - 1), keys.items.get(i)) > 0) {
                    throw CdtException.param("ordered key list is not sorted");
                }
            }
        }
    }

    private static boolean inKeyList(MpList keys, Element key) {
        for (Element k : keys.items) {
            if (ElementOrder.compare(k, key) == 0) {
                return true;
            }
        }
        return false;
    }

    private void includeMapEntry(MpMap m, int i, int lvl, List<MapEntry> out, List<Integer> removed)
            throws CdtException {
        boolean leaf = lvl + 1 == steps.size();
        MapEntry e = m.entries.get(i);
        if (!leaf && isContainer(e.value)) {
            Element sub = level(e.value, lvl + 1);
            if (out != null) {
                out.add(new MapEntry(e.key, sub));
            }
            return;
        }
        if (leaf && req.leafKeys()) {
            flat.add(e.key);
        }
        if (leaf && req.leafValues()) {
            flat.add(e.value);
        }
        if (applying() && leaf) {
            PathExpressions.Outcome o = modify(mapVars(m, i));
            if (o == null) {
                return;
            }
            if (o.remove()) {
                removed.add(i);
            } else {
                e.value = o.value();
            }
        } else if (out != null) {
            out.add(new MapEntry(e.key, e.value));
        }
    }

    /** The modify expression's outcome for one element; null when it is UNKNOWN under NO_FAIL. */
    private PathExpressions.Outcome modify(LoopVars vars) throws CdtException {
        PathExpressions.Outcome o = req.modify().eval(vars);
        if (o == null) {
            if (!req.noFail()) {
                throw new CdtException(ResultCodes.SERVER_ERROR, "path modify expression is UNKNOWN");
            }
            return null;
        }
        return o;
    }

    private static Tri and(PathStep step, LoopVars vars) {
        return step.and() == null ? Tri.TRUE : test(step.and(), vars);
    }

    private static Tri test(PathExpressions.Compiled filter, LoopVars vars) {
        PathExpressions.Outcome o = filter.eval(vars);
        if (o == null || !(o.value() instanceof MpBool b)) {
            return Tri.UNKNOWN;
        }
        return b.value() ? Tri.TRUE : Tri.FALSE;
    }

    private static LoopVars listVars(MpList l, int i) {
        return new LoopVars(null, l.items.get(i), (long) i);
    }

    private static LoopVars mapVars(MpMap m, int i) {
        MapEntry e = m.entries.get(i);
        return new LoopVars(e.key, e.value, null);
    }

    private static List<Element> mapValues(MpMap m) {
        List<Element> values = new ArrayList<>(m.size());
        for (MapEntry e : m.entries) {
            values.add(e.value);
        }
        return values;
    }

    private static boolean isContainer(Element e) {
        return e instanceof MpList || e instanceof MpMap;
    }

    /** A single index or rank resolved against {@code n} children (negative from the end), or -1 when outside. */
    private static int position(long index, int n) {
        long i = index < 0 ? index + n : index;
        return i >= 0 && i < n ? (int) i : -1;
    }
}
