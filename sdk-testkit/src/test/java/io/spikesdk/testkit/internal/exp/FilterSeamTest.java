package io.spikesdk.testkit.internal.exp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.cdt.ListReturnType;
import io.spikesdk.exp.Exp;
import io.spikesdk.exp.ListExp;
import io.spikesdk.testkit.internal.ops.ComplexOpResult;
import io.spikesdk.testkit.internal.ops.FilterEvaluator.Trilean;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The filter seam's answers, and robustness of both seams against arbitrary bytes (seeded). */
class FilterSeamTest {
    private static final FakeRecord REC = FakeRecord.of().intBin("i", 5).stringBin("s", "abc")
            .listBin("l", "93 01 02 03");

    @Test
    void trueFalseUnknownAndErrors() {
        assertEquals(0, Eval.filter(Exp.eq(Exp.intBin("i"), Exp.val(5)), REC));
        assertEquals(27, Eval.filter(Exp.eq(Exp.intBin("i"), Exp.val(6)), REC));
        assertEquals(27, Eval.filter(Exp.eq(Exp.intBin("absent"), Exp.val(6)), REC), "UNKNOWN filters out");
        assertEquals(27, Eval.filter(Exp.unknown(), REC));
        assertEquals(0, Eval.filter(Exp.val(true), REC));
        assertEquals(4, Eval.filter(Exp.intBin("i"), REC), "a filter must be boolean");
        assertEquals(4, Eval.filter(Exp.val(1), REC));
        assertEquals(4, new ExpressionFilter().evaluate(FakeRecord.hex("93 01"), REC));
        assertEquals(4, new ExpressionFilter().evaluate(null, REC));
    }

    @Test
    void onMetadataAloneBinsBinTypesAndKeysAreUnknownAndMetadataDecides() {
        ExpressionFilter filter = new ExpressionFilter();
        FakeRecord rec = FakeRecord.of().intBin("i", 5).stringKey("k").set("s1");
        assertEquals(Trilean.UNKNOWN, filter.evaluateMetadata(Eval.bytes(Exp.eq(Exp.intBin("i"), Exp.val(5))), rec));
        assertEquals(Trilean.UNKNOWN, filter.evaluateMetadata(Eval.bytes(Exp.binExists("i")), rec));
        assertEquals(Trilean.UNKNOWN, filter.evaluateMetadata(Eval.bytes(Exp.eq(Exp.key(Exp.Type.STRING),
                Exp.val("k"))), rec));
        assertEquals(Trilean.FALSE, filter.evaluateMetadata(Eval.bytes(Exp.isTombstone()), rec));
        assertEquals(Trilean.TRUE, filter.evaluateMetadata(Eval.bytes(Exp.keyExists()), rec));
        assertEquals(Trilean.FALSE, filter.evaluateMetadata(Eval.bytes(Exp.and(Exp.eq(Exp.intBin("i"), Exp.val(5)),
                Exp.ne(Exp.setName(), Exp.val("s1")))), rec), "AND: FALSE decides over UNKNOWN");
        assertEquals(Trilean.TRUE, filter.evaluateMetadata(Eval.bytes(Exp.or(Exp.binExists("i"), Exp.val(true))), rec),
                "OR: TRUE decides over UNKNOWN");
        assertEquals(Trilean.UNKNOWN, filter.evaluateMetadata(FakeRecord.hex("93 01"), rec), "a failure is UNKNOWN");
        assertEquals(0, filter.evaluate(Eval.bytes(Exp.binExists("i")), rec), "with the bins the answer is known");
    }

    @Test
    void goldenFrameExpressions() {
        assertEquals(27, new ExpressionFilter().evaluate(FakeRecord.hex("93 01 93 51 02 a1 69 00"),
                FakeRecord.of().intBin("i", 42)), "get_filter_out: i == 0");
        assertEquals(0, new ExpressionFilter().evaluate(FakeRecord.hex("93 03 93 51 02 a1 69 0a"),
                FakeRecord.of().intBin("i", 42)), "get_filter_pass: i > 10");
    }

    @Test
    void randomBytesNeverEscapeTheSeams() {
        Random random = new Random(20240605L);
        List<byte[]> seeds = List.of(Eval.bytes(Exp.and(Exp.eq(Exp.intBin("i"), Exp.val(5)),
                Exp.regexCompare("a.c", 1, Exp.stringBin("s")))),
                Eval.bytes(Exp.gt(ListExp.getByIndex(ListReturnType.VALUE, Exp.Type.INT, Exp.val(0),
                        Exp.listBin("l")), Exp.div(Exp.val(7), Exp.intBin("i")))),
                Eval.bytes(Exp.let(Exp.def("x", Exp.val(1)), Exp.eq(Exp.var("x"), Exp.val(1)))));
        Set<Integer> filterCodes = Set.of(0, 4, 27);
        Set<Integer> opCodes = Set.of(0, 4, 6, 17, 26);
        ExpressionFilter filter = new ExpressionFilter();
        ExpressionOps ops = new ExpressionOps();
        for (int n = 0; n < 20_000; n++) {
            byte[] b = mutate(seeds.get(n % seeds.size()), random);
            int rc = filter.evaluate(b, REC);
            assertTrue(filterCodes.contains(rc), () -> "filter rc " + rc + " for " + Eval.hex(b));
            byte[] value = new byte[b.length + 2];
            value[0] = (byte) 0x92;
            System.arraycopy(b, 0, value, 1, b.length);
            value[value.length - 1] = (byte) random.nextInt(32);
            ComplexOpResult r = ops.execute(7 + random.nextInt(2), "i", REC.bin("i"), 4, value, REC);
            assertTrue(opCodes.contains(r.resultCode()), () -> "op rc " + r.resultCode() + " for " + Eval.hex(value));
        }
    }

    private static byte[] mutate(byte[] seed, Random random) {
        if (random.nextInt(10) == 0) {
            byte[] noise = new byte[random.nextInt(24)];
            random.nextBytes(noise);
            return noise;
        }
        byte[] b = seed.clone();
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            b[random.nextInt(b.length)] = (byte) random.nextInt(256);
        }
        return b;
    }
}
