package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.CommitLevel;
import io.spikesdk.api.Expression;
import io.spikesdk.api.GenerationPolicy;
import io.spikesdk.api.GeoJson;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.Operation;
import io.spikesdk.api.Operations;
import io.spikesdk.api.Policy;
import io.spikesdk.api.ReadModeAP;
import io.spikesdk.api.ReadModeSC;
import io.spikesdk.api.RecordExistsAction;
import io.spikesdk.api.Value;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.cdt.ListOperations;
import io.spikesdk.cdt.MapOperations;
import io.spikesdk.cdt.MapReturnType;
import io.spikesdk.core.SpikeClientProvider;
import io.spikesdk.core.testing.FakeNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Drives the official client 9.0.5 and ours through the same calls against one capture server and
 * asserts the AS_MSG request frames are byte-identical. Nothing is masked.
 */
class ByteIdentityTest {
    private static FakeNode node;
    private static com.aerospike.client.AerospikeClient official;
    private static AerospikeClient ours;

    @BeforeAll
    static void start() throws Exception {
        node = new FakeNode("BB9FA4E000001", "test", "bar");
        com.aerospike.client.policy.ClientPolicy cp = new com.aerospike.client.policy.ClientPolicy();
        official = new com.aerospike.client.AerospikeClient(cp, new com.aerospike.client.Host("127.0.0.1", node.port()));
        ours = new SpikeClientProvider().create(ClientConfig.builder().hosts(Host.of("127.0.0.1", node.port())).build())
                .connect();
    }

    @AfterAll
    static void stop() throws Exception {
        official.close();
        ours.close();
        node.close();
    }

    private record Case(String name, Runnable theirs, Runnable mine) {
    }

    private static final List<Case> CASES = new ArrayList<>();

    private static void same(String name, Runnable theirs, Runnable mine) {
        CASES.add(new Case(name, theirs, mine));
    }

    // ---- keys and helpers

    private static com.aerospike.client.Key tk(String set, Object userKey) {
        if (userKey instanceof String s) {
            return new com.aerospike.client.Key("test", set, s);
        }
        if (userKey instanceof Long l) {
            return new com.aerospike.client.Key("test", set, l);
        }
        if (userKey instanceof Integer i) {
            return new com.aerospike.client.Key("test", set, i);
        }
        return new com.aerospike.client.Key("test", set, (byte[]) userKey);
    }

    private static Key mk(String set, Object userKey) {
        if (userKey instanceof String s) {
            return Key.of("test", set, s);
        }
        if (userKey instanceof Long l) {
            return Key.of("test", set, l);
        }
        if (userKey instanceof Integer i) {
            return Key.of("test", set, i);
        }
        return Key.of("test", set, (byte[]) userKey);
    }

    private static final com.aerospike.client.Key TK = tk("demo", "k1");
    private static final Key MK = mk("demo", "k1");

    private static com.aerospike.client.Bin tb(String name, Object v) {
        return new com.aerospike.client.Bin(name, com.aerospike.client.Value.get(v));
    }

    private static void putBoth(String name, Object value) {
        same("put " + name, () -> official.put(null, TK, tb("v", value)), () -> ours.put(MK, Bin.of("v", value)));
    }

