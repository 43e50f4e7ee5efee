package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.BatchDelete;
import io.spikesdk.api.BatchDeletePolicy;
import io.spikesdk.api.BatchPolicy;
import io.spikesdk.api.BatchRead;
import io.spikesdk.api.BatchRecord;
import io.spikesdk.api.BatchUDF;
import io.spikesdk.api.BatchUDFPolicy;
import io.spikesdk.api.BatchWrite;
import io.spikesdk.api.BatchWritePolicy;
import io.spikesdk.api.CommitLevel;
import io.spikesdk.api.Expression;
import io.spikesdk.api.GenerationPolicy;
import io.spikesdk.api.Key;
import io.spikesdk.api.Operation;
import io.spikesdk.api.Operations;
import io.spikesdk.api.ReadModeAP;
import io.spikesdk.api.ReadModeSC;
import io.spikesdk.api.RecordExistsAction;
import io.spikesdk.api.Value;
import io.spikesdk.cdt.ListOperations;
import io.spikesdk.core.testing.FakeNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The batch sibling of {@link ByteIdentityTest}: the official client 9.0.5 and ours make the same batch calls
 * against one capture node (which answers every batch with an empty, LAST-flagged reply) and the batch-index
 * request frames must be byte-identical: repeat-previous rows, per-row attributes and fields, every row kind,
 * keys with and without set, send key, filters; and a node's only key, which both clients send as a
 * single-record command carrying the row's attributes.
 */
class BatchByteIdentityTest {
    private static CaptureNode capture;
    private static FakeNode node;
    private static com.aerospike.client.AerospikeClient official;
    private static AerospikeClient ours;

    @BeforeAll
    static void start() throws Exception {
        capture = CaptureNode.start("BB9FA4E000001");
        node = capture.node;
        official = capture.official;
        ours = capture.ours;
    }

    @AfterAll
    static void stop() throws Exception {
        capture.close();
    }

    private record Case(String name, Runnable theirs, Runnable mine) {
    }

    private static final List<Case> CASES = new ArrayList<>();

    private static void same(String name, Runnable theirs, Runnable mine) {
        CASES.add(new Case(name, theirs, mine));
    }

    // ---- keys: literals, so that namespace and set are the same instances on both sides (repeat rows)

    private static com.aerospike.client.Key tk(String ns, String set, String k) {
        return new com.aerospike.client.Key(ns, set, k);
    }

    private static Key mk(String ns, String set, String k) {
        return Key.of(ns, set, k);
    }

    private static final String[] IDS = {"a", "b", "c", "d"};

    private static com.aerospike.client.Key[] tkeys(String set) {
        com.aerospike.client.Key[] keys = new com.aerospike.client.Key[IDS.length];
        for (int i = 0; i < IDS.length; i++) {
            keys[i] = tk("test", set, IDS[i]);
        }
        return keys;
    }

    private static Key[] mkeys(String set) {
        Key[] keys = new Key[IDS.length];
        for (int i = 0; i < IDS.length; i++) {
            keys[i] = mk("test", set, IDS[i]);
        }
        return keys;
    }

    /** Alternating sets and namespaces: no row may repeat its predecessor. */
    private static final com.aerospike.client.Key[] TMIXED = {tk("test", "s1", "a"), tk("test", "s2", "b"),
        tk("bar", "s2", "c"), tk("bar", "s2", "d"), tk("test", null, "e"), tk("test", null, "f")};
    private static final Key[] MMIXED = {mk("test", "s1", "a"), mk("test", "s2", "b"), mk("bar", "s2", "c"),
        mk("bar", "s2", "d"), mk("test", null, "e"), mk("test", null, "f")};

    private static com.aerospike.client.exp.Expression texp() {
        return com.aerospike.client.exp.Exp.build(com.aerospike.client.exp.Exp.eq(
            com.aerospike.client.exp.Exp.intBin("a"), com.aerospike.client.exp.Exp.val(1)));
    }

    private static final com.aerospike.client.exp.Expression TEXP = texp();
    private static final Expression MEXP = Expression.of(TEXP.getBytes());

    private record PolicyPair(String name, Consumer<com.aerospike.client.policy.BatchPolicy> theirs,
                              Consumer<BatchPolicy.Builder> mine) {
    }

