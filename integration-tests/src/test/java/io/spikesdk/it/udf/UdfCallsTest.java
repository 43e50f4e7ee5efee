package io.spikesdk.it.udf;

import io.spikesdk.it.AsyncBridge;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import java.util.HashMap;
import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.GeoJson;
import io.spikesdk.api.Key;
import io.spikesdk.api.Language;
import io.spikesdk.api.Record;
import io.spikesdk.api.RegisterTask;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.UdfException;
import io.spikesdk.api.UdfInfo;
import io.spikesdk.api.Value;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.exp.Exp;
import io.spikesdk.it.TestTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Record UDFs through our client: module registration (list, get, remove, a compile error refused with the server's
 * line and message), calls returning every kind of value, calls that write, create and remove records, Lua errors
 * as {@link UdfException}, and an unknown module or function.
 */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"sync", "async"})
class UdfCallsTest {
    private static final String SET = "it_udf_calls";
    private static final String MODULE = "it_udf_record";
    private static final Map<String, AerospikeClient> CLIENTS = new HashMap<>();
    private static AerospikeClient base;
    private AerospikeClient client;

    @Parameter
    String mode;

    @BeforeEach
    void bridge() {
        client = CLIENTS.computeIfAbsent(mode, m -> AsyncBridge.of(m, base));
    }

    @BeforeAll
    static void setUp() {
        base = Aerospike.client(TestTarget.config().build()).connect();
        AerospikeClient client = base;
        client.registerUdf(UdfModules.RECORD, MODULE + ".lua", Language.LUA).waitTillComplete();
    }

    @AfterAll
    static void tearDown() {
        if (base != null) {
            CLIENTS.forEach((m, c) -> assertEquals(m.equals("async"), AsyncBridge.asyncCalls(c) > 0, "ran " + m));
            base.close();
        }
    }

    private static Key key(Object userKey) {
        return userKey instanceof String s ? Key.of(TestTarget.NAMESPACE, SET, s)
            : Key.of(TestTarget.NAMESPACE, SET, ((Number) userKey).longValue());
    }

    @Test
    void aRegisteredModuleIsListedWithItsSourceUntilRemoved() {
        String path = "it_udf_listed.lua";
        String source = "function one(rec)\n  return 1\nend\n";
        RegisterTask task = client.registerUdf(source, path, Language.LUA);
        task.waitTillComplete();
        assertTrue(task.isDone());
        assertEquals(path, task.serverPath());
        UdfInfo listed = client.listUdfs().stream().filter(u -> u.name().equals(path)).findFirst().orElseThrow();
        assertEquals(Language.LUA, listed.language());
        assertTrue(listed.hash().matches("[0-9a-f]{40}"), listed.hash());
        assertEquals(source, client.getUdf(path));
        assertEquals(1L, client.execute(null, key("listed"), "it_udf_listed", "one"));

        client.removeUdf(path);
        assertTrue(client.listUdfs().stream().noneMatch(u -> u.name().equals(path)));
        assertNull(client.getUdf(path));
        client.removeUdf(path); // removing what is not there succeeds
    }

    @Test
    void registeringAgainReplacesTheModuleOnEveryNode() {
        String path = "it_udf_replaced.lua";
        client.registerUdf("function v(rec)\n  return 1\nend\n", path, Language.LUA).waitTillComplete();
        String hash = client.listUdfs().stream().filter(u -> u.name().equals(path)).findFirst().orElseThrow().hash();
        client.registerUdf("function v(rec)\n  return 2\nend\n", path, Language.LUA).waitTillComplete();
        String newHash = client.listUdfs().stream().filter(u -> u.name().equals(path)).findFirst().orElseThrow().hash();
        assertFalse(hash.equals(newHash));
        assertEquals(2L, client.execute(null, key("replaced"), "it_udf_replaced", "v"));
        client.removeUdf(path);
    }

