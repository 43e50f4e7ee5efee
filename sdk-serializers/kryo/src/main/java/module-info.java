/** The Kryo serializer, offered through {@link io.spikesdk.api.spi.SerializerProvider}. */
module io.spikesdk.serializer.kryo {
    requires transitive io.spikesdk.api;
    requires com.esotericsoftware.kryo;
    requires org.objenesis;

    exports io.spikesdk.serializer.kryo;

    provides io.spikesdk.api.spi.SerializerProvider with io.spikesdk.serializer.kryo.KryoSerializerProvider;
}
