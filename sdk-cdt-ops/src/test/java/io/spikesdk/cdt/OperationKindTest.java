package io.spikesdk.cdt;

import io.spikesdk.api.Operation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Map operations carry the map kinds of the CDT op types, list operations the list kinds, contexts or not. */
class OperationKindTest {
    private static final CTX[] DEEP = {CTX.mapKey("x"), CTX.listIndex(-1)};

    @Test
    void mapOperationsAreMapKinds() {
        assertEquals(Operation.Type.MAP_READ, MapOperations.getByRankRange("m", 1, 2, MapReturnType.KEY_VALUE, DEEP).type());
        assertEquals(Operation.Type.MAP_READ, MapOperations.size("m").type());
        assertEquals(Operation.Type.MAP_MODIFY, MapOperations.put("m", "k", 1).type());
        assertEquals(Operation.Type.MAP_MODIFY, MapOperations.clear("m", DEEP).type());
        assertEquals(Operation.Type.MAP_MODIFY, MapOperations.create("m", MapOrder.KEY_ORDERED, DEEP).type());
    }

    @Test
    void listOperationsAreListKinds() {
        assertEquals(Operation.Type.CDT_READ, ListOperations.size("l", DEEP).type());
        assertEquals(Operation.Type.CDT_READ, ListOperations.getByValueList("l", List.of(1), ListReturnType.COUNT).type());
        assertEquals(Operation.Type.CDT_MODIFY, ListOperations.append("l", 1).type());
        assertEquals(Operation.Type.CDT_MODIFY, ListOperations.clear("l", DEEP).type());
    }

    @Test
    void bothKindsShareTheWireOpType() {
        assertEquals(Operation.Type.CDT_READ.code(), Operation.Type.MAP_READ.code());
        assertEquals(Operation.Type.CDT_MODIFY.code(), Operation.Type.MAP_MODIFY.code());
    }
}
