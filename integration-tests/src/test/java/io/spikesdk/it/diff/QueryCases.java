package io.spikesdk.it.diff;

import com.aerospike.client.cdt.ListOrder;
import com.aerospike.client.query.IndexCollectionType;
import com.aerospike.client.query.IndexType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Secondary-index queries over a fresh set of random records: an index of a random key type (numeric, string, blob)
 * and collection type (default, list, map keys, map values), on the set or the whole namespace, on a bin or a CDT
 * context, built over existing records or kept up by the writes; equality, range and contains filters mostly of the
 * index's definition, sometimes not (another type, collection or context: no index, 201), with or without a filter
 * expression, bin selection, no bin data, page sizes and partitions; no index at all, an index on a bin no record
 * has, a second index under the same name or with the same definition; and background jobs over a filter.
 */
final class QueryCases implements CaseGenerator {
    /** Where an index can look: a bin, its collection type and a context path into the bin. */
    private record Path(String bin, IndexCollectionType collection, List<CtxStep> ctx) {
    }

    private static final List<Path> PATHS = List.of(
            new Path("i", IndexCollectionType.DEFAULT, List.of()),
            new Path("i", IndexCollectionType.DEFAULT, List.of()),
            new Path("s", IndexCollectionType.DEFAULT, List.of()),
            new Path("x", IndexCollectionType.DEFAULT, List.of()),
            new Path("l", IndexCollectionType.LIST, List.of()),
            new Path("l", IndexCollectionType.LIST, List.of()),
            new Path("l", IndexCollectionType.DEFAULT, List.of(CtxStep.of("listIndex", 0))),
            new Path("l", IndexCollectionType.DEFAULT, List.of(CtxStep.of("listRank", -1))),
            new Path("m", IndexCollectionType.MAPKEYS, List.of()),
            new Path("m", IndexCollectionType.MAPVALUES, List.of()),
            new Path("m", IndexCollectionType.DEFAULT, List.of(CtxStep.of("mapKey", "a"))),
            new Path("n", IndexCollectionType.LIST, List.of(CtxStep.of("mapKey", "k"))),
            new Path("n", IndexCollectionType.MAPKEYS, List.of(CtxStep.of("mapKey", "j"))),
            new Path("n", IndexCollectionType.MAPVALUES, List.of(CtxStep.of("mapKey", "j"))),
            new Path("n", IndexCollectionType.DEFAULT, List.of(CtxStep.of("mapKey", "v"))),
            new Path("n", IndexCollectionType.DEFAULT, List.of(CtxStep.of("mapKey", "k"), CtxStep.of("listIndex", -1))),
            new Path("n", IndexCollectionType.MAPKEYS, List.of()),
            new Path("l", IndexCollectionType.MAPKEYS, List.of()),
            new Path("zz", IndexCollectionType.DEFAULT, List.of()),
            new Path("m", IndexCollectionType.DEFAULT, List.of(CtxStep.of("mapIndex", 0))),
            new Path("m", IndexCollectionType.DEFAULT, List.of(CtxStep.of("mapRank", -1))),
            new Path("m", IndexCollectionType.DEFAULT, List.of(CtxStep.of("mapValue", "a"))),
            new Path("l", IndexCollectionType.DEFAULT, List.of(CtxStep.of("listValue", 3L))),
            new Path("l", IndexCollectionType.DEFAULT, List.of(new CtxStep("listIndexCreate", 0, ListOrder.UNORDERED, false))),
            new Path("sixteen_chars_xx", IndexCollectionType.DEFAULT, List.of()));

    @Override
    public String category() {
        return "query";
    }

