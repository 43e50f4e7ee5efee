package io.spikesdk.it.batch;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.BatchDelete;
import io.spikesdk.api.BatchPolicy;
import io.spikesdk.api.BatchRead;
import io.spikesdk.api.BatchRecord;
import io.spikesdk.api.BatchUDF;
import io.spikesdk.api.BatchWrite;
import io.spikesdk.api.BatchWritePolicy;
import io.spikesdk.api.Bin;
import io.spikesdk.api.GenerationPolicy;
import io.spikesdk.api.Key;
import io.spikesdk.api.Operations;
import io.spikesdk.api.Record;
import io.spikesdk.api.RecordExistsAction;
import io.spikesdk.api.Value;
import io.spikesdk.it.TestTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Our client and the official one make the same batch calls on twin records (same user keys, one set each) and
 * must see the same outcomes: per-row result code, generation and bins, and the same overall status.
 */
class BatchParityTest {
    private static AerospikeClient ours;
    private static com.aerospike.client.AerospikeClient official;

    @BeforeAll
    static void connect() {
        ours = Aerospike.client(TestTarget.config().build()).connect();
        official = TestTarget.officialClient();
    }

    @AfterAll
    static void close() {
        ours.close();
        official.close();
    }

    private static final int KEYS = 6;

    /** Twin key sets; records 0..3 exist with n = i (record 3 rewritten twice: generation 3), 4 and 5 do not. */
    private static Key[] ourKeys(String test) {
        Key[] keys = new Key[KEYS];
        for (int i = 0; i < KEYS; i++) {
            keys[i] = Key.of(TestTarget.NAMESPACE, "it_parity_ours", test + i);
        }
        ours.delete(keys);
        for (int i = 0; i < 4; i++) {
            ours.put(keys[i], Bin.of("n", (long) i), Bin.of("s", "v" + i));
        }
        ours.put(keys[3], Bin.of("n", 3L));
        ours.put(keys[3], Bin.of("n", 3L));
        return keys;
    }

    private static com.aerospike.client.Key[] theirKeys(String test) {
        com.aerospike.client.Key[] keys = new com.aerospike.client.Key[KEYS];
        for (int i = 0; i < KEYS; i++) {
            keys[i] = new com.aerospike.client.Key(TestTarget.NAMESPACE, "it_parity_theirs", test + i);
        }
        official.delete(null, null, keys);
        for (int i = 0; i < 4; i++) {
            official.put(null, keys[i], new com.aerospike.client.Bin("n", (long) i),
                new com.aerospike.client.Bin("s", "v" + i));
        }
        official.put(null, keys[3], new com.aerospike.client.Bin("n", 3L));
        official.put(null, keys[3], new com.aerospike.client.Bin("n", 3L));
        return keys;
    }

    /** A record without bins: the official client's bins are null, ours an empty map. */
    private static String outcome(int rc, int generation, Map<String, ?> bins) {
        return rc + "/" + generation + "/" + (bins == null || bins.isEmpty() ? "-" : new TreeMap<>(bins));
    }

    private static String ours(Record r) {
        return r == null ? "null" : outcome(0, r.generation(), r.bins());
    }

    private static String theirs(com.aerospike.client.Record r) {
        return r == null ? "null" : outcome(0, r.generation, r.bins);
    }

    private static List<String> ours(List<? extends BatchRecord> rows) {
        List<String> out = new ArrayList<>();
        for (BatchRecord r : rows) {
            out.add(r.resultCode() + ":" + (r.record() == null ? "-" : ours(r.record())));
        }
        return out;
    }

    private static List<String> theirs(List<? extends com.aerospike.client.BatchRecord> rows) {
        List<String> out = new ArrayList<>();
        for (com.aerospike.client.BatchRecord r : rows) {
            out.add(r.resultCode + ":" + (r.record == null ? "-" : theirs(r.record)));
        }
        return out;
    }

