package io.spikesdk.testkit.internal.cdt;

import java.util.ArrayList;
import java.util.List;

/**
 * Map ops that write entries: ADD/PUT/REPLACE (single and *_ITEMS) with write flags CREATE_ONLY, UPDATE_ONLY,
 * NO_FAIL and PARTIAL, INCREMENT/DECREMENT and SET_TYPE (docs/cdt-and-expressions.md §3.1, docs/embedded-server.md C3,
 * C-5.4).
 */
final class MapWriteOps {
    private MapWriteOps() {
    }

    /** SET_TYPE flags: bits 0x01, 0x02 and 0x10 are accepted (0x02 alone too, as observed); persist is top-level only. */
    static int validSetTypeFlags(OpRequest req, boolean topLevel) throws CdtException {
        long f = req.index(0);
        if ((f & ~0x13L) != 0) {
            throw CdtException.notApplicable("invalid map SET_TYPE flags " + f);
        }
        return (int) f & (topLevel ? 0x13 : 0x03);
    }

    /** ADD, PUT and REPLACE of one key; answers the map size. */
    static OpOutcome put(OpRequest req, MpMap map) throws CdtException {
        Element key = req.payload(0);
        StorageRules.checkKey(key, ResultCodes.PARAMETER_ERROR);
        Element value = req.storable(1);
        WriteFlags wf = flagsOf(req);
        boolean exists = map.find(key) >= 0;
        int violation = violation(exists, wf);
        if (violation != ResultCodes.OK) {
            if (wf.noFail()) {
                return OpOutcome.unwritten(map, Particle.ofLong(map.size()));
            }
            throw new CdtException(violation, "map write flags violated");
        }
        map.put(key, value);
        return size(map);
    }

    /**
     * ADD_ITEMS, PUT_ITEMS and REPLACE_ITEMS. The first violating item fails the op; NO_FAIL makes the whole op a
     * no-op; NO_FAIL|PARTIAL skips offenders, except on an empty map where every item is written (C3 quirk).
     */
    static OpOutcome putItems(OpRequest req, MpMap map) throws CdtException {
        MpMap items = (MpMap) StorageRules.storable(new MpMap(0, req.map(0).entries), ResultCodes.PARAMETER_ERROR);
        List<MapEntry> sorted = items.entries;
        WriteFlags wf = flagsOf(req);
        if (wf.noFail() && wf.partial() && map.size() == 0) {
            writeAll(map, sorted);
            return size(map);
        }
        List<MapEntry> accepted = new ArrayList<>();
        for (MapEntry e : sorted) {
            int violation = violation(map.find(e.key) >= 0, wf);
            if (violation == ResultCodes.OK) {
                accepted.add(e);
            } else if (!wf.noFail()) {
                throw new CdtException(violation, "map write flags violated");
            } else if (!wf.partial()) {
                return OpOutcome.unwritten(map, Particle.ofLong(map.size()));
            }
        }
        writeAll(map, accepted);
        return size(map);
    }

    /** INCREMENT / DECREMENT: write flags do not apply; a missing key starts at 0. Answers the new value. */
    static OpOutcome increment(OpRequest req, MpMap map) throws CdtException {
        Element key = req.payload(0);
        StorageRules.checkKey(key, ResultCodes.PARAMETER_ERROR);
        Element delta = req.has(1) ? req.payload(1) : null;
        req.flags(2, 0); // the order attribute only matters when MapOps creates the map; type-checked here
        int at = map.find(key);
        Element current = at >= 0 ? map.entries.get(at).value : null;
        Element next = Arithmetic.add(current, delta, req.code() == MapOpCodes.DECREMENT);
        map.put(key, next);
        return OpOutcome.of(map, ParticleConverter.of(next));
    }

    /** The effective write flags: ADD is create-only, REPLACE update-only, PUT takes its flags argument. */
    private static WriteFlags flagsOf(OpRequest req) throws CdtException {
        switch (req.code()) {
            case MapOpCodes.ADD:
                req.flags(2, 0);
                return new WriteFlags(WriteFlags.MAP_CREATE_ONLY);
            case MapOpCodes.ADD_ITEMS:
                req.flags(1, 0);
                return new WriteFlags(WriteFlags.MAP_CREATE_ONLY);
            case MapOpCodes.REPLACE:
            case MapOpCodes.REPLACE_ITEMS:
                return new WriteFlags(WriteFlags.MAP_UPDATE_ONLY);
            case MapOpCodes.PUT:
                req.flags(2, 0);
                return new WriteFlags(req.flags(3, 0));
            default:
                req.flags(1, 0);
                return new WriteFlags(req.flags(2, 0));
        }
    }

    private static int violation(boolean exists, WriteFlags wf) {
        if (exists && wf.has(WriteFlags.MAP_CREATE_ONLY)) {
            return ResultCodes.ELEMENT_EXISTS;
        }
        if (!exists && wf.has(WriteFlags.MAP_UPDATE_ONLY)) {
            return ResultCodes.ELEMENT_NOT_FOUND;
        }
        return ResultCodes.OK;
    }

    private static void writeAll(MpMap map, List<MapEntry> entries) {
        for (MapEntry e : entries) {
            map.put(e.key, e.value);
        }
    }

    private static OpOutcome size(MpMap map) {
        return OpOutcome.of(map, Particle.ofLong(map.size()));
    }
}
