package io.spikesdk.testkit.internal.cdt;

import java.util.ArrayList;
import java.util.List;

/**
 * List ops that add or reorder elements: SET_TYPE, APPEND(_ITEMS), INSERT(_ITEMS), SET, INCREMENT, SORT, with
 * the write flags ADD_UNIQUE, INSERT_BOUNDED, NO_FAIL and PARTIAL (CDT doc §5.2, §6.6).
 */
final class ListWriteOps {
    private static final long INT32_MAX = Integer.MAX_VALUE;
    private static final int SORT_DESCENDING = 1;
    private static final int SORT_DROP_DUPLICATES = 2;
    /** Nil padding beyond this many elements cannot fit a 1 MiB record: RECORD_TOO_BIG instead of allocating. */
    static final int MAX_PAD = 1 << 20;

    private ListWriteOps() {
    }

    /** SET_TYPE flags: only 0x01 and 0x10 are valid; persist index is dropped below the top level. */
    static int validSetTypeFlags(OpRequest req, boolean topLevel) throws CdtException {
        long f = req.index(0);
        if ((f & ~0x11L) != 0) {
            throw CdtException.notApplicable("invalid list SET_TYPE flags " + f);
        }
        return (int) f & (topLevel ? 0x11 : 0x01);
    }

    static OpOutcome setType(OpRequest req, MpList list, boolean topLevel) throws CdtException {
        int flags = validSetTypeFlags(req, topLevel);
        boolean wasOrdered = list.ordered();
        list.flags = flags;
        if (!wasOrdered && list.ordered()) {
            replace(list, StableSort.sorted(list.items, false));
        }
        return OpOutcome.of(list, null);
    }

    static OpOutcome append(OpRequest req, MpList list) throws CdtException {
        Element v = req.storable(0);
        req.flags(1, 0); // the order attribute only matters when ListOps creates the list; type-checked here
        WriteFlags wf = new WriteFlags(req.flags(2, 0));
        List<Element> accepted = uniqueFilter(list, List.of(v), wf);
        if (accepted != null) {
            add(list, accepted);
        }
        return size(list);
    }

    static OpOutcome appendItems(OpRequest req, MpList list) throws CdtException {
        List<Element> items = storableItems(req.list(0));
        req.flags(1, 0); // the order attribute only matters when ListOps creates the list; type-checked here
        WriteFlags wf = new WriteFlags(req.flags(2, 0));
        List<Element> accepted = uniqueFilter(list, items, wf);
        if (accepted != null) {
            add(list, accepted);
        }
        return size(list);
    }

    static OpOutcome insert(OpRequest req, MpList list) throws CdtException {
        long index = req.index(0);
        Element v = req.storable(1);
        return insertAt(list, index, List.of(v), new WriteFlags(req.flags(2, 0)));
    }

    static OpOutcome insertItems(OpRequest req, MpList list) throws CdtException {
        long index = req.index(0);
        List<Element> items = storableItems(req.list(1));
        WriteFlags wf = new WriteFlags(req.flags(2, 0));
        if (list.ordered()) {
            throw CdtException.notApplicable("INSERT_ITEMS on an ordered list");
        }
        if (items.isEmpty()) {
            return size(list);
        }
        return insertAt(list, index, items, wf);
    }

    private static OpOutcome insertAt(MpList list, long index, List<Element> items, WriteFlags wf)
            throws CdtException {
        if (list.ordered()) {
            throw CdtException.notApplicable("INSERT on an ordered list");
        }
        int n = list.size();
        long i = index < 0 ? index + n : index;
        if (i < 0 || i > INT32_MAX) {
            throw CdtException.notApplicable("insert index out of range");
        }
        if (i > n && wf.has(WriteFlags.LIST_INSERT_BOUNDED)) {
            if (wf.noFail()) {
                return size(list);
            }
            throw CdtException.notApplicable("INSERT_BOUNDED: index beyond the end");
        }
        checkPad(n, i);
        List<Element> accepted = uniqueFilter(list, items, wf);
        if (accepted != null) {
            pad(list, (int) i);
            list.items.addAll((int) i, accepted);
        }
        return size(list);
    }

    static OpOutcome set(OpRequest req, MpList list) throws CdtException {
        long index = req.index(0);
        Element v = req.storable(1);
        WriteFlags wf = new WriteFlags(req.flags(2, 0));
        if (list.ordered()) {
            throw CdtException.notApplicable("SET on an ordered list");
        }
        int n = list.size();
        long i = index < 0 ? index + n : index;
        if (i < 0 || i > INT32_MAX) {
            throw CdtException.notApplicable("set index out of range");
        }
        placeAt(list, (int) i, v, wf);
        return OpOutcome.of(list, null);
    }

    /** INCREMENT answers the computed value, also when a NO_FAIL flag left the list unchanged. */
    static OpOutcome increment(OpRequest req, MpList list) throws CdtException {
        long index = req.index(0);
        Element delta = req.has(1) ? req.payload(1) : null;
        req.flags(2, 0); // the order attribute only matters when ListOps creates the list; type-checked here
        WriteFlags wf = new WriteFlags(req.flags(3, 0));
        int n = list.size();
        long i = index < 0 ? index + n : index;
        if (i < 0 || i > INT32_MAX) {
            throw CdtException.notApplicable("increment index out of range");
        }
        Element current = i < n ? list.items.get((int) i) : null;
        Element next = Arithmetic.add(current, delta, false);
        if (list.ordered()) {
            if (i > n) {
                throw CdtException.notApplicable("increment beyond the end of an ordered list");
            }
            if (!uniqueAllowed(list, next, (int) i, wf)) {
                return OpOutcome.of(list, ParticleConverter.of(next));
            }
            if (i < n) {
                list.items.remove((int) i);
            }
            ListRanks.insertSorted(list, next);
            return OpOutcome.of(list, ParticleConverter.of(next));
        }
        placeAt(list, (int) i, next, wf);
        return OpOutcome.of(list, ParticleConverter.of(next));
    }

