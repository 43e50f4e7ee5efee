package io.spikesdk.testkit.internal.cdt;

import java.util.Arrays;
import java.util.List;

/**
 * Server-side execution of every list and map (CDT) operation, byte-compatible with Aerospike CE 8.1
 * (docs/cdt-and-expressions.md §1–§6, as measured on a real server: docs/embedded-server.md §6). Stateless and
 * thread-safe: each call decodes the bin, applies the op and re-encodes it.
 */
public final class CdtEngine {
    /** AS_MSG op type of CDT reads. */
    public static final int CDT_READ = 3;
    /** AS_MSG op type of CDT modifies. */
    public static final int CDT_MODIFY = 4;
    /** Particle type of map bins. */
    public static final int MAP = Particle.MAP;
    /** Particle type of list bins. */
    public static final int LIST = Particle.LIST;

    private CdtEngine() {
    }

    /**
     * Executes one CDT op. Never throws: malformed input answers PARAMETER_ERROR (4); nil padding that could not
     * fit in a record answers RECORD_TOO_BIG (13).
     *
     * @param opCode   AS_MSG op type: 3 CDT_READ or 4 CDT_MODIFY
     * @param binType  particle type of the current bin (20 LIST, 19 MAP, anything else is a type error)
     * @param binValue current bin bytes (msgpack for LIST/MAP), or null when the bin is absent
     * @param opValue  the op value bytes as received: {@code [code, args...]}, the {@code 0xff} context envelope
     *                 or the legacy form (big-endian u16 code starting with {@code 00}, optional args array)
     */
    public static CdtResult execute(int opCode, int binType, byte[] binValue, byte[] opValue) {
        return execute(opCode, binType, binValue, opValue, PathExpressions.NONE);
    }

    /**
     * Executes one CDT op, including the path select / apply op {@code 0xfe} whose filter and modify expressions
     * {@code exps} compiles.
     */
    public static CdtResult execute(int opCode, int binType, byte[] binValue, byte[] opValue,
            PathExpressions exps) {
        try {
            return run(opCode, binType, binValue, opValue, exps);
        } catch (CdtException e) {
            return CdtResult.failure(e.resultCode(), binType, binValue);
        } catch (RuntimeException | StackOverflowError e) {
            return CdtResult.failure(ResultCodes.PARAMETER_ERROR, binType, binValue);
        }
    }

    private static CdtResult run(int opCode, int binType, byte[] binValue, byte[] opValue, PathExpressions exps)
            throws CdtException {
        OpRequest req = OpParser.parse(opValue);
        if (req.code() == PathRequest.OP_CODE && req.ctx().isEmpty()) {
            return PathOp.run(opCode == CDT_MODIFY, binType, binValue, req.args(), exps);
        }
        OpSpec spec = OpSpec.of(req.code());
        if ((opCode != CDT_READ && opCode != CDT_MODIFY) || spec.modify() != (opCode == CDT_MODIFY)) {
            throw CdtException.param("op type " + opCode + " does not match CDT op code " + req.code());
        }
        int args = req.args().size();
        if (args < spec.minArgs() || (spec.maxArgs() >= 0 && args > spec.maxArgs())) {
            throw CdtException.param("wrong argument count for CDT op " + req.code());
        }
        boolean absent = binValue == null;
        boolean hasCtx = !req.ctx().isEmpty();
        if (!absent && binType != LIST && binType != MAP) {
            throw new CdtException(hasCtx ? ResultCodes.PARAMETER_ERROR : ResultCodes.BIN_TYPE_ERROR,
                    "CDT op on a bin of particle type " + binType);
        }
        if (absent && !spec.modify()) {
            return CdtResult.success(false, binType, null, null);
        }
        Element root = absent ? null : decodeBin(binType, binValue);
        Slot.Root rootSlot = new Slot.Root(root);
        List<Slot> path = hasCtx ? ContextWalker.walk(rootSlot, req.ctx(), spec.modify()) : List.of(rootSlot);
        Slot target = path.get(path.size() - 1);
        Element current = target.get();
        if (current != null && (spec.map() ? !(current instanceof MpMap) : !(current instanceof MpList))) {
            throw new CdtException(ResultCodes.BIN_TYPE_ERROR, "CDT op family does not match the element");
        }
        OpOutcome out = spec.map()
                ? MapOps.run(req, (MpMap) current, target.topLevel())
                : ListOps.run(req, (MpList) current, target.topLevel(), absent);
        // a no-op under a context writes nothing, not even the containers the context was about to create
        if (!spec.modify() || out.target() == null || (hasCtx && out.unwritten())) {
            return CdtResult.success(false, binType, binValue, out.result());
        }
        target.put(out.target());
        for (int i = path.size() - 2; i >= 1; i--) {
            path.get(i).put(path.get(i).get());
        }
        Element newRoot = rootSlot.get();
        byte[] encoded = MsgpackWriter.encode(newRoot);
        int newType = newRoot instanceof MpMap ? MAP : LIST;
        boolean changed = absent || newType != binType || !Arrays.equals(encoded, binValue);
        return CdtResult.success(changed, newType, encoded, out.result());
    }

