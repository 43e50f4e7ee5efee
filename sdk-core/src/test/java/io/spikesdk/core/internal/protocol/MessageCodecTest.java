package io.spikesdk.core.internal.protocol;

import io.spikesdk.api.ParticleType;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** MessageWriter builds, MessageView parses, and both agree with a real captured frame. */
class MessageCodecTest {
    /** golden-frames.json "put_int": put test/obs_golden k1 bin i=42, as the official client sent it. */
    private static final String PUT_INT = "02030000000000581600010000000000000000000000000003e8000300010000000500746573740000000b016f62735f"
            + "676f6c64656e00000015042dcca28858d18d43d39d4b65c2bb8a44510001a70000000d0201000169000000000000002a";

    private static byte[] hex(String s) {
        byte[] b = new byte[s.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    @Test
    void parsesARealRequest() throws Exception {
        byte[] frame = hex(PUT_INT);
        assertEquals(Proto.TYPE_MESSAGE, Proto.type(Bytes.getLong(frame, 0)));
        MessageView v = new MessageView();
        v.parse(frame, Proto.HEADER_SIZE, frame.length - Proto.HEADER_SIZE);
        assertEquals(MsgFlags.INFO2_WRITE, v.info2());
        assertEquals(1000, v.transactionTtl());
        assertEquals(3, v.fieldCount());
        assertEquals("test", v.fieldString(FieldType.NAMESPACE));
        assertEquals("obs_golden", v.fieldString(FieldType.SET));
        assertEquals(20, v.fieldBytes(FieldType.DIGEST_RIPE).length);
        assertNull(v.fieldBytes(FieldType.KEY));
        assertEquals(1, v.opCount());
        assertEquals(OpType.WRITE, v.opType(0));
        assertEquals(ParticleType.INTEGER, v.opParticleType(0));
        assertEquals("i", v.opNameLatin1(0));
        assertEquals(42, Bytes.getLong(v.opValue(0), 0));
    }

    @Test
    void writerReproducesTheRealRequestByteForByte() throws Exception {
        byte[] frame = hex(PUT_INT);
        MessageView v = new MessageView();
        v.parse(frame, Proto.HEADER_SIZE, frame.length - Proto.HEADER_SIZE);
        MessageWriter w = new MessageWriter(16);
        w.beginFrame(0, MsgFlags.INFO2_WRITE, 0, 0, 0, 0, 1000)
                .field(FieldType.NAMESPACE, "test".getBytes(StandardCharsets.UTF_8))
                .field(FieldType.SET, "obs_golden".getBytes(StandardCharsets.UTF_8))
                .field(FieldType.DIGEST_RIPE, v.fieldBytes(FieldType.DIGEST_RIPE))
                .op(OpType.WRITE, ParticleType.INTEGER, "i", v.opValue(0))
                .finish();
        assertArrayEquals(frame, w.toByteArray());
    }

    @Test
    void rejectsTruncationAndTrailingBytes() throws Exception {
        byte[] frame = hex(PUT_INT);
        MessageView v = new MessageView();
        int body = frame.length - Proto.HEADER_SIZE;
        for (int cut = 0; cut < body; cut++) {
            int len = cut;
            assertThrows(MessageFormatException.class, () -> v.parse(frame, Proto.HEADER_SIZE, len), "cut " + cut);
        }
        byte[] longer = Arrays.copyOf(frame, frame.length + 2);
        assertThrows(MessageFormatException.class, () -> v.parse(longer, Proto.HEADER_SIZE, body + 2));
    }

    @Test
    void severalMessagesInOneBody() throws Exception {
        MessageWriter w = new MessageWriter(16);
        w.beginFrame(0, 0, 0, 0, 1, 0, 0).op(OpType.READ, ParticleType.STRING, "a", new byte[] {'x'});
        w.beginMessage(0, 0, MsgFlags.INFO3_LAST, 2, 0, 0, 7).finish();
        byte[] f = w.toByteArray();
        MessageView v = new MessageView();
        int next = v.parseAt(f, Proto.HEADER_SIZE, f.length);
        assertEquals(1, v.opCount());
        assertEquals(f.length, v.parseAt(f, next, f.length));
        assertEquals(MsgFlags.INFO3_LAST, v.info3());
        assertEquals(2, v.resultCode());
        assertEquals(7, v.transactionTtl());
        assertEquals(f.length - Proto.HEADER_SIZE, Proto.bodyLength(Bytes.getLong(f, 0)));
    }
}
