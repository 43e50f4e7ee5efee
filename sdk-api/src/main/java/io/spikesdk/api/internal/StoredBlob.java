package io.spikesdk.api.internal;

import io.spikesdk.api.SerializationException;
import io.spikesdk.api.spi.Serializer;

/**
 * A blob bin as read, kept by {@link io.spikesdk.api.Record} so that {@code getObject(bin, type)} can bind the
 * raw bytes to a type: the bytes, their particle type, the deserializer the read rules picked for them, and
 * why the untyped decode failed when it did. Built by {@code sdk-core}.
 */
public final class StoredBlob {

    private final byte[] bytes;
    private final int particleType;
    private final Serializer deserializer;
    private final SerializationException failure;

    /**
     * @param bytes the stored bytes (not copied)
     * @param particleType 4 (generic blob) or 7 (Java blob)
     * @param deserializer the deserializer for these bytes, or {@code null} when none applies
     * @param failure why decoding failed (the bin then holds the raw bytes), or {@code null}
     */
    public StoredBlob(byte[] bytes, int particleType, Serializer deserializer, SerializationException failure) {
        this.bytes = bytes;
        this.particleType = particleType;
        this.deserializer = deserializer;
        this.failure = failure;
    }

    /** The stored bytes (not a copy). */
    public byte[] bytes() {
        return bytes;
    }

    /** The particle type. */
    public int particleType() {
        return particleType;
    }

    /** The deserializer the read rules picked, or {@code null}. */
    public Serializer deserializer() {
        return deserializer;
    }

    /** Why the untyped decode failed, or {@code null}. */
    public SerializationException failure() {
        return failure;
    }
}
