package io.spikesdk.it.diff;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.BatchDelete;
import com.aerospike.client.BatchRead;
import com.aerospike.client.BatchRecord;
import com.aerospike.client.BatchResults;
import com.aerospike.client.BatchUDF;
import com.aerospike.client.BatchWrite;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.Record;
import com.aerospike.client.Value;
import com.aerospike.client.policy.BatchDeletePolicy;
import com.aerospike.client.policy.BatchPolicy;
import com.aerospike.client.policy.BatchUDFPolicy;
import com.aerospike.client.policy.BatchWritePolicy;

import java.util.ArrayList;
import java.util.List;

/**
 * One batch call as data. Its keys are derived from the case key (same set, user key + "#i"; index
 * {@link #OTHER_NAMESPACE} is a key of namespace {@code bar}); the call writes their starting records, runs, reads
 * every key back and deletes them, and returns all of it as text (void times left out: they are compared elsewhere).
 */
record BatchCall(String kind, List<Setup> setups, List<Integer> keys, List<Row> rows, List<Op> ops, WriteSpec policy,
                 boolean respondAllKeys, Expr filter) implements Command {
    static final int OTHER_NAMESPACE = -1;
    static final List<String> KINDS = List.of("get", "getBins", "getHeader", "exists", "getOps", "operate", "operate",
            "operate", "operateKeys", "delete");
    static final String[] ROW_TYPES = {"read", "readBins", "header", "readOps", "write", "write", "delete", "udf"};

    /** One row of an operate list. */
    record Row(String type, int key, List<Op> ops, WriteSpec policy, List<String> bins) {
        BatchRecord build(Key k) {
            return switch (type) {
                case "read" -> new BatchRead(k, true);
                case "readBins" -> new BatchRead(k, bins.toArray(String[]::new));
                case "header" -> new BatchRead(k, false);
                case "readOps" -> new BatchRead(k, ops.stream().map(Op::build).toArray(Operation[]::new));
                case "write" -> new BatchWrite(writePolicy(policy), k, ops.stream().map(Op::build).toArray(Operation[]::new));
                case "delete" -> new BatchDelete(deletePolicy(policy), k);
                case "udf" -> new BatchUDF(udfPolicy(policy), k, "no_such_module", "fn", new Value[] {Value.get(1)});
                default -> throw new IllegalStateException(type);
            };
        }

        @Override
        public String toString() {
            String p = policy.toString();
            return type + "#" + key + (ops.isEmpty() ? "" : ops.toString()) + (p.isEmpty() ? "" : "{" + p + "}");
        }
    }

    @Override
    public Object execute(AerospikeClient client, Key key) {
        List<Key> derived = new ArrayList<>();
        for (int i = 0; i < setups.size(); i++) {
            derived.add(new Key(key.namespace, key.setName, key.userKey.toString() + "#" + i));
        }
        Key other = new Key("bar", key.setName, key.userKey.toString() + "#bar");
        clean(client, derived, other);
        for (int i = 0; i < setups.size(); i++) {
            setups.get(i).apply(client, derived.get(i));
        }
        Key[] batchKeys = keys.stream().map(i -> i == OTHER_NAMESPACE ? other : derived.get(i)).toArray(Key[]::new);
        StringBuilder out = new StringBuilder();
        try {
            out.append(run(client, batchKeys));
        } catch (AerospikeException e) {
            out.append("rc").append(e.getResultCode());
        }
        out.append(" | after:");
        for (Key k : derived) {
            out.append(' ').append(show(client.get(null, k)));
        }
        clean(client, derived, other);
        return out.toString();
    }

    private String run(AerospikeClient client, Key[] k) {
        BatchPolicy bp = new BatchPolicy();
        WriteSpec.timeouts(bp);
        bp.respondAllKeys = respondAllKeys;
        bp.filterExp = filter == null ? null : filter.build();
        return switch (kind) {
            case "get" -> records(client.get(bp, k));
            case "getBins" -> records(client.get(bp, k, "a", "s"));
            case "getHeader" -> records(client.getHeader(bp, k));
            case "exists" -> java.util.Arrays.toString(client.exists(bp, k));
            case "getOps" -> records(client.get(bp, k, ops.stream().map(Op::build).toArray(Operation[]::new)));
            case "operate" -> {
                List<BatchRecord> list = new ArrayList<>();
                for (int i = 0; i < rows.size(); i++) {
                    list.add(rows.get(i).build(k[i]));
                }
                boolean ok = client.operate(bp, list);
                yield "ok=" + ok + " " + batchRecords(list);
            }
            case "operateKeys" -> {
                BatchResults r = client.operate(bp, writePolicy(policy), k, ops.stream().map(Op::build).toArray(Operation[]::new));
                yield "status=" + r.status + " " + batchRecords(List.of(r.records));
            }
            case "delete" -> {
                BatchResults r = client.delete(bp, deletePolicy(policy), k);
                yield "status=" + r.status + " " + batchRecords(List.of(r.records));
            }
            default -> throw new IllegalStateException(kind);
        };
    }

    private static void clean(AerospikeClient client, List<Key> derived, Key other) {
        com.aerospike.client.policy.WritePolicy p = new com.aerospike.client.policy.WritePolicy();
        WriteSpec.timeouts(p);
        for (Key k : derived) {
            client.delete(p, k);
        }
        client.delete(p, other);
    }

    static BatchWritePolicy writePolicy(WriteSpec s) {
        BatchWritePolicy p = new BatchWritePolicy();
        p.recordExistsAction = s.exists();
        p.generationPolicy = s.genPolicy();
        p.generation = s.generation();
        p.expiration = s.expiration();
        p.sendKey = s.sendKey();
        p.durableDelete = s.durableDelete();
        p.filterExp = s.filter() == null ? null : s.filter().build();
        return p;
    }

    static BatchDeletePolicy deletePolicy(WriteSpec s) {
        BatchDeletePolicy p = new BatchDeletePolicy();
        p.generationPolicy = s.genPolicy();
        p.generation = s.generation();
        p.sendKey = s.sendKey();
        p.durableDelete = s.durableDelete();
        p.filterExp = s.filter() == null ? null : s.filter().build();
        return p;
    }

    static BatchUDFPolicy udfPolicy(WriteSpec s) {
        BatchUDFPolicy p = new BatchUDFPolicy();
        p.expiration = s.expiration();
        p.sendKey = s.sendKey();
        p.durableDelete = s.durableDelete();
        p.filterExp = s.filter() == null ? null : s.filter().build();
        return p;
    }

    private static String records(Record[] records) {
        StringBuilder sb = new StringBuilder("[");
        for (Record r : records) {
            sb.append(show(r)).append(' ');
        }
        return sb.append(']').toString();
    }

    private static String batchRecords(List<? extends BatchRecord> rows) {
        StringBuilder sb = new StringBuilder("[");
        for (BatchRecord b : rows) {
            sb.append(b.resultCode).append(b.inDoubt ? "?" : "").append(':').append(show(b.record)).append(' ');
        }
        return sb.append(']').toString();
    }

    private static String show(Record r) {
        return r == null ? "-" : "{" + (r.bins == null ? "" : Render.bins(r.bins)) + " g" + r.generation + "}";
    }

    @Override
    public List<Command> shrinks() {
        List<Command> out = new ArrayList<>();
        if (filter != null) {
            out.add(new BatchCall(kind, setups, keys, rows, ops, policy, respondAllKeys, null));
        }
        if (!respondAllKeys) {
            out.add(new BatchCall(kind, setups, keys, rows, ops, policy, true, filter));
        }
        for (int i = 0; i < keys.size() && keys.size() > 1; i++) {
            List<Integer> fewer = new ArrayList<>(keys);
            fewer.remove(i);
            List<Row> fewerRows = rows;
            if (!rows.isEmpty()) {
                fewerRows = new ArrayList<>(rows);
                fewerRows.remove(i);
            }
            out.add(new BatchCall(kind, setups, fewer, fewerRows, ops, policy, respondAllKeys, filter));
        }
        for (WriteSpec simpler : policy.shrinks()) {
            out.add(new BatchCall(kind, setups, keys, rows, ops, simpler, respondAllKeys, filter));
        }
        return out;
    }

    @Override
    public String signature() {
        if (kind.equals("operate")) {
            return "batch.operate" + rows.stream().map(Row::type).distinct().sorted().toList();
        }
        return "batch." + kind;
    }

    @Override
    public String toString() {
        return kind + "(keys=" + keys + (rows.isEmpty() ? "" : " rows=" + rows) + (ops.isEmpty() ? "" : " ops=" + ops)
                + (policy.toString().isEmpty() ? "" : " policy{" + policy + "}") + (respondAllKeys ? "" : " !respondAllKeys")
                + (filter == null ? "" : " filter=" + filter) + " setups=" + setups + ")";
    }
}
