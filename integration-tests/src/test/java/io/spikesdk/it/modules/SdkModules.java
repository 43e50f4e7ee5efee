package io.spikesdk.it.modules;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SDK's built modules (jars or {@code target/classes}), found where this test's class path loads them from,
 * and the third-party modules they need to resolve.
 */
final class SdkModules {

    /** Every shipped SDK module, by the name its {@code module-info} declares. */
    static final Set<String> NAMES = Set.of(
        "io.spikesdk.api", "io.spikesdk.cdt", "io.spikesdk.core", "io.spikesdk.testkit",
        "io.spikesdk.serializer.java", "io.spikesdk.serializer.kryo", "io.spikesdk.serializer.jackson",
        "io.spikesdk.serializer.msgpack", "io.spikesdk.serializer.protobuf");

    /**
     * Shipped SDK jars that are automatic modules (an {@code Automatic-Module-Name}, no {@code module-info} yet), which
     * the named modules may export internal packages to.
     */
    static final Set<String> AUTOMATIC = Set.of("io.spikesdk.admin");

    private static final List<Class<?>> ONE_CLASS_OF_EACH = List.of(
        io.spikesdk.api.Key.class,
        io.spikesdk.cdt.ListOperations.class,
        io.spikesdk.core.SpikeClientProvider.class,
        io.spikesdk.testkit.EmbeddedAerospike.class,
        io.spikesdk.serializer.java.JavaSerializerProvider.class,
        io.spikesdk.serializer.kryo.KryoSerializerProvider.class,
        io.spikesdk.serializer.jackson.JacksonSerializerProvider.class,
        io.spikesdk.serializer.msgpack.MsgPackSerializerProvider.class,
        io.spikesdk.serializer.protobuf.ProtobufSerializerProvider.class);

    private SdkModules() {
    }

    /** A finder over the SDK modules only. */
    static ModuleFinder sdk() {
        return ModuleFinder.of(ONE_CLASS_OF_EACH.stream().map(SdkModules::location).toArray(Path[]::new));
    }

    /** The descriptor of every SDK module. */
    static List<ModuleDescriptor> descriptors() {
        return sdk().findAll().stream().map(ModuleReference::descriptor)
            .sorted((a, b) -> a.name().compareTo(b.name()))
            .collect(Collectors.toList());
    }

    /** Where {@code c} was loaded from: a jar or a classes directory. */
    static Path location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
