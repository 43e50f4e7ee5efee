/** The Protocol Buffers serializer, offered through {@link io.spikesdk.api.spi.SerializerProvider}. */
module io.spikesdk.serializer.protobuf {
    requires transitive io.spikesdk.api;
    requires com.google.protobuf;

    exports io.spikesdk.serializer.protobuf;

    provides io.spikesdk.api.spi.SerializerProvider with io.spikesdk.serializer.protobuf.ProtobufSerializerProvider;
}