    static OpOutcome sort(OpRequest req, MpList list) throws CdtException {
        long flags = req.flags(0, 0);
        if (list.size() <= 1) {
            return OpOutcome.of(list, null);
        }
        boolean drop = (flags & SORT_DROP_DUPLICATES) != 0;
        boolean descending = (flags & SORT_DESCENDING) != 0;
        if (list.ordered()) {
            if (drop) {
                replace(list, dropAdjacentDuplicates(list.items));
            }
            return OpOutcome.of(list, null);
        }
        if (drop && descending && dropAdjacentDuplicates(StableSort.sorted(list.items, false)).size() >= 2) {
            throw CdtException.param("SORT DESCENDING|DROP_DUPLICATES on distinct values");
        }
        List<Element> sorted = StableSort.sorted(list.items, descending);
        replace(list, drop ? dropAdjacentDuplicates(sorted) : sorted);
        return OpOutcome.of(list, null);
    }

    /**
     * SET semantics at a normalised index: overwrite inside the list, otherwise pad with nils (INSERT_BOUNDED
     * rejects a gap). Returns false when NO_FAIL turned a violation into a no-op.
     */
    private static boolean placeAt(MpList list, int i, Element v, WriteFlags wf) throws CdtException {
        int n = list.size();
        if (i > n && wf.has(WriteFlags.LIST_INSERT_BOUNDED)) {
            if (wf.noFail()) {
                return false;
            }
            throw CdtException.notApplicable("INSERT_BOUNDED: index beyond the end");
        }
        checkPad(n, i);
        if (!uniqueAllowed(list, v, i < n ? i : -1, wf)) {
            return false;
        }
        if (i < n) {
            list.items.set(i, v);
        } else {
            pad(list, i);
            list.items.add(v);
        }
        return true;
    }

    /** ADD_UNIQUE for one value replacing position {@code self} (-1: none): false when NO_FAIL skips it. */
    private static boolean uniqueAllowed(MpList list, Element v, int self, WriteFlags wf) throws CdtException {
        if (!wf.has(WriteFlags.LIST_ADD_UNIQUE)) {
            return true;
        }
        for (int j = 0; j < list.size(); j++) {
            if (j != self && ElementOrder.compare(list.items.get(j), v) == 0) {
                if (wf.noFail()) {
                    return false;
                }
                throw new CdtException(ResultCodes.ELEMENT_EXISTS, "ADD_UNIQUE: value already present");
            }
        }
        return true;
    }

    /**
     * ADD_UNIQUE over several items: one already in the list is ELEMENT_EXISTS, a repeat inside the items is
     * OP_NOT_APPLICABLE. NO_FAIL|PARTIAL drops offenders; NO_FAIL alone makes the whole op a no-op (null).
     */
    private static List<Element> uniqueFilter(MpList list, List<Element> items, WriteFlags wf)
            throws CdtException {
        if (!wf.has(WriteFlags.LIST_ADD_UNIQUE)) {
            return items;
        }
        List<Element> accepted = new ArrayList<>();
        for (Element item : items) {
            int code = contains(list.items, item) ? ResultCodes.ELEMENT_EXISTS
                    : contains(accepted, item) ? ResultCodes.OP_NOT_APPLICABLE : ResultCodes.OK;
            if (code == ResultCodes.OK) {
                accepted.add(item);
            } else if (!wf.noFail()) {
                throw new CdtException(code, "ADD_UNIQUE violation");
            } else if (!wf.partial()) {
                return null;
            }
        }
        return accepted;
    }

    static boolean contains(List<Element> items, Element v) {
        for (Element e : items) {
            if (ElementOrder.compare(e, v) == 0) {
                return true;
            }
        }
        return false;
    }

    private static List<Element> storableItems(MpList items) throws CdtException {
        for (Element e : items.items) {
            StorageRules.storable(e, ResultCodes.PARAMETER_ERROR);
        }
        return items.items;
    }

    private static void add(MpList list, List<Element> items) {
        for (Element e : items) {
            if (list.ordered()) {
                ListRanks.insertSorted(list, e);
            } else {
                list.items.add(e);
            }
        }
    }

    /** Rejects a gap that could never fit in a record. */
    static void checkPad(int size, long upTo) throws CdtException {
        if (upTo - size > MAX_PAD) {
            throw new CdtException(ResultCodes.RECORD_TOO_BIG, "nil padding too large");
        }
    }

    private static void pad(MpList list, int upTo) {
        while (list.size() < upTo) {
            list.items.add(MpNil.INSTANCE);
        }
    }

    private static List<Element> dropAdjacentDuplicates(List<Element> sorted) {
        List<Element> out = new ArrayList<>();
        for (Element e : sorted) {
            if (out.isEmpty() || ElementOrder.compare(out.get(out.size() - 1), e) != 0) {
                out.add(e);
            }
        }
        return out;
    }

    private static void replace(MpList list, List<Element> items) {
        List<Element> copy = new ArrayList<>(items);
        list.items.clear();
        list.items.addAll(copy);
    }

    private static OpOutcome size(MpList list) {
        return OpOutcome.of(list, Particle.ofLong(list.size()));
    }
}
