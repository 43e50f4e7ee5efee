package io.spikesdk.exp;

import io.spikesdk.api.Expression;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.spikesdk.exp.ByteCase.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Local argument checks, immutability and the documented byte examples. */
class ExpValidationTest {

    @Test
    void documentedExamples() {
        assertEquals("93019351 02a16101".replace(" ", ""), hex(Exp.build(Exp.eq(Exp.intBin("a"), Exp.val(1))).bytes()));
        assertEquals("9316935102a16902", hex(Exp.build(Exp.mul(Exp.intBin("i"), Exp.val(2))).bytes()));
        assertEquals("93029252a16100", hex(Exp.build(Exp.binExists("a")).bytes()));
        assertEquals("94070ca178935103a173", hex(Exp.build(Exp.regexCompare("x", RegexFlag.NOSUB.with(RegexFlag.NEWLINE),
                Exp.stringBin("s"))).bytes()));
    }

    @Test
    void defIsOnlyValidInsideLet() {
        Exp def = Exp.def("x", Exp.val(1));
        assertThrows(IllegalArgumentException.class, () -> Exp.build(def));
        assertThrows(IllegalArgumentException.class, () -> Exp.eq(def, Exp.val(1)));
        assertThrows(IllegalArgumentException.class, () -> Exp.let(def));
        assertThrows(IllegalArgumentException.class, () -> Exp.let(Exp.val(1), Exp.var("x")));
        assertThrows(IllegalArgumentException.class, () -> Exp.let(def, def));
        assertThrows(NullPointerException.class, () -> Exp.let((Exp[]) null));
    }

    @Test
    void variableNamesFollowTheServerRule() {
        for (String bad : new String[] {"", "1x", "a-b", "x y", "\u00e9"}) {
            assertThrows(IllegalArgumentException.class, () -> Exp.var(bad), bad);
            assertThrows(IllegalArgumentException.class, () -> Exp.def(bad, Exp.val(1)), bad);
        }
        assertThrows(NullPointerException.class, () -> Exp.var(null));
        for (String good : new String[] {"x", "_", "_a1", "Abc_9"}) {
            Exp.build(Exp.let(Exp.def(good, Exp.val(1)), Exp.var(good)));
        }
    }

    @Test
    void operandCountsFollowTheServerRule() {
        assertThrows(IllegalArgumentException.class, () -> Exp.and(Exp.val(true)));
        assertThrows(IllegalArgumentException.class, () -> Exp.or());
        assertThrows(IllegalArgumentException.class, () -> Exp.exclusive(Exp.val(true)));
        assertThrows(IllegalArgumentException.class, () -> Exp.add());
        assertThrows(IllegalArgumentException.class, () -> Exp.min());
        assertThrows(IllegalArgumentException.class, () -> Exp.cond(Exp.val(true), Exp.val(1)));
        assertThrows(IllegalArgumentException.class, () -> Exp.cond(Exp.val(true), Exp.val(1), Exp.val(false), Exp.val(2)));
        assertThrows(IllegalArgumentException.class, () -> Exp.cond(Exp.val(1)));
    }

    @Test
    void nullsAndInvalidArgumentsAreRejected() {
        assertThrows(NullPointerException.class, () -> Exp.build(null));
        assertThrows(NullPointerException.class, () -> Exp.val((String) null));
        assertThrows(NullPointerException.class, () -> Exp.val((byte[]) null));
        assertThrows(NullPointerException.class, () -> Exp.val((List<?>) null));
        assertThrows(NullPointerException.class, () -> Exp.geo(null));
        assertThrows(NullPointerException.class, () -> Exp.intBin(null));
        assertThrows(NullPointerException.class, () -> Exp.bin("a", null));
        assertThrows(NullPointerException.class, () -> Exp.binType(null));
        assertThrows(NullPointerException.class, () -> Exp.eq(Exp.val(1), null));
        assertThrows(NullPointerException.class, () -> Exp.and(Exp.val(true), null));
        assertThrows(NullPointerException.class, () -> Exp.regexCompare(null, 0, Exp.stringBin("s")));
        assertThrows(NullPointerException.class, () -> Exp.regexCompare("a", (RegexFlag) null, Exp.stringBin("s")));
        assertThrows(NullPointerException.class, () -> Exp.expr(null));
        assertThrows(IllegalArgumentException.class, () -> Exp.key(Exp.Type.LIST));
        assertThrows(IllegalArgumentException.class, () -> Exp.key(Exp.Type.FLOAT));
        assertThrows(IllegalArgumentException.class, () -> Exp.digestModulo(0));
    }

    @Test
    void literalsAreCapturedWhenCreated() {
        List<Object> list = new ArrayList<>(List.of(1L, 2L));
        Exp listLiteral = Exp.val(list);
        byte[] blob = {1, 2, 3};
        Exp blobLiteral = Exp.val(blob);
        String before = hex(Exp.build(listLiteral).bytes()) + hex(Exp.build(blobLiteral).bytes());
        list.add(3L);
        blob[0] = 9;
        assertEquals(before, hex(Exp.build(listLiteral).bytes()) + hex(Exp.build(blobLiteral).bytes()));
    }

    @Test
    void builtExpressionsAreValues() {
        Expression a = Exp.build(Exp.ge(Exp.ttl(), Exp.val(60)));
        Expression b = Exp.build(Exp.ge(Exp.ttl(), Exp.val(60)));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, Exp.build(Exp.ge(Exp.ttl(), Exp.val(61))));
        Exp shared = Exp.intBin("x");
        assertEquals(hex(Exp.build(Exp.add(shared, shared)).bytes()),
                hex(Exp.build(Exp.add(Exp.intBin("x"), Exp.intBin("x"))).bytes()));
    }

    @Test
    void regexFlagsHaveTheSpecValuesAndCombine() {
        assertEquals(com.aerospike.client.query.RegexFlag.NONE, RegexFlag.NONE.code());
        assertEquals(com.aerospike.client.query.RegexFlag.EXTENDED, RegexFlag.EXTENDED.code());
        assertEquals(com.aerospike.client.query.RegexFlag.ICASE, RegexFlag.ICASE.code());
        assertEquals(com.aerospike.client.query.RegexFlag.NOSUB, RegexFlag.NOSUB.code());
        assertEquals(com.aerospike.client.query.RegexFlag.NEWLINE, RegexFlag.NEWLINE.code());
        RegexFlag both = RegexFlag.of(RegexFlag.ICASE, RegexFlag.EXTENDED);
        assertEquals(3, both.code());
        assertEquals(both, RegexFlag.EXTENDED.with(RegexFlag.ICASE));
        assertEquals(both, RegexFlag.fromCode(3));
        assertTrue(both.contains(RegexFlag.ICASE));
        assertFalse(both.contains(RegexFlag.NOSUB));
        assertEquals(RegexFlag.NONE, RegexFlag.of());
        assertEquals(-1, RegexFlag.fromCode(0xffffffff).code());
    }
}
