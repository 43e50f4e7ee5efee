package io.spikesdk.testkit.internal.sindex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WyhashTest {
    /** BVAL fields a real 8.1.2.0 server sent for string-index queries, one per length class of the hash. */
    @Test
    void matchesTheRealServersBvals() {
        assertEquals(0xda3421757d70ae2dL, hash(""));
        assertEquals(0x67ab63d261577d4aL, hash("ab"));
        assertEquals(0xc61bef2379a85551L, hash("s5574"));
        assertEquals(0xb13778e729a6288bL, hash("abcdefghijklmnopq"));
        assertEquals(0xd426141a76f6df4aL, hash("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz0123456789"));
    }

    private static long hash(String s) {
        return Wyhash.hash(s.getBytes(StandardCharsets.UTF_8));
    }
}