    static Element decodeBin(int binType, byte[] binValue) throws CdtException {
        Element e = MsgpackReader.readFully(binValue);
        if (binType == LIST ? !(e instanceof MpList) : !(e instanceof MpMap)) {
            throw CdtException.param("bin bytes do not hold a " + (binType == LIST ? "list" : "map"));
        }
        StorageRules.normalizeStored(e);
        return e;
    }

    /** A stored list or map bin decoded, or null when the bin is neither or does not decode. */
    public static Element decodeContainer(int binType, byte[] binValue) {
        if (binType != LIST && binType != MAP) {
            return null;
        }
        try {
            return decodeBin(binType, binValue);
        } catch (CdtException e) {
            return null;
        }
    }

    /**
     * The entries of a CDT context as a secondary index or a query names it ({@code [id, value, ...]} with ids of
     * the read kinds: index, rank, key, value, optionally marked list or map), or null when it is not one.
     */
    public static List<Element> parseContext(byte[] ctx) {
        try {
            if (!(MsgpackReader.readFully(ctx) instanceof MpList l) || l.size() == 0 || l.size() % 2 != 0) {
                return null;
            }
            for (int i = 0; i < l.size(); i += 2) {
                if (!(l.items.get(i) instanceof MpInt id) || id.negative() || (id.value() & ~0x3fL) != 0
                        || (id.value() & 0x0f) > 3 || (id.value() & 0x30) == 0x30) {
                    return null;
                }
            }
            return List.copyOf(l.items);
        } catch (CdtException e) {
            return null;
        }
    }

    /** The element a context leads to inside a list or map bin, read-only, or null when it leads nowhere. */
    public static Element atContext(int binType, byte[] binValue, List<Element> ctx) {
        Element root = decodeContainer(binType, binValue);
        if (root == null) {
            return null;
        }
        try {
            List<Slot> path = ContextWalker.walk(new Slot.Root(root), ctx, false);
            return path.get(path.size() - 1).get();
        } catch (CdtException e) {
            return null;
        }
    }

    /**
     * The bytes a plain READ of a stored list/map bin returns: the persist-index flag (0x10) is stripped, so an
     * ext header carrying only that flag disappears. Other particle types are returned unchanged.
     */
    public static byte[] readView(int binType, byte[] stored) {
        if (stored == null || (binType != LIST && binType != MAP)) {
            return stored;
        }
        try {
            Element e = MsgpackReader.readFully(stored);
            MsgpackWriter w = new MsgpackWriter();
            if (e instanceof MpList l) {
                w.list(l, l.flags & ~MpList.PERSIST_INDEX);
            } else if (e instanceof MpMap m) {
                w.map(m, m.flags & ~MpMap.PERSIST_INDEX);
            } else {
                return stored;
            }
            return w.toBytes();
        } catch (CdtException e) {
            return stored;
        }
    }

    /**
     * Validates and canonicalises a list/map value arriving in a plain WRITE op, as the server does before storing
     * it: maps sorted by key, integers re-encoded in shortest form. Invalid keys (double, bool, list, ...),
     * duplicate keys, unsorted key-ordered maps, unsorted ordered lists and WILDCARD/INFINITY give result code 1
     * (docs/embedded-server.md C-1.3, C13).
     *
     * @return a result whose {@code resultCode} is 0 with {@code newBinValue} holding the bytes to store, or 1
     */
    public static CdtResult prepareWrite(int binType, byte[] value) {
        try {
            Element e = MsgpackReader.readFully(value);
            if (binType == LIST ? !(e instanceof MpList) : !(e instanceof MpMap)) {
                return CdtResult.failure(ResultCodes.SERVER_ERROR, binType, value);
            }
            StorageRules.storable(e, ResultCodes.SERVER_ERROR);
            byte[] encoded = MsgpackWriter.encode(e);
            return CdtResult.success(!Arrays.equals(encoded, value), binType, encoded, null);
        } catch (CdtException | RuntimeException | StackOverflowError e) {
            return CdtResult.failure(ResultCodes.SERVER_ERROR, binType, value);
        }
    }
}
