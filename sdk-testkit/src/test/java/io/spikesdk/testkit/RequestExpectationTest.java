package io.spikesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.api.ResultCode;
import io.spikesdk.testkit.support.Clients;
import org.junit.jupiter.api.Test;

/** Request expectations, verified against what both clients send. */
class RequestExpectationTest {

    @Test
    void countsTheOfficialClientsMatchingRequests() {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).build().start();
             com.aerospike.client.AerospikeClient client = Clients.connect(server)) {
            client.put(null, new Key("test", "orders", "before"), new Bin("n", 0));
            server.expect().command(CommandKind.WRITE).namespace("test").set("orders").times(3);
            server.expect().command(CommandKind.READ).key("o-2").once();
            server.expect().command(CommandKind.DELETE).never();
            server.expect().bin("status").atLeast(2);
            for (int i = 1; i <= 3; i++) {
                client.put(null, new Key("test", "orders", "o-" + i), new Bin("status", "new"));
            }
            client.put(null, new Key("test", "customers", "c-1"), new Bin("n", 1));
            client.get(null, new Key("test", "orders", "o-2"));
            server.verify();
        }
    }

    @Test
    void aFailureListsWhatWasReceived() {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).build().start();
             AerospikeClient client = Aerospike.client(ClientConfig.builder()
                     .hosts(Host.of(server.host(), server.port())).build()).connect()) {
            RequestExpectation writes = server.expect().command(CommandKind.WRITE).set("orders").times(3);
            client.put(io.spikesdk.api.Key.of("test", "orders", "o-1"), io.spikesdk.api.Bin.of("total", 10));
            client.put(io.spikesdk.api.Key.of("test", "carts", "c-1"), io.spikesdk.api.Bin.of("total", 5));

            AssertionError e = assertThrows(AssertionError.class, server::verify);
            String[] lines = e.getMessage().split("\n");
            assertEquals("Expected exactly 3 requests matching WRITE, set orders, received 1.", lines[0]);
            assertEquals("Requests received since the expectation was declared (info requests left out), "
                    + "'+' = matching:", lines[1]);
            assertTrue(lines[2].matches("  \\+ #\\d+ WRITE test/orders digest \\w+ \\(partition \\d+\\) "
                    + "\\[WRITE total=10] -> 0 OK at \\w+"), lines[2]);
            assertTrue(lines[3].startsWith("    #") && lines[3].contains(" WRITE test/carts "), lines[3]);
            assertEquals(4, lines.length, e.getMessage());
            assertEquals(1, writes.matches().size());
            assertThrows(AssertionError.class, writes::verify);

            server.clearExpectations();
            server.verify();
        }
    }

    @Test
    void severalFailuresAreReportedTogether() {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).build().start();
             com.aerospike.client.AerospikeClient client = Clients.connect(server)) {
            server.expect().command(CommandKind.READ).atLeast(1);
            server.expect().resultCode(ResultCode.KEY_NOT_FOUND_ERROR).never();
            client.get(null, new Key("test", "s", "missing"));
            AssertionError e = assertThrows(AssertionError.class, server::verify);
            assertTrue(e.getMessage().startsWith("Expected no request matching answered KEY_NOT_FOUND_ERROR, "
                    + "received 1."), e.getMessage());

            server.clearExpectations();
            server.expect().command(CommandKind.WRITE).once();
            server.expect().command(CommandKind.DELETE).once();
            AssertionError both = assertThrows(AssertionError.class, server::verify);
            assertTrue(both.getMessage().startsWith("2 request expectations failed:\n\nExpected exactly 1 request "
                    + "matching WRITE, received 0.\nNo data request was received"), both.getMessage());
        }
    }

    @Test
    void aClusterVerifiesWhatEveryNodeReceived() {
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(2).build().start();
             com.aerospike.client.AerospikeClient client = Clients.connect(cluster.node(0))) {
            cluster.expect().command(CommandKind.WRITE).set("s").times(20);
            for (int i = 0; i < 20; i++) {
                client.put(null, new Key("test", "s", i), new Bin("n", i));
            }
            cluster.verify();
            assertTrue(ActivityInspectionTest.dataRequests(cluster.activity(), 20).stream()
                    .allMatch(e -> e.toString().contains(" WRITE test/s ")));
        }
    }

    @Test
    void refusesImpossibleCounts() {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).build().start()) {
            assertThrows(IllegalArgumentException.class, () -> server.expect().times(-1));
            assertThrows(IllegalArgumentException.class, () -> server.expect().key(1.5));
        }
    }
}
