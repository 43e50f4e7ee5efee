package io.spikesdk.it.batch;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.BatchDelete;
import com.aerospike.client.BatchRead;
import com.aerospike.client.BatchRecord;
import com.aerospike.client.BatchResults;
import com.aerospike.client.BatchWrite;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.Record;
import com.aerospike.client.Value;
import com.aerospike.client.cdt.ListOperation;
import com.aerospike.client.exp.Exp;
import com.aerospike.client.policy.BatchPolicy;
import com.aerospike.client.policy.BatchWritePolicy;
import com.aerospike.client.policy.GenerationPolicy;
import com.aerospike.client.policy.RecordExistsAction;
import io.spikesdk.it.TestTarget;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Batch calls of the official client, each on its own set, whose outcome is rendered as text (per key: result code,
 * bins, generation; void times left out): {@link BatchTest} checks the texts, {@link BatchClusterTest} checks that a
 * 3-node cluster gives the same texts as one node.
 */
final class BatchScenarios {
    static final String NS = TestTarget.NAMESPACE;
    static final String OTHER_NS = "bar";

    private BatchScenarios() {
    }

    /** Scenario name → the call, given a client and a set name of its own. */
    static Map<String, BiFunction<AerospikeClient, String, String>> all() {
        Map<String, BiFunction<AerospikeClient, String, String>> m = new TreeMap<>();
        m.put("get", BatchScenarios::getAll);
        m.put("getBins", BatchScenarios::getBins);
        m.put("getHeader", BatchScenarios::getHeader);
        m.put("exists", BatchScenarios::exists);
        m.put("batchReadOps", BatchScenarios::batchReadOps);
        m.put("mixed", BatchScenarios::mixed);
        m.put("operateKeys", BatchScenarios::operateKeys);
        m.put("deleteKeys", BatchScenarios::deleteKeys);
        m.put("mixedNamespaces", BatchScenarios::mixedNamespaces);
        m.put("duplicateKeys", BatchScenarios::duplicateKeys);
        m.put("filter", BatchScenarios::filter);
        m.put("generation", BatchScenarios::generation);
        m.put("respondAllKeysFalse", BatchScenarios::respondAllKeysFalse);
        m.put("large", BatchScenarios::large);
        m.put("udf", BatchScenarios::udf);
        m.put("unknownNamespace", BatchScenarios::unknownNamespace);
        m.put("empty", BatchScenarios::empty);
        m.put("binsAndHeaderInOneBatch", BatchScenarios::binsAndHeaderInOneBatch);
        return m;
    }

    /** Keys 0..n-1 of {@code set}; the even ones written with bins a = i, b = "s" + i. */
    static Key[] seed(AerospikeClient client, String set, int n) {
        Key[] keys = new Key[n];
        for (int i = 0; i < n; i++) {
            keys[i] = new Key(NS, set, i);
            client.delete(null, keys[i]);
            if (i % 2 == 0) {
                client.put(null, keys[i], new Bin("a", i), new Bin("b", "s" + i));
            }
        }
        return keys;
    }

    static String getAll(AerospikeClient client, String set) {
        return records(client.get(null, seed(client, set, 6)));
    }

    static String getBins(AerospikeClient client, String set) {
        return records(client.get(null, seed(client, set, 6), "b", "nosuch"));
    }

    static String getHeader(AerospikeClient client, String set) {
        return records(client.getHeader(null, seed(client, set, 6)));
    }

    static String exists(AerospikeClient client, String set) {
        return Arrays.toString(client.exists(null, seed(client, set, 6)));
    }

    static String batchReadOps(AerospikeClient client, String set) {
        Key[] keys = seed(client, set, 4);
        List<BatchRead> reads = List.of(new BatchRead(keys[0], true), new BatchRead(keys[1], true),
                new BatchRead(keys[2], new String[] {"a"}), new BatchRead(keys[0], false),
                new BatchRead(keys[2], new Operation[] {Operation.get("b"), Operation.get("a")}));
        client.get(null, reads);
        return batchRecords(new ArrayList<>(reads));
    }

