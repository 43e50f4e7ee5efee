package io.spikesdk.it.exp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.Key;
import io.spikesdk.api.Operations;
import io.spikesdk.api.Record;
import io.spikesdk.api.ResultCode;
import io.spikesdk.cdt.ListPolicy;
import io.spikesdk.exp.Exp;
import io.spikesdk.exp.ExpOperations;
import io.spikesdk.exp.ExpReadFlags;
import io.spikesdk.exp.ExpWriteFlags;
import io.spikesdk.exp.ListExp;
import io.spikesdk.it.TestTarget;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * ExpOperations.read / write through our client, with the observed nil / UNKNOWN rules (docs/embedded-server.md C4).
 */
class ExpOperationsTest {
    private static final String SET = "it_exp_ops";
    private static AerospikeClient client;

    @BeforeAll
    static void connect() {
        client = Aerospike.client(TestTarget.config().build()).connect();
    }

    @AfterAll
    static void close() {
        client.close();
    }

    private static Key key(TestInfo info) {
        Key key = Key.of(TestTarget.NAMESPACE, SET, info.getDisplayName());
        client.delete(key);
        client.put(key, Bin.of("a", 5L), Bin.of("s", "str"), Bin.of("l", List.of(1L, 2L)));
        return key;
    }

    private static ResultCode code(Runnable r) {
        return assertThrows(AerospikeException.class, r::run).resultCode();
    }

    @Test
    void readComputesValues(TestInfo info) {
        Key key = key(info);
        Record r = client.operate(key,
                ExpOperations.read("r", Exp.build(Exp.mul(Exp.intBin("a"), Exp.val(2)))),
                ExpOperations.read("f", Exp.build(Exp.toFloat(Exp.intBin("a")))),
                ExpOperations.read("b", Exp.build(Exp.gt(Exp.intBin("a"), Exp.val(1)))),
                ExpOperations.read("x", Exp.build(ListExp.append(ListPolicy.DEFAULT, Exp.val(3), Exp.listBin("l")))));
        assertEquals(10L, r.getLong("r"));
        assertEquals(5.0, r.getDouble("f"));
        assertTrue(r.getBoolean("b"));
        assertEquals(List.of(1L, 2L, 3L), r.getList("x"));
        assertEquals(List.of(1L, 2L), client.get(key).getList("l"), "read modifies a private copy");
    }

    @Test
    void readNilAndUnknownObservedC4(TestInfo info) {
        Key key = key(info);
        Record r = client.operate(key, ExpOperations.read("n", Exp.build(Exp.nil())), Operations.get("a"));
        assertNull(r.getValue("n"), "nil: no value (a NULL entry when the client asks for every op's result)");
        assertEquals(5L, r.getLong("a"));
        assertEquals(ResultCode.OP_NOT_APPLICABLE,
                code(() -> client.operate(key, ExpOperations.read("u", Exp.build(Exp.intBin("s"))))));
        Record noFail = client.operate(key, ExpOperations.read("u", Exp.build(Exp.intBin("s")),
                ExpReadFlags.EVAL_NO_FAIL), Operations.get("a"));
        assertNull(noFail.getValue("u"));
        assertEquals(ResultCode.OP_NOT_APPLICABLE,
                code(() -> client.operate(key, ExpOperations.read("u", Exp.build(Exp.intBin("absent"))))));
        assertEquals(ResultCode.OP_NOT_APPLICABLE,
                code(() -> client.operate(key, ExpOperations.read("d", Exp.build(Exp.div(Exp.val(7), Exp.val(0)))))));
    }

    @Test
    void writeStoresTheValue(TestInfo info) {
        Key key = key(info);
        client.operate(key, ExpOperations.write("a", Exp.build(Exp.add(Exp.intBin("a"), Exp.val(10)))),
                ExpOperations.write("c", Exp.build(Exp.val("new"))));
        Record r = client.get(key);
        assertEquals(15L, r.getLong("a"));
        assertEquals("new", r.getString("c"));
    }

    @Test
    void writeNilObservedC4(TestInfo info) {
        Key key = key(info);
        assertEquals(ResultCode.OP_NOT_APPLICABLE,
                code(() -> client.operate(key, ExpOperations.write("a", Exp.build(Exp.nil())))));
        int gen = client.get(key).generation();
        client.operate(key, ExpOperations.write("a", Exp.build(Exp.nil()), ExpWriteFlags.POLICY_NO_FAIL));
        Record after = client.get(key);
        assertEquals(5L, after.getLong("a"));
        assertEquals(gen + 1, after.generation(), "a nil no-op still bumps the generation");
        assertEquals(ResultCode.BIN_EXISTS_ERROR,
                code(() -> client.operate(key,
                        ExpOperations.write("a", Exp.build(Exp.nil()), ExpWriteFlags.CREATE_ONLY))));
        client.operate(key, ExpOperations.write("a", Exp.build(Exp.nil()), ExpWriteFlags.ALLOW_DELETE));
        assertFalse(client.get(key).bins().containsKey("a"));
    }

    @Test
    void writeFlagsAndUnknownObservedC4(TestInfo info) {
        Key key = key(info);
        assertEquals(ResultCode.OP_NOT_APPLICABLE,
                code(() -> client.operate(key, ExpOperations.write("a", Exp.build(Exp.intBin("s"))))));
        assertEquals(ResultCode.OP_NOT_APPLICABLE, code(() -> client.operate(key,
                ExpOperations.write("a", Exp.build(Exp.intBin("s")), ExpWriteFlags.POLICY_NO_FAIL))));
        client.operate(key, ExpOperations.write("a", Exp.build(Exp.intBin("s")), ExpWriteFlags.EVAL_NO_FAIL));
        assertEquals(5L, client.get(key).getLong("a"));
        assertEquals(ResultCode.BIN_NOT_FOUND, code(() -> client.operate(key,
                ExpOperations.write("z", Exp.build(Exp.val(1)), ExpWriteFlags.UPDATE_ONLY))));
        client.operate(key, ExpOperations.write("z", Exp.build(Exp.val(1)),
                ExpWriteFlags.of(ExpWriteFlags.UPDATE_ONLY, ExpWriteFlags.POLICY_NO_FAIL)));
        assertNull(client.get(key).getValue("z"));
    }

    @Test
    void integerEdgeCasesObservedC9(TestInfo info) {
        Key key = key(info);
        Record r = client.operate(key,
                ExpOperations.read("add", Exp.build(Exp.add(Exp.val(Long.MAX_VALUE), Exp.val(1)))),
                ExpOperations.read("shl", Exp.build(Exp.lshift(Exp.val(1), Exp.val(65)))),
                ExpOperations.read("div", Exp.build(Exp.div(Exp.val(-7), Exp.val(2)))),
                ExpOperations.read("mod", Exp.build(Exp.mod(Exp.val(-7), Exp.val(2)))),
                ExpOperations.read("ti", Exp.build(Exp.toInt(Exp.val(1e30)))));
        assertEquals(Long.MIN_VALUE, r.getLong("add"));
        assertEquals(2L, r.getLong("shl"));
        assertEquals(-3L, r.getLong("div"));
        assertEquals(-1L, r.getLong("mod"));
        assertEquals(Long.MIN_VALUE, r.getLong("ti"));
    }
}
