package io.spikesdk.serializer.msgpack;

import com.fasterxml.jackson.databind.DeserializationFeature;
import io.spikesdk.api.SerializationException;
import io.spikesdk.api.spi.Serializer;
import io.spikesdk.api.spi.SerializerOptions;
import io.spikesdk.api.spi.SerializerProvider;
import org.msgpack.jackson.dataformat.MessagePackFactory;
import org.msgpack.jackson.dataformat.MessagePackMapper;
import org.msgpack.jackson.dataformat.TimestampExtensionModule;

import java.util.List;

/**
 * Provider {@code "msgpack"}: MessagePack via msgpack-core and jackson-dataformat-msgpack.
 *
 * <p>Options (see the module README): {@value #ALLOW_SUBTYPES} (class-name prefixes that
 * {@code @JsonTypeInfo(use = CLASS)} may name; default none), {@value #FAIL_ON_UNKNOWN_PROPERTIES} (default
 * false), {@value #MAX_DEPTH} (default 512).
 */
public final class MsgPackSerializerProvider implements SerializerProvider {

    /** The name users configure. */
    public static final String NAME = "msgpack";
    /** Comma-separated class-name prefixes (e.g. {@code com.example.events.}) allowed as polymorphic subtypes. */
    public static final String ALLOW_SUBTYPES = "allowSubtypes";
    /** Whether a property with no matching Java property fails a typed read. */
    public static final String FAIL_ON_UNKNOWN_PROPERTIES = "failOnUnknownProperties";
    /** Deepest nesting of arrays and maps read without a target type. */
    public static final String MAX_DEPTH = "maxDepth";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Serializer create(SerializerOptions options) {
        options.requireKnownKeys(NAME, List.of(ALLOW_SUBTYPES, FAIL_ON_UNKNOWN_PROPERTIES, MAX_DEPTH));
        int maxDepth = options.getInt(MAX_DEPTH, 512);
        if (maxDepth <= 0) {
            throw new SerializationException("msgpack serializer option '" + MAX_DEPTH + "' must be positive");
        }
        List<String> prefixes = options.getList(ALLOW_SUBTYPES);
        for (String prefix : prefixes) {
            if (prefix.length() < 2 || !prefix.contains(".")) {
                throw new SerializationException("msgpack serializer: '" + prefix + "' in option '" + ALLOW_SUBTYPES
                        + "' is too broad; name a package such as com.example.events.");
            }
        }
        MessagePackMapper mapper = MessagePackMapper.builder(new MessagePackFactory())
                .polymorphicTypeValidator(new PrefixSubtypeValidator(prefixes))
                .deactivateDefaultTyping()
                .enable(DeserializationFeature.USE_LONG_FOR_INTS)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, options.getBoolean(FAIL_ON_UNKNOWN_PROPERTIES, false))
                .addModule(TimestampExtensionModule.INSTANCE)
                .build();
        mapper.handleBigIntegerAndBigDecimalAsString();
        return new MsgPackSerializer(mapper, maxDepth);
    }
}
