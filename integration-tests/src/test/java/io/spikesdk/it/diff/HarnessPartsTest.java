package io.spikesdk.it.diff;

import com.aerospike.client.cdt.CTX;
import com.aerospike.client.cdt.ListOrder;
import org.junit.jupiter.api.Test;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The harness's own pieces, without any server: rendering, generation, crash steering, replay. */
class HarnessPartsTest {
    @Test
    void renderingKeepsTypesAndOrderButNotHashOrder() {
        assertNotEquals(Render.value(0.0), Render.value(-0.0));
        assertNotEquals(Render.value(1L), Render.value(1.0));
        assertNotEquals(Render.value(List.of(1L, 2L)), Render.value(List.of(2L, 1L)));
        assertNotEquals(Render.value(new byte[] {1}), Render.value(new byte[] {2}));
        Map<Object, Object> a = new HashMap<>();
        Map<Object, Object> b = new HashMap<>(64);
        for (long i = 0; i < 20; i++) {
            a.put(i * 7919, i);
            b.put((19 - i) * 7919, 19 - i);
        }
        assertEquals(Render.value(a), Render.value(b));
        TreeMap<Object, Object> sorted = new TreeMap<>(Map.of(1L, 1L));
        assertNotEquals(Render.value(sorted), Render.value(new HashMap<>(sorted)));
        List<Object> entries = new ArrayList<>(List.of(new AbstractMap.SimpleEntry<>(2L, 0L), new AbstractMap.SimpleEntry<>(1L, 0L)));
        List<Object> reversed = new ArrayList<>(List.of(entries.get(1), entries.get(0)));
        assertNotEquals(Render.value(entries), Render.value(reversed));
        Map<Object, Object> inserted = new LinkedHashMap<>();
        inserted.put("b", 1L);
        inserted.put("a", 2.0);
        assertEquals("{\"b\": 1, \"a\": 2.0d}", Render.value(inserted));
    }

    @Test
    void generationIsDeterministicPerSeedAndCase() {
        Differ one = new Differ(42, DifferentialTest.generators(), null, null);
        Differ two = new Differ(42, DifferentialTest.generators(), null, null);
        for (int n = 0; n < 300; n++) {
            assertEquals(one.generate(n).toString(), two.generate(n).toString());
        }
        assertNotEquals(one.generate(1).toString(), new Differ(43, DifferentialTest.generators(), null, null).generate(1).toString());
    }

    @Test
    void everyGeneratedCaseBuildsAndNoneIsAKnownCrash() {
        Differ differ = new Differ(7, DifferentialTest.generators(), null, null);
        for (int n = 0; n < 3000; n++) {
            Case c = differ.generate(n);
            assertFalse(c.knownCrash(), c::toString);
            if (c.command() instanceof OperateCommand operate) {
                operate.ops().forEach(Op::build);
            }
            List<Case> shrinks = c.shrinks();
            for (int i = 0; i < shrinks.size(); i++) {
                int at = i;
                assertNotEquals(c.toString(), shrinks.get(i).toString(), () -> "shrink " + at + " must change the case: " + c.command().shrinks());
            }
        }
    }

    @Test
    void bitCasesBuildEveryModeAndKeepPartialWindowsInTheFirstByte() {
        assertTrue(new BitStep("set", "b0", 8, 8, 0, new byte[] {1}, 8, 0).knownCrash());
        assertTrue(new BitStep("not", "b0", -3, 2, 0, null, 12, 0).knownCrash());
        assertFalse(new BitStep("not", "b0", 7, 20, 0, null, 8, 0).knownCrash());
        assertFalse(new BitStep("remove", "b0", 2, 2, 0, null, 8, 0).knownCrash(), "REMOVE cuts correctly");
        Differ differ = new Differ(5, List.of(new Differ.Weighted(new BitCases(), 1)), null, null);
        java.util.Set<BitCall.Mode> modes = java.util.EnumSet.noneOf(BitCall.Mode.class);
        for (int n = 0; n < 2000; n++) {
            BitCall call = (BitCall) differ.generate(n).command();
            modes.add(call.mode());
            if (call.mode() == BitCall.Mode.OPERATE) {
                call.steps().forEach(BitStep::operation);
            } else {
                com.aerospike.client.exp.Exp.build(call.expression());
            }
        }
        assertEquals(java.util.EnumSet.allOf(BitCall.Mode.class), modes);
    }

