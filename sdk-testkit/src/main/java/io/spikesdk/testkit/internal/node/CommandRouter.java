package io.spikesdk.testkit.internal.node;

import io.spikesdk.testkit.internal.record.RecordService;
import java.util.function.Consumer;

/** Decides which node executes a single-record command: this one, or the partition owner (a proxy). */
public interface CommandRouter {
    /**
     * Runs {@code command} on the record service of the node that serves it.
     *
     * @param partitionId the record's partition
     * @param masterOnly true when only the master may serve it (writes, deletes, read-touch reads);
     *     false when a replica may serve it too (reads)
     * @param command the execution, given the serving node's record service
     * @return the node id of the node that served it, or null (command not run) when no live node
     *     owns the partition
     */
    String execute(int partitionId, boolean masterOnly, Consumer<RecordService> command);

    /** Whether this node is the partition's master, the one node that serves it to scans and queries. */
    default boolean isMaster(int partitionId) {
        return true;
    }

    /** A router for a standalone node: everything is served locally. */
    static CommandRouter local(String nodeId, RecordService records) {
        return (partitionId, masterOnly, command) -> {
            command.accept(records);
            return nodeId;
        };
    }
}
