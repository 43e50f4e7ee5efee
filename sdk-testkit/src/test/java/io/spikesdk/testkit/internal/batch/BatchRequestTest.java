package io.spikesdk.testkit.internal.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.spikesdk.core.internal.protocol.FieldType;
import io.spikesdk.core.internal.protocol.MessageView;
import io.spikesdk.core.internal.protocol.MsgFlags;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BatchRequestTest {
    private static final byte[] D1 = digest(1);
    private static final byte[] D2 = digest(2);

    @Test
    void aFullRowBecomesASingleRecordMessageWithItsDigest() throws Exception {
        byte[] body = parent(0, 0x0D, null, 1, fullRow(5, D1, "test", 0x02, MsgFlags.INFO1_READ | MsgFlags.INFO1_GET_ALL,
                MsgFlags.INFO2_WRITE, MsgFlags.INFO3_UPDATE_ONLY));
        BatchRequest r = parse(body);
        assertEquals(0, r.refusal());
        assertTrue(r.allowInline() && r.respondAllKeys() && r.reportErrorRecord());
        assertEquals(1, r.rows().size());
        assertEquals(5, r.rows().get(0).index());
        MessageView m = view(r.rows().get(0).message());
        assertArrayEquals(D1, m.fieldBytes(FieldType.DIGEST_RIPE));
        assertEquals("test", m.fieldString(FieldType.NAMESPACE));
        assertEquals(MsgFlags.INFO2_WRITE, m.info2());
        assertEquals(MsgFlags.INFO3_UPDATE_ONLY, m.info3());
    }

    @Test
    void oldStyleRowsInheritTheParentsScReadBitsAndRepeatRowsReuseThePreviousMessage() throws Exception {
        int sc = MsgFlags.INFO3_SC_READ_TYPE | MsgFlags.INFO3_SC_READ_RELAX;
        byte[] body = parent(sc | MsgFlags.INFO3_UPDATE_ONLY, 0, null, 2,
                concat(fullRow(0, D1, "test", 0, MsgFlags.INFO1_READ, 0, 0), repeatRow(1, D2)));
        BatchRequest r = parse(body);
        assertEquals(2, r.rows().size());
        MessageView first = view(r.rows().get(0).message());
        assertEquals(sc, first.info3());
        MessageView second = view(r.rows().get(1).message());
        assertArrayEquals(D2, second.fieldBytes(FieldType.DIGEST_RIPE));
        assertEquals("test", second.fieldString(FieldType.NAMESPACE));
    }

    @Test
    void theParentFilterGoesToRowsWithoutTheirOwn() throws Exception {
        byte[] filter = {(byte) 0xc3};
        BatchRequest r = parse(parent(0, 0, filter, 1, fullRow(0, D1, "test", 0, MsgFlags.INFO1_READ, 0, 0)));
        assertArrayEquals(filter, view(r.rows().get(0).message()).fieldBytes(FieldType.FILTER_EXP));
    }

    @Test
    void badRowsEndTheRowsAndBadParentsAreRefused() throws Exception {
        assertEquals(4, parse(parent(0, 0, null, 0, new byte[0])).refusal(), "count 0");
        BatchRequest repeatFirst = parse(parent(0, 0, null, 1, repeatRow(0, D1)));
        assertTrue(repeatFirst.truncated());
        assertEquals(0, repeatFirst.rows().size());
        BatchRequest unknown = parse(parent(0, 0, null, 2, concat(fullRow(0, D1, "test", 0, 1, 0, 0),
                fullRow(1, D2, "nope", 0, 1, 0, 0))));
        assertEquals(1, unknown.rows().size());
        assertTrue(unknown.truncated());
        BatchRequest complete = parse(parent(0, 0, null, 1, fullRow(0, D1, "test", 0, 1, 0, 0)));
        assertFalse(complete.truncated());
        assertEquals(4, BatchRequest.parse(new byte[22], 22, ns -> true, f -> 0).refusal(), "no batch field");
        byte[] badFilter = parent(0, 0, new byte[] {5}, 1, fullRow(0, D1, "test", 0, 1, 0, 0));
        assertEquals(4, BatchRequest.parse(badFilter, badFilter.length, ns -> true, f -> 4).refusal(), "bad filter");
    }

    @Test
    void aBatchFieldDeclaredLongerThanTheMessageIsReadToTheMessageEnd() throws Exception {
        byte[] body = parent(0, 0, new byte[] {(byte) 0xc3}, 1, fullRow(0, D1, "test", 0, 1, 0, 0));
        int batchFieldAt = 22 + 5 + 1;
        ByteBuffer.wrap(body).putInt(batchFieldAt, ByteBuffer.wrap(body).getInt(batchFieldAt) + 6);
        assertEquals(1, parse(body).rows().size());
    }

    private static BatchRequest parse(byte[] body) {
        return BatchRequest.parse(body, body.length, Set.of("test")::contains, f -> 0);
    }

    private static MessageView view(byte[] message) throws Exception {
        MessageView v = new MessageView();
        v.parse(message, 0, message.length);
        return v;
    }

    private static byte[] parent(int info3, int flags, byte[] filter, int count, byte[] rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer h = ByteBuffer.allocate(22);
        h.put((byte) 22).put((byte) MsgFlags.INFO1_BATCH).put((byte) 0).put((byte) info3).put((byte) 0).put((byte) 0)
                .putInt(0).putInt(0).putInt(0).putShort((short) (filter == null ? 1 : 2)).putShort((short) 0);
        out.writeBytes(h.array());
        if (filter != null) {
            out.writeBytes(ByteBuffer.allocate(5).putInt(filter.length + 1).put((byte) FieldType.FILTER_EXP).array());
            out.writeBytes(filter);
        }
        out.writeBytes(ByteBuffer.allocate(10).putInt(1 + 5 + rows.length).put((byte) FieldType.BATCH_INDEX)
                .putInt(count).put((byte) flags).array());
        out.writeBytes(rows);
        return out.toByteArray();
    }

    private static byte[] fullRow(int index, byte[] digest, String ns, int rowFlags, int info1, int info2, int info3) {
        byte[] name = ns.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(4 + 20 + 1 + 1 + 2 + 4 + 5 + name.length);
        b.putInt(index).put(digest).put((byte) rowFlags).put((byte) info1);
        if ((rowFlags & 0x02) != 0) {
            b.put((byte) info2).put((byte) info3);
        }
        b.putShort((short) 1).putShort((short) 0).putInt(name.length + 1).put((byte) FieldType.NAMESPACE).put(name);
        return Arrays.copyOf(b.array(), b.position());
    }

    private static byte[] repeatRow(int index, byte[] digest) {
        return ByteBuffer.allocate(25).putInt(index).put(digest).put((byte) 0x01).array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List.of(parts).forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static byte[] digest(int seed) {
        byte[] d = new byte[20];
        Arrays.fill(d, (byte) seed);
        return d;
    }
}
