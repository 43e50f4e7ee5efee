package io.spikesdk.api;

import java.util.List;

/**
 * Connection and command counters of every node the client routes to, taken at one moment
 * ({@link ClusterView#stats()}). Counters start at 0 when the client adds the node.
 *
 * @param nodes one entry per node, in the order of {@link ClusterView#nodes()}
 */
public record ClusterStats(List<NodeStats> nodes) {

    /** Copies the list. */
    public ClusterStats {
        nodes = List.copyOf(nodes);
    }

    /**
     * The counters of one node.
     *
     * @param node the node
     * @param connectionsInUse pooled connections borrowed by a command right now
     * @param connectionsIdle pooled connections open and waiting for a command
     * @param commands attempts sent to the node (a retried command counts once per attempt)
     * @param errors attempts that failed without a timeout: connection or I/O errors, retryable server
     *     codes (KEY_BUSY, DEVICE_OVERLOAD, PARTITION_UNAVAILABLE) and attempts refused by the circuit breaker
     *     ({@link ResultCode#MAX_ERROR_RATE})
     * @param timeouts attempts that timed out, client-side or with the server's TIMEOUT code
     */
    public record NodeStats(NodeInfo node, int connectionsInUse, int connectionsIdle, long commands, long errors,
                            long timeouts) {
    }

    /** Connections in use over all nodes. */
    public int connectionsInUse() {
        return nodes.stream().mapToInt(NodeStats::connectionsInUse).sum();
    }

    /** Idle connections over all nodes. */
    public int connectionsIdle() {
        return nodes.stream().mapToInt(NodeStats::connectionsIdle).sum();
    }

    /** Attempts sent over all nodes. */
    public long commands() {
        return nodes.stream().mapToLong(NodeStats::commands).sum();
    }

    /** Failed attempts (without timeouts) over all nodes. */
    public long errors() {
        return nodes.stream().mapToLong(NodeStats::errors).sum();
    }

    /** Timed-out attempts over all nodes. */
    public long timeouts() {
        return nodes.stream().mapToLong(NodeStats::timeouts).sum();
    }
}
