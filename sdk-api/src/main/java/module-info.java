/**
 * The Spike SDK client API: the types an application programs against, and the SPIs that implementations
 * ({@code io.spikesdk.core}) and serializers plug in through {@link java.util.ServiceLoader}.
 */
// the qualified exports name modules built after this one
@SuppressWarnings("module")
module io.spikesdk.api {
    exports io.spikesdk.api;
    exports io.spikesdk.api.spi;
    exports io.spikesdk.api.metrics;
    exports io.spikesdk.api.internal to io.spikesdk.cdt, io.spikesdk.core;

    uses io.spikesdk.api.spi.ClientProvider;
    uses io.spikesdk.api.spi.SerializerProvider;
}
