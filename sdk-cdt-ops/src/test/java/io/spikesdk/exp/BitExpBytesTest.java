package io.spikesdk.exp;

import io.spikesdk.cdt.BitOverflowAction;
import io.spikesdk.cdt.BitPolicy;
import io.spikesdk.cdt.BitResizeFlags;
import io.spikesdk.cdt.BitWriteFlags;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Every {@link BitExp} factory packs the same bytes as the official client's {@code BitExp}: each factory with
 * every write-flag set, every resize-flag set, every overflow action (signed and not), and several argument shapes
 * (literals of every msgpack width, bin reads, computed values) and blob sources (bin, literal, nil, nested call).
 */
class BitExpBytesTest {
    private static final byte[] BLOB = {1, 2, (byte) 0xff};

    /** Argument shapes: index i builds the same expression on both sides. */
    private static final int SHAPES = 6;

    private static Exp arg(int shape) {
        return switch (shape) {
            case 0 -> Exp.val(0);
            case 1 -> Exp.val(-1);
            case 2 -> Exp.val(300);
            case 3 -> Exp.val(Long.MAX_VALUE);
            case 4 -> Exp.intBin("n");
            default -> Exp.add(Exp.intBin("n"), Exp.val(8));
        };
    }

    private static com.aerospike.client.exp.Exp officialArg(int shape) {
        return switch (shape) {
            case 0 -> AsExp.val(0);
            case 1 -> AsExp.val(-1);
            case 2 -> AsExp.val(300);
            case 3 -> AsExp.val(Long.MAX_VALUE);
            case 4 -> AsExp.intBin("n");
            default -> AsExp.add(AsExp.intBin("n"), AsExp.val(8));
        };
    }

    /** Blob sources. */
    private static final int SOURCES = 4;

    private static Exp source(int i) {
        return switch (i) {
            case 0 -> Exp.blobBin("b");
            case 1 -> Exp.val(BLOB);
            case 2 -> Exp.nil();
            default -> BitExp.not(BitPolicy.DEFAULT, Exp.val(0), Exp.val(8), Exp.blobBin("b"));
        };
    }

    private static com.aerospike.client.exp.Exp officialSource(int i) {
        return switch (i) {
            case 0 -> AsExp.blobBin("b");
            case 1 -> AsExp.val(BLOB);
            case 2 -> AsExp.nil();
            default -> com.aerospike.client.exp.BitExp.not(com.aerospike.client.operation.BitPolicy.Default,
                    AsExp.val(0), AsExp.val(8), AsExp.blobBin("b"));
        };
    }

    private static BitPolicy policy(int code) {
        return BitPolicy.of(BitWriteFlags.fromCode(code));
    }

    private static com.aerospike.client.operation.BitPolicy officialPolicy(int code) {
        return new com.aerospike.client.operation.BitPolicy(code);
    }

    private static com.aerospike.client.operation.BitOverflowAction official(BitOverflowAction action) {
        return com.aerospike.client.operation.BitOverflowAction.valueOf(action.name());
    }

    /** One factory built from (policy code, argument shape, blob source) on both sides. */
    private record Factory(String name, Build<Exp> ours, Build<com.aerospike.client.exp.Exp> official) {
    }

    @FunctionalInterface
    private interface Build<T> {
        T make(int policy, int shape, int source);
    }

