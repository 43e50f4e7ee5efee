package io.spikesdk.core.internal.lua;

/** Whether LuaJ is there, asked without loading a class that refers to it. */
public final class LuaRuntime {
    static final String PROBE = "org.luaj.vm2.Globals";

    private LuaRuntime() {
    }

    /**
     * @throws IllegalStateException naming the dependency to add when LuaJ is not on the class path
     */
    public static void check() {
        check(PROBE);
    }

    static void check(String className) {
        Class<?> probe;
        try {
            probe = Class.forName(className, false, LuaRuntime.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("queryAggregate runs the aggregation's last stage in the client, in Lua:"
                + " add org.luaj:luaj-jse:3.0.1 to the class path (" + className + " not found)", e);
        }
        Module self = LuaRuntime.class.getModule();
        if (self.isNamed() && !self.canRead(probe.getModule())) {
            // LuaJ cannot be a module: it is in an unnamed one, which a named module reads only when told to
            self.addReads(probe.getModule());
        }
    }
}
