package io.spikesdk.serializer.java;

import io.spikesdk.api.SerializationException;
import io.spikesdk.api.spi.Serializer;
import io.spikesdk.api.spi.SerializerOptions;
import io.spikesdk.api.spi.SerializerProvider;

import java.util.List;

/**
 * Provider {@code "java"}: Java serialization behind an allow-list, the engine of {@code SerializerMode.BUILTIN}.
 *
 * <p>Options (see the module README): {@value #ALLOW} (patterns; none ⇒ nothing is deserialized),
 * {@value #JDK_TYPES} (default true), {@value #MAX_DEPTH} (default 64), {@value #MAX_REFERENCES}
 * (default 100000), {@value #MAX_ARRAY_LENGTH} (default 10000000).
 */
public final class JavaSerializerProvider implements SerializerProvider {

    /** The name users configure. */
    public static final String NAME = "java";
    /** Comma-separated classes ({@code a.B}), packages ({@code a.*}) or package trees ({@code a.**}) to accept. */
    public static final String ALLOW = "allow";
    /** Whether common JDK value classes (boxed numbers, String, collections, java.time) are accepted too. */
    public static final String JDK_TYPES = "jdkTypes";
    /** Deepest object nesting accepted. */
    public static final String MAX_DEPTH = "maxDepth";
    /** Most object references (objects plus back-references) in one value. */
    public static final String MAX_REFERENCES = "maxReferences";
    /** Longest array accepted (also never more than the payload's length in bytes). */
    public static final String MAX_ARRAY_LENGTH = "maxArrayLength";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Serializer create(SerializerOptions options) {
        options.requireKnownKeys(NAME, List.of(ALLOW, JDK_TYPES, MAX_DEPTH, MAX_REFERENCES, MAX_ARRAY_LENGTH));
        AllowList allowList = AllowList.parse(options.getList(ALLOW), options.getBoolean(JDK_TYPES, true));
        return new JavaSerializer(allowList, positive(options, MAX_DEPTH, 64),
                positive(options, MAX_REFERENCES, 100_000), positive(options, MAX_ARRAY_LENGTH, 10_000_000));
    }

    private static int positive(SerializerOptions options, String key, int defaultValue) {
        int value = options.getInt(key, defaultValue);
        if (value <= 0) {
            throw new SerializationException("java serializer option '" + key + "' must be positive, got " + value);
        }
        return value;
    }
}