    @Test
    void cdtCasesReachDeepContextsPersistedIndexesContainerElementsAndRespondAllOps() {
        Differ differ = new Differ(11, DifferentialTest.generators(), null, null);
        boolean[] seen = new boolean[6];
        for (int n = 0; n < 20000; n++) {
            Case c = differ.generate(n);
            if (!c.category().startsWith("list:") && !c.category().startsWith("map:")) {
                continue;
            }
            OperateCommand operate = (OperateCommand) c.command();
            for (Op op : operate.ops()) {
                long lists = op.ctx().stream().filter(s -> s.kind().startsWith("list")).count();
                seen[0] |= op.ctx().size() == 3;
                seen[1] |= op.ctx().size() >= 2 && lists > 0 && lists < op.ctx().size();
            }
            for (Setup.InitialBin bin : c.setup().bins()) {
                seen[2] |= bin.persistIndex() && c.category().startsWith("list:");
                seen[3] |= bin.persistIndex() && c.category().startsWith("map:");
                seen[4] |= bin.value() instanceof List<?> l && !l.isEmpty() && l.stream().allMatch(e -> e instanceof Map<?, ?>);
            }
            seen[5] |= c.category().startsWith("list:") && operate.ops().size() > 1 && operate.policy().respondAllOps();
        }
        for (int i = 0; i < seen.length; i++) {
            assertTrue(seen[i], "coverage item " + i);
        }
    }

    @Test
    void crashGuardRecognisesTheKnownCrashInputs() {
        Op emptyInvertedKeyList = new Op("map", "removeByKeyList", "m", new ArrayList<>(List.of(List.of(), new Rt(7 | Rt.INVERTED, true))), List.of(),
                (b, x, c) -> null);
        assertTrue(CrashGuard.knownCrash(emptyInvertedKeyList));
        assertFalse(CrashGuard.knownCrash(emptyInvertedKeyList.withArgs(new ArrayList<>(List.of(List.of(), new Rt(5 | Rt.INVERTED, true))))));
        Op padNegative = new Op("list", "append", "l", List.of(1L), List.of(new CtxStep("listIndexCreate", -4, ListOrder.UNORDERED, true)), (b, x, c) -> null);
        assertTrue(CrashGuard.knownCrash(padNegative));
        assertFalse(CrashGuard.knownCrash(padNegative.withCtx(List.of(new CtxStep("listIndexCreate", -4, ListOrder.UNORDERED, false)))));
        Op createPadNegative = new Op("list", "create", "l",
                List.of(new Policies.OrderArg(ListOrder.UNORDERED), new Policies.Switch("pad", true)), List.of(CtxStep.of("listIndex", -4)), (b, x, c) -> null);
        assertTrue(CrashGuard.knownCrash(createPadNegative));
        Op mapCreateNegative = new Op("map", "create", "m", List.of(new Policies.OrderArg(com.aerospike.client.cdt.MapOrder.KEY_ORDERED)),
                List.of(CtxStep.of("listIndex", -2)), (b, x, c) -> null);
        assertTrue(CrashGuard.knownCrash(mapCreateNegative));
        assertFalse(CrashGuard.knownCrash(mapCreateNegative.withCtx(List.of(CtxStep.of("listIndex", 2)))));
        Op sortDrop = new Op("list", "sort", "l", List.of(new Policies.Flags(3, "DESCENDING|DROP_DUPLICATES")), List.of(), (b, x, c) -> null);
        Setup persisted = new Setup(List.of(new Setup.InitialBin("l", List.of(1L, 1L), ListOrder.ORDERED, true)), 0, 0);
        OperateCommand sortCall = new OperateCommand(WriteSpec.DEFAULT, List.of(sortDrop));
        assertTrue(new Case("list", persisted, sortCall).knownCrash());
        assertFalse(new Case("list", new Setup(List.of(new Setup.InitialBin("l", List.of(1L, 1L), ListOrder.ORDERED)), 0, 0), sortCall).knownCrash());
        assertEquals(1, CtxStep.toCtx(createPadNegative.ctx()).length);
        assertEquals(CTX.listIndex(-4).id, CtxStep.toCtx(createPadNegative.ctx())[0].id);
    }

