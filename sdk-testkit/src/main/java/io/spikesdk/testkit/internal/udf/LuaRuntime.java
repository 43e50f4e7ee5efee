package io.spikesdk.testkit.internal.udf;

import io.spikesdk.api.ParticleType;
import java.util.List;
import org.luaj.vm2.Globals;
import org.luaj.vm2.LoadState;
import org.luaj.vm2.LuaClosure;
import org.luaj.vm2.LuaError;
import org.luaj.vm2.LuaTable;
import org.luaj.vm2.LuaUserdata;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Prototype;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.compiler.LuaC;
import org.luaj.vm2.lib.Bit32Lib;
import org.luaj.vm2.lib.PackageLib;
import org.luaj.vm2.lib.StringLib;
import org.luaj.vm2.lib.TableLib;
import org.luaj.vm2.lib.VarArgFunction;
import org.luaj.vm2.lib.jse.JseBaseLib;
import org.luaj.vm2.lib.jse.JseMathLib;
import org.luaj.vm2.lib.jse.JseOsLib;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sandboxed Lua state for one UDF call (or one node's part of an aggregation). The sandbox is the embedded
 * server's own rule (the real server opens every standard library): no {@code io}, no {@code debug}, no
 * {@code luajava}, no {@code loadfile} / {@code dofile}, an {@code os} with only {@code clock}, {@code date},
 * {@code difftime} and {@code time}, and a {@code require} that finds registered modules only. On top come the
 * modules UDFs get: {@code record}, {@code aerospike}, {@code list}, {@code map}, {@code bytes}, {@code geojson},
 * {@code stream} and the system Lua ({@link SystemLua}).
 */
final class LuaRuntime {
    /** Where the real server keeps UDF files by default; error messages name modules by this path. */
    static final String USER_PATH = "/opt/aerospike/usr/udf/lua/";
    private static final Logger UDF_LOG = LoggerFactory.getLogger("io.spikesdk.testkit.udf");
    private static final List<String> OS_KEPT = List.of("clock", "date", "difftime", "time");

    final Globals globals = new Globals();
    final LuaCollections collections = new LuaCollections();
    final LuaConversions conversions = new LuaConversions(collections);
    final InstructionBudget budget;
    private final LuaTable recordMeta = new LuaTable();

    LuaRuntime(UdfRegistry registry, long deadlineNanos) {
        this.budget = new InstructionBudget(deadlineNanos);
        globals.load(new JseBaseLib());
        globals.load(new PackageLib());
        globals.load(new Bit32Lib());
        globals.load(new TableLib());
        globals.load(new StringLib());
        globals.load(new JseMathLib());
        globals.load(new JseOsLib());
        globals.load(budget);
        LoadState.install(globals);
        LuaC.install(globals);
        sandbox(registry);
        collections.install(globals);
        installRecordModule();
        installAerospike();
        installStream();
        new LuaClosure(SystemLua.chunk(), globals).call();
    }

    private void sandbox(UdfRegistry registry) {
        LuaTable loaded = globals.get("package").get("loaded").checktable();
        for (String name : List.of("debug", "io", "luajava")) {
            globals.set(name, LuaValue.NIL);
            loaded.set(name, LuaValue.NIL);
        }
        for (String name : List.of("dofile", "loadfile", "print")) {
            globals.set(name, LuaValue.NIL);
        }
        LuaTable os = new LuaTable();
        LuaTable fullOs = globals.get("os").checktable();
        for (String name : OS_KEPT) {
            os.set(name, fullOs.get(name));
        }
        globals.set("os", os);
        loaded.set("os", os);
        LuaTable pkg = new LuaTable();
        pkg.set("loaded", loaded);
        globals.set("package", pkg);
        globals.set("require", LuaCollections.fn1(name -> require(registry, loaded, name.checkjstring())));
        globals.set("error", new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                LuaValue message = args.arg1();
                // level 0 and non-string errors carry the value as it is: no position, as in Lua
                if (args.optint(2, 1) == 0 || !message.isstring()) {
                    throw new LuaError(message);
                }
                throw new LuaError(message.tojstring());
            }
        });
    }

    private LuaValue require(UdfRegistry registry, LuaTable loaded, String name) {
        LuaValue done = loaded.get(name);
        if (!done.isnil()) {
            return done;
        }
        Prototype chunk = registry.chunkOf(name);
        if (chunk == null) {
            throw new LuaError("module '" + name + "' not found");
        }
        LuaValue result = new LuaClosure(chunk, globals).call(LuaValue.valueOf(name));
        LuaValue value = result.isnil() ? LuaValue.TRUE : result;
        loaded.set(name, value);
        return value;
    }

    /** Runs a module's chunk in this state, defining its functions. */
    void loadModule(Prototype chunk) {
        new LuaClosure(chunk, globals).call();
    }

    /** A record as the UDF sees it: {@code rec.bin} reads, {@code rec.bin = v} assigns (until update). */
    LuaValue record(UdfRecord record) {
        return new LuaUserdata(record, recordMeta);
    }

    private UdfRecord unwrap(LuaValue v) {
        if (!v.isuserdata(UdfRecord.class)) {
            throw new LuaError("bad argument #1 (Record expected, got " + v.typename() + ")");
        }
        return (UdfRecord) v.touserdata();
    }

    private void installRecordModule() {
        recordMeta.set(LuaValue.INDEX, LuaCollections.fn2((r, name) -> {
            UdfValue v = unwrap(r).get(name.checkjstring());
            return v == null ? LuaValue.NIL : conversions.toLua(v.type(), v.bytes());
        }));
        recordMeta.set(LuaValue.NEWINDEX, LuaCollections.fn3((r, name, v) -> {
            unwrap(r).set(name.checkjstring(), conversions.toParticle(v));
            return LuaValue.NIL;
        }));
        LuaTable m = new LuaTable();
        m.set("ttl", LuaCollections.fn1(r -> LuaValue.valueOf(unwrap(r).meta().ttlSeconds())));
        m.set("gen", LuaCollections.fn1(r -> LuaValue.valueOf(unwrap(r).meta().generation())));
        m.set("last_update_time",
                LuaCollections.fn1(r -> LuaValue.valueOf((double) unwrap(r).meta().lastUpdateMillis())));
        m.set("setname", LuaCollections.fn1(r -> {
            String set = unwrap(r).meta().setName();
            return set == null ? LuaValue.NIL : LuaValue.valueOf(set);
        }));
        m.set("key", LuaCollections.fn1(r -> {
            UdfValue key = unwrap(r).meta().key();
            return key == null ? LuaValue.NIL : conversions.toLua(key.type(), key.bytes());
        }));
        m.set("digest", LuaCollections.fn1(r -> {
            byte[] digest = unwrap(r).meta().digest();
            return digest == null ? LuaValue.NIL : collections.newBytes(digest.clone(), ParticleType.BLOB);
        }));
        m.set("bin_names", LuaCollections.fn1(r -> {
            List<String> names = unwrap(r).binNames();
            if (names == null) {
                throw new LuaError("can't get bin names");
            }
            LuaTable table = new LuaTable();
            names.forEach(n -> table.insert(0, LuaValue.valueOf(n)));
            return table;
        }));
        m.set("numbins", LuaCollections.fn1(r -> {
            List<String> names = unwrap(r).binNames();
            return LuaValue.valueOf(names == null ? 0 : names.size());
        }));
        m.set("set_ttl", LuaCollections.fn2((r, ttl) -> {
            unwrap(r).setTtl(ttl.checklong());
            return LuaValue.NIL;
        }));
        m.set("drop_key", LuaCollections.fn1(r -> {
            unwrap(r).dropKey();
            return LuaValue.NIL;
        }));
        globals.set("record", m);
    }

    private void installAerospike() {
        LuaTable as = new LuaTable();
        as.set("create", LuaCollections.fn2((self, r) -> LuaValue.valueOf(unwrap(r).create())));
        as.set("update", LuaCollections.fn2((self, r) -> LuaValue.valueOf(unwrap(r).update())));
        as.set("remove", LuaCollections.fn2((self, r) -> LuaValue.valueOf(unwrap(r).remove())));
        as.set("exists", LuaCollections.fn2((self, r) -> LuaValue.valueOf(unwrap(r).exists())));
        as.set("log", LuaCollections.fn3((self, level, message) -> {
            log(level.optint(2), message.tojstring());
            return LuaValue.valueOf(0);
        }));
        as.set("get_current_time",
                LuaCollections.fn1(self -> LuaValue.valueOf((double) System.currentTimeMillis())));
        globals.set("aerospike", as);
    }

    private static void log(int level, String message) {
        switch (level) {
            case 1 -> UDF_LOG.warn("{}", message);
            case 2 -> UDF_LOG.info("{}", message);
            case 3 -> UDF_LOG.debug("{}", message);
            default -> UDF_LOG.trace("{}", message);
        }
    }

    /** {@code stream.read} / {@code stream.write} over the Java side of an aggregation. */
    interface StreamIo {
        LuaValue read();

        void write(LuaValue value);
    }

    private void installStream() {
        LuaTable stream = new LuaTable();
        stream.set("read", LuaCollections.fn1(s -> ((StreamIo) s.checkuserdata(StreamIo.class)).read()));
        stream.set("write", new VarArgFunction() {
            @Override
            public Varargs invoke(Varargs args) {
                ((StreamIo) args.arg1().checkuserdata(StreamIo.class)).write(args.arg(2));
                return LuaValue.valueOf(0);
            }
        });
        globals.set("stream", stream);
    }
}