    @Override
    public Case generate(Gen outer) {
        Gen g = outer.fork();
        SetRecords data = SetRecords.random(g, "k");
        ExprGen exprs = new ExprGen(g);
        Path path = g.pick(PATHS);
        IndexType type = type(g);
        List<IndexSpec> indexes = new ArrayList<>();
        if (!g.chance(5)) {
            String name = g.chance(3) ? "a" + "x".repeat(63 - IndexSpec.PREFIX.length()) : "a";
            indexes.add(new IndexSpec(name, !g.chance(15), path.bin(), type, path.collection(), path.ctx()));
        }
        if (!indexes.isEmpty() && g.chance(10)) {
            Path other = g.pick(PATHS);
            IndexSpec first = indexes.get(0);
            indexes.add(switch (g.nextInt(3)) {
                case 0 -> new IndexSpec("a", first.onSet(), other.bin(), type(g), other.collection(), other.ctx());
                case 1 -> new IndexSpec("b", first.onSet(), first.bin(), first.type(), first.collection(), first.ctx());
                default -> first;
            });
        }
        Path filterPath = g.chance(85) ? path : g.pick(PATHS);
        IndexType filterType = g.chance(85) ? type : type(g);
        FilterSpec filter = g.chance(6) ? null : filter(g, filterPath, filterType, data);
        if (filter != null && g.chance(4)) {
            filter = filter.withoutCtx();
        }
        boolean indexFirst = g.chance(40);
        if (g.chance(12)) {
            return new Case(category() + ":execute", Setup.NONE, new ExecuteCall(data, indexes.isEmpty() ? null
                    : indexes.get(0), indexFirst, filter, ScanCases.ops(g), g.chance(30) ? exprs.bool(2) : null));
        }
        int maxRecords = g.chance(30) ? (g.chance(40) ? 1 : 1 + g.nextInt(5)) : 0;
        boolean paging = maxRecords > 0 && g.chance(70);
        List<Setup> updates = g.chance(25) ? SetRecords.randomUpdates(g, data.records().size()) : List.of();
        QueryCall call = new QueryCall(data, indexes, indexFirst, updates, filter, g.chance(15),
                PartitionChoice.random(g, data, 75), maxRecords, paging,
                ScanCases.comparableBins(ScanCases.bins(g), maxRecords, data), g.chance(10),
                g.chance(20) ? exprs.bool(2) : null, g.chance(15));
        return new Case(category() + ":" + (filter == null ? "none" : filter.kind()), Setup.NONE, call);
    }

    private static IndexType type(Gen g) {
        int p = g.nextInt(20);
        return p < 10 ? IndexType.NUMERIC : p < 17 ? IndexType.STRING : IndexType.BLOB;
    }

    private static FilterSpec filter(Gen g, Path path, IndexType type, SetRecords data) {
        boolean collection = path.collection() != IndexCollectionType.DEFAULT;
        if (type == IndexType.NUMERIC && g.chance(40)) {
            long begin;
            long end;
            if (g.chance(6)) {
                begin = Long.MIN_VALUE;
                end = g.chance(50) ? Long.MAX_VALUE : g.smallLong();
            } else {
                begin = g.smallLong() - 1;
                end = begin + g.nextInt(7) - 1;
            }
            return new FilterSpec(collection ? "rangeIn" : "range", path.bin(), path.collection(), begin, end, path.ctx());
        }
        List<Object> present = present(path, type, data);
        Object value = !present.isEmpty() && g.chance(60) ? g.pick(present) : switch (type) {
            case NUMERIC -> g.chance(5) ? Gen.EDGE_INTS[g.nextInt(Gen.EDGE_INTS.length)] : (Object) g.smallLong();
            case STRING -> g.pick(SetRecords.STRINGS);
            default -> g.pick(SetRecords.BLOBS).clone();
        };
        return new FilterSpec(collection ? "contains" : "equal", path.bin(), path.collection(), value, 0, path.ctx());
    }

    /** The values of the index's key type that the records hold at {@code path}, so that filters often match. */
    private static List<Object> present(Path path, IndexType type, SetRecords data) {
        List<Object> out = new ArrayList<>();
        for (Setup record : data.records()) {
            for (Setup.InitialBin bin : record.bins()) {
                if (!bin.name().equals(path.bin())) {
                    continue;
                }
                Object at = bin.value();
                for (CtxStep step : path.ctx()) {
                    at = step(at, step);
                }
                List<Object> candidates = new ArrayList<>();
                if (path.collection() == IndexCollectionType.DEFAULT) {
                    candidates.add(at);
                } else if (path.collection() == IndexCollectionType.LIST && at instanceof List<?> l) {
                    candidates.addAll(l);
                } else if (path.collection() == IndexCollectionType.MAPKEYS && at instanceof Map<?, ?> m) {
                    candidates.addAll(m.keySet());
                } else if (path.collection() == IndexCollectionType.MAPVALUES && at instanceof Map<?, ?> m) {
                    candidates.addAll(m.values());
                }
                for (Object v : candidates) {
                    if (type == IndexType.NUMERIC ? v instanceof Long : type == IndexType.STRING ? v instanceof String
                            : v instanceof byte[]) {
                        out.add(v instanceof byte[] b ? b.clone() : v);
                    }
                }
            }
        }
        return out;
    }

    private static Object step(Object at, CtxStep step) {
        if (step.kind().equals("mapKey") && at instanceof Map<?, ?> m) {
            return m.get(step.arg());
        }
        if (step.kind().equals("listIndex") && at instanceof List<?> l && !l.isEmpty()) {
            int i = (Integer) step.arg();
            return i >= 0 ? (i < l.size() ? l.get(i) : null) : (l.size() + i >= 0 ? l.get(l.size() + i) : null);
        }
        return null;
    }
}