    @Test
    void truncateCasesWriteSetsOfTheirOwnRunWithinTheSetNameLimit() {
        Differ differ = new Differ(77, List.of(new Differ.Weighted(new TruncateCases(), 1)), null, null);
        for (int n = 0; n < 200; n++) {
            TruncateCall call = (TruncateCall) differ.generate(n).command();
            String written = call.serverSet();
            assertEquals(call.set() + "_" + TruncateCall.RUN_TAG, written);
            assertFalse(written.equals(call.set()), "a fixed set name would carry a real server's state across runs");
            assertTrue(("diff_never_written_" + written).length() <= 63, written);
            assertFalse(call.toString().contains(TruncateCall.RUN_TAG), "reports stay comparable across runs");
        }
    }

    @Test
    void aReplayLineNamesTheCategoriesItsCaseWasGeneratedFrom() {
        Differ some = new Differ(77, List.of(new Differ.Weighted(new BatchCases(), 15), new Differ.Weighted(new TruncateCases(), 3)), null, null);
        assertEquals("-Ddiff.replay=77:31 -Ddiff.categories=batch,truncate", some.replayLine(31, List.of()));
        assertEquals("-Ddiff.replay=77:31:0.1", new Differ(77, DifferentialTest.generators(), null, null).replayLine(31, List.of("0", "1")));
        assertNotEquals(some.generate(31).toString(), new Differ(77, DifferentialTest.generators(), null, null).generate(31).toString());
    }

    @Test
    void scanAndQueryCasesReachPagingEmptySetsContextsIndexErrorsAndJobsInTheirRunsOwnSet() {
        Differ differ = new Differ(13, List.of(new Differ.Weighted(new ScanCases(), 3), new Differ.Weighted(new QueryCases(), 3)),
                null, null);
        boolean[] seen = new boolean[10];
        for (int n = 0; n < 800; n++) {
            Command command = differ.generate(n).command();
            if (command instanceof ScanCall scan) {
                seen[0] |= scan.paging() && scan.maxRecords() == 1;
                seen[1] |= scan.data().records().isEmpty() || scan.neverWrittenSet();
                seen[2] |= scan.partitions().kind().equals("after");
            } else if (command instanceof QueryCall query) {
                seen[3] |= query.filter() != null && !query.filter().ctx().isEmpty();
                seen[4] |= query.indexes().size() == 2 && query.indexes().get(0).name().equals(query.indexes().get(1).name())
                        && !query.indexes().get(0).equals(query.indexes().get(1));
                seen[5] |= query.indexes().isEmpty();
                seen[6] |= !query.updates().isEmpty() && query.paging();
                seen[7] |= query.data().keyStored().contains(true);
                query.indexes().forEach(i -> assertTrue(i.serverName().length() <= 64, i::toString));
            } else if (command instanceof ExecuteCall execute) {
                seen[execute.filter() == null ? 8 : 9] = true;
                execute.ops().forEach(Op::build);
            }
        }
        for (int i = 0; i < seen.length; i++) {
            assertTrue(seen[i], "coverage item " + i);
        }
        assertTrue(SetRecords.SET.endsWith("_" + TruncateCall.RUN_TAG), "a fixed set would carry a real server's records across runs");
        assertTrue(IndexSpec.PREFIX.contains(TruncateCall.RUN_TAG), "a fixed index name would let an aborted run's index serve this run");
    }
}
