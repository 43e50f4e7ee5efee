package io.spikesdk.core.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Frame reading limits and the info text codec. */
class FrameReaderTest {
    @Test
    void readsFramesBackToBackThenCleanEnd() throws Exception {
        byte[] a = InfoCodec.requestFrame("node");
        byte[] b = InfoCodec.requestFrame("build", "features");
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        FrameReader r = new FrameReader(new ByteArrayInputStream(both), Proto.MAX_BODY_SIZE);
        long h = r.readHeader();
        assertEquals(Proto.TYPE_INFO, Proto.type(h));
        r.readBody(Proto.bodyLength(h));
        assertEquals(List.of("node"), InfoCodec.parseRequest(r.body(), 0, r.bodyLength()));
        h = r.readHeader();
        r.readBody(Proto.bodyLength(h));
        assertEquals(List.of("build", "features"), InfoCodec.parseRequest(r.body(), 0, r.bodyLength()));
        assertEquals(-1, r.readHeader());
    }

    @Test
    void sizeAndTruncationErrors() throws Exception {
        FrameReader big = new FrameReader(new ByteArrayInputStream(new byte[0]), 100);
        assertThrows(ProtocolException.class, () -> big.readBody(101));
        FrameReader cutHeader = new FrameReader(new ByteArrayInputStream(new byte[5]), 100);
        assertThrows(EOFException.class, cutHeader::readHeader);
        FrameReader cutBody = new FrameReader(new ByteArrayInputStream(new byte[10]), Proto.MAX_BODY_SIZE);
        assertThrows(EOFException.class, () -> cutBody.readBody(Proto.MAX_BODY_SIZE));
    }

    @Test
    void infoParsingKeepsOnlyTerminatedCommands() {
        byte[] body = "node\n\nbuild".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of("node", ""), InfoCodec.parseRequest(body, 0, body.length));
        byte[] reply = "node\tBB9\nbuild\t8.1.2.0\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(Map.of("node", "BB9", "build", "8.1.2.0"), InfoCodec.parseResponse(reply, 0, reply.length));
    }
}
