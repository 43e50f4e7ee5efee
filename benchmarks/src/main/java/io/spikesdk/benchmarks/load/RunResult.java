package io.spikesdk.benchmarks.load;

import java.util.Map;

/**
 * What a {@link LoadRunner} run measured: every measured round of each client, added up.
 *
 * @param totals by client, in the order they first ran
 */
public record RunResult(Map<ClientKind, Measurement> totals) {

    public RunResult {
        totals = Map.copyOf(totals);
    }

    /** The totals of {@code client}; IllegalArgumentException when it did not run. */
    public Measurement of(ClientKind client) {
        Measurement m = totals.get(client);
        if (m == null) {
            throw new IllegalArgumentException(client.label() + " did not run");
        }
        return m;
    }
}
