/** The MessagePack serializer, offered through {@link io.spikesdk.api.spi.SerializerProvider}. */
module io.spikesdk.serializer.msgpack {
    requires transitive io.spikesdk.api;
    requires msgpack.core;
    requires jackson.dataformat.msgpack;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;

    exports io.spikesdk.serializer.msgpack;

    provides io.spikesdk.api.spi.SerializerProvider with io.spikesdk.serializer.msgpack.MsgPackSerializerProvider;
}
