/** TLS for the client's connections: the SSL context built from a {@link io.spikesdk.api.TlsPolicy} and the server certificate check. */
package io.spikesdk.core.internal.tls;
