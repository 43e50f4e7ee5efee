package io.spikesdk.api;

/**
 * What a write does with a value that has no native Aerospike type (anything but integers, doubles, strings,
 * {@code byte[]}, booleans, lists, maps and {@link GeoJson}), at the top level or nested in a list or map.
 *
 * <p>Set per call on the policy, with a default in the client config. The spec's {@code SERIALIZER_*}
 * constants map one to one. Reading does not depend on the mode but on the stored particle type: a Java blob
 * goes through the built-in serializer, a generic blob through the instance-level deserializer, else the
 * class-level one, else it comes back as {@code byte[]}.
 *
 * @since 0.1
 */
public enum SerializerMode {

    /**
     * The spec's {@code SERIALIZER_PYTHON} (its default, cPickle): Java serialization by the {@code java}
     * serializer jar, which must be on the classpath, stored as the Java-blob particle type. Reads
     * deserialize only the classes on that serializer's allow-list; with none configured, nothing.
     */
    BUILTIN,

    /**
     * The spec's {@code SERIALIZER_USER}: the client's instance-level serializer ({@code ClientConfig.serializer}),
     * else the class-level one ({@code Aerospike.setSerializer}), else a {@link SerializationException};
     * stored as a generic blob.
     */
    USER,

    /**
     * The spec's {@code SERIALIZER_NONE}: an unsupported type fails with a {@link SerializationException}
     * and nothing is written.
     */
    NONE
}