    @Test
    void keyArrayReads() {
        Key[] mk = ourKeys("reads");
        com.aerospike.client.Key[] tk = theirKeys("reads");
        List<String> mine = new ArrayList<>();
        List<String> them = new ArrayList<>();
        for (Record r : ours.get(mk)) {
            mine.add(ours(r));
        }
        for (com.aerospike.client.Record r : official.get(null, tk)) {
            them.add(theirs(r));
        }
        for (Record r : ours.get(mk, "s")) {
            mine.add(ours(r));
        }
        for (com.aerospike.client.Record r : official.get(null, tk, "s")) {
            them.add(theirs(r));
        }
        for (Record r : ours.getHeader(mk)) {
            mine.add(r == null ? "null" : String.valueOf(r.generation()));
        }
        for (com.aerospike.client.Record r : official.getHeader(null, tk)) {
            them.add(r == null ? "null" : String.valueOf(r.generation));
        }
        for (boolean b : ours.exists(mk)) {
            mine.add(String.valueOf(b));
        }
        for (boolean b : official.exists(null, tk)) {
            them.add(String.valueOf(b));
        }
        assertEquals(them, mine);
    }

    @Test
    void mixedRowList() {
        Key[] mk = ourKeys("mixed");
        com.aerospike.client.Key[] tk = theirKeys("mixed");
        List<BatchRecord> mine = myRows(mk);
        List<com.aerospike.client.BatchRecord> them = theirRows(tk);
        boolean myStatus = ours.operate(mine);
        boolean theirStatus = official.operate(null, new ArrayList<>(them));
        assertEquals(udfCodeOnly(theirs(them)), udfCodeOnly(ours(mine)));
        assertEquals(theirStatus, myStatus);
    }

    /** Each row alone: both clients send a single-record command with the row's attributes. */
    @Test
    void eachRowAlone() {
        for (int i = 0; i < 13; i++) {
            Key[] mk = ourKeys("alone" + i);
            com.aerospike.client.Key[] tk = theirKeys("alone" + i);
            List<BatchRecord> mine = List.of(myRows(mk).get(i));
            List<com.aerospike.client.BatchRecord> them = List.of(theirRows(tk).get(i));
            boolean myStatus = ours.operate(mine);
            boolean theirStatus = official.operate(null, new ArrayList<>(them));
            List<String> expected = theirs(them);
            List<String> actual = ours(mine);
            if (i == 12) {
                expected = List.of(expected.get(0).substring(0, 3));
                actual = List.of(actual.get(0).substring(0, 3));
            }
            assertEquals(expected, actual, "row " + i);
            assertEquals(theirStatus, myStatus, "row " + i);
        }
    }

    /** The UDF row (last) keeps only its result code: the FAILURE text is the server's. */
    private static List<String> udfCodeOnly(List<String> outcomes) {
        List<String> copy = new ArrayList<>(outcomes);
        String udf = copy.get(12);
        copy.set(12, udf.substring(0, udf.indexOf(':')));
        return copy;
    }

    private static List<BatchRecord> myRows(Key[] mk) {
        BatchWritePolicy mGen = BatchWritePolicy.builder().generationPolicy(GenerationPolicy.EXPECT_GEN_EQUAL)
            .generation(1).build();
        BatchWritePolicy mCreate = BatchWritePolicy.builder().recordExistsAction(RecordExistsAction.CREATE_ONLY).build();
        return List.of(
            BatchRead.allBins(mk[0]), BatchRead.bins(mk[1], "s"), BatchRead.header(mk[4]),
            BatchRead.ops(mk[2], Operations.get("n"), Operations.getHeader()),
            new BatchWrite(mk[0], Operations.add("n", 5L), Operations.get("n"), Operations.get("s")),
            new BatchWrite(mGen, mk[3], Operations.put("s", "gen")),
            new BatchWrite(mGen, mk[1], Operations.put("s", "gen")),
            new BatchWrite(mCreate, mk[2], Operations.put("s", "create")),
            new BatchWrite(mCreate, mk[5], Operations.put("s", "create"), Operations.get()),
            new BatchDelete(mk[4]), new BatchDelete(mk[2]), BatchRead.allBins(mk[2]),
            new BatchUDF(mk[0], "no_such_module", "f", Value.of(1L)));
    }

