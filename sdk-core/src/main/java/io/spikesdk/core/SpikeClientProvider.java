package io.spikesdk.core;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.spi.ClientProvider;
import io.spikesdk.core.internal.SpikeClient;

/**
 * The sdk-core implementation of {@link ClientProvider}, found by {@code Aerospike.client(config)}
 * through {@code META-INF/services}. Creates a not yet connected synchronous client.
 */
public final class SpikeClientProvider implements ClientProvider {

    @Override
    public AerospikeClient create(ClientConfig config) {
        return new SpikeClient(config);
    }
}
