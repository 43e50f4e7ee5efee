package io.spikesdk.it.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Scans of a fresh set of random records (none, a few crowded into some partitions, or spread out): all partitions,
 * one, a range, or one resumed after a digest; whole, with a page size of 1 to 5 in one call or paged through a
 * PartitionFilter; bin selections, no bin data, filter expressions, a set never written; and background jobs over the
 * set (write operations, an optional filter expression) read back afterwards.
 */
final class ScanCases implements CaseGenerator {
    @Override
    public String category() {
        return "scan";
    }

    @Override
    public Case generate(Gen outer) {
        Gen g = outer.fork();
        SetRecords data = SetRecords.random(g, "k");
        ExprGen exprs = new ExprGen(g);
        if (g.chance(15)) {
            return new Case(category() + ":execute", Setup.NONE, new ExecuteCall(data, null, false, null, ops(g),
                    g.chance(30) ? exprs.bool(2) : null));
        }
        int maxRecords = g.chance(40) ? (g.chance(40) ? 1 : 1 + g.nextInt(5)) : 0;
        boolean paging = maxRecords > 0 && g.chance(70);
        ScanCall call = new ScanCall(data, g.chance(5), PartitionChoice.random(g, data, 50), maxRecords, paging,
                comparableBins(bins(g), maxRecords, data), g.chance(10), g.chance(25) ? exprs.bool(2) : null);
        return new Case(category() + ":" + call.partitions().kind(), Setup.NONE, call);
    }

    static List<Op> ops(Gen g) {
        List<Op> ops = new ArrayList<>();
        int n = 1 + g.nextInt(3);
        for (int i = 0; i < n; i++) {
            ops.add(ExecuteCall.op(g));
        }
        return ops;
    }

    /** The bin selection, unless a page size makes it incomparable (see {@link SetRecords#everyRecordHasOneOf}). */
    static List<String> comparableBins(List<String> bins, int maxRecords, SetRecords data) {
        return bins == null || maxRecords == 0 || data.everyRecordHasOneOf(bins) ? bins : null;
    }

    /** Null (all bins) mostly, else one to three bin names, maybe one no record has. */
    static List<String> bins(Gen g) {
        if (!g.chance(20)) {
            return null;
        }
        List<String> out = new ArrayList<>();
        int n = 1 + g.nextInt(3);
        for (int i = 0; i < n; i++) {
            String bin = g.chance(10) ? "nope" : g.pick(SetRecords.BINS);
            if (!out.contains(bin)) {
                out.add(bin);
            }
        }
        return out;
    }
}
