package io.spikesdk.api;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cluster options of {@link ClientConfig} and the cluster value types. */
class ClusterApiTest {

    private static ClientConfig.Builder minimal() {
        return ClientConfig.builder().hosts(Host.of("127.0.0.1", 3000));
    }

    @Test
    void defaults() {
        ClientConfig c = minimal().build();
        assertFalse(c.rackAware());
        assertEquals(List.of(), c.rackIds());
        assertEquals(100, c.maxErrorRate());
        assertEquals(1, c.errorRateWindow());
        assertEquals(5, c.maxTendFailures());
        assertFalse(c.useServicesAlternate());
        assertNull(c.clusterListener());
    }

    @Test
    void settingsAreKeptAndCopied() {
        ClusterListener listener = new ClusterListener() {
        };
        ClientConfig c = minimal().rackAware(true).rackIds(3, 1).maxErrorRate(0).errorRateWindow(4).maxTendFailures(2)
                .useServicesAlternate(true).clusterListener(listener).build();
        ClientConfig copy = c.toBuilder().build();
        for (ClientConfig x : List.of(c, copy)) {
            assertTrue(x.rackAware());
            assertEquals(List.of(3, 1), x.rackIds());
            assertEquals(0, x.maxErrorRate());
            assertEquals(4, x.errorRateWindow());
            assertEquals(2, x.maxTendFailures());
            assertTrue(x.useServicesAlternate());
            assertSame(listener, x.clusterListener());
        }
        assertThrows(UnsupportedOperationException.class, () -> c.rackIds().add(5));
        assertTrue(c.toString().contains("rackIds=[3, 1]"), c.toString());
    }

    @Test
    void invalidSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> minimal().rackIds(-1));
        assertThrows(NullPointerException.class, () -> minimal().rackIds((int[]) null));
        assertThrows(IllegalArgumentException.class, () -> minimal().maxErrorRate(-1));
        assertThrows(IllegalArgumentException.class, () -> minimal().errorRateWindow(0));
        assertThrows(IllegalArgumentException.class, () -> minimal().maxTendFailures(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> minimal().rackAware(true).build());
        assertTrue(e.getMessage().contains("rackIds"), e.getMessage());
    }

    @Test
    void nodeInfoRacks() {
        NodeInfo none = new NodeInfo("A1", "10.0.0.1", 3000, true, null);
        assertEquals(NodeInfo.NO_RACK, none.rack());
        assertEquals(NodeInfo.NO_RACK, none.rack("test"));
        NodeInfo racked = new NodeInfo("A1", "10.0.0.1", 3000, false, Map.of("test", 2, "bar", 7));
        assertEquals(7, racked.rack(), "the first namespace in name order");
        assertEquals(2, racked.rack("test"));
        assertEquals("A1@10.0.0.1:3000 (inactive) racks {bar=7, test=2}", racked.toString());
        assertThrows(IllegalArgumentException.class, () -> new NodeInfo("", "h", 1, true, null));
    }

    @Test
    void statsTotals() {
        NodeInfo a = new NodeInfo("A", "h", 1, true, null);
        NodeInfo b = new NodeInfo("B", "h", 2, true, null);
        ClusterStats stats = new ClusterStats(List.of(new ClusterStats.NodeStats(a, 1, 2, 10, 3, 4),
                new ClusterStats.NodeStats(b, 5, 6, 20, 7, 8)));
        assertEquals(6, stats.connectionsInUse());
        assertEquals(8, stats.connectionsIdle());
        assertEquals(30, stats.commands());
        assertEquals(10, stats.errors());
        assertEquals(12, stats.timeouts());
    }
}
