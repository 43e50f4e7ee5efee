package io.spikesdk.core.internal.command;

import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.Operations;
import io.spikesdk.api.Record;
import io.spikesdk.api.RecordNotFoundException;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.core.internal.SpikeClient;
import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.core.testing.FakeNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResponseParsingTest {
    private static final Key KEY = Key.of("test", "s", "k");
    private FakeNode node;
    private SpikeClient client;

    @BeforeEach
    void start() throws Exception {
        node = new FakeNode("N1", "test");
        client = new SpikeClient(ClientConfig.builder().hosts(Host.of("127.0.0.1", node.port()))
                .tendInterval(Duration.ofHours(1)).build());
        client.connect();
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        node.close();
    }

    private static byte[] longValue(long v) {
        return ByteBuffer.allocate(8).putLong(v).array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void repeatedBinsInOperateBecomeAListInOpOrder() {
        byte[] ops = concat(FakeNode.op(1, 1, "i", longValue(7)), FakeNode.op(1, 1, "i", longValue(8)),
                FakeNode.op(1, 3, "s", "x".getBytes(StandardCharsets.UTF_8)));
        node.respondWith((f, i) -> FakeNode.Action.reply(FakeNode.replyWithOps(0, 4, 0, ops, 3)));
        Record r = client.operate(KEY, Operations.add("i", 1L), Operations.get("i"), Operations.add("i", 1L),
                Operations.get("i"), Operations.get("s"));
        assertEquals(List.of(7L, 8L), r.getList("i"));
        assertEquals("x", r.getString("s"));
        assertEquals(4, r.generation());
    }

    @Test
    void plainGetKeepsTheLastValue() {
        byte[] ops = concat(FakeNode.op(1, 1, "i", longValue(7)), FakeNode.op(1, 1, "i", longValue(8)));
        node.respondWith((f, i) -> FakeNode.Action.reply(FakeNode.replyWithOps(0, 1, 0, ops, 2)));
        assertEquals(8L, client.get(KEY).getLong("i"));
    }

    @Test
    void respondAllOpsKeepsNullEntries() {
        byte[] ops = concat(FakeNode.op(2, 0, "a", new byte[0]), FakeNode.op(1, 1, "a", longValue(5)),
                FakeNode.op(1, 0, "nosuch", new byte[0]));
        node.respondWith((f, i) -> FakeNode.Action.reply(FakeNode.replyWithOps(0, 1, 0, ops, 3)));
        Record r = client.operate(WritePolicy.builder().respondAllOps(true).build(), KEY, Operations.put("a", 5L),
                Operations.get("a"), Operations.get("nosuch"));
        assertEquals(Arrays.asList(null, 5L), r.getList("a"));
        assertTrue(r.bins().containsKey("nosuch"));
        assertNull(r.getValue("nosuch"));
        node.respondWith((f, i) -> FakeNode.Action.reply(FakeNode.replyWithOps(0, 1, 0, ops, 3)));
        Record plain = client.get(KEY);
        assertEquals(5L, plain.getLong("a"));
        assertTrue(!plain.bins().containsKey("nosuch"), "null entries dropped outside respondAllOps");
    }

    @Test
    void voidTimeBecomesSecondsToLive() {
        long now = System.currentTimeMillis() / 1000 - Proto.CITRUSLEAF_EPOCH_SECONDS;
        node.respondWith((f, i) -> FakeNode.Action.reply(FakeNode.reply(0, 2, (int) (now + 1000))));
        int ttl = client.getHeader(KEY).ttl();
        assertTrue(ttl > 990 && ttl <= 1000, "ttl " + ttl);
        node.respondWith((f, i) -> FakeNode.Action.reply(FakeNode.reply(0, 2, 0)));
        assertEquals(-1, client.getHeader(KEY).ttl());
        node.respondWith((f, i) -> FakeNode.Action.reply(FakeNode.reply(0, 2, (int) (now - 50))));
        assertEquals(1, client.getHeader(KEY).ttl(), "already due: floor 1");
    }

    @Test
    void operateNotFound() {
        node.respondWith((f, i) -> FakeNode.Action.reply(FakeNode.reply(2, 0, 0)));
        assertNull(client.operate(KEY, Operations.get("a")), "read-only operate: null");
        assertThrows(RecordNotFoundException.class, () -> client.operate(KEY, Operations.touch()), "writing operate throws");
    }

    @Test
    void particleTypes() {
        byte[] geo = concat(new byte[] {0, 0, 1}, longValue(0x1234), "{\"type\":\"Point\"}".getBytes(StandardCharsets.UTF_8));
        byte[] ops = concat(FakeNode.op(1, 2, "d", longValue(Double.doubleToLongBits(2.5))),
                FakeNode.op(1, 17, "b", new byte[] {0}), FakeNode.op(1, 7, "j", new byte[] {9}),
                FakeNode.op(1, 23, "g", geo), FakeNode.op(1, 20, "l", new byte[] {(byte) 0x92, 1, (byte) 0xc0}),
                FakeNode.op(1, 18, "h", new byte[] {4, 4}));
        node.respondWith((f, i) -> FakeNode.Action.reply(FakeNode.replyWithOps(0, 1, 0, ops, 6)));
        Record r = client.get(KEY);
        assertEquals(2.5, r.getDouble("d"));
        assertEquals(false, r.getBoolean("b"));
        assertEquals(9, r.getBytes("j")[0]);
        assertEquals("{\"type\":\"Point\"}", r.getGeoJson("g").json());
        assertEquals(Arrays.asList(1L, null), r.getList("l"));
        assertEquals(2, r.getBytes("h").length);
    }

    @Test
    void compressedRequestAndResponse() throws Exception {
        byte[] plain = FakeNode.replyWithOps(0, 3, 0, FakeNode.op(1, 3, "s", "y".repeat(500).getBytes(StandardCharsets.UTF_8)), 1);
        Deflater deflater = new Deflater();
        deflater.setInput(plain);
        deflater.finish();
        byte[] buf = new byte[plain.length + 64];
        int n = deflater.deflate(buf);
        deflater.end();
        ByteBuffer compressed = ByteBuffer.allocate(16 + n);
        compressed.putLong((2L << 56) | (4L << 48) | (8 + n)).putLong(plain.length).put(buf, 0, n);
        node.respondWith((f, i) -> FakeNode.Action.reply(compressed.array()));
        node.clearRequests();
        client.put(WritePolicy.builder().compress(true).build(), KEY, Bin.of("s", "x".repeat(400)));
        byte[] request = node.nextRequest();
        assertEquals(4, request[1], "a large request is sent compressed (proto type 4)");
        Record r = client.get(io.spikesdk.api.Policy.builder().compress(true).build(), KEY);
        assertEquals("y".repeat(500), r.getString("s"));
        assertEquals(3, r.generation());
    }
}
