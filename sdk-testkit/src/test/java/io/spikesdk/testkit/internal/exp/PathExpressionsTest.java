package io.spikesdk.testkit.internal.exp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.spikesdk.testkit.internal.cdt.CdtException;
import io.spikesdk.testkit.internal.cdt.Element;
import io.spikesdk.testkit.internal.cdt.LoopVars;
import io.spikesdk.testkit.internal.cdt.MpBool;
import io.spikesdk.testkit.internal.cdt.MpBytes;
import io.spikesdk.testkit.internal.cdt.MpInt;
import io.spikesdk.testkit.internal.cdt.MpList;
import io.spikesdk.testkit.internal.cdt.MsgpackWriter;
import io.spikesdk.testkit.internal.cdt.PathExpressions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** VAR_BUILTIN (122), RESULT_REMOVE (100) and a CALL of the path select op (0xfe). */
class PathExpressionsTest {
    private static final LoopVars LIST_ELEMENT = new LoopVars(null, MpInt.of(5), 3L);
    private static final LoopVars MAP_ENTRY = new LoopVars(str("k"), MpInt.of(5), null);

    @Test
    void loopVariablesAreTypedAndOnlySetWhereTheyApply() throws ExpException {
        assertEquals(MpInt.of(5), run(l(122, 2, 1), LIST_ELEMENT));
        assertEquals(MpInt.of(3), run(l(122, 2, 2), LIST_ELEMENT));
        assertNull(run(l(122, 3, 1), LIST_ELEMENT), "a value of another type is UNKNOWN");
        assertNull(run(l(122, 3, 0), LIST_ELEMENT), "no key inside a list");
        assertValue(str("k"), run(l(122, 3, 0), MAP_ENTRY));
        assertNull(run(l(122, 2, 2), MAP_ENTRY), "no index inside a map");
        assertEquals(new MpBool(true), run(l(3, l(122, 2, 1), 4), LIST_ELEMENT));
    }

    @Test
    void loopVariableOutsideAPathIsUnknown() throws ExpException {
        assertNull(Program.of(l(122, 2, 1)).run(FakeRecord.of()));
    }

    @Test
    void malformedLoopVariablesDoNotBuild() {
        assertEquals(4, buildCode(l(122, 3, 2)), "the index is an integer");
        assertEquals(4, buildCode(l(122, 2, 3)), "no fourth part");
        assertEquals(4, buildCode(l(122, 10, 1)), "no such type");
        assertEquals(4, buildCode(l(122, 2)), "two operands");
    }

    @Test
    void resultRemoveIsAValueOfItsOwnType() throws CdtException {
        assertSame(PathExpressions.Outcome.REMOVE, PathExpressionSupport.INSTANCE.compile(l(100)).eval(LIST_ELEMENT));
        PathExpressions.Compiled both = PathExpressionSupport.INSTANCE.compile(l(123, l(3, l(122, 2, 1), 1), l(100), l(100)));
        assertSame(PathExpressions.Outcome.REMOVE, both.eval(LIST_ELEMENT));
        assertEquals(4, buildCode(l(123, l(3, l(122, 2, 1), 1), l(100), 7)), "remove and an int in one cond");
        assertEquals(4, buildCode(l(20, l(100), 1)), "remove is no number");
        assertThrows(CdtException.class, () -> PathExpressionSupport.INSTANCE.compile(l(122, 3, 2)));
    }

    @Test
    void callRunsAPathSelectOnTheContainer() throws ExpException {
        Element container = l(126, l(1, 5, 7));
        Element select = l(127, 4, 0, l(254, l(4, l(3, l(122, 2, 1), 4)), 1), container);
        assertValue(l(5, 7), Program.of(select).run(FakeRecord.of()));
        Element apply = l(127, 4, 0x40, l(254, l(4, true), 4, l(20, l(122, 2, 1), 1)), container);
        assertValue(l(2, 6, 8), Program.of(apply).run(FakeRecord.of()));
        Element wrongType = l(127, 5, 0, l(254, l(4, true), 1), container);
        assertNull(Program.of(wrongType).run(FakeRecord.of()), "a list result where a map is declared");
        assertEquals(4, buildCode(l(127, 4, 0, l(254, l(4, true)), container)), "select without flags");
    }

    private static Element run(Element tree, LoopVars vars) throws ExpException {
        return Program.of(tree).runOnElement(vars);
    }

    private static int buildCode(Element tree) {
        try {
            Program.of(tree);
            return 0;
        } catch (ExpException e) {
            return e.resultCode();
        }
    }

    private static MpBytes str(String s) {
        byte[] text = s.getBytes(StandardCharsets.UTF_8);
        byte[] payload = new byte[text.length + 1];
        payload[0] = MpBytes.STRING;
        System.arraycopy(text, 0, payload, 1, text.length);
        return new MpBytes(payload);
    }

    /** A msgpack array of longs, booleans and elements. */
    private static MpList l(Object... items) {
        List<Element> out = new ArrayList<>();
        for (Object o : items) {
            if (o instanceof Integer i) {
                out.add(MpInt.of(i));
            } else if (o instanceof Boolean b) {
                out.add(new MpBool(b));
            } else {
                out.add((Element) o);
            }
        }
        return new MpList(0, out);
    }

    private static void assertValue(Element expected, Element actual) {
        assertEquals(Eval.hex(MsgpackWriter.encode(expected)), actual == null ? "UNKNOWN" : Eval.hex(MsgpackWriter.encode(actual)));
    }
}
