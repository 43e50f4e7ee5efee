package io.spikesdk.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import io.spikesdk.api.Host;
import io.spikesdk.it.OfficialClientTest;
import io.spikesdk.it.TestTarget;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Batch-index requests built by hand, for what the official client never sends or cannot show: the stop rules of
 * respondAllKeys=false with and without "report error record", REPEAT rows, rows that end early, a bad top-level
 * filter, and the 128 KiB response buffers. The answers are CE 8.1.2.0's (this class passes against it); each is
 * a stream of rows "index:rc" ending with "LAST:rc". Every request allows inline processing, as the Java client's
 * do: without it the real server runs rows on its service threads and answers them in completion order.
 */
class RawBatchTest extends OfficialClientTest {
    private static final String SET = "raw_batch";

    @Test
    void withoutRespondAllKeysAnErrorEndsTheStreamAfterItsBuffer() throws IOException {
        Key[] k = keys(3);
        byte[] request = RawBatch.request(RawBatch.REPORT_ERROR_RECORD, 3, null,
                List.of(RawBatch.readRow(0, k[0]), RawBatch.writeRow(1, k[1], "b", 1, 5),
                        RawBatch.writeRow(2, k[2], "b", 2, 0)));
        assertEquals("0:0 1:3 2:0 LAST:3", exchange(request));
        assertEquals(2L, client.get(null, k[2]).getLong("b"), "rows after the error still run");
    }

    @Test
    void withoutReportErrorRecordOnlyTheMarkerComes() throws IOException {
        Key[] k = keys(3);
        byte[] request = RawBatch.request(0, 3, null, List.of(RawBatch.readRow(0, k[0]),
                RawBatch.writeRow(1, k[1], "b", 1, 5), RawBatch.writeRow(2, k[2], "b", 2, 0)));
        assertEquals("LAST:3", exchange(request));
        assertEquals(2L, client.get(null, k[2]).getLong("b"));
    }

    @Test
    void notFoundAndFilteredOutDoNotStopTheStream() throws IOException {
        Key[] k = keys(2);
        Key missing = new Key(TestTarget.NAMESPACE, SET, 99);
        client.delete(null, missing);
        byte[] request = RawBatch.request(0, 3, null, List.of(RawBatch.readRow(0, missing), RawBatch.readRow(1, k[0]),
                RawBatch.readRow(2, k[1])));
        assertEquals("0:2 1:0 2:0 LAST:0", exchange(request));
    }

    @Test
    void respondAllKeysReportsEveryRow() throws IOException {
        Key[] k = keys(3);
        byte[] request = RawBatch.request(RawBatch.RESPOND_ALL_KEYS | RawBatch.REPORT_ERROR_RECORD, 3, null,
                List.of(RawBatch.writeRow(7, k[0], "b", 1, 9), RawBatch.readRow(3, k[1]),
                        RawBatch.writeRow(5, k[2], "b", 1, 9)));
        assertEquals("7:3 3:0 5:3 LAST:0", exchange(request));
    }

    @Test
    void repeatRowsReuseThePreviousMessage() throws IOException {
        Key[] k = keys(3);
        byte[] request = RawBatch.request(RawBatch.RESPOND_ALL_KEYS, 3, null,
                List.of(RawBatch.readRow(0, k[0]), RawBatch.repeatRow(1, k[1]), RawBatch.repeatRow(2, k[2])));
        assertEquals("0:0 1:0 2:0 LAST:0", exchange(request));
    }

    @Test
    void rowsEndingEarlyFailTheBatchAfterRunningTheRowsBefore() throws IOException {
        Key[] k = keys(2);
        assertEquals("LAST:4", exchange(RawBatch.request(RawBatch.RESPOND_ALL_KEYS, 1, null,
                List.of(RawBatch.repeatRow(0, k[0])))), "REPEAT first");
        assertEquals("LAST:4", exchange(RawBatch.request(RawBatch.RESPOND_ALL_KEYS, 2, null,
                List.of(RawBatch.readRowWithKey(0, k[0]), RawBatch.repeatRow(1, k[1])))), "REPEAT after a KEY");
        assertEquals("LAST:4", exchange(RawBatch.request(RawBatch.RESPOND_ALL_KEYS, 3, null,
                List.of(RawBatch.writeRow(0, k[0], "c", 7, 0), RawBatch.readRow(1, k[1])))), "count above the rows");
        assertEquals(7L, client.get(null, k[0]).getLong("c"), "the rows before ran");
        Key unknown = new Key("no_such_ns", SET, 1);
        assertEquals("LAST:4", exchange(RawBatch.request(RawBatch.RESPOND_ALL_KEYS, 2, null,
                List.of(RawBatch.writeRow(0, k[1], "c", 8, 0), RawBatch.readRow(1, unknown)))), "unknown namespace");
        assertEquals(8L, client.get(null, k[1]).getLong("c"));
        assertEquals("LAST:4", exchange(RawBatch.request(RawBatch.RESPOND_ALL_KEYS, 0, null, List.of())), "count 0");
    }

