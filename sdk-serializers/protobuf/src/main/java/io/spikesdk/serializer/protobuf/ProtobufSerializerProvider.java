package io.spikesdk.serializer.protobuf;

import io.spikesdk.api.spi.Serializer;
import io.spikesdk.api.spi.SerializerOptions;
import io.spikesdk.api.spi.SerializerProvider;

import java.util.List;

/**
 * Provider {@code "protobuf"}: Protocol Buffers messages stored as {@code google.protobuf.Any}.
 *
 * <p>Options (see the module README): {@value #MESSAGES} (generated classes readable without naming them),
 * {@value #DESCRIPTOR_SETS} (descriptor-set files whose messages are read as {@code DynamicMessage}),
 * {@value #TYPE_URL_PREFIX} (default {@code type.googleapis.com}), {@value #FAIL_ON_UNKNOWN_TYPES} (default
 * false: an unknown type is returned as the {@code Any}). The well-known types are always known.
 */
public final class ProtobufSerializerProvider implements SerializerProvider {

    /** The name users configure. */
    public static final String NAME = "protobuf";
    /** Comma-separated generated message classes. */
    public static final String MESSAGES = "messages";
    /** Comma-separated paths of {@code FileDescriptorSet} files ({@code protoc --include_imports --descriptor_set_out}). */
    public static final String DESCRIPTOR_SETS = "descriptorSets";
    /** The prefix of the type URLs written. */
    public static final String TYPE_URL_PREFIX = "typeUrlPrefix";
    /** Whether reading a type the serializer does not know fails instead of returning the {@code Any}. */
    public static final String FAIL_ON_UNKNOWN_TYPES = "failOnUnknownTypes";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Serializer create(SerializerOptions options) {
        options.requireKnownKeys(NAME, List.of(MESSAGES, DESCRIPTOR_SETS, TYPE_URL_PREFIX, FAIL_ON_UNKNOWN_TYPES));
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ClassLoader loader = context != null ? context : ProtobufSerializerProvider.class.getClassLoader();
        MessageTypes types = MessageTypes.of(options.getList(MESSAGES), options.getList(DESCRIPTOR_SETS), loader);
        return new ProtobufSerializer(types, options.get(TYPE_URL_PREFIX, "type.googleapis.com"),
                options.getBoolean(FAIL_ON_UNKNOWN_TYPES, false));
    }
}