    private static List<Factory> modifyFactories() {
        List<Factory> f = new ArrayList<>();
        for (int code = 0; code < 8; code++) {
            int rf = code;
            f.add(new Factory("resize rf" + rf,
                (p, s, b) -> BitExp.resize(policy(p), arg(s), BitResizeFlags.fromCode(rf), source(b)),
                (p, s, b) -> com.aerospike.client.exp.BitExp.resize(officialPolicy(p), officialArg(s), rf, officialSource(b))));
        }
        f.add(new Factory("insert",
            (p, s, b) -> BitExp.insert(policy(p), arg(s), Exp.val(BLOB), source(b)),
            (p, s, b) -> com.aerospike.client.exp.BitExp.insert(officialPolicy(p), officialArg(s), AsExp.val(BLOB), officialSource(b))));
        f.add(new Factory("remove",
            (p, s, b) -> BitExp.remove(policy(p), arg(s), arg((s + 1) % SHAPES), source(b)),
            (p, s, b) -> com.aerospike.client.exp.BitExp.remove(officialPolicy(p), officialArg(s), officialArg((s + 1) % SHAPES), officialSource(b))));
        f.add(new Factory("set",
            (p, s, b) -> BitExp.set(policy(p), arg(s), Exp.val(12), Exp.blobBin("v"), source(b)),
            (p, s, b) -> com.aerospike.client.exp.BitExp.set(officialPolicy(p), officialArg(s), AsExp.val(12), AsExp.blobBin("v"), officialSource(b))));
        f.add(new Factory("or",
            (p, s, b) -> BitExp.or(policy(p), arg(s), arg((s + 2) % SHAPES), Exp.val(BLOB), source(b)),
            (p, s, b) -> com.aerospike.client.exp.BitExp.or(officialPolicy(p), officialArg(s), officialArg((s + 2) % SHAPES), AsExp.val(BLOB), officialSource(b))));
        f.add(new Factory("xor",
            (p, s, b) -> BitExp.xor(policy(p), arg(s), Exp.val(8), Exp.val(BLOB), source(b)),
            (p, s, b) -> com.aerospike.client.exp.BitExp.xor(officialPolicy(p), officialArg(s), AsExp.val(8), AsExp.val(BLOB), officialSource(b))));
        f.add(new Factory("and",
            (p, s, b) -> BitExp.and(policy(p), arg(s), Exp.val(8), Exp.val(BLOB), source(b)),
            (p, s, b) -> com.aerospike.client.exp.BitExp.and(officialPolicy(p), officialArg(s), AsExp.val(8), AsExp.val(BLOB), officialSource(b))));
        f.add(new Factory("not",
            (p, s, b) -> BitExp.not(policy(p), arg(s), Exp.val(3), source(b)),
            (p, s, b) -> com.aerospike.client.exp.BitExp.not(officialPolicy(p), officialArg(s), AsExp.val(3), officialSource(b))));
        f.add(new Factory("lshift",
            (p, s, b) -> BitExp.lshift(policy(p), Exp.val(1), arg(s), Exp.val(3), source(b)),
            (p, s, b) -> com.aerospike.client.exp.BitExp.lshift(officialPolicy(p), AsExp.val(1), officialArg(s), AsExp.val(3), officialSource(b))));
        f.add(new Factory("rshift",
            (p, s, b) -> BitExp.rshift(policy(p), Exp.val(1), Exp.val(7), arg(s), source(b)),
            (p, s, b) -> com.aerospike.client.exp.BitExp.rshift(officialPolicy(p), AsExp.val(1), AsExp.val(7), officialArg(s), officialSource(b))));
        for (BitOverflowAction action : BitOverflowAction.values()) {
            for (boolean signed : new boolean[] {false, true}) {
                String how = action + (signed ? " signed" : "");
                f.add(new Factory("add " + how,
                    (p, s, b) -> BitExp.add(policy(p), arg(s), Exp.val(16), arg((s + 3) % SHAPES), signed, action, source(b)),
                    (p, s, b) -> com.aerospike.client.exp.BitExp.add(officialPolicy(p), officialArg(s), AsExp.val(16),
                            officialArg((s + 3) % SHAPES), signed, official(action), officialSource(b))));
                f.add(new Factory("subtract " + how,
                    (p, s, b) -> BitExp.subtract(policy(p), arg(s), Exp.val(64), arg((s + 1) % SHAPES), signed, action, source(b)),
                    (p, s, b) -> com.aerospike.client.exp.BitExp.subtract(officialPolicy(p), officialArg(s), AsExp.val(64),
                            officialArg((s + 1) % SHAPES), signed, official(action), officialSource(b))));
            }
        }
        f.add(new Factory("setInt",
            (p, s, b) -> BitExp.setInt(policy(p), arg(s), Exp.val(33), arg((s + 2) % SHAPES), source(b)),
            (p, s, b) -> com.aerospike.client.exp.BitExp.setInt(officialPolicy(p), officialArg(s), AsExp.val(33),
                    officialArg((s + 2) % SHAPES), officialSource(b))));
        return f;
    }