    static {
        // ---- value types
        putBoth("long", 42L);
        putBoth("int", 7);
        putBoth("negative long", -5L);
        putBoth("big long", 1L << 40);
        putBoth("min long", Long.MIN_VALUE);
        putBoth("double", 3.25);
        putBoth("float", 1.5f);
        putBoth("string", "hello");
        putBoth("unicode string", "grüße 你好 \uD83D\uDE00");
        putBoth("empty string", "");
        putBoth("blob", new byte[] {1, 2, 3});
        putBoth("empty blob", new byte[0]);
        putBoth("bool true", true);
        putBoth("bool false", false);
        putBoth("list", List.of(1L, "a", 2.5));
        Map<String, Object> lhm = new LinkedHashMap<>();
        lhm.put("a", 1L);
        lhm.put("b", "x");
        putBoth("linked map", lhm);
        TreeMap<String, Object> tree = new TreeMap<>();
        tree.put("y", 2L);
        tree.put("x", 1L);
        putBoth("sorted map", tree);
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("k", List.of(1L, 2L));
        TreeMap<String, Object> innerTree = new TreeMap<>(Map.of("b", 2L, "a", List.of("z")));
        putBoth("nested", Arrays.asList(1L, inner, List.of("x", Map.of("y", 2L)), innerTree, null, true, 2.5,
                new byte[] {9}, List.of()));
        putBoth("list with 20 elements", java.util.Collections.nCopies(20, 300L));
        putBoth("long string", "x".repeat(300));
        putBoth("blob 70000", new byte[70_000]);
        same("put geojson",
                () -> official.put(null, TK, new com.aerospike.client.Bin("g",
                        com.aerospike.client.Value.getAsGeoJSON("{\"type\":\"Point\",\"coordinates\":[1.5,2.5]}"))),
                () -> ours.put(MK, Bin.of("g", GeoJson.of("{\"type\":\"Point\",\"coordinates\":[1.5,2.5]}"))));
        same("put blob with particle type",
                () -> official.put(null, TK, new com.aerospike.client.Bin("h", new com.aerospike.client.Value.HLLValue(new byte[] {5}))),
                () -> ours.put(MK, new Bin("h", new Value.BytesValue(new byte[] {5}, 18))));
        same("put multi bins",
                () -> official.put(null, TK, tb("a", 1L), tb("b", "two"), tb("c", 3.0)),
                () -> ours.put(MK, Bin.of("a", 1L), Bin.of("b", "two"), Bin.of("c", 3.0)));
        Map<String, Object> binMap = new LinkedHashMap<>();
        binMap.put("a", 1L);
        binMap.put("b", "two");
        same("put map of bins",
                () -> official.put(null, TK, tb("a", 1L), tb("b", "two")),
                () -> ours.put(MK, binMap));
        same("put null bin", () -> official.put(null, TK, com.aerospike.client.Bin.asNull("c")),
                () -> ours.put(MK, new Bin("c", Value.NULL)));
        same("removeBin", () -> official.put(null, TK, com.aerospike.client.Bin.asNull("c"), com.aerospike.client.Bin.asNull("d")),
                () -> ours.removeBin(MK, "c", "d"));

        // ---- keys
        for (Object userKey : new Object[] {"k1", 17L, -3, new byte[] {1, 2}, "", 0L}) {
            String label = userKey instanceof byte[] b ? Arrays.toString(b) : String.valueOf(userKey);
            com.aerospike.client.policy.WritePolicy twp = new com.aerospike.client.policy.WritePolicy();
            twp.sendKey = true;
            WritePolicy mwp = WritePolicy.builder().sendKey(true).build();
            same("sendKey " + label + " " + userKey.getClass().getSimpleName(),
                    () -> official.put(twp, tk("demo", userKey), tb("a", 1L)),
                    () -> ours.put(mwp, mk("demo", userKey), Bin.of("a", 1L)));
            com.aerospike.client.policy.Policy trp = new com.aerospike.client.policy.Policy();
            trp.sendKey = true;
            Policy mrp = Policy.builder().sendKey(true).build();
            same("get with sendKey " + label, () -> official.get(trp, tk("demo", userKey)),
                    () -> ours.get(mrp, mk("demo", userKey)));
        }
        same("no set", () -> official.put(null, tk(null, "k1"), tb("a", 1L)), () -> ours.put(mk(null, "k1"), Bin.of("a", 1L)));
        same("namespace bar", () -> official.put(null, new com.aerospike.client.Key("bar", "s", 5L), tb("a", 1L)),
                () -> ours.put(Key.of("bar", "s", 5L), Bin.of("a", 1L)));
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            String userKey = Long.toString(random.nextLong(), 36);
            long value = random.nextLong();
            same("random key " + i, () -> official.put(null, tk("set" + (userKey.length() % 3), userKey), tb("r", value)),
                    () -> ours.put(mk("set" + (userKey.length() % 3), userKey), Bin.of("r", value)));
        }