    @Test
    void aTopLevelFilterThatIsNotBooleanRefusesTheBatch() throws IOException {
        Key[] k = keys(1);
        byte[] intLiteral = {0x05};
        assertEquals("LAST:4", exchange(RawBatch.request(RawBatch.RESPOND_ALL_KEYS, 1, intLiteral,
                List.of(RawBatch.readRow(0, k[0])))));
        byte[] trueLiteral = {(byte) 0xc3};
        assertEquals("0:0 LAST:0", exchange(RawBatch.request(RawBatch.RESPOND_ALL_KEYS, 1, trueLiteral,
                List.of(RawBatch.readRow(0, k[0])))));
        byte[] falseLiteral = {(byte) 0xc2};
        assertEquals("0:27 LAST:0", exchange(RawBatch.request(RawBatch.RESPOND_ALL_KEYS, 1, falseLiteral,
                List.of(RawBatch.readRow(0, k[0])))));
    }

    /**
     * A failed write row (22 bytes) then read rows of 426 bytes (header 22, op header 8, bin name 1, value 395): the
     * first 128 KiB buffer (less its 32-byte header) holds the failing row and 307 reads, and is the last one sent.
     */
    @Test
    void responsesAreCutIn128KiBBuffers() throws IOException {
        Key big = new Key(TestTarget.NAMESPACE, SET, "big");
        client.delete(null, big);
        client.put(null, big, new Bin("s", "x".repeat(395)));
        int n = 1_000;
        List<byte[]> rows = new ArrayList<>();
        rows.add(RawBatch.writeRow(0, big, "never", 1, 9));
        for (int i = 1; i < n; i++) {
            rows.add(RawBatch.readRow(i, big));
        }
        List<RawBatch.Row> all = RawBatch.rows(RawBatch.exchange(host().name(), host().port(),
                inline(RawBatch.request(RawBatch.REPORT_ERROR_RECORD, n, null, rows))));
        int readRowSize = 22 + 8 + 1 + 395;
        int perBuffer = 1 + (128 * 1024 - 32 - 22) / readRowSize;
        assertEquals(perBuffer + 1, all.size(), "the first buffer's rows, then LAST");
        assertEquals(3, all.get(all.size() - 1).resultCode());
        assertTrue(all.get(all.size() - 1).last());
    }

    @Test
    void statisticsCountBatchesAndTheirFailures() throws IOException {
        Key[] k = keys(1);
        long[] before = batchStats();
        exchange(RawBatch.request(RawBatch.RESPOND_ALL_KEYS, 1, null, List.of(RawBatch.readRow(0, k[0]))));
        exchange(RawBatch.request(RawBatch.RESPOND_ALL_KEYS, 0, null, List.of()));
        exchange(RawBatch.request(0, 1, null, List.of(RawBatch.writeRow(0, k[0], "b", 1, 9))));
        long[] after = batchStats();
        assertEquals(3, after[0] - before[0], "batch_index_initiate");
        assertEquals(1, after[1] - before[1], "batch_index_complete");
        assertEquals(2, after[2] - before[2], "batch_index_error: a refused batch and a stopped one");
    }

    /** batch_index_initiate, batch_index_complete, batch_index_error from {@code statistics}. */
    private static long[] batchStats() {
        String stats = com.aerospike.client.Info.request(null, client.getNodes()[0], "statistics");
        long[] out = new long[3];
        String[] names = {"batch_index_initiate", "batch_index_complete", "batch_index_error"};
        for (String entry : stats.split(";")) {
            for (int i = 0; i < names.length; i++) {
                if (entry.startsWith(names[i] + "=")) {
                    out[i] = Long.parseLong(entry.substring(names[i].length() + 1));
                }
            }
        }
        return out;
    }

    private static Key[] keys(int n) {
        Key[] keys = new Key[n];
        for (int i = 0; i < n; i++) {
            keys[i] = new Key(TestTarget.NAMESPACE, SET, i);
            client.delete(null, keys[i]);
            client.put(null, keys[i], new Bin("a", i));
        }
        return keys;
    }

    /** The request with the allowInline parent flag set (the flags byte follows the 4-byte row count). */
    private static byte[] inline(byte[] request) {
        int fieldAt = 8 + 22;
        int nFields = ((request[8 + 18] & 0xFF) << 8) | (request[8 + 19] & 0xFF);
        for (int i = 1; i < nFields; i++) {
            fieldAt += 4 + java.nio.ByteBuffer.wrap(request, fieldAt, 4).getInt();
        }
        byte[] copy = request.clone();
        copy[fieldAt + 5 + 4] |= RawBatch.ALLOW_INLINE;
        return copy;
    }

    private static Host host() {
        return TestTarget.hosts().get(0);
    }

    /** Sends with allowInline set, as the Java client does: the rows then run, and answer, in request order. */
    private static String exchange(byte[] request) throws IOException {
        return RawBatch.rows(RawBatch.exchange(host().name(), host().port(), inline(request))).stream()
                .map(r -> r.last() ? "LAST:" + r.resultCode() : r.index() + ":" + r.resultCode())
                .collect(Collectors.joining(" "));
    }

}
