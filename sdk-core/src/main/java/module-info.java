/**
 * The client implementation, found through {@link io.spikesdk.api.spi.ClientProvider}; applications need it
 * at run time only.
 */
module io.spikesdk.core {
    requires transitive io.spikesdk.api;
    requires io.spikesdk.cdt;
    requires org.slf4j;
    // optional: only the adapters in io.spikesdk.core.metrics use them
    requires static micrometer.core;
    requires static io.opentelemetry.api;
    requires static io.opentelemetry.context;

    exports io.spikesdk.core;
    exports io.spikesdk.core.metrics;
    exports io.spikesdk.core.internal.protocol to io.spikesdk.testkit;

    provides io.spikesdk.api.spi.ClientProvider with io.spikesdk.core.SpikeClientProvider;
}
