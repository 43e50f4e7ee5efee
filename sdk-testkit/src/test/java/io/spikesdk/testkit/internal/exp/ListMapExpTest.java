package io.spikesdk.testkit.internal.exp;

import static io.spikesdk.testkit.internal.exp.Eval.buildCode;
import static io.spikesdk.testkit.internal.exp.Eval.hexOf;
import static io.spikesdk.testkit.internal.exp.Eval.isFalse;
import static io.spikesdk.testkit.internal.exp.Eval.isTrue;
import static io.spikesdk.testkit.internal.exp.Eval.longOf;
import static io.spikesdk.testkit.internal.exp.Eval.stringOf;
import static io.spikesdk.testkit.internal.exp.Eval.unknown;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.spikesdk.cdt.CTX;
import io.spikesdk.cdt.ListPolicy;
import io.spikesdk.cdt.ListReturnType;
import io.spikesdk.cdt.ListSortFlags;
import io.spikesdk.cdt.MapPolicy;
import io.spikesdk.cdt.MapReturnType;
import io.spikesdk.exp.Exp;
import io.spikesdk.exp.ListExp;
import io.spikesdk.exp.MapExp;
import java.util.List;
import org.junit.jupiter.api.Test;

/** List and map expressions (CALL): reads, private-copy modifies, result typing, contexts. */
class ListMapExpTest {
    /** l = [5, 3, "x", [1, 2]], m = {a: 1, b: "two", c: [7]}. */
    private static final FakeRecord REC = FakeRecord.of().listBin("l", "94 05 03 a2 03 78 92 01 02")
            .mapBin("m", "83 a2 03 61 01 a2 03 62 a4 03 74 77 6f a2 03 63 91 07").intBin("i", 1);

    @Test
    void listReads() {
        assertEquals(4, longOf(ListExp.size(Exp.listBin("l")), REC));
        assertEquals(3, longOf(ListExp.getByIndex(ListReturnType.VALUE, Exp.Type.INT, Exp.val(1), Exp.listBin("l")),
                REC));
        assertEquals("x", stringOf(ListExp.getByIndex(ListReturnType.VALUE, Exp.Type.STRING, Exp.val(-2),
                Exp.listBin("l")), REC));
        unknown(ListExp.getByIndex(ListReturnType.VALUE, Exp.Type.INT, Exp.val(2), Exp.listBin("l")), REC);
        unknown(ListExp.getByIndex(ListReturnType.VALUE, Exp.Type.INT, Exp.val(10), Exp.listBin("l")), REC);
        assertEquals("920503", hexOf(ListExp.getByValueRange(ListReturnType.VALUE, Exp.val(3), Exp.val(6),
                Exp.listBin("l")), REC));
        assertEquals(4, longOf(ListExp.getByValueRange(ListReturnType.COUNT, Exp.val(0), Exp.inf(),
                Exp.listBin("l")), REC));
        assertEquals(2, longOf(ListExp.size(Exp.listBin("l"), CTX.listIndex(3)), REC));
        assertEquals(2, longOf(ListExp.getByIndex(ListReturnType.VALUE, Exp.Type.INT, Exp.val(1), Exp.listBin("l"),
                CTX.listIndex(-1)), REC));
        isTrue(Exp.eq(ListExp.getByValue(ListReturnType.EXISTS, Exp.val(5), Exp.listBin("l")), Exp.val(true)), REC);
        isTrue(Exp.gt(ListExp.size(Exp.listBin("l")), Exp.intBin("i")), REC);
    }

    @Test
    void argumentsAreEvaluatedSubExpressions() {
        assertEquals(3, longOf(ListExp.getByIndex(ListReturnType.VALUE, Exp.Type.INT, Exp.intBin("i"),
                Exp.listBin("l")), REC));
        unknown(ListExp.getByIndex(ListReturnType.VALUE, Exp.Type.INT, Exp.intBin("absent"), Exp.listBin("l")), REC);
        assertEquals(2, longOf(ListExp.getByValueList(ListReturnType.COUNT, Exp.val(List.of(5L, "x")),
                Exp.listBin("l")), REC));
    }

