package io.spikesdk.core.internal.lua;

import io.spikesdk.api.ResultCode;
import io.spikesdk.api.UdfException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The client stage of an aggregation on LuaJ: which operations it runs (from the first reduce on), the list and map
 * types stream functions use, value conversion both ways, and its errors.
 */
class ClientStageTest {
    private static final Object END = new Object();

    private static final String MODULE = """
        local function add(a, b) return a + b end
        local function value(rec) return rec['n'] end

        function sum(stream) return stream : map(value) : reduce(add) end
        function sum_times(stream, k) return stream : map(value) : reduce(add) : map(function(t) return t * k end) end
        function counted(stream)
          return stream : aggregate(0, function(c, rec) return c + 1 end) : reduce(add)
        end
        function values(stream) return stream : map(value) : filter(function(v) return v > 0 end) end
        function echo(stream) return stream end
        function groups(stream) return stream : groupby(function(v) return v % 2 end) end
        function merged(stream)
          return stream : reduce(function(a, b) return map.merge(a, b, add) end)
        end
        function lists(stream)
          local function join(a, b)
            local l = list.merge(a, b)
            list.append(l, 'end')
            return l
          end
          return stream : reduce(join) : map(function(l) return map{size = list.size(l), first = l[1], tail = l[#l]} end)
        end
        function broken(stream) return stream : reduce(function(a, b) error('no way') end) end
        function not_a_stream(stream) return 5 end
        function libraries(stream)
          return stream : reduce(function(a, b)
            return tostring(os) .. tostring(io) .. tostring(luajava) .. tostring(dofile) .. tostring(loadfile)
          end)
        end
        """;

    private static List<Object> run(String function, List<Object> args, Object... inputs) {
        AggregationStage stage = AggregationStage.load("m", MODULE, function, args);
        Iterator<Object> in = List.of(inputs).iterator();
        List<Object> out = new ArrayList<>();
        stage.run(() -> in.hasNext() ? in.next() : END, END, out::add);
        return out;
    }

    @Test
    void theReduceRunsAgainOverTheNodesValuesAndWhatFollowsItToo() {
        assertEquals(List.of(60L), run("sum", List.of(), 10L, 20L, 30L));
        assertEquals(List.of(180L), run("sum_times", List.of(3L), 10L, 20L, 30L));
    }

    @Test
    void operationsBeforeTheFirstReduceRunOnTheServerOnly() {
        // aggregate counted records on each node; the client adds the nodes' counts
        assertEquals(List.of(7L), run("counted", List.of(), 3L, 4L));
        // no reduce: the nodes' values are the results, untouched (filter and map ran on the nodes)
        assertEquals(List.of(-1L, 0L, 5L), run("values", List.of(), -1L, 0L, 5L));
    }

    @Test
    void noValuesGiveNoResult() {
        assertEquals(List.of(), run("sum", List.of()));
    }

    @Test
    void valuesCrossAsJavaValues() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("k", List.of(1L, "x", 2.5, true));
        byte[] blob = {1, 2};
        List<Object> out = run("echo", List.of(), 1L, 2.5, "s", true, blob, List.of(1L, List.of()), map,
            (long) Integer.MAX_VALUE + 1);
        assertEquals(List.of(1L, 2.5, "s", true), out.subList(0, 4));
        assertSame(blob, out.get(4));
        assertEquals(List.of(1L, List.of()), out.get(5));
        assertEquals(map, out.get(6));
        assertEquals((long) Integer.MAX_VALUE + 1, out.get(7));
    }

    @Test
    void mapsMergeWithAFunction() {
        assertEquals(List.of(Map.of("a", 3L, "b", 2L, "c", 5L)),
            run("merged", List.of(), Map.of("a", 1L, "b", 2L), Map.of("a", 2L, "c", 5L)));
    }

    @Test
    void listsMergeAndIndex() {
        assertEquals(List.of(Map.of("size", 6L, "first", 1L, "tail", "end")),
            run("lists", List.of(), List.of(1L, 2L), List.of(3L), List.of(4L)));
    }

    @Test
    void groupByReducesTheNodesGroups() {
        List<Object> out = run("groups", List.of(), Map.of(0L, List.of(2L), 1L, List.of(1L)),
            Map.of(0L, List.of(4L)));
        assertEquals(List.of(Map.of(0L, List.of(2L, 4L), 1L, List.of(1L))), out);
    }

    @Test
    void aLuaErrorIsAUdfExceptionWithItsText() {
        UdfException e = assertThrows(UdfException.class, () -> run("broken", List.of(), 1L, 2L));
        assertEquals(ResultCode.UDF_BAD_RESPONSE, e.resultCode());
        assertTrue(e.udfError().contains("m.lua:") && e.udfError().contains("no way"), e.udfError());
    }

    @Test
    void aFunctionThatDoesNotReturnTheStreamIsRefused() {
        UdfException e = assertThrows(UdfException.class, () -> run("not_a_stream", List.of(), 1L));
        assertTrue(e.udfError().contains("must return the stream"), e.udfError());
    }

    @Test
    void theStageHasNoOsIoOrLuajava() {
        assertEquals(List.of("nilnilnilnilnil"), run("libraries", List.of(), 1L, 2L));
    }

    @Test
    void aModuleThatDoesNotCompileOrLacksTheFunctionIsRefused() {
        UdfException compile = assertThrows(UdfException.class,
            () -> AggregationStage.load("bad", "function f(s) return s +\nend\n", "f", List.of()));
        assertTrue(compile.udfError().contains("bad.lua"), compile.udfError());
        UdfException missing = assertThrows(UdfException.class,
            () -> AggregationStage.load("m", MODULE, "no_such_function", List.of()));
        assertEquals("function not found", missing.udfError());
    }

    @Test
    void anExceptionFromReadingEndsTheStageAsItIs() {
        AggregationStage stage = AggregationStage.load("m", MODULE, "sum", List.of());
        IllegalStateException stop = new IllegalStateException("node failed");
        assertSame(stop, assertThrows(IllegalStateException.class, () -> stage.run(() -> {
            throw stop;
        }, END, v -> { })));
    }

    @Test
    void withoutLuajTheErrorNamesTheDependency() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
            () -> LuaRuntime.check("org.luaj.vm2.NoSuchClass"));
        assertTrue(e.getMessage().contains("org.luaj:luaj-jse"), e.getMessage());
    }
}
