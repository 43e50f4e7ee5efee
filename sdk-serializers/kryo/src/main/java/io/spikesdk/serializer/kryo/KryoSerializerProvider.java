package io.spikesdk.serializer.kryo;

import io.spikesdk.api.SerializationException;
import io.spikesdk.api.spi.Serializer;
import io.spikesdk.api.spi.SerializerOptions;
import io.spikesdk.api.spi.SerializerProvider;

import java.util.List;

/**
 * Provider {@code "kryo"}: Kryo 5 with class registration required.
 *
 * <p>Options (see the module README): {@value #REGISTER} (classes, optionally {@code class:id}),
 * {@value #JDK_TYPES} (default true), {@value #REGISTRATION_REQUIRED} (default true; false reads any class named
 * in the data and is unsafe for data you do not fully trust), {@value #REFERENCES} (default false),
 * {@value #MAX_DEPTH} (default 64), {@value #POOL_SIZE} (default 16).
 */
public final class KryoSerializerProvider implements SerializerProvider {

    /** The name users configure. */
    public static final String NAME = "kryo";
    /** Comma-separated classes to register, {@code com.example.Person} or {@code com.example.Person:100}. */
    public static final String REGISTER = "register";
    /** Whether common JDK collections, arrays and value types are registered (at fixed ids 20-59). */
    public static final String JDK_TYPES = "jdkTypes";
    /** Whether only registered classes may be written and read. */
    public static final String REGISTRATION_REQUIRED = "registrationRequired";
    /** Whether shared and cyclic references are preserved (costs speed and size). */
    public static final String REFERENCES = "references";
    /** Deepest object nesting written or read. */
    public static final String MAX_DEPTH = "maxDepth";
    /** Most idle Kryo instances kept for reuse. */
    public static final String POOL_SIZE = "poolSize";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Serializer create(SerializerOptions options) {
        options.requireKnownKeys(NAME, List.of(REGISTER, JDK_TYPES, REGISTRATION_REQUIRED, REFERENCES, MAX_DEPTH, POOL_SIZE));
        ClassLoader loader = classLoader();
        Registrations registrations = Registrations.parse(options.getList(REGISTER), options.getBoolean(JDK_TYPES, true), loader);
        KryoFactory factory = new KryoFactory(registrations, options.getBoolean(REGISTRATION_REQUIRED, true),
                options.getBoolean(REFERENCES, false), positive(options, MAX_DEPTH, 64), loader);
        int poolSize = positive(options, POOL_SIZE, 16);
        try {
            return new KryoSerializer(factory, poolSize);
        } catch (RuntimeException e) {
            throw new SerializationException("kryo serializer: invalid configuration: " + e.getMessage(), null, false, 0, e);
        }
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : KryoSerializerProvider.class.getClassLoader();
    }

    private static int positive(SerializerOptions options, String key, int defaultValue) {
        int value = options.getInt(key, defaultValue);
        if (value <= 0) {
            throw new SerializationException("kryo serializer option '" + key + "' must be positive, got " + value);
        }
        return value;
    }
}
