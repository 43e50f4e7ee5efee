package io.spikesdk.testkit.internal.udf;

import io.spikesdk.testkit.internal.cdt.CdtException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaUserdata;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Prototype;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.compiler.LuaC;

/**
 * Runs the UDFs of a node: record UDFs (apply, batch UDF rows, background UDFs over scans and queries) and the
 * server stages of stream UDFs (aggregations). Each call runs in a sandboxed state ({@link LuaRuntime}) that has run
 * the module's compiled chunk, taken from a small pool per module. Thread-safe.
 */
public final class UdfEngine {
    /** The FAILURE text of a call naming a module that is not registered (a CE node without it answers so). */
    public static final String UNKNOWN_MODULE = "UDF: Execution Error 1";
    static final String FUNCTION_NOT_FOUND = "function not found";
    private static final String UNEXPECTED_ERROR_VALUE = "result value type unexpected";
    /** LuaJ writes {@code file:line message}; Lua writes {@code file:line: message}. */
    private static final Pattern LUAJ_POSITION = Pattern.compile("([^\\s:]+\\.lua):(\\d+) ");
    private static final Pattern SYNTAX_ERROR = Pattern.compile("^(?:\\[string \"[^\"]*\"\\]|[^:]*):(\\d+):? (.*)$",
            Pattern.DOTALL);

    /** States kept per module, as the real server keeps a cache of Lua states per module. */
    private static final int MAX_POOLED_PER_MODULE = 8;

    private final UdfRegistry registry;
    private final Map<Prototype, Deque<LuaRuntime>> pool = new HashMap<>();

    public UdfEngine(UdfRegistry registry) {
        this.registry = registry;
    }

    /**
     * A state with the module loaded, from the pool when one is free. Like the real server's cached states, a reused
     * state keeps what earlier calls left in its globals; a re-registered module gets new states.
     */
    private LuaRuntime acquire(Prototype chunk, long deadlineNanos) {
        LuaRuntime lua;
        synchronized (pool) {
            Deque<LuaRuntime> free = pool.get(chunk);
            lua = free == null ? null : free.pollFirst();
        }
        if (lua == null) {
            lua = new LuaRuntime(registry, deadlineNanos);
            lua.loadModule(chunk);
        }
        lua.budget.restart(deadlineNanos);
        return lua;
    }

    /** Returns a state after a call that did not fail (a failed call's state is dropped). */
    private void release(Prototype chunk, LuaRuntime lua) {
        synchronized (pool) {
            pool.keySet().removeIf(p -> p != chunk && !registry.isCurrent(p));
            Deque<LuaRuntime> free = pool.computeIfAbsent(chunk, p -> new ArrayDeque<>());
            if (free.size() < MAX_POOLED_PER_MODULE) {
                free.addFirst(lua);
            }
        }
    }

    public UdfRegistry registry() {
        return registry;
    }

    /** What a call answered: a value, or a failure message (the FAILURE bin). */
    public record Outcome(UdfValue value, String failure) {
        static Outcome failed(String message) {
            return new Outcome(null, message);
        }

        public boolean failed() {
            return failure != null;
        }
    }

    /** A module that did not compile (or failed while loading): the line and the message without position. */
    public record CompileError(int line, String message) {
    }

    /**
     * Compiles a module and runs its chunk in a sandboxed state, as {@code udf-put} checks it.
     *
     * @return the compiled chunk
     * @throws CompileFailure when it does not compile or its chunk fails
     */
    public Prototype compile(String filename, byte[] source, long deadlineNanos) throws CompileFailure {
        Prototype chunk;
        try {
            chunk = LuaC.instance.compile(new ByteArrayInputStream(source), LuaRuntime.USER_PATH + filename);
        } catch (LuaError e) {
            throw new CompileFailure(parseError(String.valueOf(e.getMessage())));
        } catch (IOException e) {
            throw new CompileFailure(new CompileError(0, String.valueOf(e.getMessage())));
        }
        try {
            new LuaRuntime(registry, deadlineNanos).loadModule(chunk);
        } catch (LuaError e) {
            throw new CompileFailure(parseError(String.valueOf(e.getMessage())));
        } catch (StackOverflowError e) {
            throw new CompileFailure(new CompileError(0, "stack overflow"));
        }
        return chunk;
    }

    /** Thrown by {@link #compile}. */
    public static final class CompileFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient CompileError error;

        CompileFailure(CompileError error) {
            super(error.message());
            this.error = error;
        }