    @Test
    void listModifiesWorkOnAPrivateCopy() {
        assertEquals("95 05 03 a2 03 78 92 01 02 09".replace(" ", ""),
                hexOf(ListExp.append(ListPolicy.DEFAULT, Exp.val(9), Exp.listBin("l")), REC));
        assertEquals("940305a2037892 0102".replace(" ", ""),
                hexOf(ListExp.sort(ListSortFlags.DEFAULT, Exp.listBin("l")), REC));
        assertEquals("91 07".replace(" ", ""), hexOf(ListExp.append(ListPolicy.DEFAULT, Exp.val(7), Exp.nil()), REC),
                "nil container = absent bin");
        assertEquals(2, longOf(ListExp.size(ListExp.removeByIndexRange(ListReturnType.NONE, Exp.val(2),
                Exp.listBin("l"))), REC));
        assertEquals(4, longOf(ListExp.size(Exp.listBin("l")), REC), "the record is unchanged");
        unknown(ListExp.append(ListPolicy.DEFAULT, Exp.val(1), Exp.mapBin("m")), REC);
    }

    @Test
    void mapReadsAndModifies() {
        assertEquals(3, longOf(MapExp.size(Exp.mapBin("m")), REC));
        assertEquals(1, longOf(MapExp.getByKey(MapReturnType.VALUE, Exp.Type.INT, Exp.val("a"), Exp.mapBin("m")),
                REC));
        assertEquals("two", stringOf(MapExp.getByKey(MapReturnType.VALUE, Exp.Type.STRING, Exp.val("b"),
                Exp.mapBin("m")), REC));
        unknown(MapExp.getByKey(MapReturnType.VALUE, Exp.Type.INT, Exp.val("zz"), Exp.mapBin("m")), REC);
        isTrue(Exp.eq(MapExp.getByKey(MapReturnType.VALUE, Exp.Type.NIL, Exp.val("zz"), Exp.mapBin("m")),
                Exp.nil()), REC);
        assertEquals(7, longOf(ListExp.getByIndex(ListReturnType.VALUE, Exp.Type.INT, Exp.val(0), Exp.mapBin("m"),
                CTX.mapKey("c")), REC));
        assertEquals("92 a2 03 61 a2 03 62".replace(" ", ""), hexOf(MapExp.getByKeyRange(MapReturnType.KEY,
                Exp.val("a"), Exp.val("c"), Exp.mapBin("m")), REC));
        assertEquals(4, longOf(MapExp.size(MapExp.put(MapPolicy.DEFAULT, Exp.val("d"), Exp.val(4),
                Exp.mapBin("m"))), REC));
        Exp appended = ListExp.append(ListPolicy.DEFAULT, Exp.val(8), Exp.mapBin("m"), CTX.mapKey("c"));
        assertEquals(3, longOf(MapExp.size(appended), REC), "a nested modify returns the whole map");
        assertEquals(8, longOf(ListExp.getByIndex(ListReturnType.VALUE, Exp.Type.INT, Exp.val(1), appended,
                CTX.mapKey("c")), REC));
        isFalse(Exp.eq(MapExp.size(Exp.mapBin("m")), Exp.val(4)), REC);
    }

    @Test
    void keysValuesAndInList() {
        assertEquals("93a20361a20362a20363", Eval.hex(evalRaw("92 65 93 51 05 a1 6d")));
        assertEquals("9301a40374776f9107", Eval.hex(evalRaw("92 66 93 51 05 a1 6d")));
        assertEquals("c3", Eval.hex(evalRaw("93 09 05 93 51 04 a1 6c")));
        assertEquals("c2", Eval.hex(evalRaw("93 09 07 93 51 04 a1 6c")));
        assertEquals(4, Eval.buildCode(FakeRecord.hex("93 09 05 93 51 02 a1 6c")), "IN_LIST of a non-list");
    }

    private static byte[] evalRaw(String hex) {
        try {
            return io.spikesdk.testkit.internal.cdt.MsgpackWriter.encode(Program.compile(FakeRecord.hex(hex)).run(REC));
        } catch (ExpException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void callBuildErrors() {
        assertEquals(4, buildCode(ListExp.size(Exp.intBin("i"))), "container must be a list or map");
        assertEquals(4, buildCode(FakeRecord.hex("95 7f 02 01 91 10 93 51 04 a1 6c")), "bit system");
        assertEquals(4, buildCode(FakeRecord.hex("95 7f 02 00 10 93 51 04 a1 6c")), "op not an array");
        assertEquals(4, buildCode(FakeRecord.hex("95 7f 0c 00 91 10 93 51 04 a1 6c")), "result type 12");
        unknown(Exp.eq(Exp.expr(io.spikesdk.api.Expression.of(FakeRecord.hex("95 7f 02 00 91 63 93 51 04 a1 6c"))),
                Exp.val(1)), REC);
    }
}
