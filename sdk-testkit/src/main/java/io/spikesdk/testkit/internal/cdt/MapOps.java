package io.spikesdk.testkit.internal.cdt;

/**
 * Entry point for map op codes 64..110: handles an absent target (create, no-op or ELEMENT_NOT_FOUND per op) and
 * dispatches to {@link MapWriteOps} and {@link MapSelectOps}.
 */
final class MapOps {
    private MapOps() {
    }

    static OpOutcome run(OpRequest req, MpMap map, boolean topLevel) throws CdtException {
        if (map == null) {
            map = createFor(req, topLevel);
            if (map == null) {
                return OpOutcome.absent();
            }
        }
        switch (req.code()) {
            case MapOpCodes.SET_TYPE:
                map.flags = MapWriteOps.validSetTypeFlags(req, topLevel);
                return OpOutcome.of(map, null);
            case MapOpCodes.ADD:
            case MapOpCodes.PUT:
            case MapOpCodes.REPLACE:
                return MapWriteOps.put(req, map);
            case MapOpCodes.ADD_ITEMS:
            case MapOpCodes.PUT_ITEMS:
            case MapOpCodes.REPLACE_ITEMS:
                return MapWriteOps.putItems(req, map);
            case MapOpCodes.INCREMENT:
            case MapOpCodes.DECREMENT:
                return MapWriteOps.increment(req, map);
            case MapOpCodes.CLEAR:
                map.entries.clear();
                return OpOutcome.of(map, null);
            case MapOpCodes.SIZE:
                return OpOutcome.of(map, Particle.ofLong(map.size()));
            default:
                return MapSelectOps.run(req, map);
        }
    }

    /** A map created by a write: the server has no persisted-index form of an unordered map (flags 0x10 give 0). */
    private static MpMap created(int flags) {
        return MpMap.empty(flags == MpMap.PERSIST_INDEX ? 0 : flags);
    }

    /** The map an op creates on an absent target, or null when the op is a no-op there. */
    private static MpMap createFor(OpRequest req, boolean topLevel) throws CdtException {
        int mask = topLevel ? 0x13 : 0x03;
        switch (req.code()) {
            case MapOpCodes.SET_TYPE:
                return MpMap.empty(MapWriteOps.validSetTypeFlags(req, topLevel));
            case MapOpCodes.ADD:
            case MapOpCodes.PUT:
                return created((int) req.flags(2, 0) & mask);
            case MapOpCodes.ADD_ITEMS:
            case MapOpCodes.PUT_ITEMS:
                return created((int) req.flags(1, 0) & mask);
            case MapOpCodes.INCREMENT:
            case MapOpCodes.DECREMENT:
                return created((int) req.flags(2, 0) & mask);
            case MapOpCodes.REPLACE:
                // the key and value are checked first (PARAMETER_ERROR), then the key is not found
                return MpMap.empty(0);
            case MapOpCodes.REPLACE_ITEMS:
                throw new CdtException(ResultCodes.ELEMENT_NOT_FOUND, "REPLACE_ITEMS on an absent map");
            default:
                return null;
        }
    }
}
