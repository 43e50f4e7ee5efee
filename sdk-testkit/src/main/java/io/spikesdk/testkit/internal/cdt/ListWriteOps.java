package io.spikesdk.testkit.internal.cdt;

import java.util.ArrayList;
import java.util.List;

/**
 * List ops that add or reorder elements: SET_TYPE, APPEND(_ITEMS), INSERT(_ITEMS), SET, INCREMENT, SORT, with
 * the write flags ADD_UNIQUE, INSERT_BOUNDED, NO_FAIL and PARTIAL (docs/cdt-and-expressions.md §5.2, §6.6).
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
        boolean added = list.ordered() ? addSorted(list, List.of(v), false, wf)
                : addAll(list, uniqueUnordered(list, List.of(v), false, wf));
        return added ? size(list) : unwrittenSize(list);
    }

    static OpOutcome appendItems(OpRequest req, MpList list) throws CdtException {
        List<Element> items = storableItems(req.list(0));
        req.flags(1, 0); // the order attribute only matters when ListOps creates the list; type-checked here
        WriteFlags wf = new WriteFlags(req.flags(2, 0));
        if (items.isEmpty()) {
            return size(list);
        }
        boolean added = list.ordered() ? addSorted(list, items, true, wf)
                : addAll(list, uniqueUnordered(list, items, true, wf));
        return added ? size(list) : unwrittenSize(list);
    }

    static OpOutcome insert(OpRequest req, MpList list) throws CdtException {
        long index = req.index(0);
        Element v = req.storable(1);
        return insertAt(list, index, List.of(v), false, new WriteFlags(req.flags(2, 0)));
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
        return insertAt(list, index, items, true, wf);
    }

    private static OpOutcome insertAt(MpList list, long index, List<Element> items, boolean many, WriteFlags wf)
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
                return unwrittenSize(list);
            }
            throw CdtException.notApplicable("INSERT_BOUNDED: index beyond the end");
        }
        List<Element> accepted = uniqueUnordered(list, items, many, wf);
        if (accepted == null) {
            return unwrittenSize(list);
        }
        checkPad(n, i);
        pad(list, (int) i);
        list.items.addAll((int) i, accepted);
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
        return placeAt(list, (int) i, v, wf) ? OpOutcome.of(list, null) : OpOutcome.unwritten(list, null);
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
            boolean written = replaceSorted(list, (int) i, next, wf);
            return new OpOutcome(list, ParticleConverter.of(next), !written);
        }
        boolean written = placeAt(list, (int) i, next, wf);
        return new OpOutcome(list, ParticleConverter.of(next), !written);
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
     * ADD_UNIQUE on an unordered list, item by item in request order: an item already in the list is dropped under
     * NO_FAIL|PARTIAL, otherwise it ends the op as ELEMENT_EXISTS (a no-op under NO_FAIL); an item repeating an earlier one
     * is OP_NOT_APPLICABLE, a no-op under NO_FAIL alone, dropped under NO_FAIL|PARTIAL. Dropping every item is
     * ELEMENT_EXISTS again (so a no-op). Returns the items to add, or null for a no-op.
     */
    private static List<Element> uniqueUnordered(MpList list, List<Element> items, boolean many, WriteFlags wf)
            throws CdtException {
        if (!wf.has(WriteFlags.LIST_ADD_UNIQUE)) {
            return items;
        }
        List<Element> accepted = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Element item = items.get(i);
            if (contains(list.items, item)) {
                if (!many || !wf.listPartial()) {
                    failUnlessNoFail(wf);
                    return null;
                }
            } else if (contains(items.subList(0, i), item)) {
                if (!wf.noFail()) {
                    throw CdtException.notApplicable("ADD_UNIQUE: repeated item");
                }
                if (!wf.listPartial()) {
                    return null;
                }
            } else {
                accepted.add(item);
            }
        }
        if (accepted.isEmpty()) {
            failUnlessNoFail(wf);
            return null;
        }
        return accepted;
    }

    /**
     * Adds to an ordered list the way the server merges: the request items are stably sorted, repeats among them
     * (ADD_UNIQUE) are OP_NOT_APPLICABLE before anything else is looked at (NO_FAIL: no-op; NO_FAIL|PARTIAL: later
     * repeats dropped), then each item finds its place by a binary search of the list as it was (the first equal
     * element probed, else the insertion point) and goes in front of the element there, after earlier items with
     * the same place. With ADD_UNIQUE an item found in the list is dropped under NO_FAIL|PARTIAL (several items only),
     * else it is ELEMENT_EXISTS (a no-op under NO_FAIL).
     */
    private static boolean addSorted(MpList list, List<Element> items, boolean many, WriteFlags wf)
            throws CdtException {
        boolean unique = wf.has(WriteFlags.LIST_ADD_UNIQUE);
        List<Element> candidates = StableSort.sorted(items, false);
        if (unique) {
            candidates = withoutSortedRepeats(candidates, wf);
            if (candidates == null) {
                return false;
            }
        }
        List<Element> accepted = new ArrayList<>();
        List<Integer> places = new ArrayList<>();
        for (Element item : candidates) {
            SortedSearch.Result r = SortedSearch.inList(list.items, item, 0, list.size() + 1);
            if (unique && r.found()) {
                if (many && wf.listPartial()) {
                    continue;
                }
                failUnlessNoFail(wf);
                return false;
            }
            accepted.add(item);
            places.add(r.position());
        }
        List<Element> merged = new ArrayList<>(list.size() + accepted.size());
        int copied = 0;
        for (int k = 0; k < accepted.size(); k++) {
            int place = places.get(k);
            if (place > copied) {
                merged.addAll(list.items.subList(copied, place));
                copied = place;
            }
            merged.add(accepted.get(k));
        }
        merged.addAll(list.items.subList(copied, list.size()));
        replace(list, merged);
        return true;
    }

    /** Appends the accepted items of an unordered list; false when there is nothing to write (null). */
    private static boolean addAll(MpList list, List<Element> accepted) {
        if (accepted == null) {
            return false;
        }
        list.items.addAll(accepted);
        return true;
    }

    /** Drops each sorted item equal to its predecessor; null when NO_FAIL without PARTIAL makes that a no-op. */
    private static List<Element> withoutSortedRepeats(List<Element> sorted, WriteFlags wf) throws CdtException {
        List<Element> kept = new ArrayList<>();
        for (int k = 0; k < sorted.size(); k++) {
            if (k == 0 || ElementOrder.compare(sorted.get(k - 1), sorted.get(k)) != 0) {
                kept.add(sorted.get(k));
            }
        }
        if (kept.size() == sorted.size()) {
            return sorted;
        }
        if (!wf.noFail()) {
            throw CdtException.notApplicable("ADD_UNIQUE: repeated item");
        }
        return wf.listPartial() ? kept : null;
    }

    /**
     * Replaces element {@code i} of an ordered list (INCREMENT): the new value goes in front of the first equal
     * element of the list as it was, else at its insertion point. With ADD_UNIQUE an equal element is
     * ELEMENT_EXISTS (NO_FAIL: no-op), unless the first one is the replaced element itself, which leaves the list.
     */
    private static boolean replaceSorted(MpList list, int i, Element v, WriteFlags wf) throws CdtException {
        SortedSearch.Result first = SortedSearch.inList(list.items, v, 0, 0);
        int rank = first.position();
        if (wf.has(WriteFlags.LIST_ADD_UNIQUE) && first.found()) {
            if (rank != i) {
                failUnlessNoFail(wf);
            }
            return false;
        }
        if (i < list.size()) {
            list.items.remove(i);
        }
        list.items.add(rank <= i ? rank : rank - 1, v);
        return true;
    }

    /** ADD_UNIQUE found the value: ELEMENT_EXISTS, unless NO_FAIL makes the op a no-op. */
    private static void failUnlessNoFail(WriteFlags wf) throws CdtException {
        if (wf.noFail()) {
            return;
        }
        throw new CdtException(ResultCodes.ELEMENT_EXISTS, "ADD_UNIQUE: value already present");
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

    private static OpOutcome unwrittenSize(MpList list) {
        return OpOutcome.unwritten(list, Particle.ofLong(list.size()));
    }

    private static OpOutcome size(MpList list) {
        return OpOutcome.of(list, Particle.ofLong(list.size()));
    }
}
