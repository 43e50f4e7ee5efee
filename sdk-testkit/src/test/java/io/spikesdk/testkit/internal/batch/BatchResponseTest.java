package io.spikesdk.testkit.internal.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.spikesdk.core.internal.protocol.Bytes;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.core.internal.protocol.MsgFlags;
import io.spikesdk.core.internal.protocol.Proto;
import io.spikesdk.testkit.support.Frames;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BatchResponseTest {
    @Test
    void rowsCarryTheirIndexAndDeletesLoseGenerationAndVoidTime() throws Exception {
        BatchResponse r = new BatchResponse(true, true);
        r.addRow(reply(0, 7, 1000, 0), 0, 22, 42, false);
        r.addRow(reply(0, 7, 1000, 0), 0, 22, 43, true);
        r.finish();
        List<MessageView> m = Frames.messages(r.toByteArray());
        assertEquals(42, m.get(0).transactionTtl());
        assertEquals(7, m.get(0).generation());
        assertEquals(1000, m.get(0).recordTtl());
        assertEquals(43, m.get(1).transactionTtl());
        assertEquals(0, m.get(1).generation());
        assertEquals(0, m.get(1).recordTtl());
        assertEquals(MsgFlags.INFO3_LAST, m.get(2).info3());
    }

    @Test
    void withoutRespondAllKeysTheFailingRowsBufferIsTheLastSent() throws Exception {
        BatchResponse r = new BatchResponse(false, true);
        r.addRow(reply(0, 1, 0, 0), 0, 22, 0, false);
        r.addRow(reply(3, 1, 0, 0), 0, 22, 1, false);
        r.addRow(reply(5, 1, 0, 0), 0, 22, 2, false);
        r.addRow(reply(0, 1, 0, 0), 0, 22, 3, false);
        r.finish();
        assertEquals("0:0 1:3 2:5 3:0 LAST:5", rows(r), "the last failing row's code ends the batch");
        assertEquals(5, r.resultCode());
    }

    @Test
    void withoutReportErrorRecordNothingButTheMarkerIsSent() throws Exception {
        BatchResponse r = new BatchResponse(false, false);
        r.addRow(reply(0, 1, 0, 0), 0, 22, 0, false);
        r.addRow(reply(3, 1, 0, 0), 0, 22, 1, false);
        r.finish();
        assertEquals("LAST:3", rows(r));
    }

    @Test
    void notFoundAndFilteredOutNeverStop() throws Exception {
        BatchResponse r = new BatchResponse(false, false);
        r.addRow(reply(2, 0, 0, 0), 0, 22, 0, false);
        r.addError(1, 27);
        r.finish();
        assertEquals("0:2 1:27 LAST:0", rows(r));
    }

    @Test
    void rowsAreCutIn128KiBProtosAndLaterBuffersAreDroppedAfterAnError() throws Exception {
        byte[] big = reply(0, 1, 0, 1000);
        int perBuffer = BatchResponse.BUFFER_CAPACITY / big.length;
        BatchResponse all = new BatchResponse(true, true);
        BatchResponse stopped = new BatchResponse(false, true);
        for (int i = 0; i < 3 * perBuffer; i++) {
            all.addRow(big, 0, big.length, i, false);
            byte[] row = i == perBuffer + 1 ? reply(4, 0, 0, 1000) : big;
            stopped.addRow(row, 0, row.length, i, false);
        }
        all.finish();
        stopped.finish();
        assertEquals(4, protoCount(all.toByteArray()), "three full buffers and the marker");
        assertEquals(3 * perBuffer + 1, Frames.messages(all.toByteArray()).size());
        List<MessageView> m = Frames.messages(stopped.toByteArray());
        assertEquals(2 * perBuffer + 1, m.size(), "buffers one and two (holding the error), then the marker");
        assertEquals(4, m.get(m.size() - 1).resultCode());
    }

    @Test
    void aRowLargerThanABufferGetsOneOfItsOwn() throws Exception {
        byte[] huge = reply(0, 1, 0, BatchResponse.BUFFER_CAPACITY + 10);
        byte[] small = reply(0, 1, 0, 0);
        BatchResponse r = new BatchResponse(true, true);
        r.addRow(small, 0, small.length, 0, false);
        r.addRow(huge, 0, huge.length, 1, false);
        r.addRow(small, 0, small.length, 2, false);
        r.finish();
        assertEquals(4, protoCount(r.toByteArray()));
    }

    @Test
    void terminationDropsTheUnsentRowsAndRefusalIsTheMarkerAlone() throws Exception {
        BatchResponse r = new BatchResponse(true, true);
        r.addRow(reply(0, 1, 0, 0), 0, 22, 0, false);
        r.terminate(4);
        r.finish();
        assertEquals("LAST:4", rows(r));
        assertEquals("LAST:4", rows(BatchResponse.refused(4)));
    }

    /** A reply AS_MSG with {@code valueBytes} of padding standing for its ops (only the header is read here). */
    private static byte[] reply(int rc, int generation, int voidTime, int valueBytes) {
        byte[] m = new byte[Proto.MSG_HEADER_SIZE + valueBytes];
        m[0] = (byte) Proto.MSG_HEADER_SIZE;
        m[5] = (byte) rc;
        Bytes.putInt(m, 6, generation);
        Bytes.putInt(m, 10, voidTime);
        if (valueBytes > 0) {
            Bytes.putShort(m, 20, 1);
            Bytes.putInt(m, Proto.MSG_HEADER_SIZE, valueBytes - 4);
        }
        return m;
    }

    private static String rows(BatchResponse r) throws Exception {
        List<String> out = new ArrayList<>();
        for (MessageView m : Frames.messages(r.toByteArray())) {
            out.add((m.info3() & MsgFlags.INFO3_LAST) != 0 ? "LAST:" + m.resultCode()
                    : m.transactionTtl() + ":" + m.resultCode());
        }
        return out.stream().collect(Collectors.joining(" "));
    }

    private static int protoCount(byte[] stream) {
        int count = 0;
        for (int at = 0; at < stream.length; count++) {
            at += Proto.HEADER_SIZE + (int) Proto.bodyLength(Bytes.getLong(stream, at));
        }
        return count;
    }
}
