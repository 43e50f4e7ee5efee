package io.spikesdk.cdt.internal;

import io.spikesdk.api.Operation;
import io.spikesdk.api.Operations;
import io.spikesdk.api.Value;
import io.spikesdk.cdt.CTX;
import io.spikesdk.cdt.ListOperations;
import io.spikesdk.cdt.MapOperations;
import io.spikesdk.cdt.MapReturnType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PayloadInspectorTest {

    @Test
    void readsTheInnerOpCodeBehindContexts() {
        CTX[] deep = {CTX.mapKey("x".repeat(300)), CTX.listValue(List.of(1.5, new byte[70000])), CTX.mapIndex(-1)};
        assertEquals(MapOpCode.GET_BY_RANK_RANGE, opCode(MapOperations.getByRankRange("m", 1, 2, MapReturnType.KEY_VALUE, deep)));
        assertEquals(ListOpCode.SIZE, opCode(ListOperations.size("l", deep)));
        assertEquals(MapOpCode.PUT, opCode(MapOperations.put("m", "k", 1)));
        assertTrue(PayloadInspector.isMapOperation(MapOperations.clear("m", deep)));
        assertFalse(PayloadInspector.isMapOperation(ListOperations.clear("l", deep)));
    }

    @Test
    void otherOperationsAreNotMapOperations() {
        assertFalse(PayloadInspector.isMapOperation(Operations.get("b")));
        assertFalse(PayloadInspector.isMapOperation(Operations.put("b", 1)));
        assertFalse(PayloadInspector.isMapOperation(new Operation(Operation.Type.CDT_READ, "b", Value.of(5))));
    }

    @Test
    void malformedPayloadsNeverThrow() {
        Random random = new Random(42);
        for (int i = 0; i < 20000; i++) {
            byte[] bytes = new byte[random.nextInt(12)];
            random.nextBytes(bytes);
            if (bytes.length > 0 && random.nextBoolean()) {
                bytes[0] = (byte) 0x93;
            }
            int code = PayloadInspector.opCode(bytes);
            assertTrue(code >= -1 && code <= 0xFF);
        }
        assertEquals(-1, PayloadInspector.opCode(new byte[0]));
        assertEquals(-1, PayloadInspector.opCode(new byte[] {(byte) 0x93, (byte) 0xcc, (byte) 0xff, (byte) 0x92}));
    }

    private static int opCode(Operation op) {
        return PayloadInspector.opCode(((Value.BytesValue) op.value()).value());
    }
}
