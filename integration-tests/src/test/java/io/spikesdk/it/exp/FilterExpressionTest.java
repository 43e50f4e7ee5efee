package io.spikesdk.it.exp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.Expression;
import io.spikesdk.api.FilteredOutException;
import io.spikesdk.api.Key;
import io.spikesdk.api.Operations;
import io.spikesdk.api.Policy;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.cdt.ListReturnType;
import io.spikesdk.cdt.MapReturnType;
import io.spikesdk.exp.Exp;
import io.spikesdk.exp.ListExp;
import io.spikesdk.exp.MapExp;
import io.spikesdk.exp.RegexFlag;
import io.spikesdk.it.TestTarget;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** Filter expressions on get, put, delete and operate through our client (observed real-server behaviour). */
class FilterExpressionTest {
    private static final String SET = "it_exp_filter";
    private static final Expression I_IS_5 = Exp.build(Exp.eq(Exp.intBin("i"), Exp.val(5)));
    private static final Expression I_IS_6 = Exp.build(Exp.eq(Exp.intBin("i"), Exp.val(6)));
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
        client.put(key, Bin.of("i", 5L), Bin.of("s", "Hello World"), Bin.of("l", List.of(1L, 2L, 3L)),
                Bin.of("m", Map.of("a", 1L, "b", 2L)));
        return key;
    }

    private static Policy read(Expression filter, boolean fail) {
        return Policy.builder().filterExpression(filter).failOnFilteredOut(fail).build();
    }

    private static WritePolicy write(Expression filter, boolean fail) {
        return WritePolicy.builder().filterExpression(filter).failOnFilteredOut(fail).build();
    }

    @Test
    void getPassesOrIsFilteredOut(TestInfo info) {
        Key key = key(info);
        assertEquals(5L, client.get(read(I_IS_5, false), key).getLong("i"));
        assertNull(client.get(read(I_IS_6, false), key));
        assertEquals(ResultCode.FILTERED_OUT,
                assertThrows(FilteredOutException.class, () -> client.get(read(I_IS_6, true), key)).resultCode());
        assertFalse(client.exists(read(I_IS_6, false), key));
        Expression absentBin = Exp.build(Exp.eq(Exp.intBin("nope"), Exp.val(1)));
        assertNull(client.get(read(absentBin, false), key), "UNKNOWN filters out");
    }

    @Test
    void putDeleteAndOperateAreFiltered(TestInfo info) {
        Key key = key(info);
        client.put(write(I_IS_6, false), key, Bin.of("i", 7L));
        assertEquals(5L, client.get(key).getLong("i"));
        assertThrows(FilteredOutException.class, () -> client.put(write(I_IS_6, true), key, Bin.of("i", 7L)));
        assertFalse(client.delete(write(I_IS_6, false), key));
        assertNotNull(client.get(key));
        assertNull(client.operate(write(I_IS_6, false), key, Operations.add("i", 1), Operations.get("i")));
        assertThrows(FilteredOutException.class,
                () -> client.operate(write(I_IS_6, true), key, Operations.add("i", 1), Operations.get("i")));
        assertEquals(5L, client.get(key).getLong("i"));
        assertEquals(6L, client.operate(write(I_IS_5, true), key, Operations.add("i", 1), Operations.get("i"))
                .getLong("i"));
        assertTrue(client.delete(write(Exp.build(Exp.eq(Exp.intBin("i"), Exp.val(6))), true), key));
        assertNull(client.get(key));
    }

    @Test
    void missingRecordIsNotFilteredOut(TestInfo info) {
        Key key = Key.of(TestTarget.NAMESPACE, SET, info.getDisplayName());
        client.delete(key);
        assertNull(client.get(read(I_IS_6, true), key));
    }

    @Test
    void regexFlagsFollowTheServerBits(TestInfo info) {
        Key key = key(info);
        assertNotNull(client.get(read(Exp.build(Exp.regexCompare("hello", RegexFlag.ICASE, Exp.stringBin("s"))),
                true), key));
        assertNull(client.get(read(Exp.build(Exp.regexCompare("hello", RegexFlag.NONE, Exp.stringBin("s"))),
                false), key));
        assertNotNull(client.get(read(Exp.build(Exp.regexCompare("l{2}", RegexFlag.EXTENDED, Exp.stringBin("s"))),
                true), key));
        assertNull(client.get(read(Exp.build(Exp.regexCompare("l{2}", RegexFlag.NONE, Exp.stringBin("s"))), false),
                key));
    }

    @Test
    void listMapLogicAndArithmeticFilters(TestInfo info) {
        Key key = key(info);
        Expression e = Exp.build(Exp.and(
                Exp.eq(ListExp.size(Exp.listBin("l")), Exp.val(3)),
                Exp.eq(MapExp.getByKey(MapReturnType.VALUE, Exp.Type.INT, Exp.val("b"), Exp.mapBin("m")), Exp.val(2)),
                Exp.gt(ListExp.getByIndex(ListReturnType.VALUE, Exp.Type.INT, Exp.val(-1), Exp.listBin("l")),
                        Exp.div(Exp.intBin("i"), Exp.val(2))),
                Exp.not(Exp.binExists("nope")),
                Exp.let(Exp.def("x", Exp.mul(Exp.intBin("i"), Exp.val(2))), Exp.eq(Exp.var("x"), Exp.val(10)))));
        assertNotNull(client.get(read(e, true), key));
    }

    @Test
    void metadataFilters(TestInfo info) {
        Key key = Key.of(TestTarget.NAMESPACE, SET, info.getDisplayName());
        client.delete(key);
        client.put(WritePolicy.builder().expiration(1000).sendKey(true).build(), key, Bin.of("i", 1L));
        long nowNanos = System.currentTimeMillis() * 1_000_000L;
        Expression e = Exp.build(Exp.and(
                Exp.le(Exp.ttl(), Exp.val(1000)), Exp.ge(Exp.ttl(), Exp.val(990)),
                Exp.eq(Exp.setName(), Exp.val(SET)),
                Exp.keyExists(),
                Exp.eq(Exp.key(Exp.Type.STRING), Exp.val(info.getDisplayName())),
                Exp.not(Exp.isTombstone()),
                Exp.ge(Exp.sinceUpdate(), Exp.val(0)),
                Exp.gt(Exp.lastUpdate(), Exp.val(nowNanos - 600_000_000_000L)),
                Exp.gt(Exp.voidTime(), Exp.lastUpdate()),
                Exp.gt(Exp.recordSize(), Exp.val(0)),
                Exp.eq(Exp.deviceSize(), Exp.val(0)),
                Exp.lt(Exp.digestModulo(3), Exp.val(3))));
        assertNotNull(client.get(read(e, true), key));
        assertNull(client.get(read(Exp.build(Exp.eq(Exp.key(Exp.Type.INT), Exp.val(1))), false), key));
    }

    @Test
    void malformedOrMixedExpressionsAreParameterErrors(TestInfo info) {
        Key key = key(info);
        Expression mixed = Exp.build(Exp.eq(Exp.add(Exp.val(1), Exp.val(2.0)), Exp.val(3)));
        assertEquals(ResultCode.PARAMETER_ERROR,
                assertThrows(AerospikeException.class, () -> client.get(read(mixed, false), key)).resultCode());
        Expression notBool = Exp.build(Exp.intBin("i"));
        assertEquals(ResultCode.PARAMETER_ERROR,
                assertThrows(AerospikeException.class, () -> client.get(read(notBool, false), key)).resultCode());
    }
}