    private static List<com.aerospike.client.BatchRecord> theirRows(com.aerospike.client.Key[] tk) {
        com.aerospike.client.policy.BatchWritePolicy tGen = new com.aerospike.client.policy.BatchWritePolicy();
        tGen.generationPolicy = com.aerospike.client.policy.GenerationPolicy.EXPECT_GEN_EQUAL;
        tGen.generation = 1;
        com.aerospike.client.policy.BatchWritePolicy tCreate = new com.aerospike.client.policy.BatchWritePolicy();
        tCreate.recordExistsAction = com.aerospike.client.policy.RecordExistsAction.CREATE_ONLY;
        return List.of(
            new com.aerospike.client.BatchRead(tk[0], true), new com.aerospike.client.BatchRead(tk[1], new String[] {"s"}),
            new com.aerospike.client.BatchRead(tk[4], false),
            new com.aerospike.client.BatchRead(tk[2], new com.aerospike.client.Operation[] {
                com.aerospike.client.Operation.get("n"), com.aerospike.client.Operation.getHeader()}),
            new com.aerospike.client.BatchWrite(tk[0], new com.aerospike.client.Operation[] {
                com.aerospike.client.Operation.add(new com.aerospike.client.Bin("n", 5L)),
                com.aerospike.client.Operation.get("n"), com.aerospike.client.Operation.get("s")}),
            new com.aerospike.client.BatchWrite(tGen, tk[3], new com.aerospike.client.Operation[] {
                com.aerospike.client.Operation.put(new com.aerospike.client.Bin("s", "gen"))}),
            new com.aerospike.client.BatchWrite(tGen, tk[1], new com.aerospike.client.Operation[] {
                com.aerospike.client.Operation.put(new com.aerospike.client.Bin("s", "gen"))}),
            new com.aerospike.client.BatchWrite(tCreate, tk[2], new com.aerospike.client.Operation[] {
                com.aerospike.client.Operation.put(new com.aerospike.client.Bin("s", "create"))}),
            new com.aerospike.client.BatchWrite(tCreate, tk[5], new com.aerospike.client.Operation[] {
                com.aerospike.client.Operation.put(new com.aerospike.client.Bin("s", "create")),
                com.aerospike.client.Operation.get()}),
            new com.aerospike.client.BatchDelete(tk[4]), new com.aerospike.client.BatchDelete(tk[2]),
            new com.aerospike.client.BatchRead(tk[2], true),
            new com.aerospike.client.BatchUDF(tk[0], "no_such_module", "f",
                new com.aerospike.client.Value[] {com.aerospike.client.Value.get(1L)}));
    }

    @Test
    void keyArrayWritesAndDeletes() {
        Key[] mk = ourKeys("writes");
        com.aerospike.client.Key[] tk = theirKeys("writes");
        List<String> mine = new ArrayList<>(ours(List.of(ours.operate(mk, Operations.add("n", 1L), Operations.get()))));
        List<String> them = new ArrayList<>(theirs(List.of(official.operate(null, null, tk,
            com.aerospike.client.Operation.add(new com.aerospike.client.Bin("n", 1L)),
            com.aerospike.client.Operation.get()).records)));
        mine.addAll(ours(List.of(ours.operate(mk, Operations.get("n"), Operations.getHeader()))));
        them.addAll(theirs(List.of(official.operate(null, null, tk, com.aerospike.client.Operation.get("n"),
            com.aerospike.client.Operation.getHeader()).records)));
        BatchPolicy stop = BatchPolicy.builder().respondAllKeys(false).build();
        com.aerospike.client.policy.BatchPolicy tStop = new com.aerospike.client.policy.BatchPolicy();
        tStop.respondAllKeys = false;
        mine.addAll(ours(List.of(ours.delete(stop, null, mk))));
        them.addAll(theirs(List.of(official.delete(tStop, null, tk).records)));
        assertEquals(them, mine);
    }
}
