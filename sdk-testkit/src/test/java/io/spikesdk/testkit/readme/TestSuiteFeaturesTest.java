package io.spikesdk.testkit.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

// tag::imports[]
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.Bin;
import io.spikesdk.api.Key;
import io.spikesdk.testkit.ActivityEntry;
import io.spikesdk.testkit.CommandKind;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.FixtureFormat;
import io.spikesdk.testkit.ServerRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
// end::imports[]
import io.spikesdk.testkit.junit.AerospikeFixture;
import io.spikesdk.testkit.junit.EmbeddedAerospikeTest;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixtures, inspection and expectations snippets of sdk-testkit/README.md. */
@EmbeddedAerospikeTest
@AerospikeFixture("/io/spikesdk/testkit/orders.json")
class TestSuiteFeaturesTest {

    @Test
    void loadAndDump(EmbeddedAerospike server, @TempDir Path dir) throws Exception {
        Path snapshot = dir.resolve("end-state.json");
        try (InputStream orders = TestSuiteFeaturesTest.class.getResourceAsStream("/io/spikesdk/testkit/orders.json")) {
            // tag::load-dump[]
            server.load(orders, FixtureFormat.JSON);        // or server.load(Path.of("orders.json")) / "backup.asb"
            // ... run the code under test ...
            server.dump(snapshot);                          // every record; the extension (.json, .asb) picks the format
            server.dump(System.out, FixtureFormat.ASBACKUP, "test", "orders");   // one namespace and set
            // end::load-dump[]
        }
        assertTrue(java.nio.file.Files.readString(snapshot).contains("\"key\": \"order-1\""));
    }

    @Test
    void inspect(EmbeddedAerospike server, AerospikeClient client) {
        client.put(Key.of("test", "orders", "order-9"), Bin.of("status", "open"), Bin.of("total", 10));
        // tag::inspect[]
        List<ServerRecord> orders = server.records("test", "orders");   // no client involved
        ServerRecord first = orders.get(0);
        Object status = first.bin("status");        // Java values: Long, Double, String, byte[], List, Map, ...
        Map<String, Long> perSet = server.setCounts("test");            // {customers=1, orders=3}
        List<ActivityEntry> last = server.recentActivity(5);            // decoded: set, key, operations
        System.out.println(server.describeActivity(5));
        // #41 WRITE test/orders digest 9f1c... (partition 3071) [WRITE status="open", WRITE total=10] -> 0 OK at BB9...
        // end::inspect[]
        assertTrue(orders.size() >= 3 && status != null && perSet.get("orders") >= 3);
        assertTrue(last.stream().anyMatch(e -> e.kind() == CommandKind.WRITE && "orders".equals(e.set())), last
                .toString());
    }

    @Test
    void expectations(EmbeddedAerospike server, AerospikeClient client) {
        // tag::expect[]
        server.expect().command(CommandKind.WRITE).namespace("test").set("orders").times(3);
        server.expect().command(CommandKind.READ).key("order-1").never();
        for (int i = 1; i <= 3; i++) {
            client.put(Key.of("test", "orders", "new-" + i), Bin.of("status", "new"));
        }
        server.verify();   // the extension also verifies after each test; a failure lists what was received
        // end::expect[]
    }

    @Test
    void noLeakedConnections() {
        // tag::connections[]
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).build().start()) {
            try (AerospikeClient client = io.spikesdk.api.Aerospike.client(io.spikesdk.api.ClientConfig.builder()
                    .hosts(io.spikesdk.api.Host.of(server.host(), server.port())).build()).connect()) {
                client.put(Key.of("test", "s", 1), Bin.of("n", 1));
            }
            server.assertNoPendingConnections();   // waits up to 2 s, then names the open connections
        }
        // end::connections[]
    }

    @Test
    void dumpToAString(EmbeddedAerospike server) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        server.dump(out, FixtureFormat.ASBACKUP, "test", "orders");
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Version 3.1\n# namespace test\n"));
    }
}
