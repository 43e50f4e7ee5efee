package io.spikesdk.core.internal.command;

import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.KeyRecord;
import io.spikesdk.api.PartitionFilter;
import io.spikesdk.api.ScanPolicy;
import io.spikesdk.core.SpikeClientProvider;
import io.spikesdk.core.testing.FakeNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rounds of a scan against a scripted node: a partition answered "unavailable" (partition-done with code 11) is
 * asked again in the next round, alone, and its records come once; a page keeps the last digest per partition and
 * the next page resumes after it (DIGEST_ARRAY) while finished partitions are not asked again.
 */
class ScanRoundsTest {
    private FakeNode node;
    private AerospikeClient client;

    @BeforeEach
    void start() throws Exception {
        node = new FakeNode("BB9FA4E000004", "test");
        client = new SpikeClientProvider().create(ClientConfig.builder().hosts(Host.of("127.0.0.1", node.port()))
            .build()).connect();
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        node.close();
    }

    private static byte[] digest(int pid, int salt) {
        byte[] d = new byte[20];
        d[0] = (byte) pid;
        d[1] = (byte) (pid >>> 8);
        d[19] = (byte) salt;
        return d;
    }

    private static byte[] message(int info3, int resultCode, int generation, byte[] digest) {
        ByteBuffer b = ByteBuffer.allocate(22 + (digest == null ? 0 : 5 + 4 + 5 + 20));
        b.put((byte) 22).put((byte) 0).put((byte) 0).put((byte) info3).put((byte) 0).put((byte) resultCode);
        b.putInt(generation).putInt(0).putInt(0).putShort((short) (digest == null ? 0 : 2)).putShort((short) 0);
        if (digest != null) {
            b.putInt(5).put((byte) 0).put("test".getBytes(StandardCharsets.UTF_8));
            b.putInt(21).put((byte) 4).put(digest);
        }
        return b.array();
    }

    private static byte[] frame(byte[]... messages) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] m : messages) {
            body.writeBytes(m);
        }
        ByteBuffer b = ByteBuffer.allocate(8 + body.size());
        b.putLong((2L << 56) | (3L << 48) | body.size());
        b.put(body.toByteArray());
        return b.array();
    }

    private static byte[] record(byte[] digest) {
        return message(0, 0, 1, digest);
    }

    private static byte[] partitionDone(int pid, int resultCode) {
        return message(0x04, resultCode, pid, null);
    }

    private static byte[] last() {
        return message(0x01, 0, 0, null);
    }

    /** The values of field {@code type} of a request frame, or null. */
    private static byte[] field(byte[] request, int type) {
        ByteBuffer b = ByteBuffer.wrap(request);
        int fields = b.getShort(8 + 18) & 0xFFFF;
        int off = 8 + 22;
        for (int i = 0; i < fields; i++) {
            int size = b.getInt(off);
            if (request[off + 4] == type) {
                byte[] data = new byte[size - 1];
                System.arraycopy(request, off + 5, data, 0, size - 1);
                return data;
            }
            off += 4 + size;
        }
        return null;
    }

    @Test
    void anUnavailablePartitionIsAskedAgainAloneAndItsRecordsComeOnce() throws Exception {
        byte[] d7 = digest(7, 1);
        byte[] d9 = digest(9, 1);
        node.respondWith((frame, i) -> FakeNode.Action.reply(i == 0
            ? frame(record(d7), partitionDone(7, 0), partitionDone(9, 11), last())
            : frame(record(d9), partitionDone(9, 0), last())));
        List<KeyRecord> records = new ArrayList<>();
        client.scan(ScanPolicy.DEFAULT, "test", "s", records::add);
        assertEquals(2, records.size());
        byte[] first = node.nextRequest();
        assertEquals(2 * 4096, field(first, 11).length);
        byte[] second = node.nextRequest();
        assertEquals("0900", java.util.HexFormat.of().formatHex(field(second, 11)), "only partition 9 again");
    }

    @Test
    void unavailableEveryRoundFailsAfterMaxRetries() throws Exception {
        node.respondWith((frame, i) -> FakeNode.Action.reply(frame(partitionDone(9, 11), last())));
        io.spikesdk.api.AerospikeException e = org.junit.jupiter.api.Assertions.assertThrows(
            io.spikesdk.api.AerospikeException.class,
            () -> client.scan(ScanPolicy.builder().maxRetries(2).build(), "test", "s", r -> { }));
        assertEquals(io.spikesdk.api.ResultCode.PARTITION_UNAVAILABLE, e.resultCode());
        assertEquals(3, node.messageCount());
    }

    @Test
    void aPageResumesAfterItsLastDigest() throws Exception {
        byte[] d5 = digest(5, 3);
        node.respondWith((frame, i) -> FakeNode.Action.reply(i == 0
            ? frame(record(d5), last())
            : frame(last())));
        PartitionFilter filter = PartitionFilter.range(4, 3);
        client.scan(ScanPolicy.builder().maxRecords(1).build(), filter, "test", "s", r -> { });
        assertFalse(filter.isDone());
        node.nextRequest();
        client.scan(ScanPolicy.builder().maxRecords(1).build(), filter, "test", "s", r -> { });
        byte[] second = node.nextRequest();
        assertEquals("04000600", java.util.HexFormat.of().formatHex(field(second, 11)));
        assertEquals(java.util.HexFormat.of().formatHex(d5), java.util.HexFormat.of().formatHex(field(second, 12)));
        assertTrue(filter.isDone());
    }
}
