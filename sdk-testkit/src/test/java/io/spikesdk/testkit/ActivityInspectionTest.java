package io.spikesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.cdt.ListOperation;
import com.aerospike.client.policy.WritePolicy;
import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.testkit.support.Clients;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The activity log made readable, and assertNoPendingConnections, through both clients. */
class ActivityInspectionTest {

    @Test
    void theOfficialClientsRequestsAreDecoded() {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).build().start();
             com.aerospike.client.AerospikeClient client = Clients.connect(server)) {
            WritePolicy sendKey = new WritePolicy();
            sendKey.sendKey = true;
            Key key = new Key("test", "orders", "o-1");
            client.put(sendKey, key, new Bin("status", "paid"), new Bin("total", 4200));
            client.operate(null, key, ListOperation.append("items", com.aerospike.client.Value.get("pen")),
                    Operation.get("status"));
            client.get(null, key);
            client.delete(null, key);

            List<ActivityEntry> last = dataRequests(server.activity(), 4);
            ActivityEntry put = last.get(0);
            assertEquals(CommandKind.WRITE, put.kind());
            assertEquals("orders", put.set());
            assertEquals("o-1", put.userKey());
            assertEquals(List.of(new RequestOperation("WRITE", "status", "\"paid\""),
                    new RequestOperation("WRITE", "total", "4200")), put.operations());
            assertEquals(List.of("status", "total"), put.binNames());
            assertTrue(put.toString().matches("#\\d+ WRITE test/orders key=\"o-1\" digest " + put.digestHex()
                    + " \\(partition \\d+\\) \\[WRITE status=\"paid\", WRITE total=4200] -> 0 OK at \\w+"),
                    put.toString());

            ActivityEntry operate = last.get(1);
            assertNull(operate.userKey(), "the key is sent only with send-key");
            assertEquals("CDT_MODIFY", operate.operations().get(0).type());
            assertTrue(operate.operations().get(0).value().contains("\"pen\""), operate.toString());
            assertEquals(new RequestOperation("READ", "status", null), operate.operations().get(1));
            assertEquals(CommandKind.READ, last.get(2).kind());
            assertEquals(List.of(), last.get(2).operations(), "a get of every bin names none");
            assertEquals(CommandKind.DELETE, last.get(3).kind());

            String text = server.describeActivity(3);
            assertEquals(3, text.lines().count(), text);
            assertTrue(text.lines().anyMatch(l -> l.contains(" DELETE test/orders ")), text);
            assertEquals(List.of(), server.recentActivity(0));
        }
    }

    @Test
    void ourClientsBatchRowsAreDecodedOneByOne() {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).build().start();
             AerospikeClient client = Aerospike.client(ClientConfig.builder()
                     .hosts(Host.of(server.host(), server.port())).build()).connect()) {
            io.spikesdk.api.Key a = io.spikesdk.api.Key.of("test", "orders", "a");
            io.spikesdk.api.Key b = io.spikesdk.api.Key.of("test", "orders", "b");
            client.put(a, io.spikesdk.api.Bin.of("n", 1));
            client.put(b, io.spikesdk.api.Bin.of("n", 2));
            client.get(new io.spikesdk.api.Key[] {a, b});
            List<ActivityEntry> rows = server.activity().stream().filter(e -> e.kind() == CommandKind.READ).toList();
            assertEquals(2, rows.size(), server.describeActivity(5));
            assertTrue(rows.stream().allMatch(e -> "orders".equals(e.set())), server.describeActivity(5));
            assertTrue(rows.get(0).hasDigest(a.digest()) || rows.get(1).hasDigest(a.digest()));
        }
    }

    /** The last {@code n} data requests: the clients' tend threads send info requests at any time. */
    static List<ActivityEntry> dataRequests(List<ActivityEntry> activity, int n) {
        List<ActivityEntry> data = activity.stream().filter(e -> e.kind() != CommandKind.INFO).toList();
        return data.subList(Math.max(0, data.size() - n), data.size());
    }

    @Test
    void noPendingConnectionsOnceEveryClientIsClosed() {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).build().start()) {
            com.aerospike.client.AerospikeClient official = Clients.connect(server);
            AerospikeClient ours = Aerospike.client(ClientConfig.builder()
                    .hosts(Host.of(server.host(), server.port())).build()).connect();
            official.put(null, new Key("test", "s", 1), new Bin("n", 1));
            ours.get(io.spikesdk.api.Key.of("test", "s", 1));

            AssertionError open = assertThrows(AssertionError.class,
                    () -> server.assertNoPendingConnections(Duration.ofMillis(50)));
            assertTrue(open.getMessage().matches("\\d+ client connections are still open to 127\\.0\\.0\\.1:"
                    + server.port() + " after 50 ms, from /127\\.0\\.0\\.1:\\d+.*: close every client.*"),
                    open.getMessage());

            official.close();
            ours.close();
            server.assertNoPendingConnections();
        }
    }
}
