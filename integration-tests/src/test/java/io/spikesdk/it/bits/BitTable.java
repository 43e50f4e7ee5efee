package io.spikesdk.it.bits;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.Key;
import io.spikesdk.api.Operation;
import io.spikesdk.api.Record;
import io.spikesdk.api.ResultCode;
import io.spikesdk.it.TestTarget;
import org.junit.jupiter.api.DynamicTest;

import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Runs tables of single bit operations on bin {@code b} through our client. Each row starts from a record holding
 * {@code x = 1} and bin {@code b} as the row says: {@code "-"} absent, {@code "int"} the integer 5, else the blob
 * in hex ({@code ""} is the empty blob). Results and bins are shown the same way: hex for blobs, decimal for
 * integers, {@code "-"} for no value.
 */
final class BitTable {
    static final String SET = "it_bits";
    private static final HexFormat HEX = HexFormat.of();
    private static AerospikeClient client;

    /** One row: the op, what it returns (or the error) and the bin afterwards ({@code null}: unchanged). */
    record Row(String initial, Operation op, String result, ResultCode error, String after) {
        @Override
        public String toString() {
            return initial + " " + op + (error != null ? " -> " + error : " -> " + result + (after != null ? " / " + after : ""));
        }
    }

    private BitTable() {
    }

    static Row row(String initial, Operation op, String result) {
        return new Row(initial, op, result, null, null);
    }

    static Row row(String initial, Operation op, String result, String after) {
        return new Row(initial, op, result, null, after);
    }

    static Row fails(String initial, Operation op, ResultCode error) {
        return new Row(initial, op, null, error, null);
    }

    static synchronized AerospikeClient client() {
        if (client == null) {
            client = Aerospike.client(TestTarget.config().build()).connect();
            Runtime.getRuntime().addShutdownHook(new Thread(client::close, "bit-table-close"));
        }
        return client;
    }

    static Stream<DynamicTest> run(String table, List<Row> rows) {
        return IntStream.range(0, rows.size()).mapToObj(i -> DynamicTest.dynamicTest(rows.get(i).toString(),
            () -> check(Key.of(TestTarget.NAMESPACE, SET, table + "-" + i), rows.get(i))));
    }

    static void setUp(Key key, String initial) {
        AerospikeClient c = client();
        c.delete(key);
        c.put(key, Bin.of("x", 1L));
        if (initial.equals("int")) {
            c.put(key, Bin.of("b", 5L));
        } else if (!initial.equals("-")) {
            c.put(key, Bin.of("b", HEX.parseHex(initial)));
        }
    }

    static String bin(Key key) {
        return show(client().get(key).getValue("b"));
    }

    static String show(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof byte[] bytes) {
            return HEX.formatHex(bytes);
        }
        return value instanceof Long l && l == 5L ? "int" : String.valueOf(value);
    }

    private static void check(Key key, Row row) {
        setUp(key, row.initial());
        String before = bin(key);
        if (row.error() != null) {
            AerospikeException e = assertThrows(AerospikeException.class, () -> client().operate(key, row.op()));
            assertEquals(row.error(), e.resultCode(), "result code");
            assertEquals(before, bin(key), "bin unchanged after the error");
            return;
        }
        Record r = client().operate(key, row.op());
        assertEquals(row.result(), show(r == null ? null : r.getValue("b")), "result");
        assertEquals(row.after() == null ? before : row.after(), bin(key), "bin afterwards");
    }
}