        // ---- reads
        same("get all", () -> official.get(null, TK), () -> ours.get(MK));
        same("get bins", () -> official.get(null, TK, "i", "s"), () -> ours.get(MK, "i", "s"));
        same("getHeader", () -> official.getHeader(null, TK), () -> ours.getHeader(MK));
        same("exists", () -> official.exists(null, TK), () -> ours.exists(MK));
        readPolicies();
        udfArguments();

        // ---- writes
        same("delete", () -> official.delete(null, TK), () -> ours.delete(MK));
        same("touch", () -> official.touch(null, TK), () -> ours.touch(MK));
        same("append", () -> official.append(null, TK, tb("s", " world")), () -> ours.append(MK, Bin.of("s", " world")));
        same("prepend", () -> official.prepend(null, TK, tb("s", ">")), () -> ours.prepend(MK, Bin.of("s", ">")));
        same("add int", () -> official.add(null, TK, tb("i", 3L)), () -> ours.add(MK, Bin.of("i", 3L)));
        same("add double", () -> official.add(null, TK, tb("d", 1.5)), () -> ours.add(MK, Bin.of("d", 1.5)));
        same("append blob", () -> official.append(null, TK, tb("y", new byte[] {7})), () -> ours.append(MK, Bin.of("y", new byte[] {7})));
        writePolicies();

