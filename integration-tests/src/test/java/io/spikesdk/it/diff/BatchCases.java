package io.spikesdk.it.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Batch calls of the official client over one to eight keys (duplicates and a key of namespace {@code bar} included),
 * each key starting missing or as a random record: get (all bins, named bins, header, exists), operate on keys,
 * delete, and mixed lists of read / write / delete / UDF rows with their own policies (exists action, generation,
 * expiration, sendKey, durableDelete, filter), under a batch policy with or without respondAllKeys and a filter.
 */
final class BatchCases implements CaseGenerator {
    static final int MAX_KEYS = 8;

    @Override
    public String category() {
        return "batch";
    }

    @Override
    public Case generate(Gen g) {
        int distinct = 1 + g.nextInt(MAX_KEYS);
        List<Setup> setups = new ArrayList<>();
        for (int i = 0; i < distinct; i++) {
            setups.add(RecordCases.randomRecord(g));
        }
        int n = 1 + g.nextInt(MAX_KEYS);
        List<Integer> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            keys.add(g.chance(8) ? BatchCall.OTHER_NAMESPACE : g.chance(15) && !keys.isEmpty() ? g.pick(keys)
                    : g.nextInt(distinct));
        }
        ExprGen exprs = new ExprGen(g);
        Expr filter = g.chance(15) ? exprs.bool(2) : null;
        boolean respondAllKeys = !g.chance(25);
        String kind = g.pick(BatchCall.KINDS);
        List<BatchCall.Row> rows = new ArrayList<>();
        if (kind.equals("operate")) {
            for (int key : keys) {
                rows.add(row(g, exprs, key));
            }
        }
        List<Op> ops = new ArrayList<>();
        if (kind.equals("operateKeys") || kind.equals("getOps")) {
            int count = 1 + g.nextInt(3);
            for (int i = 0; i < count; i++) {
                Op op = RecordCases.op(g);
                if (kind.equals("getOps") && !isRead(op)) {
                    op = new Op("", "get", op.bin(), List.of(), List.of(),
                            (b, x, c) -> com.aerospike.client.Operation.get(b));
                }
                ops.add(op);
            }
        }
        WriteSpec policy = kind.equals("operateKeys") || kind.equals("delete") ? RecordCases.policy(g, exprs)
                : WriteSpec.DEFAULT;
        BatchCall call = new BatchCall(kind, setups, keys, rows, ops, policy, respondAllKeys, filter);
        return new Case(category() + ":" + kind, Setup.NONE, call);
    }

    private static boolean isRead(Op op) {
        return op.name().equals("get") || op.name().equals("getHeader") || op.name().equals("size");
    }

    private static BatchCall.Row row(Gen g, ExprGen exprs, int key) {
        String type = g.pick(BatchCall.ROW_TYPES);
        List<Op> ops = new ArrayList<>();
        if (type.equals("write") || type.equals("readOps")) {
            int count = 1 + g.nextInt(3);
            for (int i = 0; i < count; i++) {
                Op op = RecordCases.op(g);
                ops.add(type.equals("readOps") && !isRead(op) ? new Op("", "get", "a", List.of(), List.of(),
                        (b, x, c) -> com.aerospike.client.Operation.get(b)) : op);
            }
        }
        WriteSpec policy = type.equals("write") || type.equals("delete") || type.equals("udf")
                ? RecordCases.policy(g, exprs) : WriteSpec.DEFAULT;
        return new BatchCall.Row(type, key, ops, policy, List.of("a", "s"));
    }
}
