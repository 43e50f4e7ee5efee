package io.spikesdk.testkit.internal.exp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.spikesdk.exp.Exp;
import io.spikesdk.testkit.internal.ops.ComplexOpResult;
import io.spikesdk.testkit.internal.ops.ComplexOpResult.BinChange;
import io.spikesdk.testkit.internal.storage.Bin;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** EXP_READ (7) and EXP_MODIFY (8) with every row of docs/embedded-server.md C4. */
class ExpressionOpsTest {
    private static final int READ = 7;
    private static final int MODIFY = 8;
    private static final FakeRecord REC = FakeRecord.of().intBin("a", 5).stringBin("s", "str");
    private static final Bin A = REC.bin("a");

    private static byte[] op(Exp e, int flags) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x92);
        out.writeBytes(Eval.bytes(e));
        out.write(flags);
        return out.toByteArray();
    }

    private static ComplexOpResult run(int type, Bin current, Exp e, int flags) {
        return new ExpressionOps().execute(type, "a", current, 4, op(e, flags), REC);
    }

    private static void assertNoOp(ComplexOpResult r) {
        assertEquals(0, r.resultCode());
        assertEquals(BinChange.UNCHANGED, r.binChange());
        assertFalse(r.hasResult());
    }

    @Test
    void modifyWithNilResultObservedC4() {
        assertEquals(26, run(MODIFY, A, Exp.nil(), 0).resultCode());
        assertEquals(6, run(MODIFY, A, Exp.nil(), 1).resultCode(), "bin-exists check comes first");
        for (int flags : new int[] {2, 8, 16, 24, 10, 18}) {
            assertNoOp(run(MODIFY, A, Exp.nil(), flags));
        }
        ComplexOpResult delete = run(MODIFY, A, Exp.nil(), 4);
        assertEquals(0, delete.resultCode());
        assertEquals(BinChange.DELETE, delete.binChange());
        for (int flags : new int[] {0, 8, 16}) {
            assertNoOp(run(MODIFY, null, Exp.nil(), flags));
        }
    }

    @Test
    void modifyWithUnknownResultObservedC4() {
        assertEquals(26, run(MODIFY, A, Exp.intBin("s"), 0).resultCode());
        assertEquals(26, run(MODIFY, A, Exp.intBin("s"), 8).resultCode());
        assertNoOp(run(MODIFY, A, Exp.intBin("s"), 16));
    }

    @Test
    void readObservedC4() {
        assertNoOp(run(READ, A, Exp.nil(), 0));
        assertEquals(26, run(READ, A, Exp.intBin("s"), 0).resultCode());
        assertNoOp(run(READ, A, Exp.intBin("s"), 16));
        assertEquals(26, run(READ, A, Exp.intBin("absent"), 0).resultCode());
    }

    @Test
    void modifyPolicyFlags() {
        assertNoOp(run(MODIFY, A, Exp.val(1), 1 | 8));
        assertEquals(17, run(MODIFY, null, Exp.val(1), 2).resultCode());
        assertNoOp(run(MODIFY, null, Exp.val(1), 2 | 8));
        ComplexOpResult set = run(MODIFY, A, Exp.add(Exp.intBin("a"), Exp.val(1)), 2);
        assertEquals(BinChange.SET, set.binChange());
        assertEquals(1, set.newType());
        assertEquals(Eval.hex(FakeRecord.long8(6)), Eval.hex(set.newValue()));
        ComplexOpResult created = run(MODIFY, null, Exp.val("x"), 1);
        assertEquals(3, created.newType());
        assertEquals("78", Eval.hex(created.newValue()));
        assertEquals(26, run(MODIFY, A, Exp.inf(), 0).resultCode(), "not a storable value");
        assertNoOp(run(MODIFY, A, Exp.inf(), 16));
        ComplexOpResult map = run(MODIFY, A, Exp.val(Map.of("b", 2L, "a", 1L)), 0);
        assertEquals(19, map.newType());
        assertEquals("82a2036101a2036202", Eval.hex(map.newValue()), "maps are stored sorted by key");
    }

    @Test
    void readResultParticles() {
        assertParticle(1, "000000000000000a", Exp.mul(Exp.intBin("a"), Exp.val(2)));
        assertParticle(2, Eval.hex(FakeRecord.long8(Double.doubleToLongBits(1.5))), Exp.val(1.5));
        assertParticle(17, "01", Exp.val(true));
        assertParticle(3, "737472", Exp.stringBin("s"));
        assertParticle(4, "0102", Exp.val(new byte[] {1, 2}));
        assertParticle(20, "920102", Exp.val(List.of(1L, 2L)));
        String point = "{\"type\":\"Point\",\"coordinates\":[1,2]}";
        // with its leaf cell, as CE 8.1.2.0 stores an expression's GeoJSON
        assertParticle(23, "00000110036e17ca9fb709" + Eval.hex(point.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Exp.geo(point));
    }

    private static void assertParticle(int type, String hex, Exp e) {
        ComplexOpResult r = run(READ, A, e, 0);
        assertEquals(0, r.resultCode());
        assertEquals(type, r.resultType());
        assertEquals(hex, Eval.hex(r.resultValue()));
    }

    @Test
    void invalidFlagsAndValues() {
        assertEquals(4, run(READ, A, Exp.val(1), 1).resultCode());
        assertEquals(4, run(MODIFY, A, Exp.val(1), 32).resultCode());
        assertEquals(4, run(MODIFY, A, Exp.eq(Exp.val(1), Exp.val("a")), 0).resultCode());
        ExpressionOps ops = new ExpressionOps();
        assertEquals(4, ops.execute(READ, "a", A, 4, FakeRecord.hex("01"), REC).resultCode());
        assertEquals(4, ops.execute(READ, "a", A, 4, FakeRecord.hex("93 01 00 00"), REC).resultCode());
        assertEquals(4, ops.execute(READ, "a", A, 4, FakeRecord.hex("92 01 a1 61"), REC).resultCode());
        assertEquals(4, ops.execute(READ, "a", A, 4, new byte[0], REC).resultCode());
        assertEquals(0, ops.execute(READ, "a", A, 4, FakeRecord.hex("91 05"), REC).resultCode(), "flags optional");
        assertEquals(4, ops.execute(3, "a", A, 4, FakeRecord.hex("91 05"), REC).resultCode());
    }
}
