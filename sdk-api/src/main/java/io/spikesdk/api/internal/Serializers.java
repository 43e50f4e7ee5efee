package io.spikesdk.api.internal;

import io.spikesdk.api.LogLevel;
import io.spikesdk.api.SerializationException;
import io.spikesdk.api.spi.Serializer;
import io.spikesdk.api.spi.SerializerOptions;
import io.spikesdk.api.spi.SerializerProvider;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/**
 * The serializer providers on the classpath, by name.
 *
 * <p>Discovery uses {@link ServiceLoader} on {@code sdk-api}'s class loader. A provider that fails to load,
 * throws from {@code name()}, has a blank name or declares a newer SPI version is logged and skipped; two
 * providers with the same name are logged as a warning and the first in classpath order is used. Names
 * are matched case-insensitively.
 *
 * <p>Resolution of the instance-level serializer: an explicit name or instance in the client config, else
 * the system property {@value #PROPERTY}, else none. Options for a provider named {@code n} are the
 * system properties {@code spikesdk.serializer.n.*} overlaid by the explicit options. Thread-safe and
 * immutable.
 */
public final class Serializers {

    /** System property naming the instance-level serializer when the config names none. */
    public static final String PROPERTY = "spikesdk.serializer";

    /** The provider used by {@code SerializerMode.BUILTIN}. */
    public static final String BUILTIN = "java";

    private static final System.Logger LOGGER = System.getLogger("io.spikesdk.serializer");
    private static final int MAX_LOAD_ERRORS = 100;

    private final Map<String, SerializerProvider> providers;

    private Serializers(Map<String, SerializerProvider> providers) {
        this.providers = providers;
    }

    /** The providers found on {@code sdk-api}'s class loader (looked up once, then cached). */
    public static Serializers installed() {
        return Installed.INSTANCE;
    }

    /** The providers found by {@link ServiceLoader} on {@code loader}. */
    public static Serializers load(ClassLoader loader) {
        return of(() -> ServiceLoader.load(SerializerProvider.class, loader).iterator());
    }

    /** The given providers, checked and de-duplicated by the same rules as discovery. */
    public static Serializers of(Iterable<SerializerProvider> candidates) {
        Map<String, SerializerProvider> byName = new LinkedHashMap<>();
        Iterator<SerializerProvider> it = candidates.iterator();
        int errors = 0;
        while (true) {
            SerializerProvider provider;
            try {
                if (!it.hasNext()) {
                    break;
                }
                provider = it.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                warn("skipping a serializer provider that failed to load: " + e);
                if (++errors >= MAX_LOAD_ERRORS) {
                    break;
                }
                continue;
            }
            add(byName, provider);
        }
        return new Serializers(Collections.unmodifiableMap(byName));
    }

    /** The names of the available providers, sorted. */
    public Set<String> names() {
        return Collections.unmodifiableSet(new TreeSet<>(providers.keySet()));
    }

    /** Whether a provider named {@code name} is available. */
    public boolean has(String name) {
        return name != null && providers.containsKey(normalize(name));
    }

    /**
     * The provider named {@code name}.
     *
     * @throws SerializationException listing the available names when none has that name
     */
    public SerializerProvider provider(String name) {
        SerializerProvider provider = name == null ? null : providers.get(normalize(name));
        if (provider == null) {
            throw new SerializationException("no serializer named '" + name + "' on the classpath; available: "
                    + (providers.isEmpty() ? "none (add a jar such as io.spikesdk:sdk-serializer-jackson)" : names()));
        }
        return provider;
    }

    /**
     * A serializer from the provider named {@code name}, with the system properties
     * {@code spikesdk.serializer.<name>.*} overlaid by {@code options}.
     *
     * @throws SerializationException when no provider has that name or the provider rejects the options
     */
    public Serializer create(String name, SerializerOptions options) {
        SerializerProvider provider = provider(name);
        SerializerOptions merged = systemOptions(provider.name()).with(options == null ? SerializerOptions.EMPTY : options);
        Serializer serializer;
        try {
            serializer = provider.create(merged);
        } catch (SerializationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SerializationException("serializer '" + provider.name() + "' (" + provider.getClass().getName()
                    + ") failed to start: " + e, null, false, 0, e);
        }
        if (serializer == null) {
            throw new SerializationException("serializer provider " + provider.getClass().getName() + " returned null");
        }
        return serializer;
    }

    /**
     * The name of the instance-level serializer: {@code configured} when not null, else the system
     * property {@value #PROPERTY} when set and not blank, else {@code null} (no instance-level serializer).
     */
    public static String resolveName(String configured) {
        if (configured != null) {
            return configured;
        }
        String property = System.getProperty(PROPERTY);
        return property == null || property.isBlank() ? null : property.trim();
    }

    /** The options set as system properties {@code spikesdk.serializer.<name>.<key>}. */
    public static SerializerOptions systemOptions(String name) {
        Properties properties = System.getProperties();
        return SerializerOptions.fromProperties(properties, PROPERTY + "." + normalize(name) + ".");
    }

    private static void add(Map<String, SerializerProvider> byName, SerializerProvider provider) {
        String className = provider.getClass().getName();
        String name;
        int version;
        try {
            name = provider.name();
            version = provider.spiVersion();
        } catch (RuntimeException | LinkageError e) {
            warn("skipping serializer provider " + className + ": it failed to report its name: " + e);
            return;
        }
        if (name == null || name.isBlank()) {
            warn("skipping serializer provider " + className + ": blank name");
            return;
        }
        if (version > SerializerProvider.SPI_VERSION) {
            warn("skipping serializer provider " + className + " ('" + name + "'): it needs SPI version " + version
                    + " but this SDK implements " + SerializerProvider.SPI_VERSION);
            return;
        }
        String key = normalize(name);
        SerializerProvider first = byName.putIfAbsent(key, provider);
        if (first != null) {
            warn("several serializer providers are named '" + key + "': using " + first.getClass().getName()
                    + ", ignoring " + className + " (remove one of the jars)");
        }
    }

    private static String normalize(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    private static void warn(String message) {
        LOGGER.log(System.Logger.Level.WARNING, message);
        LogBridge.log(LogLevel.WARN, message);
    }

    private static final class Installed {
        static final Serializers INSTANCE = load(Serializers.class.getClassLoader());
    }
}
