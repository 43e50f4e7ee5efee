/** The Jackson (JSON) serializer, offered through {@link io.spikesdk.api.spi.SerializerProvider}. */
module io.spikesdk.serializer.jackson {
    requires transitive io.spikesdk.api;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    exports io.spikesdk.serializer.jackson;

    provides io.spikesdk.api.spi.SerializerProvider with io.spikesdk.serializer.jackson.JacksonSerializerProvider;
}
