package io.spikesdk.core.internal.serial;

import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Policy;
import io.spikesdk.api.SerializationException;
import io.spikesdk.api.SerializerMode;
import io.spikesdk.api.Value;
import io.spikesdk.api.internal.ClassSerializers;
import io.spikesdk.api.internal.Serializers;
import io.spikesdk.api.internal.StoredBlob;
import io.spikesdk.api.spi.Serializer;
import io.spikesdk.cdt.internal.msgpack.MsgPackReader;
import io.spikesdk.cdt.internal.msgpack.MsgPackWriter;
import io.spikesdk.core.internal.Log;
import io.spikesdk.api.ParticleType;
import io.spikesdk.api.internal.ApiAccess;
import io.spikesdk.api.internal.UnsupportedTypes;

/**
 * One client's serialization (docs/architecture.md §3), resolved at {@code connect()}.
 *
 * <p>Writes: a value without an Aerospike type goes to the fallback of the call's mode (the policy's, else
 * the config's): BUILTIN ⇒ the {@code java} provider, Java-blob particle 7; USER ⇒ the instance-level
 * serializer, else the class-level one, generic-blob particle 4; NONE ⇒ {@link SerializationException}. The
 * three fallbacks are built once, so a call allocates nothing to choose one.
 *
 * <p>Reads: particle 7 ⇒ the built-in serializer; particle 4 ⇒ the instance-level deserializer, else the
 * class-level one; else, or when decoding fails, the raw {@code byte[]}. Nested blobs in lists and maps
 * follow the same rules. Immutable and thread-safe (class-level serializers are read on each use).
 */
public final class Serialization {

    /** No serializers at all: unsupported values fail, blobs stay {@code byte[]} (callers without a client). */
    public static final Serialization DISABLED = new Serialization(false, SerializerMode.NONE, null, null, null);

    private static final Log LOG = Log.named("serializer");

    private final boolean enabled;
    private final SerializerMode defaultMode;
    private final Serializer builtin;
    private final String builtinMissing;
    private final Serializer instanceLevel;
    private final MsgPackWriter.Fallback builtinFallback = this::builtinBlob;
    private final MsgPackWriter.Fallback userFallback = this::userBlob;
    private final MsgPackWriter.Fallback noneFallback = Serialization::refuse;
    private final MsgPackReader.BlobDecoder nestedDecoder = this::decodeNested;

    private Serialization(boolean enabled, SerializerMode defaultMode, Serializer builtin, String builtinMissing,
                          Serializer instanceLevel) {
        this.enabled = enabled;
        this.defaultMode = defaultMode;
        this.builtin = builtin;
        this.builtinMissing = builtinMissing;
        this.instanceLevel = instanceLevel;
    }

    /** Resolves the config against the serializer jars on the classpath. */
    public static Serialization resolve(ClientConfig config) {
        return resolve(config, Serializers.installed());
    }

    /**
     * Resolves the config against {@code serializers}.
     *
     * @throws SerializationException when the configured serializer name is not provided (listing the
     *     available names) or a provider rejects its options
     */
    public static Serialization resolve(ClientConfig config, Serializers serializers) {
        Serializer instance = config.serializerInstance();
        if (instance == null) {
            String name = Serializers.resolveName(config.serializerName());
            if (name != null) {
                instance = serializers.create(name, config.serializerOptions());
            }
        }
        Serializer builtin = null;
        String missing = null;
        if (serializers.has(Serializers.BUILTIN)) {
            builtin = serializers.create(Serializers.BUILTIN, config.builtinSerializerOptions());
        } else {
            missing = "the built-in serializer is not on the classpath: add io.spikesdk:sdk-serializer-java";
        }
        return new Serialization(true, config.serializerMode(), builtin, missing, instance);
    }

    /** The write fallback for a call with {@code policy}. */
    public MsgPackWriter.Fallback fallback(Policy policy) {
        if (!enabled) {
            return MsgPackWriter.NO_SERIALIZER;
        }
        SerializerMode mode = policy.serializerMode() != null ? policy.serializerMode() : defaultMode;
        switch (mode) {
            case BUILTIN:
                return builtinFallback;
            case USER:
                return userFallback;
            default:
                return noneFallback;
        }
    }

