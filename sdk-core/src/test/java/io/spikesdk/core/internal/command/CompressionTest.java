package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.Key;
import io.spikesdk.api.Policy;
import io.spikesdk.api.ResultCode;
import io.spikesdk.api.WritePolicy;
import io.spikesdk.core.internal.SpikeClient;
import io.spikesdk.core.testing.FakeNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.zip.Inflater;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Compressed requests (proto type 4) against a node that answers like Community Edition: rc 25 to any
 * compressed request (docs/embedded-server.md W2). Byte identity of compressed requests with the official client is
 * covered by {@link ByteIdentityTest}; inflating compressed responses by {@link ResponseParsingTest}.
 */
class CompressionTest {
    private static final Key KEY = Key.of("test", "s", "z");
    private static final WritePolicy COMPRESS = WritePolicy.builder().compress(true).build();
    private FakeNode node;
    private SpikeClient client;

    @BeforeEach
    void start() throws Exception {
        node = new FakeNode("N1", "test");
        node.respondWith((frame, i) -> FakeNode.Action.reply(FakeNode.reply(frame[1] == 4 ? 25 : 0, 1, 0)));
        client = new SpikeClient(ClientConfig.builder().hosts(Host.of("127.0.0.1", node.port()))
                .tendInterval(Duration.ofHours(1)).build());
        client.connect();
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        node.close();
    }

    @Test
    void largeRequestIsCompressedAndACommunityServerRefusesIt() throws Exception {
        AerospikeException e = assertThrows(AerospikeException.class, () -> client.put(COMPRESS, KEY, Bin.of("s", "x".repeat(400))));
        assertEquals(ResultCode.ENTERPRISE_ONLY, e.resultCode());
        assertTrue(e.getMessage().contains("compressed request") && e.getMessage().contains("Community Edition"),
                e.getMessage());
        byte[] frame = node.nextRequest();
        assertEquals(4, frame[1], "proto type 4");
        long original = ByteBuffer.wrap(frame, 8, 8).getLong();
        byte[] inflated = new byte[(int) original];
        Inflater inflater = new Inflater();
        inflater.setInput(frame, 16, frame.length - 16);
        assertEquals(original, inflater.inflate(inflated));
        inflater.end();
        assertEquals(3, inflated[1], "the inflated frame is an ordinary AS_MSG");
        assertEquals(original - 8, ByteBuffer.wrap(inflated).getLong() & 0xFFFF_FFFF_FFFFL);
    }

    @Test
    void requestUnderTheThresholdIsSentPlain() throws Exception {
        client.put(COMPRESS, KEY, Bin.of("a", 1L));
        byte[] frame = node.nextRequest();
        assertEquals(3, frame[1]);
        assertTrue(frame.length <= 128, "frame of " + frame.length + " bytes");
        client.get(Policy.builder().compress(true).build(), KEY);
        frame = node.nextRequest();
        assertEquals(3, frame[1]);
        assertEquals(0x80, frame[9] & 0x80, "a read asks for a compressed response (info1 COMPRESS_RESPONSE)");
    }

    @Test
    void withoutThePolicyNothingIsCompressed() throws Exception {
        client.put(KEY, Bin.of("s", "x".repeat(400)));
        byte[] frame = node.nextRequest();
        assertEquals(3, frame[1]);
        assertEquals(0, frame[9] & 0x80);
    }
}