    private static final List<PolicyPair> BATCH_POLICIES = List.of(
        new PolicyPair("default", p -> { }, b -> { }),
        new PolicyPair("no inline", p -> p.allowInline = false, b -> b.allowInline(false)),
        new PolicyPair("inline SSD", p -> p.allowInlineSSD = true, b -> b.allowInlineSSD(true)),
        new PolicyPair("respondAllKeys false", p -> p.respondAllKeys = false, b -> b.respondAllKeys(false)),
        new PolicyPair("AP all", p -> p.readModeAP = com.aerospike.client.policy.ReadModeAP.ALL,
            b -> b.readModeAP(ReadModeAP.ALL)),
        new PolicyPair("SC linearize", p -> p.readModeSC = com.aerospike.client.policy.ReadModeSC.LINEARIZE,
            b -> b.readModeSC(ReadModeSC.LINEARIZE)),
        new PolicyPair("read touch", p -> p.readTouchTtlPercent = 60, b -> b.readTouchTtlPercent(60)),
        new PolicyPair("timeouts", p -> {
            p.totalTimeout = 2500;
            p.socketTimeout = 700;
        }, b -> b.totalTimeout(2500).socketTimeout(700)),
        new PolicyPair("no total timeout", p -> p.totalTimeout = 0, b -> b.totalTimeout(0)),
        new PolicyPair("filter", p -> p.filterExp = TEXP, b -> b.filterExpression(MEXP)),
        new PolicyPair("send key", p -> p.sendKey = true, b -> b.sendKey(true)));

    private static com.aerospike.client.policy.BatchPolicy tpolicy(PolicyPair pair) {
        com.aerospike.client.policy.BatchPolicy p = new com.aerospike.client.policy.BatchPolicy();
        pair.theirs().accept(p);
        return p;
    }

    private static BatchPolicy mpolicy(PolicyPair pair) {
        BatchPolicy.Builder b = BatchPolicy.builder();
        pair.mine().accept(b);
        return b.build();
    }

    static {
        String[] bins = {"x", "y"};
        for (PolicyPair pair : BATCH_POLICIES) {
            com.aerospike.client.policy.BatchPolicy tp = tpolicy(pair);
            BatchPolicy mp = mpolicy(pair);
            same("get keys, " + pair.name(), () -> official.get(tp, tkeys("demo")), () -> ours.get(mp, mkeys("demo")));
            same("get bins, " + pair.name(), () -> official.get(tp, tkeys("demo"), bins),
                () -> ours.get(mp, mkeys("demo"), bins));
            same("getHeader, " + pair.name(), () -> official.getHeader(tp, tkeys("demo")),
                () -> ours.getHeader(mp, mkeys("demo")));
            same("exists, " + pair.name(), () -> official.exists(tp, tkeys("demo")),
                () -> ours.exists(mp, mkeys("demo")));
            same("read list, " + pair.name(), () -> official.get(tp, theirReads()), () -> ours.get(mp, myReads()));
            same("operate keys read-only, " + pair.name(),
                () -> official.operate(tp, null, tkeys("demo"), com.aerospike.client.Operation.get("x"),
                    com.aerospike.client.cdt.ListOperation.size("l")),
                () -> ours.operate(mp, null, mkeys("demo"), Operations.get("x"), ListOperations.size("l")));
            same("operate list mixed, " + pair.name(), () -> official.operate(tp, theirMixed()),
                () -> ours.operate(mp, myMixed()));
            com.aerospike.client.Key[] tone = {tk("test", "demo", "one")};
            Key[] mone = {mk("test", "demo", "one")};
            same("one key: get, " + pair.name(), () -> official.get(tp, tone), () -> ours.get(mp, mone));
            same("one key: get bins, " + pair.name(), () -> official.get(tp, tone, bins), () -> ours.get(mp, mone, bins));
            same("one key: getHeader, " + pair.name(), () -> official.getHeader(tp, tone),
                () -> ours.getHeader(mp, mone));
            same("one key: exists, " + pair.name(), () -> official.exists(tp, tone), () -> ours.exists(mp, mone));
            same("one key: operate read-only, " + pair.name(),
                () -> official.operate(tp, null, tone, com.aerospike.client.Operation.get("x")),
                () -> ours.operate(mp, null, mone, Operations.get("x")));
            same("one key: operate write, " + pair.name(),
                () -> official.operate(tp, null, tone, com.aerospike.client.Operation.put(
                    new com.aerospike.client.Bin("x", 1L)), com.aerospike.client.Operation.get()),
                () -> ours.operate(mp, null, mone, Operations.put("x", 1L), Operations.get()));
            same("one key: delete, " + pair.name(), () -> official.delete(tp, null, tone), () -> ours.delete(mp, null, mone));
            for (int i = 0; i < 11; i++) {
                int row = i;
                same("one key: read row " + row + ", " + pair.name(),
                    () -> official.get(tp, List.of(theirReads().get(row))), () -> ours.get(mp, List.of(myReads().get(row))));
            }
            for (int i = 0; i < 14; i++) {
                int row = i;
                same("one key: mixed row " + row + ", " + pair.name(),
                    () -> official.operate(tp, List.of(theirMixed().get(row))),
                    () -> ours.operate(mp, List.of(myMixed().get(row))));
            }
        }
        same("get keys, mixed namespaces and sets", () -> official.get(null, TMIXED), () -> ours.get(MMIXED));
        same("exists, mixed namespaces and sets", () -> official.exists(null, TMIXED), () -> ours.exists(MMIXED));
        same("get keys without set", () -> official.get(null, tkeys(null)), () -> ours.get(mkeys(null)));
        same("get keys with an empty bin list", () -> official.get(null, tkeys("demo"), new String[0]),
            () -> ours.get(mkeys("demo"), new String[0]));
        operateKeys();
        deleteKeys();
    }

