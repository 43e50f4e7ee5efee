package io.spikesdk.it.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.Key;
import io.spikesdk.api.Operation;
import io.spikesdk.api.Operations;
import io.spikesdk.api.Record;
import io.spikesdk.api.ResultCode;
import io.spikesdk.cdt.CTX;
import io.spikesdk.cdt.ListOperations;
import io.spikesdk.cdt.ListOrder;
import io.spikesdk.cdt.ModifyFlags;
import io.spikesdk.cdt.PathOperations;
import io.spikesdk.cdt.SelectFlags;
import io.spikesdk.exp.Exp;
import io.spikesdk.exp.LoopVarPart;
import io.spikesdk.it.TestTarget;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Path select and modify as CDT operations ({@link PathOperations}) through our client: every select flag, every
 * context kind, AND filters, loop variables, modify with remove, and the error paths, as a real 8.1 server answers
 * them.
 */
class PathOperationsTest {
    private static final String SET = "it_path_ops";
    private static final SelectFlags VALUES_NO_FAIL = SelectFlags.of(SelectFlags.VALUE, SelectFlags.NO_FAIL);
    private static AerospikeClient client;

    @BeforeAll
    static void connect() {
        client = Aerospike.client(TestTarget.config().build()).connect();
    }

    @AfterAll
    static void close() {
        client.close();
    }

    /** {@code d}: a catalogue map; {@code n}: [5, 1, 3]; {@code t}: {x: 1, y: 2, z: 3}. */
    private static Key key(TestInfo info) {
        Key key = Key.of(TestTarget.NAMESPACE, SET, info.getDisplayName());
        client.delete(key);
        client.put(key, Bin.of("d", Map.of("book", List.of(book("a", 10), book("b", 25), book("c", 5)), "shelf", 7L)),
                Bin.of("n", List.of(5L, 1L, 3L)), Bin.of("t", Map.of("x", 1L, "y", 2L, "z", 3L)));
        return key;
    }

