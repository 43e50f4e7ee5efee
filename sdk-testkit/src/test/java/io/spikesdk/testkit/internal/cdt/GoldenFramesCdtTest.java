package io.spikesdk.testkit.internal.cdt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.testfixtures.GoldenFrames;
import io.spikesdk.testfixtures.MessageFrame;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Replays the real-server golden frames of list, map and nested operations ({@code golden-frames.json}) through
 * the engine: CDT ops are cut out of each request, applied to the bin state the frame sequence implies, and the
 * result code and every reply op entry (particle type and bytes) must match the recorded reply.
 */
class GoldenFramesCdtTest {
    private static final int RESPOND_ALL_OPS = 0x80;

    private record Bin(int type, byte[] value) {
    }

    @Test
    void listMapAndNestedFramesMatchTheRealServer() {
        Map<String, Map<String, Bin>> records = new HashMap<>();
        List<String> replayed = new ArrayList<>();
        for (GoldenFrames.Exchange exchange : GoldenFrames.all()) {
            String name = exchange.name();
            if (!(name.startsWith("list_") || name.startsWith("map_") || name.startsWith("nested_")
                    || name.equals("get_ordered_map_bin"))) {
                continue;
            }
            MessageFrame req = MessageFrame.parse(exchange.request());
            MessageFrame resp = MessageFrame.parse(exchange.response());
            Map<String, Bin> bins = records.computeIfAbsent(HexFormat.of().formatHex(req.digest()), k -> new HashMap<>());
            replay(name, req, resp, bins);
            replayed.add(name);
        }
        assertEquals(15, replayed.size(), () -> "frames replayed: " + replayed);
    }

    private static void replay(String name, MessageFrame req, MessageFrame resp, Map<String, Bin> bins) {
        List<MessageFrame.Op> expected = new ArrayList<>(resp.ops());
        Map<String, Bin> working = new HashMap<>(bins);
        int rc = 0;
        if (req.ops().isEmpty()) {
            for (Map.Entry<String, Bin> e : bins.entrySet()) {
                MessageFrame.Op want = expected.remove(0);
                assertEquals(e.getKey(), want.name(), name);
                assertEquals(want.particleType(), e.getValue().type(), name);
                assertEquals(HexFormat.of().formatHex(want.value()),
                        HexFormat.of().formatHex(CdtEngine.readView(e.getValue().type(), e.getValue().value())), name);
            }
        }
        for (MessageFrame.Op op : req.ops()) {
            if (op.type() == 2) {
                CdtResult w = CdtEngine.prepareWrite(op.particleType(), op.value());
                assertEquals(0, w.resultCode(), name);
                working.put(op.name(), new Bin(op.particleType(), w.newBinValue()));
                continue;
            }
            Bin bin = working.get(op.name());
            CdtResult r = CdtEngine.execute(op.type(), bin == null ? 0 : bin.type(), bin == null ? null : bin.value(),
                    op.value());
            if (r.resultCode() != 0) {
                rc = r.resultCode();
                break;
            }
            if (r.newBinValue() != null) {
                working.put(op.name(), new Bin(r.newBinType(), r.newBinValue()));
            }
            if (r.hasResult()) {
                MessageFrame.Op want = expected.remove(0);
                assertEquals(op.name(), want.name(), name);
                assertEquals(want.particleType(), r.resultType(), name + " particle type");
                assertEquals(HexFormat.of().formatHex(want.value()), HexFormat.of().formatHex(r.resultValue()), name);
            } else if ((req.info2() & RESPOND_ALL_OPS) != 0) {
                MessageFrame.Op want = expected.remove(0);
                assertEquals(0, want.particleType(), name + ": NULL entry with RESPOND_ALL_OPS");
                assertEquals(0, want.value().length, name);
            }
        }
        assertEquals(resp.resultCode(), rc, name + " result code");
        assertTrue(expected.isEmpty(), name + ": unmatched reply entries");
        if (rc == 0) {
            bins.clear();
            bins.putAll(working);
        }
    }
}
