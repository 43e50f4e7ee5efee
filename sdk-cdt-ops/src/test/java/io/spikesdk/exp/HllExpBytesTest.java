package io.spikesdk.exp;

import io.spikesdk.api.ParticleType;
import io.spikesdk.api.Value;
import io.spikesdk.cdt.HllPolicy;
import io.spikesdk.cdt.HllWriteFlags;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Every {@link HllExp} factory packs the same bytes as the official client's {@code HLLExp}, for every write-flag
 * combination, literal and computed arguments, an HLL bin or nil as the sketch, and HLL values in sketch lists.
 */
class HllExpBytesTest {
    private static final int[] FLAGS = {0, 1, 2, 4, 8, 1 | 4, 2 | 4, 8 | 4, 1 | 8, 2 | 8 | 4};
    private static final byte[] SKETCH = sketch(4, 0);
    private static final byte[] SKETCH_MH = sketch(5, 4);

    private static byte[] sketch(int indexBits, int minhashBits) {
        byte[] b = new byte[11 + ((6 + minhashBits) * (1 << indexBits) + 7) / 8];
        b[1] = (byte) indexBits;
        b[2] = (byte) minhashBits;
        b[b.length - 1] = 0x21;
        return b;
    }

    private static HllPolicy policy(int flags) {
        return HllPolicy.of(HllWriteFlags.fromCode(flags));
    }

    private static com.aerospike.client.operation.HLLPolicy officialPolicy(int flags) {
        return new com.aerospike.client.operation.HLLPolicy(flags);
    }

    /** One sketch argument in both clients: our expression and the official one. */
    private record Arg(String name, Exp ours, com.aerospike.client.exp.Exp official) {
    }

    private static List<Arg> bins() {
        return List.of(new Arg("hllBin", Exp.hllBin("h"), AsExp.hllBin("h")),
                new Arg("nil", Exp.nil(), AsExp.nil()));
    }

    private static List<Arg> sketchLists() {
        return List.of(
                new Arg("hllValues",
                        Exp.val(List.of(new Value.BytesValue(SKETCH, ParticleType.HLL), new Value.BytesValue(SKETCH_MH, ParticleType.HLL))),
                        AsExp.val(List.of(new com.aerospike.client.Value.HLLValue(SKETCH), new com.aerospike.client.Value.HLLValue(SKETCH_MH)))),
                new Arg("blobs", Exp.val(List.of(SKETCH)), AsExp.val(List.of(SKETCH))),
                new Arg("listBin", Exp.listBin("others"), AsExp.listBin("others")));
    }

    private static List<Arg> valueLists() {
        return List.of(
                new Arg("mixed", Exp.val(List.of(1L, "a", 2.5, true, new byte[] {1, 2})),
                        AsExp.val(List.of(1L, "a", 2.5, true, new byte[] {1, 2}))),
                new Arg("listBin", Exp.listBin("values"), AsExp.listBin("values")));
    }

    private static List<Arg> bitCounts() {
        return List.of(new Arg("8", Exp.val(8), AsExp.val(8)), new Arg("-1", Exp.val(-1), AsExp.val(-1)),
                new Arg("intBin", Exp.intBin("ib"), AsExp.intBin("ib")));
    }

