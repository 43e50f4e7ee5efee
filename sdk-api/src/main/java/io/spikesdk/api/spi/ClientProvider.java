package io.spikesdk.api.spi;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.ClientConfig;

/**
 * Creates clients; implemented by {@code sdk-core} and found by {@link java.util.ServiceLoader}
 * through {@code META-INF/services/io.spikesdk.api.spi.ClientProvider}.
 *
 * <p>Implementations need a public no-argument constructor.
 */
public interface ClientProvider {

    /** A new, not yet connected client for {@code config}; never {@code null}. */
    AerospikeClient create(ClientConfig config);
}
