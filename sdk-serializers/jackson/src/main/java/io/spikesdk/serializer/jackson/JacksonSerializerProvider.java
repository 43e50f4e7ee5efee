package io.spikesdk.serializer.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.spikesdk.api.SerializationException;
import io.spikesdk.api.spi.Serializer;
import io.spikesdk.api.spi.SerializerOptions;
import io.spikesdk.api.spi.SerializerProvider;

import java.util.List;

/**
 * Provider {@code "jackson"}: JSON via jackson-databind without default typing.
 *
 * <p>Options (see the module README): {@value #ALLOW_SUBTYPES} (class-name prefixes that
 * {@code @JsonTypeInfo(use = CLASS)} may name; default none), {@value #FAIL_ON_UNKNOWN_PROPERTIES} (default
 * false), {@value #MAX_NESTING_DEPTH} (default 1000), {@value #FIND_MODULES} (default false).
 */
public final class JacksonSerializerProvider implements SerializerProvider {

    /** The name users configure. */
    public static final String NAME = "jackson";
    /** Comma-separated class-name prefixes (e.g. {@code com.example.events.}) allowed as polymorphic subtypes. */
    public static final String ALLOW_SUBTYPES = "allowSubtypes";
    /** Whether a JSON property with no matching Java property fails the read. */
    public static final String FAIL_ON_UNKNOWN_PROPERTIES = "failOnUnknownProperties";
    /** Deepest JSON nesting read. */
    public static final String MAX_NESTING_DEPTH = "maxNestingDepth";
    /** Whether Jackson modules on the classpath (e.g. jackson-datatype-jsr310) are registered. */
    public static final String FIND_MODULES = "findModules";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Serializer create(SerializerOptions options) {
        options.requireKnownKeys(NAME, List.of(ALLOW_SUBTYPES, FAIL_ON_UNKNOWN_PROPERTIES, MAX_NESTING_DEPTH, FIND_MODULES));
        int maxDepth = options.getInt(MAX_NESTING_DEPTH, 1000);
        if (maxDepth <= 0) {
            throw new SerializationException("jackson serializer option '" + MAX_NESTING_DEPTH + "' must be positive");
        }
        List<String> prefixes = options.getList(ALLOW_SUBTYPES);
        for (String prefix : prefixes) {
            if (prefix.length() < 2 || !prefix.contains(".")) {
                throw new SerializationException("jackson serializer: '" + prefix + "' in option '" + ALLOW_SUBTYPES
                        + "' is too broad; name a package such as com.example.events.");
            }
        }
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxDepth).build())
                .build();
        JsonMapper.Builder builder = JsonMapper.builder(factory)
                .polymorphicTypeValidator(new PrefixSubtypeValidator(prefixes))
                .deactivateDefaultTyping()
                .enable(DeserializationFeature.USE_LONG_FOR_INTS)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, options.getBoolean(FAIL_ON_UNKNOWN_PROPERTIES, false));
        if (options.getBoolean(FIND_MODULES, false)) {
            builder.findAndAddModules();
        }
        return new JacksonSerializer(builder.build());
    }
}
