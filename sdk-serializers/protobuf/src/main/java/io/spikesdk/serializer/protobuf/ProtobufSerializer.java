package io.spikesdk.serializer.protobuf;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.MessageLite;
import io.spikesdk.api.SerializationException;
import io.spikesdk.api.spi.Serializer;

/**
 * Stores protobuf messages as {@code google.protobuf.Any} (type URL plus the message bytes), so a read needs
 * no type: the URL picks the message type from the {@link MessageTypes} registry. A type the registry
 * lacks comes back as the {@link Any} itself (or fails, when so configured). Only registered or requested
 * types are ever parsed; the data never names a Java class. Thread-safe.
 */
public final class ProtobufSerializer implements Serializer {

    private static final ClassValue<Message> DEFAULT_INSTANCES = new ClassValue<>() {
        @Override
        protected Message computeValue(Class<?> type) {
            return MessageTypes.defaultInstance(type);
        }
    };

    private final MessageTypes types;
    private final String typeUrlPrefix;
    private final boolean failOnUnknownTypes;

    ProtobufSerializer(MessageTypes types, String typeUrlPrefix, boolean failOnUnknownTypes) {
        this.types = types;
        this.typeUrlPrefix = typeUrlPrefix;
        this.failOnUnknownTypes = failOnUnknownTypes;
    }

    @Override
    public byte[] serialize(Object value) {
        Message message;
        if (value instanceof Message) {
            message = (Message) value;
        } else if (value instanceof Message.Builder) {
            message = ((Message.Builder) value).build();
        } else {
            throw new SerializationException("protobuf serializer stores com.google.protobuf.Message values only, not a "
                    + (value == null ? "null" : value.getClass().getName()));
        }
        Any any = message instanceof Any ? (Any) message : Any.pack(message, typeUrlPrefix);
        return any.toByteArray();
    }

    @Override
    public Object deserialize(byte[] bytes) {
        Any any = parseAny(bytes);
        Message prototype = types.find(typeName(any));
        if (prototype == null) {
            if (failOnUnknownTypes) {
                throw new SerializationException("protobuf serializer: unknown message type " + any.getTypeUrl()
                        + "; list its class in option '" + ProtobufSerializerProvider.MESSAGES + "' or its descriptor set in '"
                        + ProtobufSerializerProvider.DESCRIPTOR_SETS + "'");
            }
            return any;
        }
        return parse(prototype, any);
    }

    @Override
    public <T> T deserialize(byte[] bytes, Class<T> type) {
        if (type == Any.class) {
            return type.cast(parseAny(bytes));
        }
        if (!Message.class.isAssignableFrom(type) || type.isInterface() || type == com.google.protobuf.DynamicMessage.class
                || java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
            Object value = deserialize(bytes);
            if (value != null && !type.isInstance(value)) {
                throw new SerializationException("stored value is a " + value.getClass().getName()
                        + ", not the requested " + type.getName());
            }
            return type.cast(value);
        }
        Any any = parseAny(bytes);
        Message prototype = DEFAULT_INSTANCES.get(type);
        String expected = prototype.getDescriptorForType().getFullName();
        if (!expected.equals(typeName(any))) {
            throw new SerializationException("protobuf serializer: stored message is " + any.getTypeUrl()
                    + ", not the requested " + expected);
        }
        return type.cast(parse(prototype, any));
    }

    @Override
    public String toString() {
        return "protobuf serializer";
    }

    private static Any parseAny(byte[] bytes) {
        try {
            return Any.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            throw new SerializationException("protobuf serializer: stored bytes are not a google.protobuf.Any: "
                    + e.getMessage(), null, false, 0, e);
        }
    }

    private static MessageLite parse(Message prototype, Any any) {
        try {
            return prototype.getParserForType().parseFrom(any.getValue());
        } catch (InvalidProtocolBufferException e) {
            throw new SerializationException("protobuf serializer: cannot parse the stored " + any.getTypeUrl() + ": "
                    + e.getMessage(), null, false, 0, e);
        }
    }

    private static String typeName(Any any) {
        String url = any.getTypeUrl();
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
