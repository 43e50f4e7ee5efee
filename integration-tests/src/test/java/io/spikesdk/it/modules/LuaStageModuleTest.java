package io.spikesdk.it.modules;

import io.spikesdk.api.Host;
import io.spikesdk.it.TestTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The client's Lua stage when the SDK runs as named modules: LuaJ 3.0.1 cannot be a module, so it sits on the class
 * path (an unnamed module), which io.spikesdk.core reads only once it asked to. Without LuaJ, queryAggregate fails
 * with an error naming the dependency before anything is sent; with it, the stage compiles the module's source.
 */
class LuaStageModuleTest {

    /** A layer of io.spikesdk.core and what it requires (the SDK modules, slf4j) above {@code parent}. */
    private static ModuleLayer layer(ClassLoader parent) {
        ModuleFinder thirdParty = ModuleFinder.of(SdkModules.location(LoggerFactory.class),
            SdkModules.location(org.mindrot.jbcrypt.BCrypt.class));
        Configuration config = ModuleLayer.boot().configuration()
            .resolve(SdkModules.sdk(), thirdParty, Set.of("io.spikesdk.core"));
        return ModuleLayer.boot().defineModulesWithOneLoader(config, parent);
    }

    private static Class<?> api(ModuleLayer layer, String simpleName) {
        return Class.forName(layer.findModule("io.spikesdk.api").orElseThrow(), "io.spikesdk.api." + simpleName);
    }

    /** queryAggregate(null, statement of set "it_layer", module "it_layer", "f") through {@code layer}'s classes. */
    private static Throwable aggregate(ModuleLayer layer, Host host, Path udfDirectory) throws Exception {
        Class<?> hostClass = api(layer, "Host");
        Class<?> config = api(layer, "ClientConfig");
        Class<?> statement = api(layer, "Statement");
        Class<?> value = api(layer, "Value");
        Object hosts = Array.newInstance(hostClass, 1);
        Array.set(hosts, 0, hostClass.getMethod("of", String.class, int.class).invoke(null, host.name(), host.port()));
        Object builder = config.getMethod("builder").invoke(null);
        builder.getClass().getMethod("hosts", hosts.getClass()).invoke(builder, hosts);
        builder.getClass().getMethod("udfDirectory", Path.class).invoke(builder, udfDirectory);
        Object client = api(layer, "Aerospike").getMethod("client", config)
            .invoke(null, builder.getClass().getMethod("build").invoke(builder));
        Object stmtBuilder = statement.getMethod("builder", String.class).invoke(null, TestTarget.NAMESPACE);
        stmtBuilder.getClass().getMethod("set", String.class).invoke(stmtBuilder, "it_layer");
        Object stmt = stmtBuilder.getClass().getMethod("build").invoke(stmtBuilder);
        Class<?> clientClass = api(layer, "AerospikeClient");
        try {
            InvocationTargetException e = assertThrows(InvocationTargetException.class, () -> clientClass
                .getMethod("queryAggregate", api(layer, "QueryPolicy"), statement, String.class, String.class,
                    Array.newInstance(value, 0).getClass())
                .invoke(client, null, stmt, "it_layer", "f", Array.newInstance(value, 0)));
            return e.getCause();
        } finally {
            clientClass.getMethod("close").invoke(client);
        }
    }

    @Test
    void withoutLuajTheErrorNamesTheDependencyBeforeSending(@TempDir Path dir) throws Exception {
        // no server at this address: the check comes before the client connects
        Throwable e = aggregate(layer(ClassLoader.getPlatformClassLoader()), Host.of("127.0.0.1", 1), dir);
        assertEquals(IllegalStateException.class, e.getClass());
        assertTrue(e.getMessage().contains("org.luaj:luaj-jse"), e.getMessage());
    }

    @Test
    void withLuajOnTheClassPathTheStageCompilesTheModule(@TempDir Path dir) throws Exception {
        // a module that does not compile: the error comes from LuaJ, run by io.spikesdk.core, before the query
        Files.writeString(dir.resolve("it_layer.lua"), "function f(s)\n  return s +\nend\n");
        URL luaj = SdkModules.location(org.luaj.vm2.Globals.class).toUri().toURL();
        try (URLClassLoader classPath = new URLClassLoader(new URL[] {luaj}, ClassLoader.getPlatformClassLoader())) {
            Throwable e = aggregate(layer(classPath), TestTarget.hosts().get(0), dir);
            assertEquals("io.spikesdk.api.UdfException", e.getClass().getName(), String.valueOf(e));
            assertTrue(e.getMessage().contains("does not load in the client"), e.getMessage());
            assertTrue(e.getMessage().contains("it_layer.lua"), e.getMessage());
        }
    }
}
