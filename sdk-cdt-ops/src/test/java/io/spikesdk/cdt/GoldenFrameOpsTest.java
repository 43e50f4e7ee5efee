package io.spikesdk.cdt;

import io.spikesdk.api.Operation;
import io.spikesdk.api.Value;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The ops inside the official client's recorded request frames (list_*, map_*, nested_* in
 * {@code golden-frames.json}) equal what our builders produce for the same calls.
 */
class GoldenFrameOpsTest {
    private static final int INFO2_RESPOND_ALL_OPS = 0x80;

    /** A recorded op: type byte, particle type, bin name and value bytes. */
    private record WireOp(int type, int particleType, String bin, byte[] value) {
    }

    private static Map<String, List<Operation>> expectedCalls() {
        ListPolicy addUnique = ListPolicy.of(ListWriteFlags.ADD_UNIQUE);
        Map<String, List<Operation>> calls = new LinkedHashMap<>();
        calls.put("list_append_unique", List.of(ListOperations.append(addUnique, "l", 7)));
        calls.put("list_append_unique_dup", List.of(ListOperations.append(addUnique, "l", 7)));
        calls.put("list_append_unique_nofail", List.of(ListOperations.append(
            ListPolicy.of(ListWriteFlags.of(ListWriteFlags.ADD_UNIQUE, ListWriteFlags.NO_FAIL)), "l", 7)));
        calls.put("list_append_items_get_range", List.of(
            ListOperations.appendItems("l", List.of(5, 3, 9)),
            ListOperations.getByRankRange("l", 0, 2, ListReturnType.VALUE),
            ListOperations.size("l")));
        calls.put("map_put_key_ordered", List.of(
            MapOperations.put(MapPolicy.of(MapOrder.KEY_ORDERED, MapWriteFlags.DEFAULT), "m", "c", 3)));
        Map<String, Integer> items = new TreeMap<>(Map.of("a", 1, "b", 2, "d", 4));
        calls.put("map_put_items_key_ordered", List.of(
            MapOperations.putItems(MapPolicy.of(MapOrder.KEY_ORDERED, MapWriteFlags.DEFAULT), "m", new LinkedHashMap<>(items))));
        calls.put("map_get_by_rank_range_kv", List.of(MapOperations.getByRankRange("m", 1, 2, MapReturnType.KEY_VALUE)));
        calls.put("map_get_by_key_missing", List.of(MapOperations.getByKey("m", "zz", MapReturnType.VALUE)));
        calls.put("map_update_only_missing", List.of(
            MapOperations.put(MapPolicy.of(MapOrder.KEY_ORDERED, MapWriteFlags.UPDATE_ONLY), "m", "zz", 1)));
        calls.put("nested_ctx_list_append", List.of(ListOperations.append("doc", 3, CTX.mapKey("list"))));
        calls.put("nested_ctx_map_put", List.of(MapOperations.put(MapPolicy.DEFAULT, "doc", "y", 2, CTX.mapKey("inner"))));
        calls.put("nested_ctx_create", List.of(
            MapOperations.put("doc", "z", 9, CTX.mapKeyCreate("new", MapOrder.KEY_ORDERED))));
        calls.put("nested_ctx_get", List.of(
            ListOperations.getByIndex("doc", -1, ListReturnType.VALUE, CTX.mapKey("list"))));
        return calls;
    }

    @TestFactory
    Stream<DynamicTest> recordedOpsEqualOurs() throws IOException {
        Map<String, List<Operation>> calls = expectedCalls();
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] frame : frames()) {
            String name = frame[0];
            tests.add(DynamicTest.dynamicTest(name + ": " + frame[1], () -> {
                List<Operation> ours = calls.get(name);
                assertNotNull(ours, "no expected call for frame " + name);
                byte[] request = Official.HEX.parseHex(frame[2]);
                List<WireOp> recorded = ops(request);
                assertEquals(ours.size(), recorded.size(), "op count");
                boolean anyMap = false;
                for (int i = 0; i < ours.size(); i++) {
                    Operation op = ours.get(i);
                    WireOp wire = recorded.get(i);
                    Value.BytesValue value = (Value.BytesValue) op.value();
                    assertEquals(Official.HEX.formatHex(wire.value()), Official.HEX.formatHex(value.value()), "op " + i + " bytes");
                    assertEquals(wire.type(), op.type().code(), "op " + i + " type");
                    assertEquals(wire.particleType(), value.particleType(), "op " + i + " particle");
                    assertEquals(wire.bin(), op.binName(), "op " + i + " bin");
                    anyMap |= op.type() == Operation.Type.MAP_READ || op.type() == Operation.Type.MAP_MODIFY;
                }
                int info2 = request[8 + 2] & 0xFF;
                assertEquals(anyMap, (info2 & INFO2_RESPOND_ALL_OPS) != 0, "RESPOND_ALL_OPS iff a map op is present");
            }));
        }
        assertEquals(calls.size(), tests.size(), "every expected call has a recorded frame");
        return tests.stream();
    }

    private static List<String[]> frames() throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = GoldenFrameOpsTest.class.getResourceAsStream("/golden-cdt-frames.tsv")) {
            assertNotNull(in, "golden-cdt-frames.tsv on the test classpath");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t"));
                }
            }
        }
        return out;
    }

    /** Parses proto header (8) + AS_MSG header (22) + fields + ops. */
    private static List<WireOp> ops(byte[] frame) {
        int msg = 8;
        int fieldCount = u16(frame, msg + 18);
        int opCount = u16(frame, msg + 20);
        int pos = msg + (frame[msg] & 0xFF);
        for (int i = 0; i < fieldCount; i++) {
            pos += 4 + u32(frame, pos);
        }
        List<WireOp> ops = new ArrayList<>();
        for (int i = 0; i < opCount; i++) {
            int size = u32(frame, pos);
            int type = frame[pos + 4] & 0xFF;
            int particle = frame[pos + 5] & 0xFF;
            int nameLength = frame[pos + 7] & 0xFF;
            String bin = new String(frame, pos + 8, nameLength, StandardCharsets.UTF_8);
            int valueStart = pos + 8 + nameLength;
            int valueLength = size - 4 - nameLength;
            byte[] value = java.util.Arrays.copyOfRange(frame, valueStart, valueStart + valueLength);
            ops.add(new WireOp(type, particle, bin, value));
            pos += 4 + size;
        }
        assertEquals(frame.length, pos, "frame fully consumed");
        return ops;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    private static int u32(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }
}