    @TestFactory
    Stream<DynamicTest> modifies() {
        List<ByteCase> cases = new ArrayList<>();
        for (int f : FLAGS) {
            for (Arg bin : bins()) {
                for (Arg ib : bitCounts()) {
                    String at = "/flags" + f + "/" + bin.name() + "/ib" + ib.name();
                    cases.add(ByteCase.of("init" + at,
                            () -> HllExp.init(policy(f), ib.ours(), bin.ours()),
                            () -> com.aerospike.client.exp.HLLExp.init(officialPolicy(f), ib.official(), bin.official())));
                    for (Arg mb : bitCounts()) {
                        cases.add(ByteCase.of("init+mb" + at + "/mb" + mb.name(),
                                () -> HllExp.init(policy(f), ib.ours(), mb.ours(), bin.ours()),
                                () -> com.aerospike.client.exp.HLLExp.init(officialPolicy(f), ib.official(), mb.official(), bin.official())));
                    }
                    for (Arg list : valueLists()) {
                        String with = at + "/" + list.name();
                        cases.add(ByteCase.of("add" + with,
                                () -> HllExp.add(policy(f), list.ours(), bin.ours()),
                                () -> com.aerospike.client.exp.HLLExp.add(officialPolicy(f), list.official(), bin.official())));
                        cases.add(ByteCase.of("add+ib" + with,
                                () -> HllExp.add(policy(f), list.ours(), ib.ours(), bin.ours()),
                                () -> com.aerospike.client.exp.HLLExp.add(officialPolicy(f), list.official(), ib.official(), bin.official())));
                        cases.add(ByteCase.of("add+ib+mb" + with,
                                () -> HllExp.add(policy(f), list.ours(), ib.ours(), Exp.val(4), bin.ours()),
                                () -> com.aerospike.client.exp.HLLExp.add(officialPolicy(f), list.official(), ib.official(), AsExp.val(4), bin.official())));
                    }
                }
            }
        }
        return cases.stream().map(ByteCase::toTest);
    }

    @TestFactory
    Stream<DynamicTest> reads() {
        List<ByteCase> cases = new ArrayList<>();
        for (Arg bin : bins()) {
            cases.add(ByteCase.of("getCount/" + bin.name(), () -> HllExp.getCount(bin.ours()),
                    () -> com.aerospike.client.exp.HLLExp.getCount(bin.official())));
            cases.add(ByteCase.of("describe/" + bin.name(), () -> HllExp.describe(bin.ours()),
                    () -> com.aerospike.client.exp.HLLExp.describe(bin.official())));
            for (Arg list : sketchLists()) {
                String at = "/" + bin.name() + "/" + list.name();
                cases.add(read("getUnion" + at, l -> HllExp.getUnion(l, bin.ours()),
                        l -> com.aerospike.client.exp.HLLExp.getUnion(l, bin.official()), list));
                cases.add(read("getUnionCount" + at, l -> HllExp.getUnionCount(l, bin.ours()),
                        l -> com.aerospike.client.exp.HLLExp.getUnionCount(l, bin.official()), list));
                cases.add(read("getIntersectCount" + at, l -> HllExp.getIntersectCount(l, bin.ours()),
                        l -> com.aerospike.client.exp.HLLExp.getIntersectCount(l, bin.official()), list));
                cases.add(read("getSimilarity" + at, l -> HllExp.getSimilarity(l, bin.ours()),
                        l -> com.aerospike.client.exp.HLLExp.getSimilarity(l, bin.official()), list));
            }
            for (Arg list : valueLists()) {
                cases.add(read("mayContain/" + bin.name() + "/" + list.name(), l -> HllExp.mayContain(l, bin.ours()),
                        l -> com.aerospike.client.exp.HLLExp.mayContain(l, bin.official()), list));
            }
        }
        cases.add(ByteCase.of("count>7 filter",
                () -> Exp.gt(HllExp.getCount(Exp.hllBin("a")), Exp.val(7)),
                () -> AsExp.gt(com.aerospike.client.exp.HLLExp.getCount(AsExp.hllBin("a")), AsExp.val(7))));
        cases.add(ByteCase.of("count of union",
                () -> HllExp.getCount(HllExp.getUnion(Exp.val(List.of(SKETCH)), Exp.hllBin("a"))),
                () -> com.aerospike.client.exp.HLLExp.getCount(
                        com.aerospike.client.exp.HLLExp.getUnion(AsExp.val(List.of(SKETCH)), AsExp.hllBin("a")))));
        return cases.stream().map(ByteCase::toTest);
    }

    private static ByteCase read(String name, Function<Exp, Exp> ours,
            Function<com.aerospike.client.exp.Exp, com.aerospike.client.exp.Exp> official, Arg list) {
        return ByteCase.of(name, () -> ours.apply(list.ours()), () -> official.apply(list.official()));
    }
}
