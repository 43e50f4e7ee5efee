package io.spikesdk.testkit.internal.udf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.luaj.vm2.Prototype;

/**
 * The registered UDF modules, shared by every node of an embedded cluster (system metadata on a real one), with each
 * module's compiled chunk. Thread-safe.
 */
public final class UdfRegistry {
    private static final String LUA_EXTENSION = ".lua";

    private final Map<String, UdfModule> modules = new LinkedHashMap<>();
    private final Map<String, Prototype> compiled = new LinkedHashMap<>();

    /** Registers (or replaces, keeping its place in the listing) a module that compiled. */
    public synchronized void put(UdfModule module, Prototype chunk) {
        modules.put(module.filename(), module);
        compiled.put(module.filename(), chunk);
    }

    /** Forgets a module; nothing happens when there is none of that name. */
    public synchronized void remove(String filename) {
        modules.remove(filename);
        compiled.remove(filename);
    }

    /** The module registered under exactly this file name, or null. */
    public synchronized UdfModule get(String filename) {
        return modules.get(filename);
    }

    /** The modules in registration order. */
    public synchronized List<UdfModule> all() {
        return new ArrayList<>(modules.values());
    }

    /** Whether the chunk is the one a module is registered with now. */
    public synchronized boolean isCurrent(Prototype chunk) {
        return compiled.containsValue(chunk);
    }

    /** The compiled chunk of the module a UDF call names ({@code package} without {@code .lua}), or null. */
    public synchronized Prototype chunkOf(String packageName) {
        return compiled.get(packageName + LUA_EXTENSION);
    }

    /** Forgets every module (part of a server reset). */
    public synchronized void clear() {
        modules.clear();
        compiled.clear();
    }
}