    @Test
    void aModuleIsRegisteredFromAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("from_file.lua");
        Files.writeString(file, "function hello(rec, name)\n  return 'hello ' .. name\nend\n", StandardCharsets.UTF_8);
        client.registerUdf(file, "it_udf_file.lua", Language.LUA).waitTillComplete();
        assertEquals("hello you", client.execute(null, key("file"), "it_udf_file", "hello", Value.of("you")));
        client.removeUdf("it_udf_file.lua");
    }

    @Test
    void aCompileErrorIsRefusedWithTheServersLineAndMessage() {
        UdfException e = assertThrows(UdfException.class,
            () -> client.registerUdf(UdfModules.SYNTAX_ERROR, "it_udf_broken.lua", Language.LUA));
        assertEquals(ResultCode.UDF_BAD_RESPONSE, e.resultCode());
        assertEquals("it_udf_broken.lua:3: unexpected symbol near 'end'", e.udfError());
        assertTrue(e.getMessage().contains("compile_error"), e.getMessage());
        assertTrue(client.listUdfs().stream().noneMatch(u -> u.name().equals("it_udf_broken.lua")));
    }

    @Test
    void argumentsComeBackAsTheirJavaValues() {
        Key k = key("echo");
        assertEquals(42L, client.execute(null, k, MODULE, "echo", Value.of(42L)));
        assertEquals(-7L, client.execute(null, k, MODULE, "echo", Value.of(-7)));
        assertEquals(2.5, client.execute(null, k, MODULE, "echo", Value.of(2.5)));
        assertEquals("grüße", client.execute(null, k, MODULE, "echo", Value.of("grüße")));
        assertArrayEquals(new byte[] {1, 2, 3}, (byte[]) client.execute(null, k, MODULE, "echo",
            Value.of(new byte[] {1, 2, 3})));
        assertEquals(true, client.execute(null, k, MODULE, "echo", Value.of(true)));
        assertEquals(List.of(1L, "a", List.of(2.5)), client.execute(null, k, MODULE, "echo",
            Value.of(List.of(1L, "a", List.of(2.5)))));
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("a", 1L);
        map.put("b", List.of("x"));
        assertEquals(map, client.execute(null, k, MODULE, "echo", Value.of(map)));
        assertNull(client.execute(null, k, MODULE, "echo", Value.NULL));
        assertNull(client.execute(null, k, MODULE, "echo"));
        assertNull(client.execute(null, k, MODULE, "nothing"));
        assertEquals(List.of(1L, "two", 3.5), client.execute(null, k, MODULE, "echo_all", Value.of(1L), Value.of("two"),
            Value.of(3.5)));
        Object geo = client.execute(null, k, MODULE, "echo", Value.of(GeoJson.point(1.5, 2.5)));
        assertEquals(GeoJson.point(1.5, 2.5), geo);
    }

    @Test
    void theFunctionSeesLuaTypesForTheArguments() {
        Key k = key("types");
        assertEquals("number", client.execute(null, k, MODULE, "typename", Value.of(1L)));
        assertEquals("string", client.execute(null, k, MODULE, "typename", Value.of("s")));
        assertEquals("userdata", client.execute(null, k, MODULE, "typename", Value.of(List.of(1L))));
        assertEquals("boolean", client.execute(null, k, MODULE, "typename", Value.of(false)));
        assertEquals("nil", client.execute(null, k, MODULE, "typename", Value.NULL));
    }

    @Test
    void aFunctionCreatesUpdatesAndRemovesTheRecord() {
        Key k = key("lifecycle");
        client.delete(k);
        assertEquals(5L, client.execute(null, k, MODULE, "set_bin", Value.of("n"), Value.of(5L)));
        assertEquals(5L, client.get(k).getLong("n"));
        assertEquals("x", client.execute(null, k, MODULE, "set_bin", Value.of("s"), Value.of("x")));
        Record r = client.get(k);
        assertEquals(5L, r.getLong("n"));
        assertEquals("x", r.getString("s"));
        assertEquals(5L, client.execute(null, k, MODULE, "get_bin", Value.of("n")));
        assertEquals(1L, client.execute(null, k, MODULE, "remove_record"));
        assertNull(client.get(k));
        assertEquals(0L, client.execute(null, k, MODULE, "remove_record"));
    }

    @Test
    void aFilterExpressionThatFailsSkipsTheCall() {
        Key k = key("filtered");
        client.put(k, Bin.of("n", 1L));
        WritePolicy onlyBig = WritePolicy.builder()
            .filterExpression(Exp.build(Exp.gt(Exp.intBin("n"), Exp.val(10)))).build();
        assertNull(client.execute(onlyBig, k, MODULE, "set_bin", Value.of("n"), Value.of(99L)));
        assertEquals(1L, client.get(k).getLong("n"));
        WritePolicy failing = WritePolicy.builder().filterExpression(onlyBig.filterExpression())
            .failOnFilteredOut(true).build();
        assertEquals(ResultCode.FILTERED_OUT, assertThrows(io.spikesdk.api.AerospikeException.class,
            () -> client.execute(failing, k, MODULE, "set_bin", Value.of("n"), Value.of(99L))).resultCode());
    }

    @Test
    void aLuaErrorIsAUdfExceptionWithTheServersText() {
        Key k = key("errors");
        UdfException raised = assertThrows(UdfException.class,
            () -> client.execute(null, k, MODULE, "raise", Value.of("bad input")));
        assertEquals(ResultCode.UDF_BAD_RESPONSE, raised.resultCode());
        assertNotNull(raised.udfError());
        assertTrue(raised.udfError().contains("bad input"), raised.udfError());
        assertTrue(raised.getMessage().contains("bad input"), raised.getMessage());

        UdfException arithmetic = assertThrows(UdfException.class,
            () -> client.execute(null, k, MODULE, "nil_arithmetic"));
        // the server's text starts with the module's file path on the server, shortened by Lua to "...<tail>"; a
        // real server's Lua adds " (local 'missing')", which the embedded server's LuaJ cannot name
        assertTrue(arithmetic.udfError().contains(MODULE + ".lua:44: attempt to perform arithmetic on a nil value"),
            arithmetic.udfError());
        if (TestTarget.isRealServer()) {
            assertTrue(arithmetic.udfError().endsWith(" (local 'missing')"), arithmetic.udfError());
        }
    }

    @Test
    void anUnknownModuleOrFunctionIsAUdfException() {
        Key k = key("unknown");
        UdfException noFunction = assertThrows(UdfException.class,
            () -> client.execute(null, k, MODULE, "no_such_function"));
        assertEquals(ResultCode.UDF_BAD_RESPONSE, noFunction.resultCode());
        assertEquals("function not found", noFunction.udfError());
        UdfException noModule = assertThrows(UdfException.class,
            () -> client.execute(null, k, "it_udf_no_such_module", "f"));
        assertEquals(ResultCode.UDF_BAD_RESPONSE, noModule.resultCode());
        assertEquals("UDF: Execution Error 1", noModule.udfError());
    }

    @Test
    void argumentsAreCheckedBeforeSending() {
        Key k = key("checks");
        assertThrows(NullPointerException.class, () -> client.execute(null, k, null, "f"));
        assertThrows(IllegalArgumentException.class, () -> client.execute(null, k, MODULE, ""));
        assertThrows(NullPointerException.class, () -> client.execute(null, k, MODULE, "echo", (Value) null));
        assertThrows(IllegalArgumentException.class, () -> client.registerUdf("x", "", Language.LUA));
    }
}
