package io.spikesdk.cdt;

import io.spikesdk.api.Operation;
import io.spikesdk.api.Value;
import io.spikesdk.testfixtures.MessageFrame;
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
                MessageFrame recordedFrame = MessageFrame.parse(request);
                List<MessageFrame.Op> recorded = recordedFrame.ops();
                assertEquals(ours.size(), recorded.size(), "op count");
                boolean anyMap = false;
                for (int i = 0; i < ours.size(); i++) {
                    Operation op = ours.get(i);
                    MessageFrame.Op wire = recorded.get(i);
                    Value.BytesValue value = (Value.BytesValue) op.value();
                    assertEquals(Official.HEX.formatHex(wire.value()), Official.HEX.formatHex(value.value()), "op " + i + " bytes");
                    assertEquals(wire.type(), op.type().code(), "op " + i + " type");
                    assertEquals(wire.particleType(), value.particleType(), "op " + i + " particle");
                    assertEquals(wire.name(), op.binName(), "op " + i + " bin");
                    anyMap |= op.type() == Operation.Type.MAP_READ || op.type() == Operation.Type.MAP_MODIFY;
                }
                assertEquals(anyMap, (recordedFrame.info2() & INFO2_RESPOND_ALL_OPS) != 0, "RESPOND_ALL_OPS iff a map op is present");
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
}
