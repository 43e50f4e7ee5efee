package io.spikesdk.testkit.internal.cluster;

import io.spikesdk.core.internal.protocol.Proto;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which nodes own each of the 4096 partitions: column 0 is the master, columns 1.. the replicas.
 *
 * <p>Like the real server, each partition orders the live nodes by a hash of (node id, partition
 * id) — its succession list — and the first {@code min(RF, nodes)} own it, the replicas preferring
 * racks not used yet. A departing node therefore only moves the partitions it owned, and a joining
 * node only takes the partitions where it ranks among the first. Immutable.
 */
public final class PartitionTable {
    /** No owners at all (before the first rebalance). */
    public static final PartitionTable EMPTY = new PartitionTable(new long[Proto.PARTITIONS][0]);

    private final long[][] owners;

    private PartitionTable(long[][] owners) {
        this.owners = owners;
    }

    /** The balanced assignment of every partition to {@code members} with {@code replicationFactor} copies. */
    public static PartitionTable assign(List<ClusterMember> members, int replicationFactor) {
        int copies = Math.min(replicationFactor, members.size());
        long[][] owners = new long[Proto.PARTITIONS][];
        for (int pid = 0; pid < Proto.PARTITIONS; pid++) {
            owners[pid] = ownersOf(pid, members, copies);
        }
        return new PartitionTable(owners);
    }

    private static long[] ownersOf(int pid, List<ClusterMember> members, int copies) {
        long[] scores = new long[members.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = score(members.get(i).nodeId(), pid);
        }
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> scores[x] != scores[y] ? Long.compare(scores[y], scores[x])
                : Long.compare(members.get(x).nodeId(), members.get(y).nodeId()));
        List<ClusterMember> succession = new ArrayList<>(order.length);
        for (int i : order) {
            succession.add(members.get(i));
        }
        long[] owners = new long[copies];
        boolean[] taken = new boolean[succession.size()];
        Set<Integer> racks = new HashSet<>();
        int count = 0;
        for (int i = 0; i < succession.size() && count < copies; i++) {
            if (racks.add(succession.get(i).rack())) {
                taken[i] = true;
                count++;
            }
        }
        for (int i = 0; i < succession.size() && count < copies; i++) {
            if (!taken[i]) {
                taken[i] = true;
                count++;
            }
        }
        int column = 0;
        for (int i = 0; i < succession.size(); i++) {
            if (taken[i]) {
                owners[column++] = succession.get(i).nodeId();
            }
        }
        return owners;
    }

    /** A well-mixed 64-bit score of (node, partition) (murmur3 finalizer). */
    static long score(long nodeId, int pid) {
        long h = nodeId * 0x9E3779B97F4A7C15L + pid * 0xC2B2AE3D27D4EB4FL;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }

    /** Copies of each partition: min(RF, live nodes). */
    public int replicaCount() {
        return owners[0].length;
    }

    /** The node id in a column of a partition, or 0 when the column does not exist. */
    public long owner(int pid, int column) {
        long[] row = owners[pid];
        return column < row.length ? row[column] : 0;
    }

    /** The column a node holds for a partition, or -1 when it does not own it. */
    public int column(int pid, long nodeId) {
        long[] row = owners[pid];
        for (int c = 0; c < row.length; c++) {
            if (row[c] == nodeId) {
                return c;
            }
        }
        return -1;
    }

    /** The owners of a partition, master first (a copy). */
    public long[] owners(int pid) {
        return owners[pid].clone();
    }
}
