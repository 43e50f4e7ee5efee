package io.spikesdk.testkit.internal.cdt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.testfixtures.GoldenFrames;
import java.nio.charset.StandardCharsets;
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

    private record Op(int type, int particle, String name, byte[] value) {
    }

    private record Msg(int info2, int resultCode, byte[] digest, List<Op> ops) {
    }

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
            Msg req = parse(exchange.request());
            Msg resp = parse(exchange.response());
            Map<String, Bin> bins = records.computeIfAbsent(HexFormat.of().formatHex(req.digest()), k -> new HashMap<>());
            replay(name, req, resp, bins);
            replayed.add(name);
        }
        assertEquals(15, replayed.size(), () -> "frames replayed: " + replayed);
    }

    private static void replay(String name, Msg req, Msg resp, Map<String, Bin> bins) {
        List<Op> expected = new ArrayList<>(resp.ops());
        Map<String, Bin> working = new HashMap<>(bins);
        int rc = 0;
        if (req.ops().isEmpty()) {
            for (Map.Entry<String, Bin> e : bins.entrySet()) {
                Op want = expected.remove(0);
                assertEquals(e.getKey(), want.name(), name);
                assertEquals(want.particle(), e.getValue().type(), name);
                assertEquals(HexFormat.of().formatHex(want.value()),
                        HexFormat.of().formatHex(CdtEngine.readView(e.getValue().type(), e.getValue().value())), name);
            }
        }
        for (Op op : req.ops()) {
            if (op.type() == 2) {
                CdtResult w = CdtEngine.prepareWrite(op.particle(), op.value());
                assertEquals(0, w.resultCode(), name);
                working.put(op.name(), new Bin(op.particle(), w.newBinValue()));
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
                Op want = expected.remove(0);
                assertEquals(op.name(), want.name(), name);
                assertEquals(want.particle(), r.resultType(), name + " particle type");
                assertEquals(HexFormat.of().formatHex(want.value()), HexFormat.of().formatHex(r.resultValue()), name);
            } else if ((req.info2() & RESPOND_ALL_OPS) != 0) {
                Op want = expected.remove(0);
                assertEquals(0, want.particle(), name + ": NULL entry with RESPOND_ALL_OPS");
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

    /** Parses one proto frame holding an AS_MSG: 8-byte proto header, 22-byte message header, fields, ops. */
    private static Msg parse(byte[] frame) {
        int p = 8;
        int info2 = frame[p + 2] & 0xff;
        int rc = frame[p + 5] & 0xff;
        int fields = u16(frame, p + 18);
        int ops = u16(frame, p + 20);
        p += 22;
        byte[] digest = new byte[0];
        for (int i = 0; i < fields; i++) {
            int size = u32(frame, p);
            if ((frame[p + 4] & 0xff) == 4) {
                digest = java.util.Arrays.copyOfRange(frame, p + 5, p + 4 + size);
            }
            p += 4 + size;
        }
        List<Op> out = new ArrayList<>();
        for (int i = 0; i < ops; i++) {
            int size = u32(frame, p);
            int type = frame[p + 4] & 0xff;
            int particle = frame[p + 5] & 0xff;
            int nameLen = frame[p + 7] & 0xff;
            String name = new String(frame, p + 8, nameLen, StandardCharsets.UTF_8);
            byte[] value = java.util.Arrays.copyOfRange(frame, p + 8 + nameLen, p + 4 + size);
            out.add(new Op(type, particle, name, value));
            p += 4 + size;
        }
        assertEquals(frame.length, p, "frame fully parsed");
        return new Msg(info2, rc, digest, out);
    }

    private static int u16(byte[] b, int p) {
        return ((b[p] & 0xff) << 8) | (b[p + 1] & 0xff);
    }

    private static int u32(byte[] b, int p) {
        return ((b[p] & 0xff) << 24) | ((b[p + 1] & 0xff) << 16) | ((b[p + 2] & 0xff) << 8) | (b[p + 3] & 0xff);
    }
}