    private static void operateKeys() {
        com.aerospike.client.Operation[] tops = {com.aerospike.client.Operation.put(
            new com.aerospike.client.Bin("x", 1L)), com.aerospike.client.Operation.get("x")};
        Operation[] mops = {Operations.put("x", 1L), Operations.get("x")};
        same("operate keys write, default", () -> official.operate(null, null, tkeys("demo"), tops),
            () -> ours.operate(mkeys("demo"), mops));
        same("operate keys write + get all", () -> official.operate(null, null, tkeys("demo"),
                com.aerospike.client.Operation.add(new com.aerospike.client.Bin("n", 2L)),
                com.aerospike.client.Operation.get()),
            () -> ours.operate(mkeys("demo"), Operations.add("n", 2L), Operations.get()));
        same("operate keys write list value", () -> official.operate(null, null, tkeys("demo"),
                com.aerospike.client.Operation.put(new com.aerospike.client.Bin("l", List.of(1L, "z")))),
            () -> ours.operate(mkeys("demo"), Operations.put("l", List.of(1L, "z"))));
        for (WritePair pair : writePolicies()) {
            same("operate keys write, " + pair.name, () -> official.operate(null, pair.theirs, tkeys("demo"), tops),
                () -> ours.operate(null, pair.mine, mkeys("demo"), mops));
            same("one key: operate write, " + pair.name,
                () -> official.operate(null, pair.theirs, new com.aerospike.client.Key[] {TK1}, tops),
                () -> ours.operate(null, pair.mine, new Key[] {MK1}, mops));
        }
    }

    private record WritePair(String name, com.aerospike.client.policy.BatchWritePolicy theirs, BatchWritePolicy mine) {
    }