    static String mixed(AerospikeClient client, String set) {
        Key[] keys = seed(client, set, 6);
        BatchWritePolicy createOnly = new BatchWritePolicy();
        createOnly.recordExistsAction = RecordExistsAction.CREATE_ONLY;
        BatchWritePolicy updateOnly = new BatchWritePolicy();
        updateOnly.recordExistsAction = RecordExistsAction.UPDATE_ONLY;
        List<BatchRecord> batch = List.of(
                new BatchWrite(keys[0], new Operation[] {Operation.add(new Bin("a", 10)), Operation.get("a")}),
                new BatchRead(keys[0], true),
                new BatchDelete(keys[2]),
                new BatchRead(keys[2], true),
                new BatchWrite(createOnly, keys[4], new Operation[] {Operation.put(new Bin("c", 1))}),
                new BatchWrite(updateOnly, keys[1], new Operation[] {Operation.put(new Bin("c", 1))}),
                new BatchWrite(keys[3], new Operation[] {Operation.put(new Bin("c", 3)),
                    ListOperation.append("l", Value.get(7)), Operation.get()}),
                new BatchDelete(keys[5]));
        boolean ok = client.operate(null, new ArrayList<>(batch));
        return "ok=" + ok + " " + batchRecords(batch) + " after=" + records(client.get(null, keys));
    }

    static String operateKeys(AerospikeClient client, String set) {
        Key[] keys = seed(client, set, 4);
        BatchResults r = client.operate(null, null, keys, Operation.add(new Bin("a", 1)), Operation.get("a"));
        return "status=" + r.status + " " + batchRecords(Arrays.asList(r.records)) + " readOps="
                + records(client.get(null, keys, Operation.get("a"), ListOperation.size("nolist")));
    }

    static String deleteKeys(AerospikeClient client, String set) {
        Key[] keys = seed(client, set, 4);
        BatchResults r = client.delete(null, null, keys);
        return "status=" + r.status + " " + batchRecords(Arrays.asList(r.records)) + " after="
                + Arrays.toString(client.exists(null, keys));
    }

    static String mixedNamespaces(AerospikeClient client, String set) {
        Key[] keys = seed(client, set, 2);
        Key other = new Key(OTHER_NS, set, 0);
        client.delete(null, other);
        client.put(null, other, new Bin("x", "bar"));
        Key otherMissing = new Key(OTHER_NS, set, 1);
        client.delete(null, otherMissing);
        return records(client.get(null, new Key[] {keys[0], other, keys[1], otherMissing}));
    }

    static String duplicateKeys(AerospikeClient client, String set) {
        Key[] keys = seed(client, set, 2);
        String reads = records(client.get(null, new Key[] {keys[0], keys[1], keys[0], keys[0]}));
        BatchResults writes = client.operate(null, null, new Key[] {keys[0], keys[0], keys[1]},
                Operation.add(new Bin("a", 1)), Operation.get("a"));
        return reads + " writes=" + batchRecords(Arrays.asList(writes.records));
    }

    static String filter(AerospikeClient client, String set) {
        Key[] keys = seed(client, set, 8);
        BatchPolicy policy = new BatchPolicy();
        policy.filterExp = Exp.build(Exp.ge(Exp.intBin("a"), Exp.val(4)));
        String reads = records(client.get(policy, keys));
        BatchWritePolicy rowFilter = new BatchWritePolicy();
        rowFilter.filterExp = Exp.build(Exp.eq(Exp.intBin("a"), Exp.val(2)));
        List<BatchRecord> rows = List.of(new BatchWrite(rowFilter, keys[0], new Operation[] {Operation.put(new Bin("f", 1))}),
                new BatchWrite(rowFilter, keys[2], new Operation[] {Operation.put(new Bin("f", 1))}),
                new BatchRead(keys[4], true));
        client.operate(policy, new ArrayList<>(rows));
        return reads + " rows=" + batchRecords(rows);
    }

    static String generation(AerospikeClient client, String set) {
        Key[] keys = seed(client, set, 4);
        BatchWritePolicy expectGen1 = new BatchWritePolicy();
        expectGen1.generationPolicy = GenerationPolicy.EXPECT_GEN_EQUAL;
        expectGen1.generation = 1;
        client.put(null, keys[2], new Bin("a", 99));
        BatchResults r = client.operate(null, expectGen1, keys, Operation.put(new Bin("g", 1)));
        return "status=" + r.status + " " + batchRecords(Arrays.asList(r.records));
    }

    static String respondAllKeysFalse(AerospikeClient client, String set) {
        Key[] keys = seed(client, set, 6);
        BatchPolicy policy = new BatchPolicy();
        policy.respondAllKeys = false;
        BatchWritePolicy createOnly = new BatchWritePolicy();
        createOnly.recordExistsAction = RecordExistsAction.CREATE_ONLY;
        String outcome;
        try {
            BatchResults r = client.operate(policy, createOnly, keys, Operation.put(new Bin("n", 1)));
            outcome = "status=" + r.status + " " + batchRecords(Arrays.asList(r.records));
        } catch (AerospikeException e) {
            outcome = "rc" + e.getResultCode();
        }
        String reads;
        try {
            reads = records(client.get(policy, keys));
        } catch (AerospikeException e) {
            reads = "rc" + e.getResultCode();
        }
        return outcome + " reads=" + reads;
    }

