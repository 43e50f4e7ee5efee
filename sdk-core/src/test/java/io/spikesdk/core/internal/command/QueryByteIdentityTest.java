package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Expression;
import io.spikesdk.api.Key;
import io.spikesdk.api.PartitionFilter;
import io.spikesdk.api.ReadModeAP;
import io.spikesdk.api.ReadModeSC;
import io.spikesdk.api.CommitLevel;
import io.spikesdk.api.Filter;
import io.spikesdk.api.GeoJson;
import io.spikesdk.api.GenerationPolicy;
import io.spikesdk.api.Operations;
import io.spikesdk.api.RecordExistsAction;
import io.spikesdk.api.Value;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.api.IndexCollectionType;
import io.spikesdk.api.QueryDuration;
import io.spikesdk.api.QueryPolicy;
import io.spikesdk.api.Statement;
import io.spikesdk.cdt.CTX;
import io.spikesdk.core.testing.FakeNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The query sibling of {@link ScanByteIdentityTest}: the same queries (index filters of every kind, collection
 * types, bins, partition filters, policies) and background jobs ({@code execute} with write policies, paced or not) from the
 * official client 9.0.5 and ours against one capture node must send byte-identical frames, but for the random task
 * id (QUERY_ID), zeroed before comparing.
 */
class QueryByteIdentityTest {
    private static CaptureNode capture;
    private static FakeNode node;
    private static com.aerospike.client.AerospikeClient official;
    private static AerospikeClient ours;

