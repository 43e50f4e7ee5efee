package io.spikesdk.testkit.internal.udf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.api.ParticleType;
import io.spikesdk.core.internal.protocol.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class UdfEngineTest {
    private static final byte[] NO_ARGS = {(byte) 0x90};
    private static final String PATH = LuaRuntime.USER_PATH;

    private final UdfEngine engine = new UdfEngine(new UdfRegistry());

    private void register(String name, String source) throws UdfEngine.CompileFailure {
        byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
        engine.registry().put(new UdfModule(name, "", bytes, ""), engine.compile(name, bytes, deadline(1000)));
    }

    private static long deadline(long millis) {
        return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    }

    private static UdfRecord missing() {
        return new UdfRecord(null, new UdfRecord.Meta(0, 0, null, null, new byte[20], 0));
    }

    private static UdfRecord withBins(Map<String, UdfValue> bins) {
        return new UdfRecord(bins, new UdfRecord.Meta(3, 100, "s", null, new byte[20], 0));
    }

    private static UdfValue integer(long v) {
        byte[] b = new byte[8];
        Bytes.putLong(b, 0, v);
        return new UdfValue(ParticleType.INTEGER, b);
    }

    private UdfEngine.Outcome call(String function, UdfRecord record) {
        return engine.applyRecord("m", function, NO_ARGS, record, deadline(1000));
    }

    @Test
    void runtimeErrorsCarryTheModulePathAndLineAsLuaWritesThem() throws Exception {
        register("m.lua", "function f(r)\n  error('boom')\nend\nfunction names(r)\n  local n = record.bin_names(r)\n"
                + "  return n\nend\n");
        assertEquals(PATH + "m.lua:2: boom", call("f", missing()).failure());
        assertEquals(PATH + "m.lua:5: can't get bin names", call("names", missing()).failure());
        register("z.lua", "function plain(r) error('no position', 0) end\nfunction table(r) error({1}) end\n"
                + "function caught(r) local ok, e = pcall(error, 'inner', 0) return e end");
        assertEquals("no position", engine.applyRecord("z", "plain", NO_ARGS, missing(), deadline(1000)).failure());
        assertEquals("result value type unexpected",
                engine.applyRecord("z", "table", NO_ARGS, missing(), deadline(1000)).failure());
        assertEquals("inner", new String(engine.applyRecord("z", "caught", NO_ARGS, missing(), deadline(1000))
                .value().bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void unknownModuleAndFunctionFailAsOnACeNode() throws Exception {
        register("m.lua", "function f(r) return 1 end");
        assertEquals(UdfEngine.UNKNOWN_MODULE,
                engine.applyRecord("nosuch", "f", NO_ARGS, missing(), deadline(1000)).failure());
        assertEquals("function not found", call("g", missing()).failure());
    }

    @Test
    void syntaxErrorsAndLoadTimeErrorsFailTheCompileCheckWithTheirLine() {
        UdfEngine.CompileFailure syntax = assertThrows(UdfEngine.CompileFailure.class,
                () -> engine.compile("bad.lua", "function f(r\n return 1 end".getBytes(StandardCharsets.UTF_8),
                        deadline(1000)));
        assertEquals(2, syntax.error().line());
        UdfEngine.CompileFailure load = assertThrows(UdfEngine.CompileFailure.class,
                () -> engine.compile("bad.lua", "\n\nerror('at load')\n".getBytes(StandardCharsets.UTF_8),
                        deadline(1000)));
        assertEquals(3, load.error().line());
        assertEquals("at load", load.error().message());
    }

    @Test
    void theSandboxHidesTheFileSystemTheProcessAndTheJvm() throws Exception {
        register("m.lua", "function f(r) return tostring(io) .. tostring(os.execute) .. tostring(luajava) .. "
                + "tostring(loadfile) .. tostring(dofile) .. type(os.time) end");
        UdfEngine.Outcome outcome = call("f", missing());
        assertEquals("nilnilnilnilnilfunction", new String(outcome.value().bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void requireFindsRegisteredModulesOnly() throws Exception {
        register("helper.lua", "local h = {} function h.twice(x) return 2 * x end return h");
        register("m.lua", "local h = require('helper') function f(r) return h.twice(21) end "
                + "function g(r) return require('nosuch') end");
        assertEquals(42, Bytes.getLong(call("f", missing()).value().bytes(), 0));
        assertTrue(call("g", missing()).failure().contains("module 'nosuch' not found"));
    }

    @Test
    void aUdfRunningPastItsDeadlineIsStopped() throws Exception {
        register("m.lua", "function f(r) while true do pcall(function() end) end end");
        UdfEngine.Outcome outcome = engine.applyRecord("m", "f", NO_ARGS, missing(), deadline(50));
        assertEquals("UDF Execution Timeout", outcome.failure());
    }

    @Test
    void binAssignmentsWaitForUpdateAndCreateMakesTheRecord() throws Exception {
        register("m.lua", "function put(r) r.a = 1 end\n"
                + "function create(r) r.a = 1; r.b = 'x'; return aerospike:create(r) end\n"
                + "function update(r) r.a = r.a + 1; r.gone = nil; return aerospike:update(r) end\n"
                + "function remove(r) return aerospike:remove(r) end\n"
                + "function touch(r) return aerospike:update(r) end\n");
        UdfRecord untouched = missing();
        call("put", untouched);
        assertFalse(untouched.dirty());

        UdfRecord created = missing();
        assertEquals(0, Bytes.getLong(call("create", created).value().bytes(), 0));
        assertTrue(created.dirty() && created.created());
        assertEquals(List.of("a", "b"), new ArrayList<>(created.bins().keySet()));

        Map<String, UdfValue> bins = new LinkedHashMap<>();
        bins.put("a", integer(5));
        bins.put("gone", integer(1));
        UdfRecord existing = withBins(bins);
        call("update", existing);
        assertEquals(6, Bytes.getLong(existing.bins().get("a").bytes(), 0));
        assertNull(existing.bins().get("gone"));

        UdfRecord removed = withBins(new LinkedHashMap<>(Map.of("a", integer(1))));
        call("remove", removed);
        assertTrue(removed.dirty() && removed.bins().isEmpty());
        assertEquals(-2, Bytes.getLong(engine.applyRecord("m", "touch", NO_ARGS, missing(), deadline(1000))
                .value().bytes(), 0));
    }

    @Test
    void assignmentsToANameTooLongForABinAreIgnoredAndItReadsAsNil() throws Exception {
        register("m.lua", "function f(r) r['fifteen_chars_x'] = 1; r['sixteen_chars_xx'] = 2\n"
                + "  if r['sixteen_chars_xx'] ~= nil then error('read back') end\n"
                + "  return aerospike:update(r) end\n");
        UdfRecord existing = withBins(new LinkedHashMap<>(Map.of("a", integer(1))));
        assertEquals(0, Bytes.getLong(call("f", existing).value().bytes(), 0));
        assertEquals(List.of("a", "fifteen_chars_x"), new ArrayList<>(existing.bins().keySet()));
    }

    @Test
    void valuesComeBackAsTheirParticles() throws Exception {
        register("m.lua", "function s(r) return 'x' end function d(r) return 1.5 end function b(r) return true end "
                + "function l(r) return list{1, 'a'} end function m(r) return map{a = 1} end "
                + "function n(r) end function t(r) return {1} end");
        assertEquals(ParticleType.STRING, call("s", missing()).value().type());
        assertEquals(ParticleType.DOUBLE, call("d", missing()).value().type());
        assertEquals(ParticleType.BOOL, call("b", missing()).value().type());
        UdfValue list = call("l", missing()).value();
        assertEquals(ParticleType.LIST, list.type());
        assertEquals("92 01 a2 03 61", hex(list.bytes()));
        assertEquals("81 a2 03 61 01", hex(call("m", missing()).value().bytes()));
        assertTrue(call("n", missing()).value().isNil());
        assertTrue(call("t", missing()).value().isNil(), "a Lua table has no particle form");
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(out.length() == 0 ? "" : " ").append(String.format("%02x", b & 0xFF));
        }
        return out.toString();
    }
}