    private static List<WritePair> writePolicies() {
        List<WritePair> pairs = new ArrayList<>();
        com.aerospike.client.policy.BatchWritePolicy t;
        t = new com.aerospike.client.policy.BatchWritePolicy();
        t.sendKey = true;
        pairs.add(new WritePair("send key", t, BatchWritePolicy.builder().sendKey(true).build()));
        t = new com.aerospike.client.policy.BatchWritePolicy();
        t.generationPolicy = com.aerospike.client.policy.GenerationPolicy.EXPECT_GEN_EQUAL;
        t.generation = 70_001;
        pairs.add(new WritePair("generation equal (above 16 bits)", t, BatchWritePolicy.builder()
            .generationPolicy(GenerationPolicy.EXPECT_GEN_EQUAL).generation(70_001).build()));
        t = new com.aerospike.client.policy.BatchWritePolicy();
        t.generationPolicy = com.aerospike.client.policy.GenerationPolicy.EXPECT_GEN_GT;
        t.generation = 4;
        pairs.add(new WritePair("generation gt", t, BatchWritePolicy.builder()
            .generationPolicy(GenerationPolicy.EXPECT_GEN_GT).generation(4).build()));
        for (RecordExistsAction action : RecordExistsAction.values()) {
            t = new com.aerospike.client.policy.BatchWritePolicy();
            t.recordExistsAction = com.aerospike.client.policy.RecordExistsAction.valueOf(action.name());
            pairs.add(new WritePair("exists " + action, t, BatchWritePolicy.builder().recordExistsAction(action).build()));
        }
        t = new com.aerospike.client.policy.BatchWritePolicy();
        t.expiration = 3600;
        t.commitLevel = com.aerospike.client.policy.CommitLevel.COMMIT_MASTER;
        t.durableDelete = true;
        pairs.add(new WritePair("ttl, commit master, durable delete", t, BatchWritePolicy.builder().expiration(3600)
            .commitLevel(CommitLevel.COMMIT_MASTER).durableDelete(true).build()));
        t = new com.aerospike.client.policy.BatchWritePolicy();
        t.filterExp = TEXP;
        pairs.add(new WritePair("filter", t, BatchWritePolicy.builder().filterExpression(MEXP).build()));
        return pairs;
    }

    private static final com.aerospike.client.Key TK1 = tk("test", "demo", "single");
    private static final Key MK1 = mk("test", "demo", "single");

    private static void deleteKeys() {
        same("delete keys, default", () -> official.delete(null, null, tkeys("demo")), () -> ours.delete(mkeys("demo")));
        com.aerospike.client.policy.BatchDeletePolicy t = new com.aerospike.client.policy.BatchDeletePolicy();
        t.sendKey = true;
        t.generationPolicy = com.aerospike.client.policy.GenerationPolicy.EXPECT_GEN_EQUAL;
        t.generation = 9;
        t.durableDelete = true;
        t.commitLevel = com.aerospike.client.policy.CommitLevel.COMMIT_MASTER;
        t.filterExp = TEXP;
        BatchDeletePolicy m = BatchDeletePolicy.builder().sendKey(true).generationPolicy(GenerationPolicy.EXPECT_GEN_EQUAL)
            .generation(9).durableDelete(true).commitLevel(CommitLevel.COMMIT_MASTER).filterExpression(MEXP).build();
        same("delete keys, every setting", () -> official.delete(null, t, tkeys("demo")),
            () -> ours.delete(null, m, mkeys("demo")));
        same("one key: delete, every setting", () -> official.delete(null, t, new com.aerospike.client.Key[] {TK1}),
            () -> ours.delete(null, m, new Key[] {MK1}));
        same("delete keys, mixed namespaces and sets", () -> official.delete(null, null, TMIXED),
            () -> ours.delete(MMIXED));
    }

    // ---- row lists; shared arrays and policies make consecutive rows repeat

    private static final String[] T_BINS = {"x"};
    private static final String[] M_BINS = {"x"};
    private static final com.aerospike.client.Operation[] T_READ_OPS = {com.aerospike.client.Operation.get("x"),
        com.aerospike.client.Operation.getHeader()};
    private static final Operation[] M_READ_OPS = {Operations.get("x"), Operations.getHeader()};

    private static List<com.aerospike.client.BatchRead> theirReads() {
        List<com.aerospike.client.BatchRead> list = new ArrayList<>();
        list.add(new com.aerospike.client.BatchRead(tk("test", "demo", "a"), true));
        list.add(new com.aerospike.client.BatchRead(tk("test", "demo", "b"), true));
        list.add(new com.aerospike.client.BatchRead(tk("test", "demo", "c"), T_BINS));
        list.add(new com.aerospike.client.BatchRead(tk("test", "demo", "d"), T_BINS));
        list.add(new com.aerospike.client.BatchRead(tk("test", "demo", "e"), false));
        list.add(new com.aerospike.client.BatchRead(tk("test", "other", "f"), false));
        list.add(new com.aerospike.client.BatchRead(tk("test", "other", "g"), T_READ_OPS));
        list.add(new com.aerospike.client.BatchRead(tk("test", "other", "h"), T_READ_OPS));
        list.add(new com.aerospike.client.BatchRead(tk("test", "other", "i"), new String[] {"x"}));
        list.add(new com.aerospike.client.BatchRead(tk("test", "other", "j"), new String[] {"x"}));
        list.add(new com.aerospike.client.BatchRead(tk("test", "other", "k"),
            new com.aerospike.client.Operation[] {com.aerospike.client.Operation.get()}));
        return list;
    }

