package io.spikesdk.testkit.internal.cdt;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks a CDT context ({@code [id, value, ...]}) from the bin down to the element the inner op works on
 * (docs/cdt-and-expressions.md §1.4). Ids: low nibble 0 index / 1 rank / 2 key / 3 value, 0x10 list, 0x20 map (neither
 * = either), create flags 0x40/0x80/0xC0 and 0x100 persist index (first entry only). Missing elements give
 * OP_NOT_APPLICABLE unless a modify op may create them; only list-index and map-key entries create. Once an
 * element is being created, the entries below it create without flags too (list index 0 or -1, any map key).
 */
final class ContextWalker {
    private static final int LIST = 0x10;
    private static final int MAP = 0x20;
    private static final int CREATE_MASK = 0xc0;
    private static final int CREATE_UNORDERED = 0x40;
    private static final int CREATE_PAD = 0x80;
    private static final int CREATE_ORDERED = 0xc0;
    private static final int PERSIST = 0x100;
    private static final int AND = 0x200;

    private ContextWalker() {
    }

    /** Returns the slots from the bin (first) to the target (last), creating containers on the way if allowed. */
    static List<Slot> walk(Slot.Root root, List<Element> ctx, boolean modify) throws CdtException {
        List<Slot> path = new ArrayList<>();
        path.add(root);
        Slot cur = root;
        boolean creating = false;
        for (int i = 0; i < ctx.size(); i += 2) {
            int id = id(ctx.get(i));
            Element value = ctx.get(i + 1);
            int base = id & 0x0f;
            int kind = id & (LIST | MAP);
            int create = id & CREATE_MASK;
            if ((id & ~0x3ff) != 0 || kind == (LIST | MAP)) {
                throw CdtException.param("invalid context id " + id);
            }
            if (base > 3 || (id & AND) != 0 || ((id & PERSIST) != 0 && i > 0) || (create != 0 && kind == 0)) {
                throw CdtException.notApplicable("context id " + id + " not applicable here");
            }
            // below an element being created, entries without create flags create too (unordered)
            boolean mayCreate = modify && (create != 0 || creating);
            Element container = cur.get();
            if (container == null) {
                if (!mayCreate) {
                    throw CdtException.notApplicable("context element not found");
                }
                container = newContainer(base, kind, create, (id & PERSIST) != 0);
                cur.put(container);
            }
            Slot next;
            if (container instanceof MpList l) {
                if (kind == MAP || base == 2) {
                    throw CdtException.notApplicable("map context on a list");
                }
                next = inList(l, base, value, create, mayCreate);
            } else if (container instanceof MpMap m) {
                if (kind == LIST) {
                    throw CdtException.notApplicable("list context on a map");
                }
                next = inMap(m, base, value, mayCreate);
            } else {
                throw CdtException.notApplicable("context passes through a non-container element");
            }
            path.add(next);
            creating = next.get() == null;
            cur = next;
        }
        return path;
    }

    private static int id(Element e) throws CdtException {
        if (e instanceof MpInt i && !i.negative() && i.value() <= 0xffff) {
            return (int) i.value();
        }
        throw CdtException.param("context id must be an unsigned integer");
    }

    private static Element newContainer(int base, int kind, int create, boolean persist) throws CdtException {
        int persistFlag = persist ? 0x10 : 0;
        if (kind == LIST && base == 0) {
            return MpList.empty((create == CREATE_ORDERED ? MpList.ORDERED : 0) | persistFlag);
        }
        if (kind == MAP && base == 2) {
            int order = create == 0 || create == CREATE_UNORDERED ? 0 : create == CREATE_PAD ? 1 : 3;
            return MpMap.empty(order | persistFlag);
        }
        throw CdtException.notApplicable("only list-index and map-key contexts can create");
    }

    private static Slot inList(MpList l, int base, Element value, int create, boolean mayCreate)
            throws CdtException {
        int n = l.size();
        if (base == 1) {
            return new Slot.ListPosition(l, rankPosition(l, RangeMath.single(integer(value), n)), true);
        }
        if (base == 3) {
            for (int i = 0; i < n; i++) {
                if (ElementOrder.compare(l.items.get(i), value) == 0) {
                    return new Slot.ListPosition(l, i, true);
                }
            }
            throw CdtException.notApplicable("context value not found");
        }
        long index = integer(value);
        long i = index < 0 ? index + n : index;
        if (i >= 0 && i < n) {
            return new Slot.ListPosition(l, (int) i, true);
        }
        if (!mayCreate) {
            throw CdtException.notApplicable("context index out of range");
        }
        if (i < 0) {
            if (index != -1 || n != 0) {
                throw CdtException.notApplicable("context index out of range");
            }
            i = 0;
        }
        // past the end only an ordered parent appends and only the pad flag pads; an ORDERED create flag does not
        if (i == n || l.ordered()) {
            return new Slot.ListPosition(l, n, false);
        }
        if (create == CREATE_PAD) {
            ListWriteOps.checkPad(n, i);
            return new Slot.ListPosition(l, (int) i, false);
        }
        throw CdtException.notApplicable("context index beyond the list end");
    }

    /** The list position holding rank {@code r} (a single-rank selection). */
    static int rankPosition(MpList l, int r) {
        return ListRanks.rankWindow(l, r, 1)[0];
    }

    private static Slot inMap(MpMap m, int base, Element value, boolean mayCreate) throws CdtException {
        int n = m.size();
        switch (base) {
            case 0:
                return new Slot.MapKey(m, m.entries.get(RangeMath.single(integer(value), n)).key);
            case 1:
                return new Slot.MapKey(m, m.entries.get(MapRanks.rankOrder(m)[RangeMath.single(integer(value), n)]).key);
            case 2: {
                int at = m.find(value);
                if (at >= 0) {
                    return new Slot.MapKey(m, m.entries.get(at).key);
                }
                if (!mayCreate) {
                    throw CdtException.notApplicable("context key not found");
                }
                StorageRules.checkKey(value, ResultCodes.PARAMETER_ERROR);
                return new Slot.MapKey(m, value);
            }
            default:
                for (MapEntry e : m.entries) {
                    if (ElementOrder.compare(e.value, value) == 0) {
                        return new Slot.MapKey(m, e.key);
                    }
                }
                throw CdtException.notApplicable("context value not found");
        }
    }

    private static long integer(Element e) throws CdtException {
        if (e instanceof MpInt i) {
            return i.value();
        }
        throw CdtException.param("context index/rank must be an integer");
    }
}
