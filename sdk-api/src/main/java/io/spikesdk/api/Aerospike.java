package io.spikesdk.api;

import io.spikesdk.api.internal.ClassSerializers;
import io.spikesdk.api.internal.ClientProviders;
import io.spikesdk.api.internal.LogBridge;
import io.spikesdk.api.spi.ClientProvider;
import io.spikesdk.api.spi.Serializer;

/**
 * Entry point of the SDK: creates clients and controls SDK logging.
 *
 * <pre>{@code
 * try (AerospikeClient client = Aerospike.client(config).connect()) { ... }
 * }</pre>
 */
public final class Aerospike {

    private Aerospike() {
    }

    /**
     * A new, not yet connected client, created by the {@link ClientProvider} found on the classpath
     * (the {@code sdk-core} jar).
     *
     * @throws NullPointerException if {@code config} is null
     * @throws AerospikeException with {@link ResultCode#CLIENT_ERROR} when no implementation is on the classpath
     */
    public static AerospikeClient client(ClientConfig config) {
        if (config == null) {
            throw new NullPointerException("config must not be null: build one with ClientConfig.builder()");
        }
        ClientProvider provider = ClientProviders.find(Aerospike.class.getClassLoader());
        AerospikeClient client = provider.create(config);
        if (client == null) {
            throw AerospikeException.create(ResultCode.CLIENT_ERROR,
                "client provider " + provider.getClass().getName() + " returned no client", null, false, 0);
        }
        return client;
    }

    /**
     * Sets the threshold of messages passed to the {@linkplain #setLogHandler log handler}
     * (spec {@code LOG_LEVEL_*}). Default: {@link LogLevel#WARN}. SLF4J logging of {@code sdk-core} is
     * configured separately, by the SLF4J binding.
     *
     * @throws NullPointerException if {@code level} is null
     */
    public static void setLogLevel(LogLevel level) {
        LogBridge.setLevel(level);
    }

    /** Sets the handler that receives SDK log messages; {@code null} removes it. Default: none. */
    public static void setLogHandler(LogHandler handler) {
        LogBridge.setHandler(handler);
    }

    /**
     * Sets the class-level serializer (spec {@code aerospike.set_serializer}): in {@link SerializerMode#USER}, a
     * value without an Aerospike type is written with {@code serializer.serialize} by every client that has
     * no instance-level serializer ({@link ClientConfig.Builder#serializer(Serializer)}), and stored as a
     * generic blob. Takes effect on the next call of every client. Default: none.
     *
     * @throws NullPointerException if {@code serializer} is null (use {@link #unsetSerializers()})
     */
    public static void setSerializer(Serializer serializer) {
        ClassSerializers.setSerializer(Policy.Builder.nonNull(serializer, "serializer"));
    }

    /**
     * Sets the class-level deserializer (spec {@code aerospike.set_deserializer}): generic-blob bins read by a
     * client without an instance-level serializer are decoded with {@code deserializer.deserialize};
     * bytes it cannot decode stay {@code byte[]}. Default: none (generic blobs are returned as {@code byte[]}).
     *
     * @throws NullPointerException if {@code deserializer} is null (use {@link #unsetSerializers()})
     */
    public static void setDeserializer(Serializer deserializer) {
        ClassSerializers.setDeserializer(Policy.Builder.nonNull(deserializer, "deserializer"));
    }

    /** Removes the class-level serializer and deserializer (spec {@code aerospike.unset_serializers}). */
    public static void unsetSerializers() {
        ClassSerializers.setSerializer(null);
        ClassSerializers.setDeserializer(null);
    }
}
