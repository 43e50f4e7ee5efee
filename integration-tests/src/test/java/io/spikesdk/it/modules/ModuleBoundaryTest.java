package io.spikesdk.it.modules;

import io.spikesdk.api.spi.ClientProvider;
import io.spikesdk.api.spi.SerializerProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SDK as a user sees it on the module path: every shipped jar is a named module, exports its public packages
 * and none of its {@code internal} ones (except, qualified, to the SDK's own modules); a user module compiles
 * against the API and fails to compile against an internal package; the client and serializers are found
 * through {@code provides}.
 */
class ModuleBoundaryTest {

    @Test
    void everyShippedJarIsANamedModuleThatExportsNoInternalPackageToUsers() {
        List<ModuleDescriptor> modules = SdkModules.descriptors();
        assertEquals(SdkModules.NAMES, modules.stream().map(ModuleDescriptor::name).collect(Collectors.toSet()));
        for (ModuleDescriptor m : modules) {
            assertFalse(m.isAutomatic(), m.name() + " has no module-info");
            for (ModuleDescriptor.Exports e : m.exports()) {
                boolean internal = e.source().contains(".internal");
                assertTrue(!internal || e.isQualified(), m.name() + " exports " + e.source() + " to everyone");
                assertTrue(e.targets().stream().allMatch(t -> SdkModules.NAMES.contains(t)
                    || SdkModules.AUTOMATIC.contains(t)), m.name() + " exports " + e.source() + " beyond the SDK: "
                    + e.targets());
            }
            assertTrue(m.exports().stream().anyMatch(e -> !e.isQualified()), m.name() + " exports nothing public");
        }
    }

    @Test
    void inALayerTheInternalsAreReadableOnlyByTheSdkModulesNamed() {
        ModuleLayer layer = layerOf("io.spikesdk.core", "io.spikesdk.testkit", "io.spikesdk.serializer.java");
        Module api = layer.findModule("io.spikesdk.api").orElseThrow();
        Module core = layer.findModule("io.spikesdk.core").orElseThrow();
        Module testkit = layer.findModule("io.spikesdk.testkit").orElseThrow();
        Module serializer = layer.findModule("io.spikesdk.serializer.java").orElseThrow();

        assertTrue(api.isExported("io.spikesdk.api"));
        assertTrue(api.isExported("io.spikesdk.api.spi"));
        assertFalse(api.isExported("io.spikesdk.api.internal"));
        assertTrue(api.isExported("io.spikesdk.api.internal", core));
        assertFalse(api.isExported("io.spikesdk.api.internal", serializer));
        assertFalse(core.isExported("io.spikesdk.core.internal"));
        assertFalse(core.isExported("io.spikesdk.core.internal.protocol"));
        assertTrue(core.isExported("io.spikesdk.core.internal.protocol", testkit));
        assertFalse(testkit.isExported("io.spikesdk.testkit.internal.cdt"));
    }

    @Test
    void theClientAndTheSerializersAreFoundThroughProvidesOnTheModulePath() {
        ModuleLayer layer = layerOf("io.spikesdk.core", "io.spikesdk.serializer.java");
        Class<?> clientSpi = classIn(layer, "io.spikesdk.api", ClientProvider.class.getName());
        Class<?> serializerSpi = classIn(layer, "io.spikesdk.api", SerializerProvider.class.getName());

        assertEquals(List.of("io.spikesdk.core/io.spikesdk.core.SpikeClientProvider"), providers(layer, clientSpi));
        assertEquals(List.of("io.spikesdk.serializer.java/io.spikesdk.serializer.java.JavaSerializerProvider"),
            providers(layer, serializerSpi));
    }

    @Test
    void aerospikeClientCreatesTheCoreClientInsideAModuleLayer() throws ReflectiveOperationException {
        ModuleLayer layer = layerOf("io.spikesdk.core");
        Class<?> host = classIn(layer, "io.spikesdk.api", "io.spikesdk.api.Host");
        Class<?> config = classIn(layer, "io.spikesdk.api", "io.spikesdk.api.ClientConfig");
        Class<?> aerospike = classIn(layer, "io.spikesdk.api", "io.spikesdk.api.Aerospike");

        Object hosts = Array.newInstance(host, 1);
        Array.set(hosts, 0, host.getMethod("of", String.class, int.class).invoke(null, "127.0.0.1", 3000));
        Object builder = config.getMethod("builder").invoke(null);
        builder.getClass().getMethod("hosts", hosts.getClass()).invoke(builder, hosts);
        Object client = aerospike.getMethod("client", config).invoke(null, builder.getClass().getMethod("build").invoke(builder));

        // not connected: creating the client reaches no server
        assertEquals("io.spikesdk.core", client.getClass().getModule().getName());
        assertFalse(client.getClass().getModule().isExported(client.getClass().getPackageName()));
        classIn(layer, "io.spikesdk.api", "io.spikesdk.api.AerospikeClient").getMethod("close").invoke(client);
    }

    @Test
    void aUserModuleCompilesAgainstTheApiButNotAgainstItsInternals(@TempDir Path dir) throws IOException {
        String moduleInfo = "module app { requires io.spikesdk.cdt; }";
        String publicUse = "package app; public class App { public static Object op() {"
            + " return io.spikesdk.cdt.ListOperations.size(\"bin\"); } }";
        List<String> ok = compile(dir.resolve("ok"), moduleInfo, publicUse);
        assertEquals(List.of(), ok);

        String internalUse = "package app; public class App { public static Object blob() {"
            + " return io.spikesdk.api.internal.ApiAccess.owningBytes(new byte[0], 4); } }";
        List<String> refused = compile(dir.resolve("refused"), moduleInfo, internalUse);
        assertTrue(refused.stream().anyMatch(m -> m.contains("io.spikesdk.api.internal")
            && m.contains("does not export")), refused.toString());
    }

    private static List<String> compile(Path dir, String moduleInfo, String appSource) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/app"));
        Files.writeString(dir.resolve("src/module-info.java"), moduleInfo);
        Files.writeString(src.resolve("App.java"), appSource);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "tests run on a JDK");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
            String modulePath = List.of(SdkModules.location(io.spikesdk.api.Key.class),
                    SdkModules.location(io.spikesdk.cdt.ListOperations.class)).stream()
                .map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
            // an explicit, empty class path: in-process javac would otherwise take this JVM's, where the SDK is
            Path noClassPath = Files.createDirectories(dir.resolve("empty"));
            List<String> options = List.of("--module-path", modulePath, "--class-path", noClassPath.toString(),
                "-d", dir.resolve("out").toString());
            javac.getTask(null, files, diagnostics, options, null,
                files.getJavaFileObjects(dir.resolve("src/module-info.java"), src.resolve("App.java"))).call();
        }
        return diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
            .map(d -> d.getMessage(null)).collect(Collectors.toList());
    }

    /**
     * A layer holding {@code roots} and what they require: the SDK modules plus slf4j and jbcrypt (automatic module
     * {@code jbcrypt}), and for the testkit S2 (automatic module {@code s2.geometry}) with Guava.
     */
    private static ModuleLayer layerOf(String... roots) {
        ModuleFinder thirdParty = ModuleFinder.of(SdkModules.location(LoggerFactory.class),
            SdkModules.location(org.mindrot.jbcrypt.BCrypt.class),
            SdkModules.location(com.google.common.geometry.S2.class),
            SdkModules.location(com.google.common.collect.ImmutableList.class));
        Configuration config = ModuleLayer.boot().configuration()
            .resolve(SdkModules.sdk(), thirdParty, Set.of(roots));
        return ModuleLayer.boot().defineModulesWithOneLoader(config, ClassLoader.getPlatformClassLoader());
    }

    private static Class<?> classIn(ModuleLayer layer, String module, String name) {
        Class<?> c = Class.forName(layer.findModule(module).orElseThrow(), name);
        assertNotNull(c, name + " in " + module);
        return c;
    }

    private static List<String> providers(ModuleLayer layer, Class<?> service) {
        return ServiceLoader.load(layer, service).stream()
            .map(p -> p.type().getModule().getName() + "/" + p.type().getName())
            .collect(Collectors.toList());
    }
}
