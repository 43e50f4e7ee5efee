package io.spikesdk.testkit.internal.exp;

import static io.spikesdk.testkit.internal.exp.Eval.buildCode;
import static io.spikesdk.testkit.internal.exp.Eval.isFalse;
import static io.spikesdk.testkit.internal.exp.Eval.isTrue;
import static io.spikesdk.testkit.internal.exp.Eval.longOf;
import static io.spikesdk.testkit.internal.exp.Eval.unknown;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.spikesdk.exp.Exp;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Literals, bin reads, comparisons by type, three-valued and/or/not/exclusive, cond and let/var. */
class ComparisonLogicTest {
    private static final FakeRecord REC = FakeRecord.of().intBin("i", 5).floatBin("f", 2.5).stringBin("s", "abc")
            .boolBin("t", true).blobBin("b", new byte[] {1, 2}).listBin("l", "93 01 02 03")
            .mapBin("m", "82 a2 03 61 01 a2 03 62 02");

    @Test
    void comparisonsOfEveryScalarType() {
        isTrue(Exp.eq(Exp.intBin("i"), Exp.val(5)), REC);
        isTrue(Exp.gt(Exp.intBin("i"), Exp.val(-1)), REC);
        isTrue(Exp.lt(Exp.val(Long.MIN_VALUE), Exp.val(Long.MAX_VALUE)));
        isTrue(Exp.ge(Exp.floatBin("f"), Exp.val(2.5)), REC);
        isTrue(Exp.le(Exp.stringBin("s"), Exp.val("abd")), REC);
        holds(Exp.lt(Exp.val("ab"), Exp.val("abc")), "shorter is smaller on a common prefix");
        holds(Exp.gt(Exp.val("\u00e9"), Exp.val("z")), "unsigned byte-wise");
        isTrue(Exp.eq(Exp.blobBin("b"), Exp.val(new byte[] {1, 2})), REC);
        isTrue(Exp.gt(Exp.val(new byte[] {(byte) 0x80}), Exp.val(new byte[] {0x7f})));
        isTrue(Exp.gt(Exp.val(true), Exp.val(false)));
        isTrue(Exp.eq(Exp.boolBin("t"), Exp.val(true)), REC);
        isTrue(Exp.ne(Exp.intBin("i"), Exp.val(6)), REC);
    }

    private static void holds(Exp e, String why) {
        assertEquals(Values.bool(true), Eval.value(e), why);
    }

    @Test
    void nilAndNanRules() {
        isTrue(Exp.eq(Exp.nil(), Exp.nil()));
        isTrue(Exp.ge(Exp.nil(), Exp.nil()));
        isTrue(Exp.le(Exp.nil(), Exp.nil()));
        isFalse(Exp.ne(Exp.nil(), Exp.nil()));
        isFalse(Exp.gt(Exp.nil(), Exp.nil()));
        isFalse(Exp.lt(Exp.nil(), Exp.nil()));
        Exp nan = Exp.val(Double.NaN);
        isFalse(Exp.eq(nan, nan));
        isFalse(Exp.lt(nan, Exp.val(1.0)));
        isFalse(Exp.gt(nan, Exp.val(1.0)));
        isTrue(Exp.ne(nan, nan));
        isTrue(Exp.eq(Exp.val(-0.0), Exp.val(0.0)));
    }

    @Test
    void binReadsAreTypedWithoutCoercion() {
        unknown(Exp.eq(Exp.intBin("f"), Exp.val(2)), REC);
        unknown(Exp.eq(Exp.floatBin("i"), Exp.val(5.0)), REC);
        unknown(Exp.eq(Exp.intBin("absent"), Exp.val(1)), REC);
        unknown(Exp.eq(Exp.stringBin("b"), Exp.val("x")), REC);
        isTrue(Exp.binExists("i"), REC);
        isFalse(Exp.binExists("absent"), REC);
        assertEquals(1, longOf(Exp.binType("i"), REC));
        assertEquals(2, longOf(Exp.binType("f"), REC));
        assertEquals(3, longOf(Exp.binType("s"), REC));
        assertEquals(4, longOf(Exp.binType("b"), REC));
        assertEquals(17, longOf(Exp.binType("t"), REC));
        assertEquals(19, longOf(Exp.binType("m"), REC));
        assertEquals(20, longOf(Exp.binType("l"), REC));
        assertEquals(0, longOf(Exp.binType("absent"), REC));
    }

    @Test
    void listAndMapComparisons() {
        isTrue(Exp.eq(Exp.listBin("l"), Exp.val(List.of(1L, 2L, 3L))), REC);
        isTrue(Exp.lt(Exp.listBin("l"), Exp.val(List.of(1L, 2L, 4L))), REC);
        isTrue(Exp.gt(Exp.listBin("l"), Exp.val(List.of(1L, 2L))), REC);
        holds(Exp.lt(Exp.val(List.of(1L)), Exp.val(List.of("a"))), "int < string in msgpack order");
        unknown(Exp.eq(Exp.mapBin("m"), Exp.val(new TreeMap<>(Map.of("a", 1L, "b", 2L)))), REC);
        unknown(Exp.eq(Exp.val(List.of(Map.of("a", 1L))), Exp.val(List.of(Map.of("a", 1L)))));
        isTrue(Exp.eq(Exp.val(new TreeMap<>(Map.of("a", 1L))), Exp.val(new TreeMap<>(Map.of("a", 1L)))));
        isTrue(Exp.lt(Exp.val(new TreeMap<>(Map.of("a", 1L))), Exp.val(new TreeMap<>(Map.of("a", 2L)))));
    }