    private static List<BatchRead> myReads() {
        List<BatchRead> list = new ArrayList<>();
        list.add(BatchRead.allBins(mk("test", "demo", "a")));
        list.add(BatchRead.allBins(mk("test", "demo", "b")));
        list.add(BatchRead.bins(mk("test", "demo", "c"), M_BINS));
        list.add(BatchRead.bins(mk("test", "demo", "d"), M_BINS));
        list.add(BatchRead.header(mk("test", "demo", "e")));
        list.add(BatchRead.header(mk("test", "other", "f")));
        list.add(BatchRead.ops(mk("test", "other", "g"), M_READ_OPS));
        list.add(BatchRead.ops(mk("test", "other", "h"), M_READ_OPS));
        list.add(BatchRead.bins(mk("test", "other", "i"), "x"));
        list.add(BatchRead.bins(mk("test", "other", "j"), "x"));
        list.add(BatchRead.ops(mk("test", "other", "k"), Operations.get()));
        return list;
    }

    private static final com.aerospike.client.Operation[] T_WRITE_OPS = {
        com.aerospike.client.Operation.put(new com.aerospike.client.Bin("x", "v")),
        com.aerospike.client.Operation.get("x")};
    private static final Operation[] M_WRITE_OPS = {Operations.put("x", "v"), Operations.get("x")};
    private static final com.aerospike.client.policy.BatchWritePolicy T_WP = theirWritePolicy();
    private static final BatchWritePolicy M_WP = BatchWritePolicy.builder().expiration(60)
        .recordExistsAction(RecordExistsAction.REPLACE).filterExpression(MEXP).build();
    private static final com.aerospike.client.policy.BatchWritePolicy T_WP_KEY = theirSendKey();
    private static final BatchWritePolicy M_WP_KEY = BatchWritePolicy.builder().sendKey(true).build();
    private static final com.aerospike.client.policy.BatchDeletePolicy T_DP = theirDeletePolicy();
    private static final BatchDeletePolicy M_DP = BatchDeletePolicy.builder().generationPolicy(GenerationPolicy.EXPECT_GEN_GT)
        .generation(2).build();
    private static final com.aerospike.client.policy.BatchUDFPolicy T_UP = theirUdfPolicy();
    private static final BatchUDFPolicy M_UP = BatchUDFPolicy.builder().expiration(100).durableDelete(true)
        .commitLevel(CommitLevel.COMMIT_MASTER).sendKey(true).filterExpression(MEXP).build();
    private static final com.aerospike.client.Value[] T_ARGS = {com.aerospike.client.Value.get("arg"),
        com.aerospike.client.Value.get(7L), com.aerospike.client.Value.get(List.of(1L, 2L))};
    private static final Value[] M_ARGS = {Value.of("arg"), Value.of(7L), Value.of(List.of(1L, 2L))};

    private static com.aerospike.client.policy.BatchWritePolicy theirWritePolicy() {
        com.aerospike.client.policy.BatchWritePolicy p = new com.aerospike.client.policy.BatchWritePolicy();
        p.expiration = 60;
        p.recordExistsAction = com.aerospike.client.policy.RecordExistsAction.REPLACE;
        p.filterExp = TEXP;
        return p;
    }

    private static com.aerospike.client.policy.BatchWritePolicy theirSendKey() {
        com.aerospike.client.policy.BatchWritePolicy p = new com.aerospike.client.policy.BatchWritePolicy();
        p.sendKey = true;
        return p;
    }

    private static com.aerospike.client.policy.BatchDeletePolicy theirDeletePolicy() {
        com.aerospike.client.policy.BatchDeletePolicy p = new com.aerospike.client.policy.BatchDeletePolicy();
        p.generationPolicy = com.aerospike.client.policy.GenerationPolicy.EXPECT_GEN_GT;
        p.generation = 2;
        return p;
    }

