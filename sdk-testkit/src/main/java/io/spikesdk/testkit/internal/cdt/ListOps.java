package io.spikesdk.testkit.internal.cdt;

/**
 * Entry point for list op codes 0..40: handles an absent target (create, no-op or BIN_TYPE_ERROR per op) and
 * dispatches to {@link ListWriteOps}, {@link ListIndexOps} and {@link ListSelectOps}.
 */
final class ListOps {
    private ListOps() {
    }

    /**
     * @param list the target list, or null when absent
     * @param topLevel whether the target is the bin itself
     * @param binAbsent whether the bin is missing (the target may then be created through a context)
     */
    static OpOutcome run(OpRequest req, MpList list, boolean topLevel, boolean binAbsent) throws CdtException {
        int code = req.code();
        if (list == null) {
            list = createFor(req, topLevel, binAbsent);
            if (list == null) {
                return OpOutcome.absent();
            }
        }
        switch (code) {
            case ListOpCodes.SET_TYPE:
                return ListWriteOps.setType(req, list, topLevel);
            case ListOpCodes.APPEND:
                return ListWriteOps.append(req, list);
            case ListOpCodes.APPEND_ITEMS:
                return ListWriteOps.appendItems(req, list);
            case ListOpCodes.INSERT:
                return ListWriteOps.insert(req, list);
            case ListOpCodes.INSERT_ITEMS:
                return ListWriteOps.insertItems(req, list);
            case ListOpCodes.SET:
                return ListWriteOps.set(req, list);
            case ListOpCodes.INCREMENT:
                return ListWriteOps.increment(req, list);
            case ListOpCodes.SORT:
                return ListWriteOps.sort(req, list);
            case ListOpCodes.CLEAR:
                list.items.clear();
                return OpOutcome.of(list, null);
            case ListOpCodes.POP:
            case ListOpCodes.REMOVE:
            case ListOpCodes.GET:
                return ListIndexOps.single(req, list);
            case ListOpCodes.POP_RANGE:
            case ListOpCodes.REMOVE_RANGE:
            case ListOpCodes.GET_RANGE:
            case ListOpCodes.TRIM:
                return ListIndexOps.range(req, list);
            case ListOpCodes.SIZE:
                return OpOutcome.of(list, Particle.ofLong(list.size()));
            default:
                return ListSelectOps.run(req, list);
        }
    }

    /**
     * The list an op creates on an absent target, or null when the op is a no-op there. SORT needs the bin: on a
     * missing bin it is a type error, on an element a create context would make it does nothing.
     */
    private static MpList createFor(OpRequest req, boolean topLevel, boolean binAbsent) throws CdtException {
        int persistMask = topLevel ? 0x11 : 0x01;
        switch (req.code()) {
            case ListOpCodes.SET_TYPE:
                return MpList.empty(ListWriteOps.validSetTypeFlags(req, topLevel));
            case ListOpCodes.APPEND:
            case ListOpCodes.APPEND_ITEMS:
                return MpList.empty((int) req.flags(1, 0) & persistMask);
            case ListOpCodes.INCREMENT:
                return MpList.empty((int) req.flags(2, 0) & persistMask);
            case ListOpCodes.INSERT:
            case ListOpCodes.INSERT_ITEMS:
            case ListOpCodes.SET:
                return MpList.empty(0);
            case ListOpCodes.SORT:
                if (binAbsent) {
                    throw new CdtException(ResultCodes.BIN_TYPE_ERROR, "SORT on an absent bin");
                }
                return null;
            default:
                return null;
        }
    }
}