    /** The decoder for blobs nested in lists and maps, or {@code null} when they stay {@code byte[]}. */
    public MsgPackReader.BlobDecoder nestedDecoder() {
        return enabled ? nestedDecoder : null;
    }

    /** Applies the read rules to a top-level blob bin of {@code particleType}. */
    public DecodedBlob decodeBin(int particleType, byte[] bytes) {
        if (!enabled || (particleType != ParticleType.JAVA_BLOB && particleType != ParticleType.BLOB)) {
            return new DecodedBlob(bytes, null);
        }
        Serializer deserializer = deserializerFor(particleType);
        if (deserializer == null) {
            SerializationException missing = particleType == ParticleType.JAVA_BLOB
                ? new SerializationException("the bin holds a Java-serialized value but " + builtinMissing) : null;
            return new DecodedBlob(bytes, missing == null ? null : new StoredBlob(bytes, particleType, null, missing));
        }
        try {
            return new DecodedBlob(deserialize(deserializer, bytes), new StoredBlob(bytes, particleType, deserializer, null));
        } catch (SerializationException e) {
            debugFailure(particleType, e);
            return new DecodedBlob(bytes, new StoredBlob(bytes, particleType, deserializer, e));
        }
    }

    private Object decodeNested(int particleType, byte[] bytes) {
        if (particleType != ParticleType.JAVA_BLOB && particleType != ParticleType.BLOB) {
            return bytes;
        }
        Serializer deserializer = deserializerFor(particleType);
        if (deserializer == null) {
            return bytes;
        }
        try {
            return deserialize(deserializer, bytes);
        } catch (SerializationException e) {
            debugFailure(particleType, e);
            return bytes;
        }
    }

    private Serializer deserializerFor(int particleType) {
        if (particleType == ParticleType.JAVA_BLOB) {
            return builtin;
        }
        return instanceLevel != null ? instanceLevel : ClassSerializers.deserializer();
    }

    private static Object deserialize(Serializer deserializer, byte[] bytes) {
        try {
            return deserializer.deserialize(bytes);
        } catch (SerializationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SerializationException("deserializer " + deserializer + " failed: " + e, null, false, 0, e);
        }
    }

    private Value.BytesValue builtinBlob(Object value) {
        if (builtin == null) {
            throw new SerializationException("cannot store a " + value.getClass().getName() + " with SerializerMode.BUILTIN: "
                + builtinMissing + ", or use SerializerMode.USER with a serializer");
        }
        return ApiAccess.owningBytes(serialize(builtin, value), ParticleType.JAVA_BLOB);
    }

    private Value.BytesValue userBlob(Object value) {
        Serializer serializer = instanceLevel != null ? instanceLevel : ClassSerializers.serializer();
        if (serializer == null) {
            throw new SerializationException("cannot store a " + value.getClass().getName() + " with SerializerMode.USER:"
                + " no serializer is set: configure ClientConfig.builder().serializer(...) or call Aerospike.setSerializer(...)");
        }
        return ApiAccess.owningBytes(serialize(serializer, value), ParticleType.BLOB);
    }

    private static Value.BytesValue refuse(Object value) {
        throw new SerializationException(UnsupportedTypes.message(value) + " (SerializerMode.NONE)");
    }

    private static byte[] serialize(Serializer serializer, Object value) {
        byte[] bytes;
        try {
            bytes = serializer.serialize(value);
        } catch (SerializationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SerializationException("serializer " + serializer + " failed on a " + value.getClass().getName()
                + ": " + e, null, false, 0, e);
        }
        if (bytes == null) {
            throw new SerializationException("serializer " + serializer + " returned null for a " + value.getClass().getName());
        }
        return bytes;
    }

    private static void debugFailure(int particleType, SerializationException e) {
        if (LOG.debugEnabled()) {
            LOG.debug("blob of particle type " + particleType + " left as bytes: " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "Serialization[mode=" + defaultMode + ", builtin=" + builtin + ", instance=" + instanceLevel + "]";
    }
}
