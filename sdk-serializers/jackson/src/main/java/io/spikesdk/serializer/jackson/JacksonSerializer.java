package io.spikesdk.serializer.jackson;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.spikesdk.api.SerializationException;
import io.spikesdk.api.spi.Serializer;

import java.io.IOException;

/**
 * JSON through one shared, immutable {@link ObjectMapper} (thread-safe). No default typing: the JSON never
 * chooses a Java class, except through {@code @JsonTypeInfo} class names on the configured allow-list.
 * Untyped reads give maps, lists, strings, {@code Long}s, {@code Double}s, booleans and nulls.
 */
public final class JacksonSerializer implements Serializer {

    private final ObjectMapper mapper;

    JacksonSerializer(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public byte[] serialize(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("jackson serializer could not write a " + className(value) + ": "
                    + message(e), null, false, 0, e);
        }
    }

    @Override
    public Object deserialize(byte[] bytes) {
        return deserialize(bytes, Object.class);
    }

    @Override
    public <T> T deserialize(byte[] bytes, Class<T> type) {
        try {
            return mapper.readValue(bytes, type);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("jackson serializer could not read the stored JSON as a " + type.getName()
                    + ": " + message(e), null, false, 0, e);
        }
    }

    @Override
    public String toString() {
        return "jackson serializer";
    }

    private static String message(Exception e) {
        return e instanceof JacksonException ? ((JacksonException) e).getOriginalMessage() : String.valueOf(e);
    }

    private static String className(Object value) {
        return value == null ? "null" : value.getClass().getName();
    }
}
