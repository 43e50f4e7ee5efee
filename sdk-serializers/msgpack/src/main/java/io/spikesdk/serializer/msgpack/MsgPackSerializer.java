package io.spikesdk.serializer.msgpack;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.spikesdk.api.SerializationException;
import io.spikesdk.api.spi.Serializer;

import java.io.IOException;

/**
 * MessagePack: objects are written by jackson-dataformat-msgpack (POJOs and records as maps, arrays and
 * collections as arrays, {@code byte[]} as binary, {@code Instant} as the timestamp extension); untyped
 * reads go through msgpack-core into plain Java values; typed reads bind with Jackson. No default typing;
 * {@code @JsonTypeInfo} class names must be on the allow-list. Thread-safe.
 */
public final class MsgPackSerializer implements Serializer {

    private final ObjectMapper mapper;
    private final int maxDepth;

    MsgPackSerializer(ObjectMapper mapper, int maxDepth) {
        this.mapper = mapper;
        this.maxDepth = maxDepth;
    }

    @Override
    public byte[] serialize(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("msgpack serializer could not write a "
                    + (value == null ? "null" : value.getClass().getName()) + ": " + message(e), null, false, 0, e);
        }
    }

    @Override
    public Object deserialize(byte[] bytes) {
        try {
            return GenericReader.read(bytes, maxDepth);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("msgpack serializer could not read the stored value: " + message(e),
                    null, false, 0, e);
        }
    }

    @Override
    public <T> T deserialize(byte[] bytes, Class<T> type) {
        if (type == Object.class) {
            return type.cast(deserialize(bytes));
        }
        try {
            return mapper.readValue(bytes, type);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("msgpack serializer could not read the stored value as a " + type.getName()
                    + ": " + message(e), null, false, 0, e);
        }
    }

    @Override
    public String toString() {
        return "msgpack serializer";
    }

    private static String message(Exception e) {
        if (e instanceof JacksonException) {
            return ((JacksonException) e).getOriginalMessage();
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }
}