    private static com.aerospike.client.policy.BatchUDFPolicy theirUdfPolicy() {
        com.aerospike.client.policy.BatchUDFPolicy p = new com.aerospike.client.policy.BatchUDFPolicy();
        p.expiration = 100;
        p.durableDelete = true;
        p.commitLevel = com.aerospike.client.policy.CommitLevel.COMMIT_MASTER;
        p.sendKey = true;
        p.filterExp = TEXP;
        return p;
    }

    private static List<com.aerospike.client.BatchRecord> theirMixed() {
        List<com.aerospike.client.BatchRecord> list = new ArrayList<>();
        list.add(new com.aerospike.client.BatchRead(tk("test", "demo", "a"), T_BINS));
        list.add(new com.aerospike.client.BatchWrite(tk("test", "demo", "b"), T_WRITE_OPS));
        list.add(new com.aerospike.client.BatchWrite(tk("test", "demo", "c"), T_WRITE_OPS));
        list.add(new com.aerospike.client.BatchWrite(T_WP, tk("test", "demo", "d"), T_WRITE_OPS));
        list.add(new com.aerospike.client.BatchWrite(T_WP, tk("test", "demo", "e"), T_WRITE_OPS));
        list.add(new com.aerospike.client.BatchWrite(T_WP_KEY, tk("test", "demo", "f"), T_WRITE_OPS));
        list.add(new com.aerospike.client.BatchWrite(T_WP_KEY, tk("test", "demo", "g"), T_WRITE_OPS));
        list.add(new com.aerospike.client.BatchDelete(tk("test", "demo", "h")));
        list.add(new com.aerospike.client.BatchDelete(tk("test", "demo", "i")));
        list.add(new com.aerospike.client.BatchDelete(T_DP, tk("bar", null, "j")));
        list.add(new com.aerospike.client.BatchUDF(tk("test", "demo", "k"), "pkg", "fn", T_ARGS));
        list.add(new com.aerospike.client.BatchUDF(tk("test", "demo", "l"), "pkg", "fn", T_ARGS));
        list.add(new com.aerospike.client.BatchUDF(T_UP, tk("test", "demo", "m"), "pkg", "fn", T_ARGS));
        list.add(new com.aerospike.client.BatchRead(tk("test", "demo", "n"), true));
        return list;
    }

    private static List<BatchRecord> myMixed() {
        List<BatchRecord> list = new ArrayList<>();
        list.add(BatchRead.bins(mk("test", "demo", "a"), M_BINS));
        list.add(new BatchWrite(mk("test", "demo", "b"), M_WRITE_OPS));
        list.add(new BatchWrite(mk("test", "demo", "c"), M_WRITE_OPS));
        list.add(new BatchWrite(M_WP, mk("test", "demo", "d"), M_WRITE_OPS));
        list.add(new BatchWrite(M_WP, mk("test", "demo", "e"), M_WRITE_OPS));
        list.add(new BatchWrite(M_WP_KEY, mk("test", "demo", "f"), M_WRITE_OPS));
        list.add(new BatchWrite(M_WP_KEY, mk("test", "demo", "g"), M_WRITE_OPS));
        list.add(new BatchDelete(mk("test", "demo", "h")));
        list.add(new BatchDelete(mk("test", "demo", "i")));
        list.add(new BatchDelete(M_DP, mk("bar", null, "j")));
        list.add(new BatchUDF(mk("test", "demo", "k"), "pkg", "fn", M_ARGS));
        list.add(new BatchUDF(mk("test", "demo", "l"), "pkg", "fn", M_ARGS));
        list.add(new BatchUDF(M_UP, mk("test", "demo", "m"), "pkg", "fn", M_ARGS));
        list.add(BatchRead.allBins(mk("test", "demo", "n")));
        return list;
    }

    @TestFactory
    Stream<DynamicTest> batchRequestFramesAreIdentical() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            node.clearRequests();
            c.theirs().run();
            byte[] theirs = node.nextRequest();
            c.mine().run();
            byte[] mine = node.nextRequest();
            assertEquals(HexFormat.of().formatHex(theirs), HexFormat.of().formatHex(mine), c.name());
        }));
    }
}
