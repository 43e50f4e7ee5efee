package io.spikesdk.it.cdt;

import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.Key;
import io.spikesdk.api.Operation;
import io.spikesdk.cdt.ListOperations;
import io.spikesdk.cdt.ListOrder;
import io.spikesdk.cdt.ListPolicy;
import io.spikesdk.cdt.ListWriteFlags;
import io.spikesdk.cdt.MapOperations;
import io.spikesdk.cdt.MapOrder;
import io.spikesdk.cdt.MapPolicy;
import io.spikesdk.cdt.MapWriteFlags;
import io.spikesdk.it.TestTarget;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs CDT test tables through our client and through the official client, against the embedded
 * server (or the real one named by {@code AEROSPIKE_HOSTS}). Every row gets its own record; initial
 * bins are written with our client.
 */
final class CdtTables {
    static final String SET = "it_cdt";

    private static AerospikeClient ours;
    private static com.aerospike.client.AerospikeClient official;

    private CdtTables() {
    }

    /** Our client, shared by all tables and closed when the JVM exits. */
    static synchronized AerospikeClient ours() {
        if (ours == null) {
            ours = Aerospike.client(TestTarget.config().build()).connect();
            Runtime.getRuntime().addShutdownHook(new Thread(ours::close, "cdt-tables-close"));
        }
        return ours;
    }

    /** The official client, connected to the same hosts, shared and closed when the JVM exits. */
    static synchronized com.aerospike.client.AerospikeClient official() {
        if (official == null) {
            com.aerospike.client.Host[] hosts = TestTarget.hosts().stream()
                .map(h -> new com.aerospike.client.Host(h.name(), h.port()))
                .toArray(com.aerospike.client.Host[]::new);
            official = new com.aerospike.client.AerospikeClient(new com.aerospike.client.policy.ClientPolicy(), hosts);
            Runtime.getRuntime().addShutdownHook(new Thread(official::close, "cdt-tables-close-official"));
        }
        return official;
    }

    /** One container per client, one test per row. */
    static Stream<DynamicNode> run(String table, List<CdtRow> rows) {
        List<CdtTarget> targets = List.of(new OurTarget(ours()), new OfficialTarget(official()));
        return targets.stream().map(target -> DynamicContainer.dynamicContainer(target.name(),
            IntStream.range(0, rows.size()).mapToObj(i -> DynamicTest.dynamicTest(rows.get(i).toString(),
                () -> check(target, Key.of(TestTarget.NAMESPACE, SET, table + "-" + target.name() + "-" + i), rows.get(i))))));
    }

    /** Runs one row through one client and checks result, bin afterwards and errors. */
    static void check(CdtTarget target, Key key, CdtRow row) {
        String bin = row.call.bin();
        setUp(key, bin, row.initial);
        CdtTarget.Snapshot before = target.read(key, bin);
        boolean sort = target.unorderedMaps();
        if (row.error != null) {
            try {
                String result = target.operate(key, row.call);
                fail("expected " + row.error + " but got " + result);
            } catch (CdtTarget.Failure f) {
                assertEquals(row.error.code(), f.code, "result code");
                assertTrue(f.rightType, "exception class for " + row.error + ": " + f.getCause().getClass());
            }
            assertEquals(before, target.read(key, bin), "record unchanged after the error");
            return;
        }
        String result = target.operate(key, row.call);
        assertEquals(expected(row.result, sort, result), result, "result");
        String after = target.read(key, bin).bin();
        assertEquals(row.after == null ? before.bin() : expected(row.after, sort, after), after, "bin afterwards");
    }

    private static String expected(String notation, boolean sortMaps, String actual) {
        if (notation.equals("-")) {
            return "-";
        }
        String canonical = Notation.canonical(notation, sortMaps);
        // The official client returns an empty KEY_VALUE result as an empty list.
        return sortMaps && canonical.equals("{}") && actual.equals("[]") ? "[]" : canonical;
    }

    /** Writes the record: bin {@code x = 1} and {@code bin} as described by the row's initial notation. */
    static void setUp(Key key, String bin, String initial) {
        AerospikeClient client = ours();
        client.delete(key);
        client.put(key, Bin.of("x", 1));
        if (initial.equals("-")) {
            return;
        }
        List<Operation> ops = new ArrayList<>();
        if (initial.startsWith("o[")) {
            List<Object> items = Notation.list(initial.substring(1));
            ops.add(ListOperations.setOrder(bin, ListOrder.ORDERED));
            if (!items.isEmpty()) {
                ops.add(ListOperations.appendItems(ListPolicy.of(ListOrder.ORDERED, ListWriteFlags.DEFAULT), bin, items));
            }
        } else if (initial.startsWith("k{") || initial.startsWith("kv{")) {
            MapOrder order = initial.startsWith("k{") ? MapOrder.KEY_ORDERED : MapOrder.KEY_VALUE_ORDERED;
            Map<Object, Object> items = Notation.map(initial.substring(initial.indexOf('{')));
            ops.add(MapOperations.create(bin, order));
            if (!items.isEmpty()) {
                ops.add(MapOperations.putItems(MapPolicy.of(order, MapWriteFlags.DEFAULT), bin, items));
            }
        } else {
            client.put(key, Bin.of(bin, Notation.parse(initial)));
            return;
        }
        client.operate(key, ops);
    }
}
