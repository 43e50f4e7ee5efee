package io.spikesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.testkit.support.Frames;
import io.spikesdk.testkit.support.MutableClock;
import io.spikesdk.testkit.support.RawConnection;
import io.spikesdk.testfixtures.GoldenFrames;
import io.spikesdk.testfixtures.GoldenFrames.Exchange;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Replays, in order, the request frames the official client sent to a real CE 8.1.2.0 server
 * (test resource golden-frames.json, captured from the official client against a real server) and compares the embedded server's replies byte
 * by byte. Allowed differences: the node id and the void time of the TTL write (checked against the
 * injected clock instead). GeoJSON values come back with the real server's S2 cells.
 */
class GoldenFramesTest {
    /** Multi-proto answers, compared message by message: the real server's proto packing varies from run to run. */
    private static final Set<String> STREAMS = Set.of("scan_set");
    private static final String REAL_NODE_ID = "BB901000000FC02";

    @Test
    void embeddedServerAnswersLikeTheRealOne() throws Exception {
        List<Exchange> exchanges = GoldenFrames.all();
        assertEquals(66, exchanges.size());
        MutableClock clock = new MutableClock(System.currentTimeMillis());
        int compared = 0;
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).namespace("test").namespace("bar")
                .clock(clock).build().start();
                RawConnection raw = new RawConnection(server.host(), server.port())) {
            for (Exchange e : exchanges) {
                if (STREAMS.contains(e.name())) {
                    raw.send(e.request());
                    assertEquals(Frames.toHex(messageBodies(e.response())), Frames.toHex(readStream(raw)), e.name());
                    compared++;
                    continue;
                }
                boolean batch = Proto.type(Bytes.getLong(e.request(), 0)) == Proto.TYPE_MESSAGE
                        && (e.request()[Proto.HEADER_SIZE + 1] & MsgFlags.INFO1_BATCH) != 0;
                byte[] actual = batch ? raw.exchangeStream(e.request()) : raw.exchange(e.request());
                byte[] expected = expectedFor(e, server, actual, clock);
                assertEquals(Frames.toHex(expected), Frames.toHex(actual), e.name());
                compared++;
            }
        }
        assertEquals(66, compared);
    }

    /** The AS_MSG bytes of consecutive proto frames, without their 8-byte proto headers. */
    private static byte[] messageBodies(byte[] frames) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int off = 0; off < frames.length;) {
            int len = (int) Proto.bodyLength(Bytes.getLong(frames, off));
            out.write(frames, off + Proto.HEADER_SIZE, len);
            off += Proto.HEADER_SIZE + len;
        }
        return out.toByteArray();
    }

    /** Reads protos until one ends with a message flagged LAST; returns their AS_MSG bytes. */
    private static byte[] readStream(RawConnection raw) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        boolean last = false;
        while (!last) {
            byte[] frame = raw.readFrame();
            out.write(frame, Proto.HEADER_SIZE, frame.length - Proto.HEADER_SIZE);
            int off = Proto.HEADER_SIZE;
            while (off < frame.length) {
                MessageView m = new MessageView();
                off = m.parseAt(frame, off, frame.length);
                last = (m.info3() & io.spikesdk.core.internal.protocol.MsgFlags.INFO3_LAST) != 0;
            }
        }
        return out.toByteArray();
    }

    private static byte[] expectedFor(Exchange e, EmbeddedAerospike server, byte[] actual, MutableClock clock)
            throws Exception {
        byte[] expected = e.response();
        if (Proto.type(Bytes.getLong(expected, 0)) == Proto.TYPE_INFO) {
            String body = new String(expected, Proto.HEADER_SIZE, expected.length - Proto.HEADER_SIZE,
                    StandardCharsets.UTF_8).replace(REAL_NODE_ID, server.nodeId());
            return io.spikesdk.core.internal.protocol.InfoCodec.frame(body.getBytes(StandardCharsets.UTF_8));
        }
        if (e.name().equals("put_ttl")) {
            long voidTime = clock.millis() / 1000 - 1_262_304_000L + 100;
            assertEquals(voidTime, Bytes.getUnsignedInt(actual, 18), "void time = now + 100 in server epoch");
            byte[] patched = expected.clone();
            Bytes.putInt(patched, 18, (int) voidTime);
            return patched;
        }
        return expected;
    }
}
