package io.spikesdk.serializer.java;

import io.spikesdk.api.SerializationException;
import io.spikesdk.api.spi.Serializer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.NotSerializableException;
import java.io.ObjectInputFilter;
import java.io.ObjectOutputStream;

/**
 * Java serialization whose reads only ever instantiate allow-listed classes.
 *
 * <p>Writing accepts any {@link java.io.Serializable}. Reading checks every class in the stream against the
 * allow-list by name before loading it and again in an {@link ObjectInputFilter}, both of which run before
 * any constructor, static initializer or {@code readObject} of that class; depth, reference and array-length
 * limits bound the work a payload can cause. A JVM-wide filter ({@code jdk.serialFilter}), when set, must
 * accept the stream too. Thread-safe and stateless.
 */
public final class JavaSerializer implements Serializer {

    private final AllowList allowList;
    private final int maxDepth;
    private final int maxReferences;
    private final int maxArrayLength;

    JavaSerializer(AllowList allowList, int maxDepth, int maxReferences, int maxArrayLength) {
        this.allowList = allowList;
        this.maxDepth = maxDepth;
        this.maxReferences = maxReferences;
        this.maxArrayLength = maxArrayLength;
    }

    @Override
    public byte[] serialize(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (NotSerializableException e) {
            throw new SerializationException("java serializer: " + e.getMessage()
                    + " does not implement java.io.Serializable; implement it or use another serializer", null, false, 0, e);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("java serializer could not write a " + className(value) + ": " + e,
                    null, false, 0, e);
        }
        return bytes.toByteArray();
    }

    @Override
    public Object deserialize(byte[] bytes) {
        if (allowList.isEmpty()) {
            throw new SerializationException("the java serializer deserializes nothing until an allow-list is configured:"
                    + " set its option '" + JavaSerializerProvider.ALLOW + "' to the classes or packages to accept, e.g."
                    + " SerializerOptions.builder().set(\"allow\", \"com.example.*\") or"
                    + " -Dspikesdk.serializer.java.allow=com.example.*");
        }
        StreamFilter filter = new StreamFilter(allowList, maxDepth,
                Math.min(maxReferences, bytes.length), Math.min(maxArrayLength, bytes.length));
        ObjectInputFilter global = ObjectInputFilter.Config.getSerialFilter();
        try (AllowListObjectInputStream in = new AllowListObjectInputStream(new ByteArrayInputStream(bytes), allowList)) {
            in.setObjectInputFilter(global == null ? filter : ObjectInputFilter.merge(filter, global));
            return in.readObject();
        } catch (InvalidClassException e) {
            String reason = filter.rejection() != null ? filter.rejection() : e.getMessage();
            throw new SerializationException("java serializer refused the stored object: " + reason, null, false, 0, e);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            throw new SerializationException("java serializer could not read the stored object: " + e, null, false, 0, e);
        }
    }

    @Override
    public String toString() {
        return "java serializer (allow " + allowList + ")";
    }

    private static String className(Object value) {
        return value == null ? "null" : value.getClass().getName();
    }
}
