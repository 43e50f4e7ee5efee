package io.spikesdk.testkit.internal.exp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.spikesdk.exp.Exp;
import io.spikesdk.testkit.internal.cdt.Element;
import io.spikesdk.testkit.internal.cdt.MpBool;
import io.spikesdk.testkit.internal.cdt.MpBytes;
import io.spikesdk.testkit.internal.cdt.MpFloat;
import io.spikesdk.testkit.internal.cdt.MpInt;
import io.spikesdk.testkit.internal.cdt.MsgpackWriter;
import io.spikesdk.testkit.internal.ops.RecordView;
import java.nio.charset.StandardCharsets;

/** Evaluates client-built expressions with the server evaluator and asserts on the outcome. */
final class Eval {
    private static final RecordView EMPTY = FakeRecord.of();

    private Eval() {
    }

    static byte[] bytes(Exp e) {
        return Exp.build(e).bytes();
    }

    /** The value of {@code e} on {@code r}; null = UNKNOWN. Fails the test on a build error. */
    static Element value(Exp e, RecordView r) {
        try {
            return Program.compile(bytes(e)).run(r);
        } catch (ExpException ex) {
            return fail("build error " + ex.resultCode() + ": " + ex.getMessage());
        }
    }

    static Element value(Exp e) {
        return value(e, EMPTY);
    }

    static void isTrue(Exp e, RecordView r) {
        assertEquals(new MpBool(true), value(e, r));
    }

    static void isTrue(Exp e) {
        isTrue(e, EMPTY);
    }

    static void isFalse(Exp e, RecordView r) {
        assertEquals(new MpBool(false), value(e, r));
    }

    static void isFalse(Exp e) {
        isFalse(e, EMPTY);
    }

    static void unknown(Exp e, RecordView r) {
        assertNull(value(e, r), "UNKNOWN expected");
    }

    static void unknown(Exp e) {
        unknown(e, EMPTY);
    }

    static long longOf(Exp e, RecordView r) {
        Element v = value(e, r);
        assertTrue(v instanceof MpInt, () -> "INT expected, got " + v);
        return ((MpInt) v).value();
    }

    static long longOf(Exp e) {
        return longOf(e, EMPTY);
    }

    static double doubleOf(Exp e) {
        Element v = value(e);
        assertTrue(v instanceof MpFloat, () -> "FLOAT expected, got " + v);
        return ((MpFloat) v).value();
    }

    static String stringOf(Exp e, RecordView r) {
        Element v = value(e, r);
        assertTrue(v instanceof MpBytes b && b.typeByte() == 3, () -> "STRING expected, got " + v);
        return new String(Values.data((MpBytes) v), StandardCharsets.UTF_8);
    }

    /** The msgpack hex of a value. */
    static String hexOf(Exp e, RecordView r) {
        Element v = value(e, r);
        assertTrue(v != null, "a value expected, got UNKNOWN");
        return hex(MsgpackWriter.encode(v));
    }

    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(String.format("%02x", x & 0xff));
        }
        return sb.toString();
    }

    /** The result code of building {@code e} (0 when it builds). */
    static int buildCode(byte[] expression) {
        try {
            Program.compile(expression);
            return 0;
        } catch (ExpException ex) {
            return ex.resultCode();
        }
    }

    static int buildCode(Exp e) {
        return buildCode(bytes(e));
    }

    /** The filter seam's answer. */
    static int filter(Exp e, RecordView r) {
        return new ExpressionFilter().evaluate(bytes(e), r);
    }
}
