package io.spikesdk.api.spi;

import io.spikesdk.api.SerializationException;

/**
 * Turns Java objects that Aerospike has no type for into bytes and back.
 *
 * <p>Obtained from a {@link SerializerProvider} (by name, through {@code ServiceLoader}) or written by the
 * application and registered with {@code Aerospike.setSerializer} / {@code ClientConfig.serializer}.
 * Implementations must be thread-safe: one instance serves every thread of a client. The SDK never
 * passes {@code null}: a Java {@code null} bin is absent, not serialized. Failures are reported as
 * {@link SerializationException}.
 *
 * @since 0.1
 */
public interface Serializer {

    /**
     * Encodes {@code value}.
     *
     * @param value the object to store; never {@code null} when called by the SDK
     * @return the stored bytes (the caller owns the array)
     * @throws SerializationException when {@code value} cannot be encoded by this serializer
     */
    byte[] serialize(Object value);

    /**
     * Decodes bytes written by {@link #serialize} into whatever Java value this serializer produces
     * without a target type (its "generic" form: a JSON serializer gives maps and lists, for example).
     *
     * @param bytes the stored bytes; never {@code null}
     * @throws SerializationException when the bytes are malformed or refused (for example a class outside an
     *     allow-list)
     */
    Object deserialize(byte[] bytes);

    /**
     * Decodes {@code bytes} as an instance of {@code type}. The default decodes generically and checks the
     * result's class; serializers that can bind to a type (JSON, MessagePack, protobuf) override it.
     *
     * @param bytes the stored bytes; never {@code null}
     * @param type the expected class; primitive classes mean their wrappers
     * @return the value, or {@code null} when the stored value is null
     * @throws SerializationException when the bytes cannot be decoded as {@code type}
     */
    default <T> T deserialize(byte[] bytes, Class<T> type) {
        return castTo(deserialize(bytes), type);
    }

    private static <T> T castTo(Object value, Class<T> type) {
        Class<?> target = type.isPrimitive() ? java.lang.invoke.MethodType.methodType(type).wrap().returnType() : type;
        if (value == null || target.isInstance(value)) {
            @SuppressWarnings("unchecked")
            T result = (T) value;
            return result;
        }
        throw new SerializationException("stored value is a " + value.getClass().getName()
                + ", not the requested " + type.getName());
    }
}
