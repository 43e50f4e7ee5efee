package io.spikesdk.core.internal.cluster;

import io.spikesdk.api.ClientConfig;
import io.spikesdk.core.internal.SpikeClient;

import java.util.function.UnaryOperator;

/** Lets tests of other packages build a connected client the way {@link TendingTest} does. */
public final class TendingTestAccess {
    private TendingTestAccess() {
    }

    /** A connected client seeded with {@code 127.0.0.1:seedPort}, tending only when the test calls tend(). */
    public static SpikeClient client(int seedPort, UnaryOperator<ClientConfig.Builder> more) {
        return TendingTest.client(seedPort, more);
    }
}
