package io.spikesdk.cdt;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.ResultCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CtxTest {

    @Test
    void idsAreTheServerContextTypes() {
        assertEquals(0x10, CTX.listIndex(1).id());
        assertEquals(0x11, CTX.listRank(1).id());
        assertEquals(0x13, CTX.listValue(1).id());
        assertEquals(0x20, CTX.mapIndex(1).id());
        assertEquals(0x21, CTX.mapRank(1).id());
        assertEquals(0x22, CTX.mapKey("k").id());
        assertEquals(0x23, CTX.mapValue(1).id());
        assertEquals(0x50, CTX.listIndexCreate(0, ListOrder.UNORDERED, false).id());
        assertEquals(0x90, CTX.listIndexCreate(0, ListOrder.UNORDERED, true).id());
        assertEquals(0xD0, CTX.listIndexCreate(0, ListOrder.ORDERED, false).id());
        assertEquals(0xD0, CTX.listIndexCreate(0, ListOrder.ORDERED, true).id());
        assertEquals(0x62, CTX.mapKeyCreate("k", MapOrder.UNORDERED).id());
        assertEquals(0xA2, CTX.mapKeyCreate("k", MapOrder.KEY_ORDERED).id());
        assertEquals(0xE2, CTX.mapKeyCreate("k", MapOrder.KEY_VALUE_ORDERED).id());
    }

    @Test
    void bytesAndBase64MatchTheOfficialClient() {
        for (Samples.CtxPair pair : Samples.CTXS) {
            assertEquals(Official.HEX.formatHex(com.aerospike.client.cdt.CTX.toBytes(pair.theirs())),
                Official.HEX.formatHex(CTX.toBytes(pair.ours())), pair.name());
            assertEquals(com.aerospike.client.cdt.CTX.toBase64(pair.theirs()), CTX.toBase64(pair.ours()), pair.name());
        }
    }

    @Test
    void fromBytesRestoresWhatToBytesWrote() {
        CTX[] ctx = {CTX.listIndex(-1), CTX.mapKey("k"), CTX.mapValue(new byte[] {1, 2}),
            CTX.listIndexCreate(3, ListOrder.UNORDERED, true), CTX.mapKeyCreate(7L, MapOrder.KEY_ORDERED),
            CTX.listValue(List.of(1L, "a"))};
        assertArrayEquals(ctx, CTX.fromBytes(CTX.toBytes(ctx)));
        assertArrayEquals(ctx, CTX.fromBase64(CTX.toBase64(ctx)));
        com.aerospike.client.cdt.CTX[] theirs = com.aerospike.client.cdt.CTX.fromBase64(CTX.toBase64(ctx));
        assertEquals(ctx.length, theirs.length);
        for (int i = 0; i < ctx.length; i++) {
            assertEquals(ctx[i].id(), theirs[i].id);
        }
    }

    @Test
    void malformedBytesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> CTX.fromBytes(new byte[] {(byte) 0x91, 0x10}));
        assertThrows(IllegalArgumentException.class, () -> CTX.fromBytes(new byte[] {(byte) 0x92, (byte) 0xa2, 0x03, 0x61, 0x01}));
        assertThrows(IllegalArgumentException.class, () -> CTX.fromBytes(new byte[] {0x05}));
        AerospikeException truncated = assertThrows(AerospikeException.class, () -> CTX.fromBytes(new byte[] {(byte) 0x92, 0x10}));
        assertEquals(ResultCode.PARSE_ERROR, truncated.resultCode());
    }

    @Test
    void valueSemantics() {
        assertEquals(CTX.mapKey(new byte[] {1}), CTX.mapKey(new byte[] {1}));
        assertEquals(CTX.mapKey(new byte[] {1}).hashCode(), CTX.mapKey(new byte[] {1}).hashCode());
        assertNotEquals(CTX.mapKey("a"), CTX.mapValue("a"));
        assertEquals("CTX{0x22, k}", CTX.mapKey("k").toString());
    }

    @Test
    void nullContextLevelIsANullPointer() {
        assertThrows(NullPointerException.class, () -> ListOperations.size("l", CTX.listIndex(0), null));
    }

    @Test
    void nullContextArrayMeansNoContext() {
        assertArrayEquals(((io.spikesdk.api.Value.BytesValue) ListOperations.size("l").value()).value(),
            ((io.spikesdk.api.Value.BytesValue) ListOperations.size("l", (CTX[]) null).value()).value());
    }
}