    private static Map<String, Object> book(String title, long price) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("price", price);
        m.put("title", title);
        return m;
    }

    private static Object select(Key key, String bin, SelectFlags flags, CTX... ctx) {
        return client.operate(key, PathOperations.selectByPath(bin, flags, ctx)).getValue(bin);
    }

    private static Object afterModify(Key key, String bin, ModifyFlags flags, Exp modify, CTX... ctx) {
        Record r = client.operate(key, PathOperations.modifyByPath(bin, flags, Exp.build(modify), ctx), Operations.get(bin));
        return r.getValue(bin);
    }

    private static ResultCode code(Key key, Operation op) {
        return assertThrows(AerospikeException.class, () -> client.operate(key, op)).resultCode();
    }

    private static Exp value() {
        return Exp.intLoopVar(LoopVarPart.VALUE);
    }

    @Test
    void matchingTreeKeepsTheShapeAndScalarsAboveTheLeaf(TestInfo info) {
        Key key = key(info);
        assertEquals(Map.of("book", List.of(Map.of("price", 10L), Map.of("price", 25L), Map.of("price", 5L)), "shelf", 7L),
                select(key, "d", SelectFlags.MATCHING_TREE, CTX.allChildren(), CTX.allChildren(), CTX.mapKey("price")));
    }

    @Test
    void valueMapKeyAndMapKeyValueAreFlatLists(TestInfo info) {
        Key key = key(info);
        assertEquals(List.of(10L, 25L, 5L), select(key, "d", SelectFlags.VALUE, CTX.mapKey("book"), CTX.allChildren(),
                CTX.mapKey("price")));
        assertEquals(List.of("x", "y", "z"), select(key, "t", SelectFlags.MAP_KEY, CTX.allChildren()));
        assertEquals(List.of("x", 1L, "y", 2L, "z", 3L), select(key, "t", SelectFlags.MAP_KEY_VALUE, CTX.allChildren()));
    }

    @Test
    void everyContextKind(TestInfo info) {
        Key key = key(info);
        assertEquals(List.of(book("c", 5)), select(key, "d", SelectFlags.VALUE, CTX.mapKey("book"), CTX.listIndex(-1)));
        assertEquals(List.of(1L), select(key, "n", SelectFlags.VALUE, CTX.listRank(0)));
        assertEquals(List.of(3L), select(key, "n", SelectFlags.VALUE, CTX.listValue(3)));
        assertEquals(List.of(1L), select(key, "t", SelectFlags.VALUE, CTX.mapIndex(0)));
        assertEquals(List.of(3L), select(key, "t", SelectFlags.VALUE, CTX.mapRank(-1)));
        assertEquals(List.of("y"), select(key, "t", SelectFlags.MAP_KEY, CTX.mapValue(2)));
        assertEquals(List.of(1L, 3L), select(key, "t", SelectFlags.VALUE, CTX.mapKeysIn(List.of("z", "x"))));
        assertEquals(List.of(), select(key, "n", SelectFlags.VALUE, CTX.listIndex(9)));
    }

    @Test
    void filtersAndLoopVariables(TestInfo info) {
        Key key = key(info);
        assertEquals(List.of(2L, 3L), select(key, "t", SelectFlags.VALUE, CTX.allChildrenWithFilter(Exp.gt(value(), Exp.val(1)))));
        assertEquals(List.of(5L, 1L), select(key, "n", SelectFlags.VALUE,
                CTX.allChildrenWithFilter(Exp.lt(Exp.intLoopVar(LoopVarPart.INDEX), Exp.val(2)))));
        assertEquals(List.of("y", "z"), select(key, "t", SelectFlags.MAP_KEY,
                CTX.allChildrenWithFilter(Exp.ge(Exp.stringLoopVar(LoopVarPart.MAP_KEY), Exp.val("y")))));
        assertEquals(List.of(10L, 25L), select(key, "d", SelectFlags.VALUE, CTX.mapKey("book"), CTX.allChildren(),
                CTX.mapKey("price"), CTX.andFilter(Exp.gt(value(), Exp.val(8)))));
        assertEquals(List.of("b"), select(key, "d", SelectFlags.VALUE, CTX.mapKey("book"),
                CTX.allChildrenWithFilter(Exp.inList(Exp.val("b"), Exp.mapValues(Exp.mapLoopVar(LoopVarPart.VALUE)))),
                CTX.mapKey("title")));
        assertEquals(List.of(book("a", 10)), select(key, "d", SelectFlags.VALUE, CTX.mapKey("book"),
                CTX.allChildrenWithFilter(Exp.inList(Exp.val("a"), Exp.mapValues(Exp.mapLoopVar(LoopVarPart.VALUE))))));
    }

    @Test
    void loopVariablesOfEveryScalarType(TestInfo info) {
        Key key = key(info);
        // every filter is UNKNOWN on the elements of other types: NO_FAIL skips them
        client.put(key, Bin.of("v", java.util.Arrays.asList(1.5, 2.5, true, false, new byte[] {2}, null, "s")));
        assertEquals(List.of(2.5), select(key, "v", VALUES_NO_FAIL,
                CTX.allChildrenWithFilter(Exp.gt(Exp.floatLoopVar(LoopVarPart.VALUE), Exp.val(2.0)))));
        assertEquals(List.of(true), select(key, "v", VALUES_NO_FAIL,
                CTX.allChildrenWithFilter(Exp.eq(Exp.boolLoopVar(LoopVarPart.VALUE), Exp.val(true)))));
        assertEquals(1, ((List<?>) select(key, "v", VALUES_NO_FAIL, CTX.allChildrenWithFilter(
                Exp.eq(Exp.blobLoopVar(LoopVarPart.VALUE), Exp.val(new byte[] {2}))))).size());
        assertEquals(java.util.Collections.singletonList(null), select(key, "v", VALUES_NO_FAIL,
                CTX.allChildrenWithFilter(Exp.eq(Exp.nilLoopVar(LoopVarPart.VALUE), Exp.nil()))));
        assertEquals(List.of("s"), select(key, "v", VALUES_NO_FAIL,
                CTX.allChildrenWithFilter(Exp.eq(Exp.stringLoopVar(LoopVarPart.VALUE), Exp.val("s")))));
    }

    @Test
    void noFailSkipsWhatWouldFail(TestInfo info) {
        Key key = key(info);
        SelectFlags keysNoFail = SelectFlags.of(SelectFlags.MAP_KEY, SelectFlags.NO_FAIL);
        assertEquals(List.of(), select(key, "n", keysNoFail, CTX.allChildren()));
        Exp stringValue = Exp.eq(Exp.stringLoopVar(LoopVarPart.VALUE), Exp.val("a"));
        assertEquals(List.of(), select(key, "n", SelectFlags.of(SelectFlags.VALUE, SelectFlags.NO_FAIL),
                CTX.allChildrenWithFilter(stringValue)));
    }

    @Test
    void modifyWritesBackThroughThePath(TestInfo info) {
        Key key = key(info);
        assertEquals(List.of(15L, 11L, 13L), afterModify(key, "n", ModifyFlags.DEFAULT, Exp.add(value(), Exp.val(10)),
                CTX.allChildren()));
        Object d = afterModify(key, "d", ModifyFlags.DEFAULT, Exp.mul(value(), Exp.val(2)), CTX.mapKey("book"),
                CTX.allChildren(), CTX.mapKey("price"));
        assertEquals(Map.of("book", List.of(book("a", 20), book("b", 50), book("c", 10)), "shelf", 7L), d);
    }

    @Test
    void modifyReturnsNothing(TestInfo info) {
        Key key = key(info);
        Record r = client.operate(key, PathOperations.modifyByPath("n", ModifyFlags.DEFAULT, Exp.build(Exp.val(0)),
                CTX.listIndex(0)));
        assertFalse(r.bins().containsKey("n"));
    }

    @Test
    void removeResultRemovesElements(TestInfo info) {
        Key key = key(info);
        assertEquals(Map.of("x", 1L), afterModify(key, "t", ModifyFlags.DEFAULT, Exp.removeResult(),
                CTX.allChildrenWithFilter(Exp.gt(value(), Exp.val(1)))));
        assertEquals(List.of(5L, 3L), afterModify(key, "n", ModifyFlags.DEFAULT, Exp.removeResult(), CTX.listRank(0)));
    }

    @Test
    void orderedListsStayOrdered(TestInfo info) {
        Key key = key(info);
        client.operate(key, ListOperations.create("o", ListOrder.ORDERED, false),
                ListOperations.appendItems("o", List.of(3L, 1L, 5L)));
        assertEquals(List.of(3L, 5L, 100L), afterModify(key, "o", ModifyFlags.DEFAULT, Exp.val(100), CTX.listIndex(0)));
    }

    @Test
    void errorsForPathsThatDoNotMatchTheData(TestInfo info) {
        Key key = key(info);
        assertEquals(ResultCode.BIN_TYPE_ERROR,
                code(key, PathOperations.selectByPath("n", SelectFlags.MAP_KEY, CTX.allChildren())));
        assertEquals(ResultCode.PARAMETER_ERROR,
                code(key, PathOperations.selectByPath("n", SelectFlags.VALUE, CTX.mapKey("a"))));
        Exp stringValue = Exp.eq(Exp.stringLoopVar(LoopVarPart.VALUE), Exp.val("a"));
        assertEquals(ResultCode.PARAMETER_ERROR,
                code(key, PathOperations.selectByPath("n", SelectFlags.VALUE, CTX.allChildrenWithFilter(stringValue))));
        client.put(key, Bin.of("i", 7L));
        assertEquals(ResultCode.BIN_TYPE_ERROR, code(key, PathOperations.selectByPath("i", SelectFlags.VALUE, CTX.allChildren())));
    }

    @Test
    void modifyErrorsAndNoFail(TestInfo info) {
        Key key = key(info);
        client.put(key, Bin.of("n", List.of(1L, "a")));
        Exp plusOne = Exp.add(value(), Exp.val(1));
        assertEquals(ResultCode.SERVER_ERROR,
                code(key, PathOperations.modifyByPath("n", ModifyFlags.DEFAULT, Exp.build(plusOne), CTX.allChildren())));
        assertEquals(List.of(2L, "a"), afterModify(key, "n", ModifyFlags.NO_FAIL, plusOne, CTX.allChildren()));
        Exp mixed = Exp.cond(Exp.gt(value(), Exp.val(0)), Exp.removeResult(), Exp.val(5));
        assertEquals(ResultCode.PARAMETER_ERROR,
                code(key, PathOperations.modifyByPath("n", ModifyFlags.DEFAULT, Exp.build(mixed), CTX.allChildren())));
    }

    /** A real 8.1.2 server leaves its read cursor at the bin's end after a rank pick below the top level. */
    @Test
    void aNestedRankPickFailsWhenSiblingsFollow(TestInfo info) {
        Key key = key(info);
        client.put(key, Bin.of("n", List.of(List.of(2L), List.of(3L, 1L))));
        assertEquals(ResultCode.SERVER_ERROR,
                code(key, PathOperations.selectByPath("n", SelectFlags.VALUE, CTX.allChildren(), CTX.listRank(0))));
        client.put(key, Bin.of("n", List.of(5L, List.of(3L, 1L))));
        assertEquals(List.of(1L), select(key, "n", SelectFlags.VALUE, CTX.allChildren(), CTX.listRank(0)));
    }
}
