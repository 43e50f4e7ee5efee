package io.spikesdk.benchmarks.load;

import io.spikesdk.api.Host;
import java.util.List;

/**
 * What both client adapters are configured from, so that they run with the same settings.
 *
 * @param hosts seeds
 * @param namespace namespace of every key
 * @param set set of every key
 * @param binNames bin names written by puts
 * @param timeoutMs socket and total timeout of reads and writes
 * @param maxConnsPerNode connection pool size per node (at least the thread count)
 */
public record ClientSettings(List<Host> hosts, String namespace, String set, String[] binNames, int timeoutMs,
                             int maxConnsPerNode) {

    public ClientSettings {
        hosts = List.copyOf(hosts);
        binNames = binNames.clone();
    }

    /** Bin names (a copy). */
    @Override
    public String[] binNames() {
        return binNames.clone();
    }
}
