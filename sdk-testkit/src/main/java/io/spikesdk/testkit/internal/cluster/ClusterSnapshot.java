package io.spikesdk.testkit.internal.cluster;

import java.util.List;
import java.util.Locale;

/**
 * The cluster at one generation: its live members (in join order), the partition table and the
 * generation counters the info protocol reports. Immutable.
 *
 * @param members live nodes
 * @param table partition ownership among {@code members}
 * @param generation bumped on every membership change (peers, partition and rebalance generations)
 */
public record ClusterSnapshot(List<ClusterMember> members, PartitionTable table, long generation) {

    public ClusterSnapshot {
        members = List.copyOf(members);
    }

    /** Before any node joined. */
    static ClusterSnapshot empty() {
        return new ClusterSnapshot(List.of(), PartitionTable.EMPTY, 0);
    }

    /** The live member with this id, or null. */
    public ClusterMember member(long nodeId) {
        for (ClusterMember m : members) {
            if (m.nodeId() == nodeId) {
                return m;
            }
        }
        return null;
    }

    /** The principal: the live node with the highest id (as the real cluster elects it), or 0. */
    public long principal() {
        return members.stream().mapToLong(ClusterMember::nodeId).max().orElse(0);
    }

    /** A hex key that changes with every membership change. */
    public String clusterKey() {
        long h = generation * 0x9E3779B97F4A7C15L;
        for (ClusterMember m : members) {
            h = Long.rotateLeft(h ^ m.nodeId(), 27) * 0xC2B2AE3D27D4EB4FL;
        }
        return Long.toHexString(h >>> 16).toUpperCase(Locale.ROOT);
    }
}
