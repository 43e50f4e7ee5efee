package io.spikesdk.core.internal;

import io.spikesdk.core.internal.cluster.Cluster;

/** Test access to a client's cluster: the hook is package-private in {@link SpikeClient}, not public API. */
public final class ClientInternals {

    private ClientInternals() {
    }

    public static Cluster cluster(SpikeClient client) {
        return client.internalCluster();
    }
}
