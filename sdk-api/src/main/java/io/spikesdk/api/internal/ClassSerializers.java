package io.spikesdk.api.internal;

import io.spikesdk.api.spi.Serializer;

/**
 * The class-level serializer and deserializer set with {@code Aerospike.setSerializer} /
 * {@code setDeserializer} (the spec's {@code aerospike.set_serializer} / {@code set_deserializer}): shared by
 * every client of the JVM (of this class loader), consulted on each call after the client's instance-level
 * serializer. Volatile reads only.
 */
public final class ClassSerializers {

    private static volatile Serializer serializer;
    private static volatile Serializer deserializer;

    private ClassSerializers() {
    }

    /** The class-level serializer (its {@code serialize} is used), or {@code null}. */
    public static Serializer serializer() {
        return serializer;
    }

    /** The class-level deserializer (its {@code deserialize} is used), or {@code null}. */
    public static Serializer deserializer() {
        return deserializer;
    }

    /** Sets the class-level serializer; {@code null} removes it. */
    public static void setSerializer(Serializer value) {
        serializer = value;
    }

    /** Sets the class-level deserializer; {@code null} removes it. */
    public static void setDeserializer(Serializer value) {
        deserializer = value;
    }
}
