package io.spikesdk.testkit.internal.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The succession-list assignment: balanced, distinct owners, deterministic, minimal movement. */
class PartitionTableTest {
    private static List<ClusterMember> members(int n) {
        List<ClusterMember> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(new ClusterMember(0xBB9_0000_0000_0000L | ((i + 1L) << 32) | 0x11AC42L, "127.0.0.1", 3000 + i,
                    i % 2, Map.of(), null));
        }
        return list;
    }

    @Test
    void balancedWithDistinctOwners() {
        for (int n = 1; n <= 6; n++) {
            PartitionTable t = PartitionTable.assign(members(n), 3);
            assertEquals(Math.min(3, n), t.replicaCount());
            int[] masters = new int[n];
            List<ClusterMember> ms = members(n);
            for (int pid = 0; pid < 4096; pid++) {
                long[] owners = t.owners(pid);
                assertEquals(owners.length, java.util.Arrays.stream(owners).distinct().count());
                for (int i = 0; i < n; i++) {
                    if (owners[0] == ms.get(i).nodeId()) {
                        masters[i]++;
                    }
                }
            }
            for (int count : masters) {
                assertTrue(Math.abs(count - 4096.0 / n) < 4096.0 / n * 0.15, n + " nodes: " + count);
            }
        }
    }

    @Test
    void deterministicAndRemovingANodeMovesOnlyItsPartitions() {
        List<ClusterMember> four = members(4);
        PartitionTable before = PartitionTable.assign(four, 2);
        PartitionTable again = PartitionTable.assign(members(4), 2);
        for (int pid = 0; pid < 4096; pid++) {
            assertArrayEquals(before.owners(pid), again.owners(pid));
        }
        ClusterMember gone = four.get(2);
        PartitionTable after = PartitionTable.assign(List.of(four.get(0), four.get(1), four.get(3)), 2);
        for (int pid = 0; pid < 4096; pid++) {
            if (before.column(pid, gone.nodeId()) < 0) {
                assertArrayEquals(before.owners(pid), after.owners(pid), "partition " + pid);
            } else {
                assertEquals(-1, after.column(pid, gone.nodeId()));
            }
        }
    }

    @Test
    void replicasGoToAnotherRackWhenThereIsOne() {
        PartitionTable t = PartitionTable.assign(members(4), 2);
        List<ClusterMember> ms = members(4);
        for (int pid = 0; pid < 4096; pid++) {
            int rack0 = rackOf(ms, t.owner(pid, 0));
            int rack1 = rackOf(ms, t.owner(pid, 1));
            assertNotEquals(rack0, rack1);
        }
        assertEquals(0, PartitionTable.EMPTY.replicaCount());
        assertEquals(0, PartitionTable.EMPTY.owner(5, 0));
    }

    private static int rackOf(List<ClusterMember> ms, long id) {
        return ms.stream().filter(m -> m.nodeId() == id).findFirst().orElseThrow().rack();
    }
}
