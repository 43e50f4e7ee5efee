package io.spikesdk.cdt;

import com.aerospike.client.operation.BitOperation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.spikesdk.cdt.Samples.BIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every BitOperations method, with every write-flag set, resize-flag set and overflow action, against the official BitOperation. */
class BitOperationsBytesTest {
    private static final int[] OFFSETS = {0, 1, -1, 7, 8, 127, 128, -129, 65536, Integer.MAX_VALUE, Integer.MIN_VALUE};
    private static final int[] SIZES = {0, 1, 8, 64, 65, 300, 70000, -1};
    private static final long[] LONGS = {0, 1, -1, 127, 128, -33, 65536, Long.MAX_VALUE, Long.MIN_VALUE};
    private static final List<byte[]> BLOBS = List.of(new byte[0], new byte[] {(byte) 0x80}, new byte[] {1, 2, 3, (byte) 0xff},
        new byte[300]);

    private record Case(String name, Supplier<io.spikesdk.api.Operation> ours, Supplier<com.aerospike.client.Operation> theirs) {
    }

    /** Every combination of the four write flags (16 sets). */
    private static List<BitPolicy> policies() {
        List<BitPolicy> out = new ArrayList<>();
        for (int code = 0; code < 16; code++) {
            out.add(BitPolicy.of(BitWriteFlags.fromCode(code)));
        }
        return out;
    }

    private static com.aerospike.client.operation.BitPolicy official(BitPolicy policy) {
        return new com.aerospike.client.operation.BitPolicy(policy.writeFlags().code());
    }

    private static com.aerospike.client.operation.BitOverflowAction official(BitOverflowAction action) {
        return com.aerospike.client.operation.BitOverflowAction.valueOf(action.name());
    }