    @BeforeAll
    static void start() throws Exception {
        capture = CaptureNode.start("BB9FA4E000003");
        node = capture.node;
        official = capture.official;
        ours = capture.ours;
        // both clients need the aggregation module's source: the official one in a directory, ours from the server
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("udf");
        java.nio.file.Files.writeString(dir.resolve("mod.lua"), AGGREGATE_SOURCE);
        com.aerospike.client.lua.LuaConfig.SourceDirectory = dir.toString();
        node.setInfo("udf-get:filename=mod.lua", "type=LUA;content=" + java.util.Base64.getEncoder().encodeToString(
            AGGREGATE_SOURCE.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + ";");
    }

    private static final String AGGREGATE_SOURCE = "function agg(s, ...)\n  return s\nend\n";

    private static void drain(com.aerospike.client.query.ResultSet rs) {
        try (rs) {
            while (rs.next()) {
                rs.getObject();
            }
        }
    }

    private static void drain(io.spikesdk.api.ResultStream results) {
        try (results) {
            while (results.hasNext()) {
                results.next();
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        capture.close();
    }

    private record PolicyPair(String name, Consumer<com.aerospike.client.policy.QueryPolicy> theirs,
                              Consumer<QueryPolicy.Builder> mine) {
    }

    private record FilterPair(String name, com.aerospike.client.query.Filter theirs, Filter mine) {
    }

    private static final com.aerospike.client.exp.Expression TEXP = com.aerospike.client.exp.Exp.build(
        com.aerospike.client.exp.Exp.eq(com.aerospike.client.exp.Exp.intBin("a"), com.aerospike.client.exp.Exp.val(1)));
    private static final Expression MEXP = Expression.of(TEXP.getBytes());

    private static final List<PolicyPair> POLICIES = List.of(
        new PolicyPair("default", p -> { }, b -> { }),
        new PolicyPair("no bin data", p -> p.includeBinData = false, b -> b.includeBinData(false)),
        new PolicyPair("max records", p -> p.maxRecords = 10, b -> b.maxRecords(10)),
        new PolicyPair("short", p -> p.expectedDuration = com.aerospike.client.policy.QueryDuration.SHORT,
            b -> b.expectedDuration(QueryDuration.SHORT)),
        new PolicyPair("relax AP", p -> p.expectedDuration = com.aerospike.client.policy.QueryDuration.LONG_RELAX_AP,
            b -> b.expectedDuration(QueryDuration.LONG_RELAX_AP)),
        new PolicyPair("filter expression", p -> p.filterExp = TEXP, b -> b.filterExpression(MEXP)),
        new PolicyPair("AP all", p -> p.readModeAP = com.aerospike.client.policy.ReadModeAP.ALL,
            b -> b.readModeAP(ReadModeAP.ALL)),
        new PolicyPair("SC linearize", p -> p.readModeSC = com.aerospike.client.policy.ReadModeSC.LINEARIZE,
            b -> b.readModeSC(ReadModeSC.LINEARIZE)),
        new PolicyPair("compress", p -> p.compress = true, b -> b.compress(true)),
        new PolicyPair("timeouts", p -> {
            p.totalTimeout = 2500;
            p.socketTimeout = 700;
        }, b -> b.totalTimeout(2500).socketTimeout(700)));

    private static final GeoJson SQUARE = GeoJson.polygon(new double[] {0, 0}, new double[] {1, 0},
        new double[] {1, 1}, new double[] {0, 1});

    private static final List<FilterPair> FILTERS = List.of(
        new FilterPair("no filter", null, null),
        new FilterPair("equal long", com.aerospike.client.query.Filter.equal("n", 42L), Filter.equal("n", 42L)),
        new FilterPair("equal string", com.aerospike.client.query.Filter.equal("s", "hello"),
            Filter.equal("s", "hello")),
        new FilterPair("equal blob", com.aerospike.client.query.Filter.equal("b", new byte[] {1, 2, 3}),
            Filter.equal("b", new byte[] {1, 2, 3})),
        new FilterPair("range", com.aerospike.client.query.Filter.range("n", -5, 1L << 40), Filter.range("n", -5,
            1L << 40)),
        new FilterPair("range list", com.aerospike.client.query.Filter.range("l",
            com.aerospike.client.query.IndexCollectionType.LIST, 1, 9), Filter.range("l", IndexCollectionType.LIST,
            1, 9)),
        new FilterPair("contains mapkeys", com.aerospike.client.query.Filter.contains("m",
            com.aerospike.client.query.IndexCollectionType.MAPKEYS, "k"), Filter.contains("m",
            IndexCollectionType.MAPKEYS, "k")),
        new FilterPair("contains mapvalues", com.aerospike.client.query.Filter.contains("m",
            com.aerospike.client.query.IndexCollectionType.MAPVALUES, 7L), Filter.contains("m",
            IndexCollectionType.MAPVALUES, 7L)),
        new FilterPair("contains list blob", com.aerospike.client.query.Filter.contains("l",
            com.aerospike.client.query.IndexCollectionType.LIST, new byte[] {9}), Filter.contains("l",
            IndexCollectionType.LIST, new byte[] {9})),
        new FilterPair("range in a map key context", com.aerospike.client.query.Filter.range("m",
            com.aerospike.client.query.IndexCollectionType.LIST, 1, 9,
            com.aerospike.client.cdt.CTX.mapKey(com.aerospike.client.Value.get("k")),
            com.aerospike.client.cdt.CTX.listIndex(-1)),
            Filter.range("m", IndexCollectionType.LIST, 1, 9).withContext(CTX.indexContext(CTX.mapKey("k"),
                CTX.listIndex(-1)))),
        new FilterPair("equal string in a list rank context", com.aerospike.client.query.Filter.equal("l", "x",
            com.aerospike.client.cdt.CTX.listRank(0)),
            Filter.equal("l", "x").withContext(CTX.indexContext(CTX.listRank(0)))),
        new FilterPair("geo within polygon", com.aerospike.client.query.Filter.geoWithinRegion("g", SQUARE.json()),
            Filter.geoWithinRegion("g", SQUARE)),
        new FilterPair("geo within polygon of list elements", com.aerospike.client.query.Filter.geoWithinRegion("g",
            com.aerospike.client.query.IndexCollectionType.LIST, SQUARE.json()),
            Filter.geoWithinRegion("g", IndexCollectionType.LIST, SQUARE)),
        new FilterPair("geo within radius", com.aerospike.client.query.Filter.geoWithinRadius("g", -122.4194,
            37.7749, 5000.5), Filter.geoWithinRadius("g", -122.4194, 37.7749, 5000.5)),
        new FilterPair("geo within radius of map values", com.aerospike.client.query.Filter.geoWithinRadius("g",
            com.aerospike.client.query.IndexCollectionType.MAPVALUES, 2.5, -3.25, 10),
            Filter.geoWithinRadius("g", IndexCollectionType.MAPVALUES, 2.5, -3.25, 10)),
        new FilterPair("geo contains point", com.aerospike.client.query.Filter.geoContains("g",
            GeoJson.point(1.5, 2.5).json()), Filter.geoContainsPoint("g", 1.5, 2.5)),
        new FilterPair("geo contains point in a context", com.aerospike.client.query.Filter.geoContains("g",
            com.aerospike.client.query.IndexCollectionType.MAPKEYS, GeoJson.point(1.5, 2.5).json(),
            com.aerospike.client.cdt.CTX.mapIndex(2)),
            Filter.geoContainsPoint("g", IndexCollectionType.MAPKEYS, GeoJson.point(1.5, 2.5))
                .withContext(CTX.indexContext(CTX.mapIndex(2)))));

    private record ExecPair(String name, Consumer<com.aerospike.client.policy.WritePolicy> theirs,
                            Consumer<WritePolicy.Builder> mine) {
    }

    private record UdfArgs(String name, com.aerospike.client.Value[] theirs, Value[] mine) {
    }

    private record Case(String name, Runnable theirs, Runnable mine) {
    }

    private static final List<Case> CASES = new ArrayList<>();

    private static void drain(com.aerospike.client.query.RecordSet rs) {
        try (rs) {
            while (rs.next()) {
                rs.getRecord();
            }
        }
    }

    private static com.aerospike.client.query.Statement theirs(FilterPair f, String set, String... bins) {
        com.aerospike.client.query.Statement stmt = new com.aerospike.client.query.Statement();
        stmt.setNamespace("test");
        stmt.setSetName(set);
        if (bins.length > 0) {
            stmt.setBinNames(bins);
        }
        stmt.setFilter(f.theirs());
        return stmt;
    }

    private static Statement mine(FilterPair f, String set, String... bins) {
        return Statement.builder("test").set(set).binNames(bins).filter(f.mine()).build();
    }

    static {
        for (PolicyPair pair : POLICIES) {
            com.aerospike.client.policy.QueryPolicy tp = new com.aerospike.client.policy.QueryPolicy();
            pair.theirs().accept(tp);
            QueryPolicy.Builder b = QueryPolicy.builder();
            pair.mine().accept(b);
            QueryPolicy mp = b.build();
            for (FilterPair f : FILTERS) {
                String name = f.name() + ", " + pair.name();
                CASES.add(new Case(name, () -> drain(official.query(tp, theirs(f, "demo"))),
                    () -> ours.query(mp, mine(f, "demo"), r -> { })));
                CASES.add(new Case("bins, " + name, () -> drain(official.query(tp, theirs(f, "demo", "x", "yy"))),
                    () -> ours.query(mp, mine(f, "demo", "x", "yy"), r -> { })));
                CASES.add(new Case("no set, range, " + name, () -> drain(official.queryPartitions(tp, theirs(f, null),
                        com.aerospike.client.query.PartitionFilter.range(1000, 33))),
                    () -> ours.query(mp, PartitionFilter.range(1000, 33), mine(f, null), r -> { })));
                CASES.add(new Case("after digest, " + name, () -> drain(official.queryPartitions(tp,
                        theirs(f, "demo"), com.aerospike.client.query.PartitionFilter.after(
                            new com.aerospike.client.Key("test", "demo", "k9")))),
                    () -> ours.query(mp, PartitionFilter.after(Key.of("test", "demo", "k9")), mine(f, "demo"),
                        r -> { })));
            }
        }
        List<ExecPair> execPolicies = List.of(
            new ExecPair("default", p -> { }, b -> { }),
            new ExecPair("expiration, durable delete, commit master", p -> {
                p.expiration = 300;
                p.durableDelete = true;
                p.commitLevel = com.aerospike.client.policy.CommitLevel.COMMIT_MASTER;
            }, b -> b.expiration(300).durableDelete(true).commitLevel(CommitLevel.COMMIT_MASTER)),
            new ExecPair("update only, generation", p -> {
                p.recordExistsAction = com.aerospike.client.policy.RecordExistsAction.UPDATE_ONLY;
                p.generationPolicy = com.aerospike.client.policy.GenerationPolicy.EXPECT_GEN_EQUAL;
                p.generation = 4;
            }, b -> b.recordExistsAction(RecordExistsAction.UPDATE_ONLY)
                .generationPolicy(GenerationPolicy.EXPECT_GEN_EQUAL).generation(4)),
            new ExecPair("filter expression, timeouts", p -> {
                p.filterExp = TEXP;
                p.totalTimeout = 2500;
                p.socketTimeout = 700;
            }, b -> b.filterExpression(MEXP).totalTimeout(2500).socketTimeout(700)));
        for (ExecPair pair : execPolicies) {
            com.aerospike.client.policy.WritePolicy tp = new com.aerospike.client.policy.WritePolicy();
            pair.theirs().accept(tp);
            WritePolicy.Builder b = WritePolicy.builder();
            pair.mine().accept(b);
            WritePolicy mp = b.build();
            for (FilterPair f : FILTERS) {
                CASES.add(new Case("execute, " + f.name() + ", " + pair.name(),
                    () -> official.execute(tp, theirs(f, "demo"),
                        com.aerospike.client.Operation.put(new com.aerospike.client.Bin("x", 5L)),
                        com.aerospike.client.Operation.add(new com.aerospike.client.Bin("c", 1L))),
                    () -> ours.execute(mp, mine(f, "demo"), Operations.put("x", 5L), Operations.add("c", 1L))));
            }
        }
        for (ExecPair pair : List.of(execPolicies.get(0), execPolicies.get(3))) {
            com.aerospike.client.policy.WritePolicy tp = new com.aerospike.client.policy.WritePolicy();
            pair.theirs().accept(tp);
            WritePolicy.Builder b = WritePolicy.builder();
            pair.mine().accept(b);
            WritePolicy mp = b.build();
            for (FilterPair f : FILTERS) {
                for (String set : new String[] {"demo", null}) {
                    CASES.add(new Case("execute paced, " + f.name() + ", set " + set + ", " + pair.name(), () -> {
                        com.aerospike.client.query.Statement paced = theirs(f, set);
                        paced.setRecordsPerSecond(250);
                        official.execute(tp, paced,
                            com.aerospike.client.Operation.put(new com.aerospike.client.Bin("x", 5L)));
                    }, () -> ours.execute(mp, mine(f, set), 250, Operations.put("x", 5L))));
                }
            }
        }
        List<UdfArgs> udfArgs = List.of(
            new UdfArgs("no args", new com.aerospike.client.Value[0], new Value[0]),
            new UdfArgs("long and string", new com.aerospike.client.Value[] {com.aerospike.client.Value.get(7L),
                com.aerospike.client.Value.get("x")}, new Value[] {Value.of(7L), Value.of("x")}),
            new UdfArgs("list and map", new com.aerospike.client.Value[] {
                com.aerospike.client.Value.get(List.of(1L, "a")),
                com.aerospike.client.Value.get(new java.util.TreeMap<>(java.util.Map.of("k", 2.5)))},
                new Value[] {Value.of(List.of(1L, "a")), Value.of(new java.util.TreeMap<>(java.util.Map.of("k", 2.5)))}));
        for (ExecPair pair : execPolicies) {
            com.aerospike.client.policy.WritePolicy tp = new com.aerospike.client.policy.WritePolicy();
            pair.theirs().accept(tp);
            WritePolicy.Builder b = WritePolicy.builder();
            pair.mine().accept(b);
            WritePolicy mp = b.build();
            for (FilterPair f : FILTERS) {
                for (UdfArgs args : udfArgs) {
                    CASES.add(new Case("execute UDF, " + args.name() + ", " + f.name() + ", " + pair.name(),
                        () -> official.execute(tp, theirs(f, "demo"), "mod", "fn", args.theirs()),
                        () -> ours.execute(mp, mine(f, "demo"), "mod", "fn", args.mine())));
                }
            }
            CASES.add(new Case("execute UDF with bin names, no set, " + pair.name(),
                () -> official.execute(tp, theirs(FILTERS.get(0), null, "x", "yy"), "mod", "fn"),
                () -> ours.execute(mp, mine(FILTERS.get(0), null, "x", "yy"), "mod", "fn")));
        }
        for (PolicyPair pair : POLICIES) {
            com.aerospike.client.policy.QueryPolicy tp = new com.aerospike.client.policy.QueryPolicy();
            pair.theirs().accept(tp);
            QueryPolicy.Builder b = QueryPolicy.builder();
            pair.mine().accept(b);
            QueryPolicy mp = b.build();
            for (FilterPair f : FILTERS) {
                for (UdfArgs args : List.of(udfArgs.get(0), udfArgs.get(2))) {
                    CASES.add(new Case("queryAggregate, " + args.name() + ", " + f.name() + ", " + pair.name(),
                        () -> drain(official.queryAggregate(tp, theirs(f, "demo"), "mod", "agg", args.theirs())),
                        () -> drain(ours.queryAggregate(mp, mine(f, "demo"), "mod", "agg", args.mine()))));
                }
            }
            CASES.add(new Case("queryAggregate with bin names, no set, " + pair.name(),
                () -> drain(official.queryAggregate(tp, theirs(FILTERS.get(1), null, "x", "yy"), "mod", "agg")),
                () -> drain(ours.queryAggregate(mp, mine(FILTERS.get(1), null, "x", "yy"), "mod", "agg"))));
        }
        com.aerospike.client.query.Statement rps = theirs(FILTERS.get(1), "demo");
        rps.setRecordsPerSecond(250);
        CASES.add(new Case("records per second", () -> drain(official.query(null, rps)),
            () -> ours.query(QueryPolicy.builder().recordsPerSecond(250).build(), mine(FILTERS.get(1), "demo"),
                r -> { })));
    }

    @TestFactory
    Stream<DynamicTest> queryRequestFramesAreIdentical() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            node.clearRequests();
            c.theirs().run();
            String theirs = CaptureNode.withoutTaskId(node.nextRequest());
            c.mine().run();
            String mine = CaptureNode.withoutTaskId(node.nextRequest());
            assertEquals(theirs, mine, c.name());
        }));
    }
}