    private static List<Factory> readFactories() {
        List<Factory> f = new ArrayList<>();
        f.add(new Factory("get",
            (p, s, b) -> BitExp.get(arg(s), Exp.val(9), source(b)),
            (p, s, b) -> com.aerospike.client.exp.BitExp.get(officialArg(s), AsExp.val(9), officialSource(b))));
        f.add(new Factory("count",
            (p, s, b) -> BitExp.count(Exp.val(-8), arg(s), source(b)),
            (p, s, b) -> com.aerospike.client.exp.BitExp.count(AsExp.val(-8), officialArg(s), officialSource(b))));
        for (boolean bit : new boolean[] {false, true}) {
            f.add(new Factory("lscan " + bit,
                (p, s, b) -> BitExp.lscan(arg(s), Exp.val(16), Exp.val(bit), source(b)),
                (p, s, b) -> com.aerospike.client.exp.BitExp.lscan(officialArg(s), AsExp.val(16), AsExp.val(bit), officialSource(b))));
            f.add(new Factory("rscan " + bit,
                (p, s, b) -> BitExp.rscan(arg(s), Exp.val(16), Exp.val(bit), source(b)),
                (p, s, b) -> com.aerospike.client.exp.BitExp.rscan(officialArg(s), AsExp.val(16), AsExp.val(bit), officialSource(b))));
            f.add(new Factory("getInt signed=" + bit,
                (p, s, b) -> BitExp.getInt(arg(s), Exp.val(64), bit, source(b)),
                (p, s, b) -> com.aerospike.client.exp.BitExp.getInt(officialArg(s), AsExp.val(64), bit, officialSource(b))));
        }
        return f;
    }

    private static Stream<DynamicTest> expand(List<Factory> factories, int policies) {
        List<ByteCase> cases = new ArrayList<>();
        for (Factory f : factories) {
            IntFunction<String> at = s -> f.name() + " shape " + s;
            for (int p = 0; p < policies; p++) {
                for (int s = 0; s < SHAPES; s++) {
                    for (int b = 0; b < SOURCES; b++) {
                        int policy = p;
                        int shape = s;
                        int source = b;
                        cases.add(ByteCase.of(at.apply(s) + " policy " + p + " source " + b,
                                () -> f.ours().make(policy, shape, source), () -> f.official().make(policy, shape, source)));
                    }
                }
            }
        }
        return cases.stream().map(ByteCase::toTest);
    }

    @TestFactory
    Stream<DynamicTest> modifies() {
        return expand(modifyFactories(), 16);
    }

    @TestFactory
    Stream<DynamicTest> reads() {
        return expand(readFactories(), 1);
    }

    @TestFactory
    Stream<DynamicTest> inFilters() {
        return Stream.of(
            ByteCase.of("count == 4",
                () -> Exp.eq(BitExp.count(Exp.val(0), Exp.val(16), Exp.blobBin("b")), Exp.val(4)),
                () -> AsExp.eq(com.aerospike.client.exp.BitExp.count(AsExp.val(0), AsExp.val(16), AsExp.blobBin("b")), AsExp.val(4))),
            ByteCase.of("get(resize(...)) == blob",
                () -> Exp.eq(BitExp.get(Exp.val(0), Exp.val(8), BitExp.resize(BitPolicy.DEFAULT, Exp.val(4),
                        BitResizeFlags.FROM_FRONT, Exp.blobBin("b"))), Exp.val(new byte[] {0})),
                () -> AsExp.eq(com.aerospike.client.exp.BitExp.get(AsExp.val(0), AsExp.val(8),
                        com.aerospike.client.exp.BitExp.resize(com.aerospike.client.operation.BitPolicy.Default, AsExp.val(4),
                                com.aerospike.client.operation.BitResizeFlags.FROM_FRONT, AsExp.blobBin("b"))),
                        AsExp.val(new byte[] {0}))))
            .map(ByteCase::toTest);
    }

    @Test
    void matchesTheHandPackedCountCall() {
        // [127, INT, 1, [51, 0, 16], [81, BLOB (6), "b"]]
        assertEquals("957f020193330010935106a162", ByteCase.hex(Exp.build(
                BitExp.count(Exp.val(0), Exp.val(16), Exp.blobBin("b"))).bytes()));
    }

    @Test
    void nullArgumentsAreRejected() {
        assertThrows(NullPointerException.class, () -> BitExp.not(null, Exp.val(0), Exp.val(8), Exp.blobBin("b")));
        assertThrows(NullPointerException.class, () -> BitExp.count(Exp.val(0), Exp.val(8), null));
        assertThrows(NullPointerException.class, () -> BitExp.get(null, Exp.val(8), Exp.blobBin("b")));
        assertThrows(NullPointerException.class,
                () -> BitExp.resize(BitPolicy.DEFAULT, Exp.val(1), null, Exp.blobBin("b")));
        assertThrows(NullPointerException.class,
                () -> BitExp.add(BitPolicy.DEFAULT, Exp.val(0), Exp.val(8), Exp.val(1), false, null, Exp.blobBin("b")));
    }
}
