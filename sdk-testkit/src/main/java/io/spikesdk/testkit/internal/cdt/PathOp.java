package io.spikesdk.testkit.internal.cdt;

import java.util.Arrays;
import java.util.List;

/**
 * The path select / apply CDT op ({@code 0xfe}): checks the bin, parses the request and runs a {@link PathWalker}.
 * A select answers the matching tree (a list or map like the bin) or a flat list; an apply rewrites the bin and
 * answers nothing.
 */
final class PathOp {
    private PathOp() {
    }

    static CdtResult run(boolean modifyOp, int binType, byte[] binValue, List<Element> args, PathExpressions exps)
            throws CdtException {
        if (binValue == null && !modifyOp) {
            return CdtResult.success(false, binType, null, null);
        }
        if (binValue == null || (binType != CdtEngine.LIST && binType != CdtEngine.MAP)) {
            throw new CdtException(ResultCodes.BIN_TYPE_ERROR, "path select on a bin that is not a list or map");
        }
        PathRequest req = PathRequest.parse(args, modifyOp, exps);
        Element root = CdtEngine.decodeBin(binType, binValue);
        PathWalker walker = new PathWalker(req);
        if (req.type() != PathRequest.APPLY) {
            Element out = walker.select(root);
            int type = req.type() == PathRequest.TREE ? binType : CdtEngine.LIST;
            return CdtResult.success(false, binType, binValue, new Particle(type, MsgpackWriter.encode(out)));
        }
        walker.apply(root);
        byte[] encoded = MsgpackWriter.encode(root);
        return CdtResult.success(!Arrays.equals(encoded, binValue), binType, encoded, null);
    }
}
