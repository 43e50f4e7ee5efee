package io.spikesdk.it.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.Expression;
import io.spikesdk.api.FilteredOutException;
import io.spikesdk.api.Key;
import io.spikesdk.api.Operations;
import io.spikesdk.api.Policy;
import io.spikesdk.api.Record;
import io.spikesdk.api.ResultCode;
import io.spikesdk.cdt.CTX;
import io.spikesdk.cdt.ModifyFlags;
import io.spikesdk.cdt.SelectFlags;
import io.spikesdk.exp.Exp;
import io.spikesdk.exp.ExpOperations;
import io.spikesdk.exp.ExpReadFlags;
import io.spikesdk.exp.ListExp;
import io.spikesdk.exp.LoopVarPart;
import io.spikesdk.it.TestTarget;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Path expressions ({@code Exp.selectByPath} / {@code Exp.modifyByPath}, loop variables, {@code removeResult},
 * {@code inList}, {@code mapKeys} / {@code mapValues}) in {@code ExpOperations} reads and writes and in filters,
 * through our client.
 */
class PathExpressionsTest {
    private static final String SET = "it_path_exp";
    private static AerospikeClient client;

    @BeforeAll
    static void connect() {
        client = Aerospike.client(TestTarget.config().build()).connect();
    }

    @AfterAll
    static void close() {
        client.close();
    }

    /** {@code t}: {x: 1, y: 2, z: 3}; {@code l}: [[1, 2], [3, 4, 5]]. */
    private static Key key(TestInfo info) {
        Key key = Key.of(TestTarget.NAMESPACE, SET, info.getDisplayName());
        client.delete(key);
        client.put(key, Bin.of("t", Map.of("x", 1L, "y", 2L, "z", 3L)), Bin.of("l", List.of(List.of(1L, 2L), List.of(3L, 4L, 5L))));
        return key;
    }

    private static Object read(Key key, Exp e) {
        return client.operate(key, ExpOperations.read("r", Exp.build(e))).getValue("r");
    }

    private static Exp value() {
        return Exp.intLoopVar(LoopVarPart.VALUE);
    }

    @Test
    void selectByPathInAnExpressionRead(TestInfo info) {
        Key key = key(info);
        assertEquals(List.of(2L, 3L), read(key, Exp.selectByPath(Exp.Type.LIST, SelectFlags.VALUE, Exp.mapBin("t"),
                CTX.allChildrenWithFilter(Exp.gt(value(), Exp.val(1))))));
        assertEquals(Map.of("y", 2L), read(key, Exp.selectByPath(Exp.Type.MAP, SelectFlags.MATCHING_TREE, Exp.mapBin("t"),
                CTX.mapKey("y"))));
        assertEquals(List.of(List.of(2L), List.of(4L, 5L)), read(key, Exp.selectByPath(Exp.Type.LIST,
                SelectFlags.MATCHING_TREE, Exp.listBin("l"), CTX.allChildren(),
                CTX.allChildrenWithFilter(Exp.ge(Exp.intLoopVar(LoopVarPart.INDEX), Exp.val(1))))));
        assertEquals(List.of("x", 1L, "y", 2L, "z", 3L), read(key, Exp.selectByPath(Exp.Type.LIST, SelectFlags.MAP_KEY_VALUE,
                Exp.mapBin("t"), CTX.allChildren())));
    }

    @Test
    void aResultOfAnotherTypeIsUnknown(TestInfo info) {
        Key key = key(info);
        Exp asMap = Exp.selectByPath(Exp.Type.MAP, SelectFlags.VALUE, Exp.mapBin("t"), CTX.allChildren());
        AerospikeException e = assertThrows(AerospikeException.class, () -> read(key, asMap));
        assertEquals(ResultCode.OP_NOT_APPLICABLE, e.resultCode());
        Record r = client.operate(key, ExpOperations.read("r", Exp.build(asMap), ExpReadFlags.EVAL_NO_FAIL));
        assertEquals(null, r.getValue("r"));
    }

    @Test
    void modifyByPathWrittenBack(TestInfo info) {
        Key key = key(info);
        Exp plusOne = Exp.modifyByPath(Exp.Type.MAP, ModifyFlags.DEFAULT, Exp.add(value(), Exp.val(1)), Exp.mapBin("t"),
                CTX.allChildren());
        client.operate(key, ExpOperations.write("t", Exp.build(plusOne)));
        assertEquals(Map.of("x", 2L, "y", 3L, "z", 4L), client.get(key).getValue("t"));
        Exp dropBig = Exp.modifyByPath(Exp.Type.LIST, ModifyFlags.DEFAULT, Exp.removeResult(), Exp.listBin("l"),
                CTX.allChildren(), CTX.allChildrenWithFilter(Exp.gt(value(), Exp.val(2))));
        client.operate(key, ExpOperations.write("l", Exp.build(dropBig)));
        assertEquals(List.of(List.of(1L, 2L), List.of()), client.get(key).getValue("l"));
    }

    @Test
    void modifyByPathReadIsACopy(TestInfo info) {
        Key key = key(info);
        Exp keys = Exp.modifyByPath(Exp.Type.MAP, ModifyFlags.DEFAULT, Exp.stringLoopVar(LoopVarPart.MAP_KEY),
                Exp.mapBin("t"), CTX.allChildren());
        Record r = client.operate(key, ExpOperations.read("r", Exp.build(keys)), Operations.get("t"));
        assertEquals(Map.of("x", "x", "y", "y", "z", "z"), r.getValue("r"));
        assertEquals(Map.of("x", 1L, "y", 2L, "z", 3L), r.getValue("t"));
    }

    @Test
    void inListMapKeysAndMapValues(TestInfo info) {
        Key key = key(info);
        assertEquals(List.of("x", "y", "z"), read(key, Exp.mapKeys(Exp.mapBin("t"))));
        assertEquals(List.of(1L, 2L, 3L), read(key, Exp.mapValues(Exp.mapBin("t"))));
        assertEquals(true, read(key, Exp.inList(Exp.val(2), Exp.mapValues(Exp.mapBin("t")))));
        assertEquals(false, read(key, Exp.inList(Exp.val("w"), Exp.mapKeys(Exp.mapBin("t")))));
    }

    @Test
    void pathSelectInAFilter(TestInfo info) {
        Key key = key(info);
        Exp bigOnes = Exp.selectByPath(Exp.Type.LIST, SelectFlags.VALUE, Exp.listBin("l"), CTX.allChildren(),
                CTX.allChildrenWithFilter(Exp.gt(value(), Exp.val(4))));
        Expression some = Exp.build(Exp.gt(ListExp.size(bigOnes), Exp.val(0)));
        assertNotNull(client.get(Policy.builder().filterExpression(some).failOnFilteredOut(true).build(), key));
        Expression many = Exp.build(Exp.gt(ListExp.size(bigOnes), Exp.val(1)));
        assertThrows(FilteredOutException.class,
                () -> client.get(Policy.builder().filterExpression(many).failOnFilteredOut(true).build(), key));
    }
}
