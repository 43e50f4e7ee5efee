/**
 * The client implementation, found through {@link io.spikesdk.api.spi.ClientProvider}; applications need it
 * at run time only.
 */
// jbcrypt is an automatic module; the qualified exports name modules built after this one
@SuppressWarnings({"requires-automatic", "module"})
module io.spikesdk.core {
    requires transitive io.spikesdk.api;
    requires io.spikesdk.cdt;
    requires org.slf4j;
    requires jbcrypt;
    requires java.naming; // LdapName reads the subject of a TLS server certificate
    // optional: only the adapters in io.spikesdk.core.metrics use them
    requires static micrometer.core;
    requires static io.opentelemetry.api;
    requires static io.opentelemetry.context;

    exports io.spikesdk.core;
    exports io.spikesdk.core.metrics;
    exports io.spikesdk.core.internal.protocol to io.spikesdk.testkit;
    exports io.spikesdk.core.internal.security to io.spikesdk.testkit, io.spikesdk.admin;
    exports io.spikesdk.core.internal.tls to io.spikesdk.testkit;

    provides io.spikesdk.api.spi.ClientProvider with io.spikesdk.core.SpikeClientProvider;
}
