/** The Java-serialization serializer, offered through {@link io.spikesdk.api.spi.SerializerProvider}. */
module io.spikesdk.serializer.java {
    requires transitive io.spikesdk.api;

    exports io.spikesdk.serializer.java;

    provides io.spikesdk.api.spi.SerializerProvider with io.spikesdk.serializer.java.JavaSerializerProvider;
}