    private static Stream<DynamicTest> run(List<Case> cases) {
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(),
            () -> Official.assertSameOperation(c.ours().get(), c.theirs().get())));
    }

    @TestFactory
    Stream<DynamicTest> resizeInsertRemove() {
        List<Case> cases = new ArrayList<>();
        for (BitPolicy policy : policies()) {
            var p = official(policy);
            for (int code = 0; code < 8; code++) {
                BitResizeFlags flags = BitResizeFlags.fromCode(code);
                int raw = code;
                for (int size : SIZES) {
                    cases.add(new Case("resize " + size + " " + flags + " " + policy,
                        () -> BitOperations.resize(policy, BIN, size, flags), () -> BitOperation.resize(p, BIN, size, raw)));
                }
            }
            for (int offset : OFFSETS) {
                for (byte[] blob : BLOBS) {
                    cases.add(new Case("insert " + offset + " " + blob.length + "B " + policy,
                        () -> BitOperations.insert(policy, BIN, offset, blob), () -> BitOperation.insert(p, BIN, offset, blob)));
                }
                for (int size : SIZES) {
                    cases.add(new Case("remove " + offset + "," + size + " " + policy,
                        () -> BitOperations.remove(policy, BIN, offset, size), () -> BitOperation.remove(p, BIN, offset, size)));
                }
            }
        }
        return run(cases);
    }

    @TestFactory
    Stream<DynamicTest> bitwiseWritesAndShifts() {
        List<Case> cases = new ArrayList<>();
        for (BitPolicy policy : policies()) {
            var p = official(policy);
            for (int offset : OFFSETS) {
                for (int size : SIZES) {
                    String at = offset + "," + size + " " + policy;
                    for (byte[] blob : BLOBS) {
                        String with = at + " " + blob.length + "B";
                        cases.add(new Case("set " + with, () -> BitOperations.set(policy, BIN, offset, size, blob),
                            () -> BitOperation.set(p, BIN, offset, size, blob)));
                        cases.add(new Case("or " + with, () -> BitOperations.or(policy, BIN, offset, size, blob),
                            () -> BitOperation.or(p, BIN, offset, size, blob)));
                        cases.add(new Case("xor " + with, () -> BitOperations.xor(policy, BIN, offset, size, blob),
                            () -> BitOperation.xor(p, BIN, offset, size, blob)));
                        cases.add(new Case("and " + with, () -> BitOperations.and(policy, BIN, offset, size, blob),
                            () -> BitOperation.and(p, BIN, offset, size, blob)));
                    }
                    cases.add(new Case("not " + at, () -> BitOperations.not(policy, BIN, offset, size),
                        () -> BitOperation.not(p, BIN, offset, size)));
                    for (int shift : new int[] {0, 1, 9, 200, -1}) {
                        cases.add(new Case("lshift " + at + " by " + shift, () -> BitOperations.lshift(policy, BIN, offset, size, shift),
                            () -> BitOperation.lshift(p, BIN, offset, size, shift)));
                        cases.add(new Case("rshift " + at + " by " + shift, () -> BitOperations.rshift(policy, BIN, offset, size, shift),
                            () -> BitOperation.rshift(p, BIN, offset, size, shift)));
                    }
                }
            }
        }
        return run(cases);
    }

    @TestFactory
    Stream<DynamicTest> integerWrites() {
        List<Case> cases = new ArrayList<>();
        for (BitPolicy policy : policies()) {
            var p = official(policy);
            for (int offset : new int[] {0, -1, 13, 128, Integer.MIN_VALUE}) {
                for (int size : new int[] {1, 8, 33, 64, 65}) {
                    for (long value : LONGS) {
                        String at = offset + "," + size + " " + value + " " + policy;
                        cases.add(new Case("setInt " + at, () -> BitOperations.setInt(policy, BIN, offset, size, value),
                            () -> BitOperation.setInt(p, BIN, offset, size, value)));
                        for (boolean signed : new boolean[] {false, true}) {
                            for (BitOverflowAction action : BitOverflowAction.values()) {
                                var a = official(action);
                                String how = at + " signed=" + signed + " " + action;
                                cases.add(new Case("add " + how,
                                    () -> BitOperations.add(policy, BIN, offset, size, value, signed, action),
                                    () -> BitOperation.add(p, BIN, offset, size, value, signed, a)));
                                cases.add(new Case("subtract " + how,
                                    () -> BitOperations.subtract(policy, BIN, offset, size, value, signed, action),
                                    () -> BitOperation.subtract(p, BIN, offset, size, value, signed, a)));
                            }
                        }
                    }
                }
            }
        }
        return run(cases);
    }

    @TestFactory
    Stream<DynamicTest> reads() {
        List<Case> cases = new ArrayList<>();
        for (int offset : OFFSETS) {
            for (int size : SIZES) {
                String at = offset + "," + size;
                cases.add(new Case("get " + at, () -> BitOperations.get(BIN, offset, size), () -> BitOperation.get(BIN, offset, size)));
                cases.add(new Case("count " + at, () -> BitOperations.count(BIN, offset, size), () -> BitOperation.count(BIN, offset, size)));
                for (boolean flag : new boolean[] {false, true}) {
                    cases.add(new Case("lscan " + at + " " + flag, () -> BitOperations.lscan(BIN, offset, size, flag),
                        () -> BitOperation.lscan(BIN, offset, size, flag)));
                    cases.add(new Case("rscan " + at + " " + flag, () -> BitOperations.rscan(BIN, offset, size, flag),
                        () -> BitOperation.rscan(BIN, offset, size, flag)));
                    cases.add(new Case("getInt " + at + " signed=" + flag, () -> BitOperations.getInt(BIN, offset, size, flag),
                        () -> BitOperation.getInt(BIN, offset, size, flag)));
                }
            }
        }
        return run(cases);
    }

    @Test
    void valueTypesMatchTheOfficialConstants() {
        assertEquals(com.aerospike.client.operation.BitWriteFlags.DEFAULT, BitWriteFlags.DEFAULT.code());
        assertEquals(com.aerospike.client.operation.BitWriteFlags.CREATE_ONLY, BitWriteFlags.CREATE_ONLY.code());
        assertEquals(com.aerospike.client.operation.BitWriteFlags.UPDATE_ONLY, BitWriteFlags.UPDATE_ONLY.code());
        assertEquals(com.aerospike.client.operation.BitWriteFlags.NO_FAIL, BitWriteFlags.NO_FAIL.code());
        assertEquals(com.aerospike.client.operation.BitWriteFlags.PARTIAL, BitWriteFlags.PARTIAL.code());
        assertEquals(com.aerospike.client.operation.BitResizeFlags.DEFAULT, BitResizeFlags.DEFAULT.code());
        assertEquals(com.aerospike.client.operation.BitResizeFlags.FROM_FRONT, BitResizeFlags.FROM_FRONT.code());
        assertEquals(com.aerospike.client.operation.BitResizeFlags.GROW_ONLY, BitResizeFlags.GROW_ONLY.code());
        assertEquals(com.aerospike.client.operation.BitResizeFlags.SHRINK_ONLY, BitResizeFlags.SHRINK_ONLY.code());
        assertEquals(com.aerospike.client.operation.BitPolicy.Default.flags, BitPolicy.DEFAULT.writeFlags().code());
        assertEquals(Arrays.stream(com.aerospike.client.operation.BitOverflowAction.values()).map(Enum::name).toList(),
            Arrays.stream(BitOverflowAction.values()).map(Enum::name).toList());
    }

    @Test
    void flagSetsCombineAndPrint() {
        BitWriteFlags flags = BitWriteFlags.of(BitWriteFlags.NO_FAIL, BitWriteFlags.PARTIAL);
        assertEquals(12, flags.code());
        assertTrue(flags.contains(BitWriteFlags.PARTIAL));
        assertEquals("NO_FAIL|PARTIAL", flags.toString());
        assertEquals("FROM_FRONT|GROW_ONLY", BitResizeFlags.FROM_FRONT.with(BitResizeFlags.GROW_ONLY).toString());
        assertEquals("DEFAULT", BitResizeFlags.of().toString());
        assertEquals("BitPolicy{CREATE_ONLY}", BitPolicy.of(BitWriteFlags.CREATE_ONLY).toString());
    }

    @Test
    void operationsUseTheBitOpTypes() {
        assertEquals(io.spikesdk.api.Operation.Type.BIT_MODIFY, BitOperations.not(BitPolicy.DEFAULT, BIN, 0, 8).type());
        assertEquals(13, BitOperations.setInt(BitPolicy.DEFAULT, BIN, 0, 8, 1).type().code());
        assertEquals(io.spikesdk.api.Operation.Type.BIT_READ, BitOperations.count(BIN, 0, 8).type());
        assertEquals(12, BitOperations.getInt(BIN, 0, 8, true).type().code());
    }

    @Test
    void missingArgumentsAreRejectedByName() {
        assertNamed("policy", () -> BitOperations.not(null, BIN, 0, 8));
        assertNamed("bin", () -> BitOperations.count(null, 0, 8));
        assertNamed("bin", () -> BitOperations.setInt(BitPolicy.DEFAULT, null, 0, 8, 1));
        assertNamed("value", () -> BitOperations.set(BitPolicy.DEFAULT, BIN, 0, 8, null));
        assertNamed("value", () -> BitOperations.insert(BitPolicy.DEFAULT, BIN, 0, null));
        assertNamed("resizeFlags", () -> BitOperations.resize(BitPolicy.DEFAULT, BIN, 4, null));
        assertNamed("action", () -> BitOperations.add(BitPolicy.DEFAULT, BIN, 0, 8, 1, false, null));
    }

    private static void assertNamed(String argument, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(argument + " "), e.getMessage());
    }
}
