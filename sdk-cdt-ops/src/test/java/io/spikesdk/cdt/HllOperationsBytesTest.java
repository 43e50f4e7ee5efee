package io.spikesdk.cdt;

import com.aerospike.client.operation.HLLOperation;
import io.spikesdk.api.Operation;
import io.spikesdk.api.ParticleType;
import io.spikesdk.api.Value;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.spikesdk.cdt.Samples.BIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every HllOperations method, with every write-flag combination and bit count, against the official HLLOperation. */
class HllOperationsBytesTest {
    private static final int[] INDEX_BITS = {4, 5, 12, 16};
    private static final int[][] INDEX_AND_MINHASH_BITS = {{4, 0}, {4, 4}, {8, 16}, {13, 51}, {16, 48}, {16, 0}};
    private static final byte[] SKETCH_A = {0, 4, 0, 1, 2, 3};
    private static final byte[] SKETCH_B = new byte[300];

    private record HllCase(String name, Supplier<Operation> ours, Supplier<com.aerospike.client.Operation> theirs) {
    }

    private static Stream<DynamicTest> run(List<HllCase> cases) {
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(),
            () -> Official.assertSameOperation(c.ours().get(), c.theirs().get())));
    }

    private static List<HllWriteFlags> allFlags() {
        List<HllWriteFlags> out = new ArrayList<>();
        for (int code = 0; code < 16; code++) {
            out.add(HllWriteFlags.fromCode(code));
        }
        return out;
    }

    private static List<List<?>> sketchLists() {
        return List.of(List.of(SKETCH_A), List.of(SKETCH_A, SKETCH_B),
            List.of(new Value.BytesValue(SKETCH_B, ParticleType.HLL), SKETCH_A), List.of());
    }

    private static List<com.aerospike.client.Value.HLLValue> officialSketches(List<?> sketches) {
        List<com.aerospike.client.Value.HLLValue> out = new ArrayList<>();
        for (Object sketch : sketches) {
            byte[] bytes = sketch instanceof byte[] b ? b : ((Value.BytesValue) sketch).value();
            out.add(new com.aerospike.client.Value.HLLValue(bytes));
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> writesWithEveryFlagCombination() {
        List<Object> values = Samples.values();
        List<HllCase> cases = new ArrayList<>();
        for (HllWriteFlags flags : allFlags()) {
            HllPolicy policy = HllPolicy.of(flags);
            var p = new com.aerospike.client.operation.HLLPolicy(flags.code());
            for (int index : INDEX_BITS) {
                cases.add(new HllCase("init " + index + " " + flags,
                    () -> HllOperations.init(policy, BIN, index), () -> HLLOperation.init(p, BIN, index)));
                cases.add(new HllCase("add " + index + " " + flags,
                    () -> HllOperations.add(policy, BIN, values, index),
                    () -> HLLOperation.add(p, BIN, Official.values(values), index)));
            }
            for (int[] bits : INDEX_AND_MINHASH_BITS) {
                cases.add(new HllCase("init " + bits[0] + "/" + bits[1] + " " + flags,
                    () -> HllOperations.init(policy, BIN, bits[0], bits[1]),
                    () -> HLLOperation.init(p, BIN, bits[0], bits[1])));
                cases.add(new HllCase("add " + bits[0] + "/" + bits[1] + " " + flags,
                    () -> HllOperations.add(policy, BIN, values, bits[0], bits[1]),
                    () -> HLLOperation.add(p, BIN, Official.values(values), bits[0], bits[1])));
            }
            cases.add(new HllCase("add " + flags,
                () -> HllOperations.add(policy, BIN, values), () -> HLLOperation.add(p, BIN, Official.values(values))));
            cases.add(new HllCase("add empty " + flags,
                () -> HllOperations.add(policy, BIN, List.of()), () -> HLLOperation.add(p, BIN, List.of())));
            for (List<?> sketches : sketchLists()) {
                cases.add(new HllCase("setUnion " + sketches.size() + " " + flags,
                    () -> HllOperations.setUnion(policy, BIN, sketches),
                    () -> HLLOperation.setUnion(p, BIN, officialSketches(sketches))));
            }
        }
        for (int index : INDEX_BITS) {
            cases.add(new HllCase("fold " + index, () -> HllOperations.fold(BIN, index), () -> HLLOperation.fold(BIN, index)));
        }
        cases.add(new HllCase("refreshCount", () -> HllOperations.refreshCount(BIN), () -> HLLOperation.refreshCount(BIN)));
        return run(cases);
    }

    @TestFactory
    Stream<DynamicTest> reads() {
        List<HllCase> cases = new ArrayList<>();
        cases.add(new HllCase("getCount", () -> HllOperations.getCount(BIN), () -> HLLOperation.getCount(BIN)));
        cases.add(new HllCase("describe", () -> HllOperations.describe(BIN), () -> HLLOperation.describe(BIN)));
        for (List<?> sketches : sketchLists()) {
            String n = " " + sketches.size();
            cases.add(new HllCase("getUnion" + n, () -> HllOperations.getUnion(BIN, sketches),
                () -> HLLOperation.getUnion(BIN, officialSketches(sketches))));
            cases.add(new HllCase("getUnionCount" + n, () -> HllOperations.getUnionCount(BIN, sketches),
                () -> HLLOperation.getUnionCount(BIN, officialSketches(sketches))));
            cases.add(new HllCase("getIntersectCount" + n, () -> HllOperations.getIntersectCount(BIN, sketches),
                () -> HLLOperation.getIntersectCount(BIN, officialSketches(sketches))));
            cases.add(new HllCase("getSimilarity" + n, () -> HllOperations.getSimilarity(BIN, sketches),
                () -> HLLOperation.getSimilarity(BIN, officialSketches(sketches))));
        }
        return run(cases);
    }

    @Test
    void writeFlagsMatchTheOfficialConstants() {
        assertEquals(com.aerospike.client.operation.HLLWriteFlags.DEFAULT, HllWriteFlags.DEFAULT.code());
        assertEquals(com.aerospike.client.operation.HLLWriteFlags.CREATE_ONLY, HllWriteFlags.CREATE_ONLY.code());
        assertEquals(com.aerospike.client.operation.HLLWriteFlags.UPDATE_ONLY, HllWriteFlags.UPDATE_ONLY.code());
        assertEquals(com.aerospike.client.operation.HLLWriteFlags.NO_FAIL, HllWriteFlags.NO_FAIL.code());
        assertEquals(com.aerospike.client.operation.HLLWriteFlags.ALLOW_FOLD, HllWriteFlags.ALLOW_FOLD.code());
        assertEquals("CREATE_ONLY|NO_FAIL", HllWriteFlags.of(HllWriteFlags.CREATE_ONLY, HllWriteFlags.NO_FAIL).toString());
        assertEquals("DEFAULT", HllPolicy.DEFAULT.writeFlags().toString());
        assertTrue(HllWriteFlags.fromCode(13).contains(HllWriteFlags.ALLOW_FOLD));
        assertEquals(HllPolicy.of(HllWriteFlags.fromCode(5)), HllPolicy.of(HllWriteFlags.CREATE_ONLY.with(HllWriteFlags.NO_FAIL)));
    }

    @Test
    void badIndexBitsFailAtTheCall() {
        for (int bad : new int[] {-1, 0, 3, 17, Integer.MIN_VALUE}) {
            assertMessage("indexBitCount", () -> HllOperations.init(HllPolicy.DEFAULT, BIN, bad));
            assertMessage("indexBitCount", () -> HllOperations.init(HllPolicy.DEFAULT, BIN, bad, 0));
            assertMessage("indexBitCount", () -> HllOperations.add(HllPolicy.DEFAULT, BIN, List.of(1), bad));
            assertMessage("indexBitCount", () -> HllOperations.add(HllPolicy.DEFAULT, BIN, List.of(1), bad, 4));
            assertMessage("indexBitCount", () -> HllOperations.fold(BIN, bad));
        }
    }

    @Test
    void badMinHashBitsFailAtTheCall() {
        for (int bad : new int[] {-1, 1, 3, 52, Integer.MAX_VALUE}) {
            assertMessage("minHashBitCount", () -> HllOperations.init(HllPolicy.DEFAULT, BIN, 8, bad));
            assertMessage("minHashBitCount", () -> HllOperations.add(HllPolicy.DEFAULT, BIN, List.of(1), 8, bad));
        }
        assertMessage("indexBitCount + minHashBitCount", () -> HllOperations.init(HllPolicy.DEFAULT, BIN, 16, 49));
    }

    @Test
    void sketchesOfAnotherParticleTypeFailAtTheCall() {
        assertMessage("sketches[1]", () -> HllOperations.getUnion(BIN, List.of(SKETCH_A, new Value.BytesValue(SKETCH_A))));
        assertMessage("sketches[0]", () -> HllOperations.setUnion(HllPolicy.DEFAULT, BIN, List.of("not a sketch")));
        assertThrows(NullPointerException.class, () -> HllOperations.getSimilarity(BIN, null));
        assertThrows(NullPointerException.class, () -> HllOperations.add(null, BIN, List.of(1)));
    }

    private static void assertMessage(String argument, Runnable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
        assertTrue(e.getMessage().startsWith(argument), e.getMessage());
    }
}
