package io.spikesdk.testkit.internal.info;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TruncateCommandsTest {
    @Test
    void lutIsReadAsCStrtoulBaseZero() {
        assertEquals(1_700_000_000_000_000_000L, TruncateCommands.strtoul("1700000000000000000"));
        assertEquals(16, TruncateCommands.strtoul("0x10"));
        assertEquals(8, TruncateCommands.strtoul("010"));
        assertEquals(0, TruncateCommands.strtoul("abc"));
        assertEquals(12, TruncateCommands.strtoul("12abc"));
        assertEquals(0, TruncateCommands.strtoul("0x"));
        assertEquals(-5, TruncateCommands.strtoul("-5"), "negation modulo 2^64, as C does");
        assertEquals(-1, TruncateCommands.strtoul("99999999999999999999"), "saturates at 2^64-1");
        assertEquals(7, TruncateCommands.strtoul("  +7"));
    }
}
