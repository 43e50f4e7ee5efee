package io.spikesdk.core.internal.cluster;

import io.spikesdk.api.Replica;

import java.util.List;

/**
 * Picks the node of one attempt from a partition's owners (column 0 = master, then the replicas).
 *
 * <ul>
 *   <li>{@code MASTER}: the master, on every attempt.</li>
 *   <li>{@code SEQUENCE}: the active owners in column order; attempt {@code n} takes the {@code n}-th
 *       (modulo their count), so a retry moves to the next replica.</li>
 *   <li>{@code ANY}: as SEQUENCE from a per-command rotating start (the caller adds it to the sequence).</li>
 *   <li>{@code PREFER_RACK}: as SEQUENCE over the owners ordered by the client's racks (owners on the first
 *       configured rack, then the second, ..., then the others), when the client is rack-aware.</li>
 * </ul>
 * Writes go to the master for {@code MASTER}/{@code ANY} and follow {@code SEQUENCE} otherwise (a
 * non-master node proxies them), as the official client does.
 */
final class Router {
    private final List<Integer> rackIds;

    /** @param rackIds the client's racks in preference order; empty when not rack-aware */
    Router(List<Integer> rackIds) {
        this.rackIds = rackIds;
    }

    /** The node for attempt {@code sequence}, or {@code null} when no active node owns the partition. */
    Node select(PartitionMap.Partitions partitions, String namespace, int pid, Replica replica, boolean write,
                int sequence) {
        int columns = partitions.replicaCount();
        if (columns == 0) {
            return null;
        }
        boolean masterOnly = replica == Replica.MASTER || (write && replica == Replica.ANY) || columns == 1;
        if (masterOnly) {
            Node master = partitions.node(0, pid);
            return master != null && master.isActive() ? master : null;
        }
        Node[] owners = new Node[columns];
        int count = 0;
        if (replica == Replica.PREFER_RACK && !write && !rackIds.isEmpty()) {
            for (int rack : rackIds) {
                count = collect(partitions, pid, owners, count, namespace, rack);
            }
        }
        count = collect(partitions, pid, owners, count, null, 0);
        if (count == 0) {
            return null;
        }
        return owners[Math.floorMod(sequence, count)];
    }

    /** Appends the active owners not yet collected; with a namespace, only those on {@code rack}. */
    private static int collect(PartitionMap.Partitions partitions, int pid, Node[] owners, int count, String namespace,
                               int rack) {
        for (int column = 0; column < partitions.replicaCount(); column++) {
            Node node = partitions.node(column, pid);
            if (node == null || !node.isActive() || contains(owners, count, node)) {
                continue;
            }
            if (namespace == null || node.rack(namespace) == rack) {
                owners[count++] = node;
            }
        }
        return count;
    }

    private static boolean contains(Node[] owners, int count, Node node) {
        for (int i = 0; i < count; i++) {
            if (owners[i] == node) {
                return true;
            }
        }
        return false;
    }
}