        // ---- operate
        operations();
    }

    private static void readPolicies() {
        com.aerospike.client.exp.Expression texp = com.aerospike.client.exp.Exp.build(
                com.aerospike.client.exp.Exp.eq(com.aerospike.client.exp.Exp.intBin("i"), com.aerospike.client.exp.Exp.val(0)));
        Expression mexp = Expression.of(texp.getBytes());
        List<Object[]> variants = new ArrayList<>();
        variants.add(pair("filter", p -> p.filterExp = texp, b -> b.filterExpression(mexp)));
        variants.add(pair("readModeAP ALL", p -> p.readModeAP = com.aerospike.client.policy.ReadModeAP.ALL, b -> b.readModeAP(ReadModeAP.ALL)));
        variants.add(pair("SC linearize", p -> p.readModeSC = com.aerospike.client.policy.ReadModeSC.LINEARIZE, b -> b.readModeSC(ReadModeSC.LINEARIZE)));
        variants.add(pair("SC allow replica", p -> p.readModeSC = com.aerospike.client.policy.ReadModeSC.ALLOW_REPLICA, b -> b.readModeSC(ReadModeSC.ALLOW_REPLICA)));
        variants.add(pair("SC allow unavailable", p -> p.readModeSC = com.aerospike.client.policy.ReadModeSC.ALLOW_UNAVAILABLE, b -> b.readModeSC(ReadModeSC.ALLOW_UNAVAILABLE)));
        variants.add(pair("compress", p -> p.compress = true, b -> b.compress(true)));
        variants.add(pair("read touch 50", p -> p.readTouchTtlPercent = 50, b -> b.readTouchTtlPercent(50)));
        variants.add(pair("read touch -1", p -> p.readTouchTtlPercent = -1, b -> b.readTouchTtlPercent(-1)));
        variants.add(pair("socket < total", p -> { p.socketTimeout = 300; p.totalTimeout = 900; }, b -> b.socketTimeout(300).totalTimeout(900)));
        variants.add(pair("socket > total", p -> { p.socketTimeout = 3000; p.totalTimeout = 900; }, b -> b.socketTimeout(3000).totalTimeout(900)));
        variants.add(pair("socket 0", p -> { p.socketTimeout = 0; p.totalTimeout = 700; }, b -> b.socketTimeout(0).totalTimeout(700)));
        variants.add(pair("total 0", p -> { p.socketTimeout = 500; p.totalTimeout = 0; }, b -> b.socketTimeout(500).totalTimeout(0)));
        for (Object[] v : variants) {
            String name = (String) v[0];
            @SuppressWarnings("unchecked")
            java.util.function.Consumer<com.aerospike.client.policy.Policy> theirs = (java.util.function.Consumer<com.aerospike.client.policy.Policy>) v[1];
            @SuppressWarnings("unchecked")
            java.util.function.UnaryOperator<Policy.Builder> mine = (java.util.function.UnaryOperator<Policy.Builder>) v[2];
            com.aerospike.client.policy.Policy tp = new com.aerospike.client.policy.Policy();
            theirs.accept(tp);
            Policy mp = mine.apply(Policy.builder()).build();
            same("get all, " + name, () -> official.get(tp, TK), () -> ours.get(mp, MK));
            same("get bins, " + name, () -> official.get(tp, TK, "a", "b"), () -> ours.get(mp, MK, "a", "b"));
            same("getHeader, " + name, () -> official.getHeader(tp, TK), () -> ours.getHeader(mp, MK));
            same("exists, " + name, () -> official.exists(tp, TK), () -> ours.exists(mp, MK));
        }
        com.aerospike.client.policy.Policy tc = new com.aerospike.client.policy.Policy();
        tc.compress = true;
        Policy mc = Policy.builder().compress(true).build();
        String[] many = new String[30];
        for (int i = 0; i < many.length; i++) {
            many[i] = "bin" + i;
        }
        same("get many bins, compress", () -> official.get(tc, TK, many), () -> ours.get(mc, MK, many));
    }

    /** Record UDF calls: every kind of argument, none, and arguments large enough to compress. */
    private static void udfArguments() {
        same("execute UDF, no args", () -> official.execute(null, TK, "mod", "fn"), () -> ours.execute(null, MK, "mod", "fn"));
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("k", 1L);
        map.put("l", List.of("a", 2.5));
        Object[] args = {42L, -1L, 2.5, "str", "", new byte[] {1, 2}, true, false, List.of(1L, "x", List.of()),
            new TreeMap<>(Map.of("b", 2L, "a", 1L)), map};
        com.aerospike.client.Value[] theirs = new com.aerospike.client.Value[args.length];
        Value[] mine = new Value[args.length];
        for (int i = 0; i < args.length; i++) {
            theirs[i] = com.aerospike.client.Value.get(args[i]);
            mine[i] = Value.of(args[i]);
        }
        same("execute UDF, every argument type", () -> official.execute(null, TK, "mod", "fn", theirs),
                () -> ours.execute(null, MK, "mod", "fn", mine));
        same("execute UDF, null argument", () -> official.execute(null, TK, "mod", "fn", com.aerospike.client.Value.getAsNull()),
                () -> ours.execute(null, MK, "mod", "fn", Value.NULL));
        same("execute UDF, geojson argument",
                () -> official.execute(null, TK, "mod", "fn", com.aerospike.client.Value.getAsGeoJSON("{\"type\":\"Point\",\"coordinates\":[1,2]}")),
                () -> ours.execute(null, MK, "mod", "fn", Value.of(GeoJson.of("{\"type\":\"Point\",\"coordinates\":[1,2]}"))));
        same("execute UDF, no set, unicode names", () -> official.execute(null, tk(null, "k1"), "mödul", "fünction"),
                () -> ours.execute(null, mk(null, "k1"), "mödul", "fünction"));
        com.aerospike.client.policy.WritePolicy tc = new com.aerospike.client.policy.WritePolicy();
        tc.compress = true;
        WritePolicy mc = WritePolicy.builder().compress(true).build();
        same("execute UDF, large args, compress", () -> official.execute(tc, TK, "mod", "fn", com.aerospike.client.Value.get("y".repeat(4000))),
                () -> ours.execute(mc, MK, "mod", "fn", Value.of("y".repeat(4000))));
    }

    private static Object[] pair(String name, java.util.function.Consumer<com.aerospike.client.policy.Policy> theirs,
                                 java.util.function.UnaryOperator<Policy.Builder> mine) {
        return new Object[] {name, theirs, mine};
    }

    private static void writePolicies() {
        com.aerospike.client.exp.Expression texp = com.aerospike.client.exp.Exp.build(
                com.aerospike.client.exp.Exp.gt(com.aerospike.client.exp.Exp.intBin("i"), com.aerospike.client.exp.Exp.val(10)));
        Expression mexp = Expression.of(texp.getBytes());
        List<WriteVariant> variants = List.of(
                new WriteVariant("durable delete", p -> p.durableDelete = true, b -> b.durableDelete(true)),
                new WriteVariant("gen equal", p -> { p.generationPolicy = com.aerospike.client.policy.GenerationPolicy.EXPECT_GEN_EQUAL; p.generation = 99; },
                        b -> b.generationPolicy(GenerationPolicy.EXPECT_GEN_EQUAL).generation(99)),
                new WriteVariant("gen gt", p -> { p.generationPolicy = com.aerospike.client.policy.GenerationPolicy.EXPECT_GEN_GT; p.generation = 7; },
                        b -> b.generationPolicy(GenerationPolicy.EXPECT_GEN_GT).generation(7)),
                new WriteVariant("gen none with value", p -> p.generation = 5, b -> b.generation(5)),
                new WriteVariant("expiration -2", p -> p.expiration = -2, b -> b.expiration(-2)),
                new WriteVariant("expiration -1", p -> p.expiration = -1, b -> b.expiration(-1)),
                new WriteVariant("expiration 0", p -> p.expiration = 0, b -> b.expiration(0)),
                new WriteVariant("expiration 100", p -> p.expiration = 100, b -> b.expiration(100)),
                new WriteVariant("commit master", p -> p.commitLevel = com.aerospike.client.policy.CommitLevel.COMMIT_MASTER,
                        b -> b.commitLevel(CommitLevel.COMMIT_MASTER)),
                new WriteVariant("update only", p -> p.recordExistsAction = com.aerospike.client.policy.RecordExistsAction.UPDATE_ONLY,
                        b -> b.recordExistsAction(RecordExistsAction.UPDATE_ONLY)),
                new WriteVariant("replace", p -> p.recordExistsAction = com.aerospike.client.policy.RecordExistsAction.REPLACE,
                        b -> b.recordExistsAction(RecordExistsAction.REPLACE)),
                new WriteVariant("replace only", p -> p.recordExistsAction = com.aerospike.client.policy.RecordExistsAction.REPLACE_ONLY,
                        b -> b.recordExistsAction(RecordExistsAction.REPLACE_ONLY)),
                new WriteVariant("create only", p -> p.recordExistsAction = com.aerospike.client.policy.RecordExistsAction.CREATE_ONLY,
                        b -> b.recordExistsAction(RecordExistsAction.CREATE_ONLY)),
                new WriteVariant("xdr", p -> p.xdr = true, b -> b.xdr(true)),
                new WriteVariant("sendKey", p -> p.sendKey = true, b -> b.sendKey(true)),
                new WriteVariant("filter", p -> p.filterExp = texp, b -> b.filterExpression(mexp)),
                new WriteVariant("compress", p -> p.compress = true, b -> b.compress(true)),
                new WriteVariant("respondAllOps", p -> p.respondAllOps = true, b -> b.respondAllOps(true)),
                new WriteVariant("readModeAP ALL", p -> p.readModeAP = com.aerospike.client.policy.ReadModeAP.ALL, b -> b.readModeAP(ReadModeAP.ALL)),
                new WriteVariant("SC linearize", p -> p.readModeSC = com.aerospike.client.policy.ReadModeSC.LINEARIZE, b -> b.readModeSC(ReadModeSC.LINEARIZE)),
                new WriteVariant("timeouts", p -> { p.socketTimeout = 250; p.totalTimeout = 5000; p.maxRetries = 1; },
                        b -> b.socketTimeout(250).totalTimeout(5000).maxRetries(1)),
                new WriteVariant("everything", p -> {
                    p.durableDelete = true;
                    p.generationPolicy = com.aerospike.client.policy.GenerationPolicy.EXPECT_GEN_EQUAL;
                    p.generation = 3;
                    p.expiration = 60;
                    p.commitLevel = com.aerospike.client.policy.CommitLevel.COMMIT_MASTER;
                    p.recordExistsAction = com.aerospike.client.policy.RecordExistsAction.REPLACE;
                    p.sendKey = true;
                    p.filterExp = texp;
                }, b -> b.durableDelete(true).generationPolicy(GenerationPolicy.EXPECT_GEN_EQUAL).generation(3).expiration(60)
                        .commitLevel(CommitLevel.COMMIT_MASTER).recordExistsAction(RecordExistsAction.REPLACE).sendKey(true)
                        .filterExpression(mexp)));
        for (WriteVariant v : variants) {
            com.aerospike.client.policy.WritePolicy tp = new com.aerospike.client.policy.WritePolicy();
            v.theirs.accept(tp);
            WritePolicy mp = v.mine.apply(WritePolicy.builder()).build();
            same("put, " + v.name, () -> official.put(tp, TK, tb("a", 1L), tb("s", "x".repeat(150))),
                    () -> ours.put(mp, MK, Bin.of("a", 1L), Bin.of("s", "x".repeat(150))));
            same("execute UDF, " + v.name, () -> official.execute(tp, TK, "mod", "fn", com.aerospike.client.Value.get(1L),
                    com.aerospike.client.Value.get("x".repeat(150))),
                    () -> ours.execute(mp, MK, "mod", "fn", Value.of(1L), Value.of("x".repeat(150))));
            same("delete, " + v.name, () -> official.delete(tp, TK), () -> ours.delete(mp, MK));
            same("touch, " + v.name, () -> official.touch(tp, TK), () -> ours.touch(mp, MK));
            same("append, " + v.name, () -> official.append(tp, TK, tb("s", "z")), () -> ours.append(mp, MK, Bin.of("s", "z")));
            same("add, " + v.name, () -> official.add(tp, TK, tb("i", 2L)), () -> ours.add(mp, MK, Bin.of("i", 2L)));
            same("operate write+read, " + v.name,
                    () -> official.operate(tp, TK, com.aerospike.client.Operation.add(tb("i", 3L)), com.aerospike.client.Operation.get("i")),
                    () -> ours.operate(mp, MK, Operations.add("i", 3L), Operations.get("i")));
            same("operate read only, " + v.name,
                    () -> official.operate(tp, TK, com.aerospike.client.Operation.get("i")),
                    () -> ours.operate(mp, MK, Operations.get("i")));
        }
    }

    private record WriteVariant(String name, java.util.function.Consumer<com.aerospike.client.policy.WritePolicy> theirs,
                                java.util.function.UnaryOperator<WritePolicy.Builder> mine) {
    }

    private static void operations() {
        same("operate add+get", () -> official.operate(null, TK, com.aerospike.client.Operation.add(tb("i", 3L)),
                        com.aerospike.client.Operation.get("i")),
                () -> ours.operate(MK, Operations.add("i", 3L), Operations.get("i")));
        same("operate all kinds", () -> official.operate(null, TK,
                        com.aerospike.client.Operation.put(tb("a", 1L)),
                        com.aerospike.client.Operation.append(tb("s", "x")),
                        com.aerospike.client.Operation.prepend(tb("s", "y")),
                        com.aerospike.client.Operation.add(tb("d", 1.5)),
                        com.aerospike.client.Operation.touch(),
                        com.aerospike.client.Operation.get("a"),
                        com.aerospike.client.Operation.get("a")),
                () -> ours.operate(MK, Operations.put("a", 1L), Operations.append("s", "x"), Operations.prepend("s", "y"),
                        Operations.add("d", 1.5), Operations.touch(), Operations.get("a"), Operations.get("a")));
        same("operate get all", () -> official.operate(null, TK, com.aerospike.client.Operation.get()),
                () -> ours.operate(MK, Operations.get()));
        same("operate get all + write", () -> official.operate(null, TK, com.aerospike.client.Operation.put(tb("a", 2L)),
                        com.aerospike.client.Operation.get()),
                () -> ours.operate(MK, Operations.put("a", 2L), Operations.get()));
        same("operate getHeader", () -> official.operate(null, TK, com.aerospike.client.Operation.getHeader()),
                () -> ours.operate(MK, Operations.getHeader()));
        same("operate getHeader + get", () -> official.operate(null, TK, com.aerospike.client.Operation.getHeader(),
                        com.aerospike.client.Operation.get("a")),
                () -> ours.operate(MK, Operations.getHeader(), Operations.get("a")));
        same("operate delete + put", () -> official.operate(null, TK, com.aerospike.client.Operation.delete(),
                        com.aerospike.client.Operation.put(tb("a", 1L))),
                () -> ours.operate(MK, Operations.delete(), Operations.put("a", 1L)));
        same("operate put list + map", () -> official.operate(null, TK, com.aerospike.client.Operation.put(tb("l", List.of(1L, "z"))),
                        com.aerospike.client.Operation.put(tb("m", new TreeMap<>(Map.of("k", 1L))))),
                () -> ours.operate(MK, Operations.put("l", List.of(1L, "z")), Operations.put("m", new TreeMap<>(Map.of("k", 1L)))));
        same("operate remove bin", () -> official.operate(null, TK, com.aerospike.client.Operation.put(com.aerospike.client.Bin.asNull("a"))),
                () -> ours.operate(MK, new Operation(Operation.Type.WRITE, "a", Value.NULL)));
        com.aerospike.client.policy.WritePolicy all = new com.aerospike.client.policy.WritePolicy();
        all.respondAllOps = true;
        WritePolicy mall = WritePolicy.builder().respondAllOps(true).build();
        same("operate respondAllOps", () -> official.operate(all, TK, com.aerospike.client.Operation.put(tb("a", 1L)),
                        com.aerospike.client.Operation.get("a"), com.aerospike.client.Operation.get("nosuch")),
                () -> ours.operate(mall, MK, Operations.put("a", 1L), Operations.get("a"), Operations.get("nosuch")));
        same("operate respondAllOps + get all", () -> official.operate(all, TK, com.aerospike.client.Operation.get()),
                () -> ours.operate(mall, MK, Operations.get()));
        com.aerospike.client.policy.WritePolicy touchRead = new com.aerospike.client.policy.WritePolicy();
        touchRead.readTouchTtlPercent = 80;
        touchRead.expiration = 500;
        WritePolicy mtouchRead = WritePolicy.builder().readTouchTtlPercent(80).expiration(500).build();
        same("operate read-only read-touch", () -> official.operate(touchRead, TK, com.aerospike.client.Operation.get("a")),
                () -> ours.operate(mtouchRead, MK, Operations.get("a")));
        same("operate write uses expiration", () -> official.operate(touchRead, TK, com.aerospike.client.Operation.touch()),
                () -> ours.operate(mtouchRead, MK, Operations.touch()));
        same("operate list append + size (list ops keep RESPOND_ALL_OPS off)",
                () -> official.operate(null, TK, com.aerospike.client.cdt.ListOperation.append("l", com.aerospike.client.Value.get(7L)),
                        com.aerospike.client.cdt.ListOperation.size("l")),
                () -> ours.operate(MK, ListOperations.append("l", 7L), ListOperations.size("l")));
        same("operate map put + getByKey (map ops force RESPOND_ALL_OPS)",
                () -> official.operate(null, TK, com.aerospike.client.cdt.MapOperation.put(com.aerospike.client.cdt.MapPolicy.Default, "m",
                                com.aerospike.client.Value.get("c"), com.aerospike.client.Value.get(3L)),
                        com.aerospike.client.cdt.MapOperation.getByKey("m", com.aerospike.client.Value.get("c"),
                                com.aerospike.client.cdt.MapReturnType.VALUE)),
                () -> ours.operate(MK, MapOperations.put("m", "c", 3L), MapOperations.getByKey("m", "c", MapReturnType.VALUE)));
        same("operate map size read-only", () -> official.operate(null, TK, com.aerospike.client.cdt.MapOperation.size("m")),
                () -> ours.operate(MK, MapOperations.size("m")));
    }

    @TestFactory
    Stream<DynamicTest> requestFramesAreIdentical() {
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