    static String large(AerospikeClient client, String set) {
        int n = 5_000;
        Key[] keys = new Key[n];
        for (int i = 0; i < n; i++) {
            keys[i] = new Key(NS, set, i);
        }
        BatchResults w = client.operate(null, null, keys, Operation.put(new Bin("i", n)), Operation.add(new Bin("c", 1)));
        Record[] records = client.get(null, keys);
        long sum = 0;
        int found = 0;
        for (Record r : records) {
            if (r != null) {
                found++;
                sum += r.getInt("c");
            }
        }
        client.delete(null, null, keys);
        int left = 0;
        for (boolean exists : client.exists(null, keys)) {
            left += exists ? 1 : 0;
        }
        return "status=" + w.status + " found=" + found + " sum=" + sum + " afterDelete=" + left;
    }

    /** A UDF row naming a module the server does not have, between two reads. */
    static String udf(AerospikeClient client, String set) {
        Key[] keys = seed(client, set, 3);
        BatchResults r = client.execute(null, null, keys, "no_such_module", "fn", Value.get(1));
        List<BatchRecord> mixed = List.of(new BatchRead(keys[0], true),
                new com.aerospike.client.BatchUDF(keys[1], "no_such_module", "fn", new Value[] {Value.get(1)}),
                new BatchRead(keys[2], true));
        boolean ok = client.operate(null, new ArrayList<>(mixed));
        return "status=" + r.status + " " + batchRecords(Arrays.asList(r.records)) + " mixed ok=" + ok + " "
                + batchRecords(mixed);
    }

    /** Keys of a namespace the server does not have, alone and beside known ones. */
    static String unknownNamespace(AerospikeClient client, String set) {
        Key[] keys = seed(client, set, 2);
        Key unknown = new Key("no_such_ns", set, 1);
        String alone;
        try {
            alone = records(client.get(null, new Key[] {unknown, new Key("no_such_ns", set, 2)}));
        } catch (AerospikeException e) {
            alone = "rc" + e.getResultCode();
        }
        List<BatchRecord> rows = List.of(new BatchRead(keys[0], true), new BatchRead(unknown, true),
                new BatchRead(keys[1], true));
        String mixed;
        try {
            mixed = "ok=" + client.operate(null, new ArrayList<>(rows)) + " " + batchRecords(rows);
        } catch (AerospikeException e) {
            mixed = "rc" + e.getResultCode();
        }
        return "alone=" + alone + " mixed=" + mixed;
    }

    static String empty(AerospikeClient client, String set) {
        return records(client.get(null, new Key[0])) + " " + Arrays.toString(client.exists(null, new Key[0]))
                + " ok=" + client.operate(null, new ArrayList<>());
    }

    /** Rows of different kinds for the same keys: all bins, named bins, header only, read ops. */
    static String binsAndHeaderInOneBatch(AerospikeClient client, String set) {
        Key[] keys = seed(client, set, 2);
        List<BatchRead> reads = List.of(new BatchRead(keys[0], new String[] {"b"}), new BatchRead(keys[0], false),
                new BatchRead(keys[1], false), new BatchRead(keys[0], new Operation[] {Operation.getHeader()}),
                new BatchRead(keys[0], true));
        client.get(null, reads);
        return batchRecords(new ArrayList<>(reads));
    }

    static String records(Record[] records) {
        StringBuilder sb = new StringBuilder("[");
        for (Record r : records) {
            sb.append(record(r)).append(' ');
        }
        return sb.append(']').toString();
    }

    static String record(Record r) {
        return r == null ? "null" : "{" + new TreeMap<>(r.bins == null ? Map.of() : r.bins) + " gen=" + r.generation + "}";
    }

    static String batchRecords(List<? extends BatchRecord> rows) {
        StringBuilder sb = new StringBuilder("[");
        for (BatchRecord b : rows) {
            sb.append("rc=").append(b.resultCode).append(b.inDoubt ? " inDoubt" : "").append(' ')
                    .append(record(b.record)).append("; ");
        }
        return sb.append(']').toString();
    }
}