    @Test
    void andOrNotExclusiveAreThreeValued() {
        Exp t = Exp.val(true);
        Exp f = Exp.val(false);
        Exp u = Exp.unknown();
        isFalse(Exp.and(u, f));
        unknown(Exp.and(u, t));
        isTrue(Exp.and(t, t, t));
        isTrue(Exp.or(u, t));
        unknown(Exp.or(u, f));
        isFalse(Exp.or(f, f));
        unknown(Exp.not(u));
        isFalse(Exp.not(t));
        isTrue(Exp.exclusive(f, t, f));
        isFalse(Exp.exclusive(t, t, u));
        unknown(Exp.exclusive(u, t, t));
        unknown(Exp.exclusive(t, u));
        isFalse(Exp.exclusive(f, f));
    }

    @Test
    void condAndLet() {
        Exp pick = Exp.cond(Exp.gt(Exp.intBin("i"), Exp.val(10)), Exp.val(1), Exp.eq(Exp.intBin("i"), Exp.val(5)),
                Exp.val(2), Exp.val(3));
        assertEquals(2, longOf(pick, REC));
        unknown(Exp.cond(Exp.eq(Exp.intBin("absent"), Exp.val(1)), Exp.val(1), Exp.val(2)), REC);
        unknown(Exp.cond(Exp.val(false), Exp.val(1), Exp.unknown()));
        Exp let = Exp.let(Exp.def("x", Exp.intBin("i")), Exp.def("y", Exp.mul(Exp.var("x"), Exp.val(2))),
                Exp.add(Exp.var("x"), Exp.var("y")));
        assertEquals(15, longOf(let, REC));
        Exp nested = Exp.let(Exp.def("a", Exp.val(1)), Exp.let(Exp.def("b", Exp.val(2)),
                Exp.add(Exp.var("a"), Exp.var("b"))));
        assertEquals(3, longOf(nested));
    }

    @Test
    void buildErrorsAreParameterErrors() {
        assertEquals(4, buildCode(Exp.eq(Exp.intBin("i"), Exp.val("x"))), "mixed static types");
        assertEquals(4, buildCode(Exp.eq(Exp.val(1), Exp.val(1.0))));
        assertEquals(4, buildCode(Exp.and(Exp.val(1), Exp.val(true))));
        assertEquals(4, buildCode(Exp.cond(Exp.val(true), Exp.val(1), Exp.val("a"))));
        assertEquals(4, buildCode(Exp.cond(Exp.val(1), Exp.val(1), Exp.val(2))));
        assertEquals(4, buildCode(Exp.var("nope")));
        assertEquals(4, buildCode(Exp.let(Exp.def("x", Exp.val(1)), Exp.let(Exp.def("x", Exp.val(2)),
                Exp.var("x")))), "redefinition of a visible name");
        assertEquals(4, buildCode(Exp.let(Exp.def("x", Exp.var("x")), Exp.var("x"))), "self reference");
        assertEquals(4, buildCode(Exp.eq(Exp.geo("{\"type\":\"Point\",\"coordinates\":[0,0]}"),
                Exp.geo("{\"type\":\"Point\",\"coordinates\":[0,0]}"))), "GEO is only comparable by CMP_GEO");
        assertEquals(4, buildCode(Exp.eq(Exp.hllBin("h"), Exp.hllBin("h"))));
        assertEquals(4, buildCode(Exp.eq(Exp.inf(), Exp.inf())));
        assertEquals(4, buildCode(FakeRecord.hex("93 01 01")), "too few operands");
        assertEquals(4, buildCode(FakeRecord.hex("94 01 01 01 01")), "too many operands");
        assertEquals(4, buildCode(FakeRecord.hex("91 63")), "unknown op code 99");
        assertEquals(4, buildCode(FakeRecord.hex("92 51 02")), "BIN without a name");
        assertEquals(4, buildCode(FakeRecord.hex("93 51 0a a1 61")), "value type 10");
        assertEquals(4, buildCode(FakeRecord.hex("a2 07 61")), "string literal with type byte 7");
        assertEquals(4, buildCode(FakeRecord.hex("c3 c3")), "trailing bytes");
        assertEquals(4, buildCode(FakeRecord.hex("93 01")), "truncated");
        assertEquals(4, buildCode(new byte[0]));
        assertEquals(4, buildCode(FakeRecord.hex("90")), "empty array");
        assertEquals(0, buildCode(Exp.val(true)));
    }

    @Test
    void quoteAndLiterals() {
        assertEquals("93010203", Eval.hexOf(Exp.val(List.of(1L, 2L, 3L)), REC));
        isTrue(Exp.eq(Exp.val(new byte[0]), Exp.val(new byte[0])));
        assertEquals(4, buildCode(FakeRecord.hex("92 7e 01")), "QUOTE of a non-list");
    }
}
