package io.spikesdk.core.internal.lua;

import io.spikesdk.api.ResultCode;
import io.spikesdk.api.UdfException;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LoadState;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaInteger;
import org.luaj.vm2.LuaString;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.compiler.LuaC;
import org.luaj.vm2.lib.OneArgFunction;
import org.luaj.vm2.lib.PackageLib;
import org.luaj.vm2.lib.StringLib;
import org.luaj.vm2.lib.TableLib;
import org.luaj.vm2.lib.ZeroArgFunction;
import org.luaj.vm2.lib.jse.JseBaseLib;
import org.luaj.vm2.lib.jse.JseMathLib;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The client's share of an aggregation: the module loaded into a Lua state of its own (base, package, table,
 * string and math libraries; no io, os or luajava; no {@code dofile}/{@code loadfile}), with the {@code list} and
 * {@code map} types of {@code client_stream.lua}. {@link #run} calls the function with a stream to learn its
 * operations and applies those from the first {@code reduce} on to the nodes' values. One per aggregation; not
 * thread-safe.
 *
 * <p>Values cross as a bin value reads in Java: Long, Double, String, Boolean, byte[], List, Map (LuaJ keeps
 * integers beyond 32 bits as doubles; an integral number comes back as a Long, as the server's Lua stage answers).
 */
public final class ClientStage implements AggregationStage {
    private static final String PRELUDE = prelude();

    static {
        // LuaInteger's static initializer must not run before LuaValue's (a LuaJ 3.0.1 ordering bug)
        LuaValue.valueOf(0);
    }

    private final Globals globals = new Globals();
    private final String module;
    private final LuaValue function;
    private final LuaValue[] args;

    /**
     * Compiles {@code source} as module {@code module} and finds {@code function} in it.
     *
     * @throws UdfException for a module that does not compile or run, or a function it does not define
     */
    ClientStage(String module, String source, String function, List<Object> args) {
        this.module = module;
        globals.load(new JseBaseLib());
        globals.load(new PackageLib());
        globals.load(new TableLib());
        globals.load(new StringLib());
        globals.load(new JseMathLib());
        LoadState.install(globals);
        LuaC.install(globals);
        globals.set("dofile", LuaValue.NIL);
        globals.set("loadfile", LuaValue.NIL);
        globals.load(PRELUDE, "client_stream.lua").call();
        try {
            globals.load(source, module + ".lua").call();
        } catch (LuaError e) {
            throw failure("module " + module + " does not load in the client: ", e);
        }
        this.function = globals.get(function);
        if (!this.function.isfunction()) {
            throw new UdfException(ResultCode.UDF_BAD_RESPONSE, "function not found", "aggregation function "
                + function + " not found in module " + module + " (client stage)", null, false, 0, null);
        }
        this.args = new LuaValue[args.size()];
        for (int i = 0; i < this.args.length; i++) {
            this.args[i] = toLua(args.get(i));
        }
    }

    /**
     * Applies the client's operations to the values {@code read} returns until it returns {@code end}, handing each
     * result to {@code emit}.
     *
     * @throws UdfException for a Lua error in the client stage
     */
    @Override
    public void run(Supplier<Object> read, Object end, Consumer<Object> emit) {
        LuaValue reader = new ZeroArgFunction() {
            @Override
            public LuaValue call() {
                Object v = read.get();
                return v == end ? LuaValue.NIL : toLua(v);
            }
        };
        LuaValue emitter = new OneArgFunction() {
            @Override
            public LuaValue call(LuaValue v) {
                emit.accept(toJava(v));
                return LuaValue.NONE;
            }
        };
        LuaValue[] call = new LuaValue[3 + args.length];
        call[0] = function;
        call[1] = reader;
        call[2] = emitter;
        System.arraycopy(args, 0, call, 3, args.length);
        try {
            globals.get("__spike_apply_client").invoke(LuaValue.varargsOf(call));
        } catch (LuaError e) {
            if (e.getCause() instanceof RuntimeException re && !(re instanceof LuaError)) {
                throw re; // from read or emit: the query's own failure or its close
            }
            throw failure("aggregation " + module + " failed in the client stage: ", e);
        }
    }

    private static UdfException failure(String what, LuaError e) {
        String text = e.getMessage();
        return new UdfException(ResultCode.UDF_BAD_RESPONSE, text, what + text, null, false, 0, e);
    }

    LuaValue toLua(Object v) {
        if (v == null) {
            return LuaValue.NIL;
        }
        if (v instanceof io.spikesdk.api.Value value) {
            return toLua(value.toObject());
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return LuaInteger.valueOf(((Number) v).longValue());
        }
        if (v instanceof Double || v instanceof Float) {
            return LuaValue.valueOf(((Number) v).doubleValue());
        }
        if (v instanceof String s) {
            return LuaValue.valueOf(s);
        }
        if (v instanceof Boolean b) {
            return LuaValue.valueOf(b);
        }
        if (v instanceof List<?> list) {
            LuaTable items = new LuaTable();
            int i = 0;
            for (Object item : list) {
                items.set(++i, toLua(item));
            }
            return globals.get("__spike_new_list").call(items, LuaValue.valueOf(i));
        }
        if (v instanceof Map<?, ?> map) {
            LuaTable entries = new LuaTable();
            int n = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (e.getKey() != null && e.getValue() != null) {
                    entries.set(toLua(e.getKey()), toLua(e.getValue()));
                    n++;
                }
            }
            return globals.get("__spike_new_map").call(entries, LuaValue.valueOf(n));
        }
        return LuaValue.userdataOf(v); // byte[], GeoJson: opaque to Lua, handed back as they came
    }

    Object toJava(LuaValue v) {
        switch (v.type()) {
            case LuaValue.TNIL:
                return null;
            case LuaValue.TBOOLEAN:
                return v.toboolean();
            case LuaValue.TNUMBER:
                return number(v);
            case LuaValue.TSTRING:
                return ((LuaString) v.checkstring()).tojstring();
            case LuaValue.TUSERDATA:
            case LuaValue.TLIGHTUSERDATA:
                return v.touserdata();
            case LuaValue.TTABLE:
                return table(v);
            default:
                throw new LuaError("an aggregation cannot return a " + v.typename());
        }
    }

    private static Object number(LuaValue v) {
        if (v.isinttype()) {
            return (long) v.toint();
        }
        double d = v.todouble();
        if (d == Math.rint(d) && Math.abs(d) < 0x1p63) {
            return (long) d;
        }
        return d;
    }

    private Object table(LuaValue v) {
        if (globals.get("__spike_is_list").call(v).toboolean()) {
            Varargs items = globals.get("__spike_list_items").invoke(v);
            LuaValue table = items.arg1();
            int n = items.arg(2).toint();
            List<Object> out = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                out.add(toJava(table.get(i)));
            }
            return out;
        }
        LuaValue entries = globals.get("__spike_is_map").call(v).toboolean()
            ? globals.get("__spike_map_entries").call(v) : v;
        int length = entries.length();
        boolean sequence = !globals.get("__spike_is_map").call(v).toboolean() && length > 0
            && entries.next(LuaValue.valueOf(length)).arg1().isnil();
        if (sequence) {
            List<Object> out = new ArrayList<>(length);
            for (int i = 1; i <= length; i++) {
                out.add(toJava(entries.get(i)));
            }
            return out;
        }
        Map<Object, Object> out = new LinkedHashMap<>();
        LuaValue k = LuaValue.NIL;
        while (true) {
            Varargs next = entries.next(k);
            k = next.arg1();
            if (k.isnil()) {
                break;
            }
            out.put(toJava(k), toJava(next.arg(2)));
        }
        return out;
    }

    private static String prelude() {
        try (InputStream in = ClientStage.class.getResourceAsStream("client_stream.lua")) {
            if (in == null) {
                throw new IllegalStateException("client_stream.lua missing from sdk-core");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
