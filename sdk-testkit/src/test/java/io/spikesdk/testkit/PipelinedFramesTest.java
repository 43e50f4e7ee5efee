package io.spikesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.spikesdk.core.internal.protocol.MessageFormatException;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.core.internal.protocol.OpType;
import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.testkit.support.Frames;
import io.spikesdk.testkit.support.RawConnection;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Frames sent back to back in one write are each read whole, whatever their sizes, and answered in order. */
@Timeout(60)
class PipelinedFramesTest {
    private static final int BLOB = 4;

    @Test
    void aSmallerFrameAfterALargerOneIsReadWhole() throws Exception {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).build().start();
                RawConnection c = new RawConnection(server.host(), server.port())) {
            ByteArrayOutputStream pipelined = new ByteArrayOutputStream();
            int[] sizes = {4_000, 1_000, 10};
            for (int size : sizes) {
                pipelined.writeBytes(Frames.forKey("k" + size).info(0, MsgFlags.INFO2_WRITE, 0)
                        .op(OpType.WRITE, BLOB, "b", new byte[size]).build());
            }
            c.send(pipelined.toByteArray());
            for (int i = 0; i < sizes.length; i++) {
                assertEquals(0, resultCode(c.readFrame()), "reply " + i);
            }
        }
    }

    private static int resultCode(byte[] reply) throws MessageFormatException {
        MessageView view = new MessageView();
        view.parse(reply, Proto.HEADER_SIZE, reply.length - Proto.HEADER_SIZE);
        return view.resultCode();
    }
}