        public CompileError error() {
            return error;
        }
    }

    /** LuaJ appends a stack traceback to the message once the debug library is loaded; Lua's message has none. */
    private static String withoutTraceback(String message) {
        int at = message.indexOf("\nstack traceback:");
        return at < 0 ? message : message.substring(0, at);
    }

    private static CompileError parseError(String message) {
        Matcher m = SYNTAX_ERROR.matcher(LuaMessages.toLua(withoutTraceback(message)));
        if (m.matches()) {
            return new CompileError(Integer.parseInt(m.group(1)), m.group(2));
        }
        return new CompileError(0, message);
    }

    /** Calls {@code module.function(record, args...)}. */
    public Outcome applyRecord(String module, String function, byte[] arglist, UdfRecord record,
            long deadlineNanos) {
        Prototype chunk = registry.chunkOf(module);
        if (chunk == null) {
            return Outcome.failed(UNKNOWN_MODULE);
        }
        LuaRuntime lua = null;
        try {
            lua = acquire(chunk, deadlineNanos);
            List<LuaValue> args = lua.conversions.arguments(arglist);
            LuaValue f = lua.globals.get(function);
            if (!f.isfunction()) {
                release(chunk, lua);
                return Outcome.failed(FUNCTION_NOT_FOUND);
            }
            LuaValue[] all = new LuaValue[args.size() + 1];
            all[0] = lua.record(record);
            for (int i = 0; i < args.size(); i++) {
                all[i + 1] = args.get(i);
            }
            Varargs result = f.invoke(LuaValue.varargsOf(all));
            UdfValue value = lua.conversions.toParticle(result.arg1());
            release(chunk, lua);
            return new Outcome(value, null);
        } catch (LuaError e) {
            return Outcome.failed(failureText(lua, e));
        } catch (CdtException e) {
            return Outcome.failed(UNEXPECTED_ERROR_VALUE);
        } catch (StackOverflowError e) {
            return Outcome.failed("stack overflow");
        }
    }

    /**
     * Runs the server stages of the stream UDF {@code module.function(stream, args...)} over {@code records}, passing
     * every value they produce to {@code out}.
     */
    public Outcome aggregate(String module, String function, byte[] arglist, Iterator<UdfRecord> records,
            Consumer<UdfValue> out, long deadlineNanos) {
        Prototype chunk = registry.chunkOf(module);
        if (chunk == null) {
            return Outcome.failed(UNKNOWN_MODULE);
        }
        LuaRuntime lua = null;
        try {
            lua = acquire(chunk, deadlineNanos);
            LuaRuntime current = lua;
            List<LuaValue> args = lua.conversions.arguments(arglist);
            LuaValue f = lua.globals.get(function);
            if (!f.isfunction()) {
                release(chunk, lua);
                return Outcome.failed(FUNCTION_NOT_FOUND);
            }
            LuaRuntime.StreamIo input = new LuaRuntime.StreamIo() {
                @Override
                public LuaValue read() {
                    return records.hasNext() ? current.record(records.next()) : LuaValue.NIL;
                }

                @Override
                public void write(LuaValue value) {
                    out.accept(current.conversions.toParticle(value));
                }
            };
            LuaValue[] all = new LuaValue[args.size() + 3];
            all[0] = f;
            all[1] = new LuaUserdata(input);
            all[2] = all[1];
            for (int i = 0; i < args.size(); i++) {
                all[i + 3] = args.get(i);
            }
            lua.globals.get("apply_stream").invoke(LuaValue.varargsOf(all));
            release(chunk, lua);
            return new Outcome(UdfValue.NIL, null);
        } catch (LuaError e) {
            return Outcome.failed(failureText(lua, e));
        } catch (CdtException e) {
            return Outcome.failed(UNEXPECTED_ERROR_VALUE);
        } catch (StackOverflowError e) {
            return Outcome.failed("stack overflow");
        }
    }

    private static String failureText(LuaRuntime lua, LuaError e) {
        if (lua != null && lua.budget.expired()) {
            return InstructionBudget.TIMEOUT_MESSAGE;
        }
        LuaValue object = e.getMessageObject();
        if (object != null && !object.isstring()) {
            return UNEXPECTED_ERROR_VALUE;
        }
        String message = withoutTraceback(object != null ? object.tojstring() : String.valueOf(e.getMessage()));
        return LUAJ_POSITION.matcher(LuaMessages.toLua(message)).replaceAll("$1:$2: ");
    }
}
