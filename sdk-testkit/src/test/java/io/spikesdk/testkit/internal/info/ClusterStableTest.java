package io.spikesdk.testkit.internal.info;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterStableTest {
    private static final TopologyView VIEW = new SingleNodeTopology(
            new NodeIdentity(0xBB9000112345678L, "127.0.0.1", 3000, "", 0));
    private static final List<String> NAMESPACES = List.of("test", "bar");

    private static String stable(String params) {
        return ClusterAnswers.clusterStable(VIEW, NAMESPACES, params);
    }

    @Test
    void answersTheClusterKeyWhenEveryConditionHolds() {
        String key = VIEW.clusterKey();
        assertEquals(key, stable(""));
        assertEquals(key, stable("size=1"));
        assertEquals(key, stable("namespace=test"));
        assertEquals(key, stable("size=1;ignore-migrations=false;namespace=bar"));
        assertEquals(key, stable("ignore-migrations=true;namespace=nosuch"), "the namespace is only read for migrations");
    }

    @Test
    void answersTheServersErrors() {
        assertEquals("ERROR:7:cluster not specified size", stable("size=2"));
        assertEquals("ERROR:4:bad size", stable("size=x"));
        assertEquals("ERROR:4:missing 'size' value", stable("size="));
        assertEquals("ERROR:4:'size' value too long", stable("size=1000"));
        assertEquals("ERROR:4:bad ignore migrations", stable("ignore-migrations=yes"));
        assertEquals("ERROR:20:namespace not found on node", stable("namespace=nosuch"));
    }
}
