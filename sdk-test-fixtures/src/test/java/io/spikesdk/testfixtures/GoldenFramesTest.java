package io.spikesdk.testfixtures;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GoldenFramesTest {
    private static final int PROTO_TYPE_MESSAGE = 3;

    @Test
    void everyExchangeLoadsOnceByUniqueName() {
        assertEquals(66, GoldenFrames.all().size());
        assertEquals(66, GoldenFrames.byName().size(), "names are unique");
        GoldenFrames.Exchange putInt = GoldenFrames.named("put_int");
        assertEquals(PROTO_TYPE_MESSAGE, putInt.request()[1]);
        assertTrue(putInt.response().length > 8);
        assertThrows(AssertionError.class, () -> GoldenFrames.named("no_such_frame"));
    }

    @Test
    void everyMessageRequestParsesToItsLastByte() {
        int parsed = 0;
        for (GoldenFrames.Exchange e : GoldenFrames.all()) {
            if (e.request()[1] == PROTO_TYPE_MESSAGE) {
                MessageFrame frame = MessageFrame.parse(e.request());
                if (frame.fields().containsKey(MessageFrame.DIGEST)) { // batch and scan requests have none
                    assertEquals(20, frame.digest().length, e.name());
                }
                parsed++;
            }
        }
        assertTrue(parsed > 50, "message requests parsed: " + parsed);
    }

    @Test
    void theParserReadsHeaderFieldsAndOps() {
        // put test/obs_golden k1 bin i=42, as the official client sent it
        MessageFrame put = MessageFrame.parse(GoldenFrames.named("put_int").request());
        assertEquals(1, put.info2() & 1, "INFO2_WRITE");
        assertEquals("obs_golden", new String(put.fields().get(1)));
        assertEquals(1, put.ops().size());
        MessageFrame.Op op = put.ops().get(0);
        assertEquals("i", op.name());
        assertEquals(1, op.particleType(), "integer");
        assertEquals("000000000000002a", HexFormat.of().formatHex(op.value()));
    }

    @Test
    void trailingBytesAreAnError() {
        byte[] request = GoldenFrames.named("put_int").request();
        byte[] longer = Arrays.copyOf(request, request.length + 1);
        assertThrows(IllegalArgumentException.class, () -> MessageFrame.parse(longer));
    }
}
