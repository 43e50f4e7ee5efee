package io.spikesdk.testkit.internal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsistencyConfigTest {
    @Test
    void transactionSettingsChangeOnlyInStrongConsistencyNamespaces() {
        ConsistencyConfig sc = ConsistencyConfig.SC.with("mrt-duration", "30").with("disable-mrt-writes", "true");
        assertEquals(30, sc.mrtDurationSeconds());
        assertTrue(sc.disableMrtWrites());
        assertThrows(IllegalArgumentException.class, () -> ConsistencyConfig.AP.with("mrt-duration", "30"));
        assertThrows(IllegalArgumentException.class, () -> ConsistencyConfig.SC.with("mrt-duration", "0"));
        assertThrows(IllegalArgumentException.class, () -> ConsistencyConfig.SC.with("mrt-duration", "121"));
        assertTrue(ConsistencyConfig.handles("disable-mrt-writes"));
        assertFalse(ConsistencyConfig.handles("default-ttl"));
    }

    @Test
    void provisionalStatesReplicateMigrateAndResetWithTheStore() {
        ServerClock clock = new ServerClock(() -> 1_800_000_000_000L);
        List<Provisional> replicated = new java.util.ArrayList<>();
        ReplicaSink sink = new ReplicaSink() {
            @Override
            public void changed(String namespace, Digest digest, StoredRecord record) {
            }

            @Override
            public void provisionalChanged(String namespace, Digest digest, Provisional provisional) {
                replicated.add(provisional);
            }
        };
        NamespaceStore store = new NamespaceStore(new NamespaceConfig("test", 1024 * 1024, 0), ConsistencyConfig.SC,
                clock, sink, new IndexCatalog());
        Digest d = new Digest(new byte[Digest.SIZE]);
        Provisional p = new Provisional(7, null, 100);
        store.putProvisional(d, p);
        assertEquals(p, store.provisional(d));
        assertEquals(1, store.provisionalCount());
        assertEquals(Map.of(d, p), store.provisionals(d.partitionId()));
        store.replacePartition(d.partitionId(), Map.of(), Map.of());
        assertEquals(0, store.provisionalCount(), "a migrated partition brings its own locks");
        store.replacePartition(d.partitionId(), Map.of(), Map.of(d, p));
        assertEquals(p, store.provisional(d));
        store.removeProvisional(d);
        assertEquals(java.util.Arrays.asList(p, null), replicated);
        store.configureConsistency(c -> c.with("disable-mrt-writes", "true"));
        store.putProvisional(d, p);
        store.clear();
        assertEquals(0, store.provisionalCount());
        assertFalse(store.consistency().disableMrtWrites());
    }

    @Test
    void aRecordVersionChangesWithEveryWrite() {
        StoredRecord first = new StoredRecord(List.of(), 1, 0, 5_000, 0, null, null);
        StoredRecord sameMillisecond = new StoredRecord(List.of(), 2, 0, 5_000, 0, null, null);
        assertTrue(first.version() != sameMillisecond.version());
        assertTrue(first.version() < 1L << 56, "7 bytes");
    }
}
