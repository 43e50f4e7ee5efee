package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Expression;
import io.spikesdk.api.Key;
import io.spikesdk.api.PartitionFilter;
import io.spikesdk.api.ReadModeAP;
import io.spikesdk.api.ReadModeSC;
import io.spikesdk.api.ScanPolicy;
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
 * The scan sibling of {@link BatchByteIdentityTest}: the official client 9.0.5 and ours scan one capture node (which
 * answers each scan with a LAST-flagged reply) and the request frames must be byte-identical, but for the random
 * task id (QUERY_ID), which both pick per round and which is zeroed before comparing.
 */
class ScanByteIdentityTest {
    private static CaptureNode capture;
    private static FakeNode node;
    private static com.aerospike.client.AerospikeClient official;
    private static AerospikeClient ours;

    @BeforeAll
    static void start() throws Exception {
        capture = CaptureNode.start("BB9FA4E000002");
        node = capture.node;
        official = capture.official;
        ours = capture.ours;
    }

    @AfterAll
    static void stop() throws Exception {
        capture.close();
    }

    private record PolicyPair(String name, Consumer<com.aerospike.client.policy.ScanPolicy> theirs,
                              Consumer<ScanPolicy.Builder> mine) {
    }

    private static final com.aerospike.client.exp.Expression TEXP = com.aerospike.client.exp.Exp.build(
        com.aerospike.client.exp.Exp.eq(com.aerospike.client.exp.Exp.intBin("a"), com.aerospike.client.exp.Exp.val(1)));
    private static final Expression MEXP = Expression.of(TEXP.getBytes());

    private static final List<PolicyPair> POLICIES = List.of(
        new PolicyPair("default", p -> { }, b -> { }),
        new PolicyPair("no bin data", p -> p.includeBinData = false, b -> b.includeBinData(false)),
        new PolicyPair("max records", p -> p.maxRecords = 10, b -> b.maxRecords(10)),
        new PolicyPair("records per second", p -> p.recordsPerSecond = 300, b -> b.recordsPerSecond(300)),
        new PolicyPair("filter", p -> p.filterExp = TEXP, b -> b.filterExpression(MEXP)),
        new PolicyPair("AP all", p -> p.readModeAP = com.aerospike.client.policy.ReadModeAP.ALL,
            b -> b.readModeAP(ReadModeAP.ALL)),
        new PolicyPair("SC allow unavailable",
            p -> p.readModeSC = com.aerospike.client.policy.ReadModeSC.ALLOW_UNAVAILABLE,
            b -> b.readModeSC(ReadModeSC.ALLOW_UNAVAILABLE)),
        new PolicyPair("compress", p -> p.compress = true, b -> b.compress(true)),
        new PolicyPair("read touch", p -> p.readTouchTtlPercent = 60, b -> b.readTouchTtlPercent(60)),
        new PolicyPair("timeouts", p -> {
            p.totalTimeout = 2500;
            p.socketTimeout = 700;
        }, b -> b.totalTimeout(2500).socketTimeout(700)),
        new PolicyPair("socket timeout over total", p -> {
            p.totalTimeout = 500;
            p.socketTimeout = 0;
        }, b -> b.totalTimeout(500).socketTimeout(0)));

    private record Case(String name, Runnable theirs, Runnable mine) {
    }

    private static final List<Case> CASES = new ArrayList<>();

    static {
        for (PolicyPair pair : POLICIES) {
            com.aerospike.client.policy.ScanPolicy tp = new com.aerospike.client.policy.ScanPolicy();
            pair.theirs().accept(tp);
            ScanPolicy.Builder b = ScanPolicy.builder();
            pair.mine().accept(b);
            ScanPolicy mp = b.build();
            CASES.add(new Case("all, " + pair.name(), () -> official.scanAll(tp, "test", "demo", (k, r) -> { }),
                () -> ours.scan(mp, "test", "demo", r -> { })));
            CASES.add(new Case("bins, " + pair.name(), () -> official.scanAll(tp, "test", "demo", (k, r) -> { }, "x",
                "yy"), () -> ours.scan(mp, "test", "demo", r -> { }, "x", "yy")));
            CASES.add(new Case("no set, " + pair.name(), () -> official.scanAll(tp, "bar", null, (k, r) -> { }),
                () -> ours.scan(mp, "bar", null, r -> { })));
            CASES.add(new Case("partition id, " + pair.name(),
                () -> official.scanPartitions(tp, com.aerospike.client.query.PartitionFilter.id(17), "test", "demo",
                    (k, r) -> { }),
                () -> ours.scan(mp, PartitionFilter.id(17), "test", "demo", r -> { })));
            CASES.add(new Case("partition range, " + pair.name(),
                () -> official.scanPartitions(tp, com.aerospike.client.query.PartitionFilter.range(300, 77), "test",
                    "demo", (k, r) -> { }),
                () -> ours.scan(mp, PartitionFilter.range(300, 77), "test", "demo", r -> { })));
            CASES.add(new Case("after digest, " + pair.name(),
                () -> official.scanPartitions(tp, com.aerospike.client.query.PartitionFilter.after(
                    new com.aerospike.client.Key("test", "demo", "k9")), "test", "demo", (k, r) -> { }),
                () -> ours.scan(mp, PartitionFilter.after(Key.of("test", "demo", "k9")), "test", "demo", r -> { })));
            CASES.add(new Case("stream, " + pair.name(), () -> official.scanAll(tp, "test", "demo", (k, r) -> { }),
                () -> ours.scan(mp, "test", "demo").close()));
        }
    }

    @TestFactory
    Stream<DynamicTest> scanRequestFramesAreIdentical() {
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
