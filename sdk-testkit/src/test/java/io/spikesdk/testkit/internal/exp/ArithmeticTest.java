package io.spikesdk.testkit.internal.exp;

import static io.spikesdk.testkit.internal.exp.Eval.buildCode;
import static io.spikesdk.testkit.internal.exp.Eval.doubleOf;
import static io.spikesdk.testkit.internal.exp.Eval.longOf;
import static io.spikesdk.testkit.internal.exp.Eval.unknown;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.spikesdk.exp.Exp;
import org.junit.jupiter.api.Test;

/** Arithmetic and bit operations, with every expression row of docs/embedded-server.md C9 and C-8.4. */
class ArithmeticTest {
    private static final long MAX = Long.MAX_VALUE;
    private static final long MIN = Long.MIN_VALUE;

    private static Exp v(long x) {
        return Exp.val(x);
    }

    @Test
    void integerOverflowWrapsObservedC9() {
        assertEquals(MIN, longOf(Exp.add(v(MAX), v(1))));
        assertEquals(MAX, longOf(Exp.sub(v(MIN), v(1))));
        assertEquals(-2, longOf(Exp.mul(v(MAX), v(2))));
        assertEquals(MIN, longOf(Exp.sub(v(MIN))));
        assertEquals(MIN, longOf(Exp.abs(v(MIN))));
        assertEquals(MIN, longOf(Exp.toInt(Exp.val(1e30))));
    }

    @Test
    void shiftCountsAreMod64ObservedC9() {
        assertEquals(MIN, longOf(Exp.lshift(v(1), v(63))));
        assertEquals(1, longOf(Exp.lshift(v(1), v(64))));
        assertEquals(2, longOf(Exp.lshift(v(1), v(65))));
        assertEquals(MIN, longOf(Exp.lshift(v(1), v(-1))));
        assertEquals(-1, longOf(Exp.rshift(v(-1), v(64))));
        assertEquals(-1, longOf(Exp.arshift(v(-1), v(64))));
        assertEquals(MAX, longOf(Exp.rshift(v(-1), v(1))));
        assertEquals(-4, longOf(Exp.arshift(v(-8), v(1))));
    }

    @Test
    void divisionModuloAndScansObservedC84() {
        assertEquals(-3, longOf(Exp.div(v(7), v(-2))));
        assertEquals(-3, longOf(Exp.div(v(-7), v(2))));
        assertEquals(0, longOf(Exp.div(v(7))));
        assertEquals(10, longOf(Exp.div(v(100), v(2), v(5))));
        unknown(Exp.div(v(7), v(0)));
        assertEquals(Double.POSITIVE_INFINITY, doubleOf(Exp.div(Exp.val(7.0), Exp.val(0.0))));
        assertEquals(-1, longOf(Exp.mod(v(-7), v(2))));
        assertEquals(1, longOf(Exp.mod(v(7), v(-2))));
        unknown(Exp.mod(v(7), v(0)));
        assertEquals(1.4142135623730951, doubleOf(Exp.pow(Exp.val(2.0), Exp.val(0.5))));
        assertEquals(63, longOf(Exp.lscan(v(1), Exp.val(true))));
        assertEquals(63, longOf(Exp.rscan(v(1), Exp.val(true))));
        assertEquals(-1, longOf(Exp.lscan(v(0), Exp.val(true))));
        assertEquals(64, longOf(Exp.count(v(-1))));
        assertEquals(4, buildCode(Exp.add(v(1), Exp.val(2.0))), "int/float mixing is a build error");
    }

    @Test
    void int64MinByMinusOneIsUnknownNotACrash() {
        unknown(Exp.div(v(MIN), v(-1)));
        unknown(Exp.mod(v(MIN), v(-1)));
        unknown(Exp.div(v(MIN), v(-1), v(1)));
        unknown(Exp.div(v(0)));
    }

    @Test
    void everyOtherNumericOperator() {
        assertEquals(6, longOf(Exp.add(v(1), v(2), v(3))));
        assertEquals(-4, longOf(Exp.sub(v(1), v(2), v(3))));
        assertEquals(-5, longOf(Exp.sub(v(5))));
        assertEquals(24, longOf(Exp.mul(v(2), v(3), v(4))));
        assertEquals(5, longOf(Exp.abs(v(-5))));
        assertEquals(1, longOf(Exp.min(v(3), v(1), v(2))));
        assertEquals(3, longOf(Exp.max(v(3), v(1), v(2))));
        assertEquals(0.5, doubleOf(Exp.div(Exp.val(2.0))));
        assertEquals(0.5, doubleOf(Exp.div(Exp.val(5.0), Exp.val(2.0), Exp.val(5.0))));
        assertEquals(-1.5, doubleOf(Exp.sub(Exp.val(1.5))));
        assertEquals(1.5, doubleOf(Exp.abs(Exp.val(-1.5))));
        assertEquals(3.0, doubleOf(Exp.log(Exp.val(8.0), Exp.val(2.0))), 1e-12);
        assertEquals(-2.0, doubleOf(Exp.floor(Exp.val(-1.5))));
        assertEquals(-1.0, doubleOf(Exp.ceil(Exp.val(-1.5))));
        assertEquals(-1, longOf(Exp.toInt(Exp.val(-1.9))));
        assertEquals(3.0, doubleOf(Exp.toFloat(v(3))));
        assertEquals(0.5, doubleOf(Exp.min(Exp.val(2.0), Exp.val(0.5))));
        assertEquals(2.0, doubleOf(Exp.max(Exp.val(2.0), Exp.val(0.5))));
        assertEquals(0b0100, longOf(Exp.intAnd(v(0b1100), v(0b0110))));
        assertEquals(0b1110, longOf(Exp.intOr(v(0b1100), v(0b0110))));
        assertEquals(0b1010, longOf(Exp.intXor(v(0b1100), v(0b0110))));
        assertEquals(-1, longOf(Exp.intNot(v(0))));
        assertEquals(0, longOf(Exp.lscan(v(-1), Exp.val(true))));
        assertEquals(0, longOf(Exp.lscan(v(MAX), Exp.val(false))));
        assertEquals(-1, longOf(Exp.lscan(v(-1), Exp.val(false))));
        assertEquals(63, longOf(Exp.rscan(v(-2), Exp.val(false))));
        assertEquals(62, longOf(Exp.rscan(v(2), Exp.val(true))));
        unknown(Exp.add(Exp.intBin("absent"), v(1)));
    }

    @Test
    void staticTypeErrors() {
        assertEquals(4, buildCode(Exp.pow(v(2), v(2))));
        assertEquals(4, buildCode(Exp.mod(Exp.val(1.0), Exp.val(2.0))));
        assertEquals(4, buildCode(Exp.floor(v(1))));
        assertEquals(4, buildCode(Exp.toFloat(Exp.val(1.0))));
        assertEquals(4, buildCode(Exp.intAnd(v(1), Exp.val(1.0))));
        assertEquals(4, buildCode(Exp.lscan(v(1), v(1))));
        assertEquals(4, buildCode(Exp.add(Exp.val("a"))));
        assertEquals(4, buildCode(Exp.min(Exp.intBin("a"), Exp.floatBin("b"))));
    }
}
