package io.spikesdk.it.info;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Info;
import com.aerospike.client.Key;
import com.aerospike.client.cluster.Node;
import com.aerospike.client.policy.WritePolicy;
import io.spikesdk.api.Aerospike;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.it.TestTarget;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.EmbeddedCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The testkit's {@code testkit-*} info commands, which suites in other languages send to a standalone embedded
 * server: a real CE 8.1.2.0 node does not know them (so a suite can tell the two apart). The embedded side runs on
 * a server of its own: resetting or advancing the shared target would disturb the other tests.
 */
class TestkitCommandsTest {
    private static final String[] COMMANDS = {"testkit-reset", "testkit-advance:ms=1000", "testkit-clock",
        "testkit-load:path=orders.json", "testkit-dump:path=out.json", "testkit-activity", "testkit-activity:limit=5"};

    @Test
    void aRealServerDoesNotKnowThem() {
        if (!TestTarget.isRealServer()) {
            try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).build().start();
                    AerospikeClient client = new AerospikeClient(server.host(), server.port())) {
                assertEquals("ERROR:4:unrecognized command", Info.request(client.getNodes()[0], "testkit-other"));
            }
            return;
        }
        try (AerospikeClient client = TestTarget.officialClient()) {
            for (String command : COMMANDS) {
                assertEquals("ERROR:4:unrecognized command", Info.request(client.getNodes()[0], command), command);
            }
        }
    }

    @Test
    void theEmbeddedServerAdvancesItsClockAndResets() {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).build().start();
                AerospikeClient client = new AerospikeClient(server.host(), server.port())) {
            Node node = client.getNodes()[0];
            WritePolicy oneSecond = new WritePolicy();
            oneSecond.expiration = 1;
            Key expiring = new Key("test", "testkit", "expiring");
            Key kept = new Key("test", "testkit", "kept");
            client.put(oneSecond, expiring, new Bin("v", 1));
            client.put(null, kept, new Bin("v", 2));

            assertEquals("ok", Info.request(node, "testkit-advance:ms=1000"));
            assertFalse(client.exists(null, expiring));
            assertTrue(client.exists(null, kept));
            assertTrue(Info.request(node, "testkit-clock").endsWith(";offset=1000"));

            assertEquals("ok", Info.request(node, "testkit-reset"));
            assertFalse(client.exists(null, kept));
            assertTrue(Info.request(node, "testkit-clock").endsWith(";offset=0"));
        }
    }

    @Test
    void fixturesGoInAndOutByPath(@TempDir Path dir) throws Exception {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).build().start();
                AerospikeClient client = new AerospikeClient(server.host(), server.port());
                io.spikesdk.api.AerospikeClient ours = Aerospike.client(ClientConfig.builder()
                        .hosts(List.of(Host.of(server.host(), server.port()))).build()).connect()) {
            Node node = client.getNodes()[0];
            client.put(null, new Key("test", "orders", "o-1"), new Bin("total", 4200));
            client.put(null, new Key("test", "other", "x"), new Bin("v", "a;b"));
            Path json = dir.resolve("snapshot.json");
            Path backup = dir.resolve("orders.asb");
            assertEquals("ok", Info.request(node, "testkit-dump:path=" + json));
            assertEquals("ok", ours.info("testkit-dump:path=" + backup + ";format=asbackup;namespace=test;set=orders"));
            assertTrue(Files.readString(json).contains("\"total\": 4200"), Files.readString(json));
            String asb = Files.readString(backup);
            assertTrue(asb.startsWith("Version 3.1") && asb.contains("orders") && !asb.contains("other"), asb);

            assertEquals("ok", Info.request(node, "testkit-reset"));
            assertEquals("loaded=2", Info.request(node, "testkit-load:path=" + json));
            assertEquals(4200, client.get(null, new Key("test", "orders", "o-1")).getInt("total"));
            assertEquals("a;b", client.get(null, new Key("test", "other", "x")).getString("v"));

            assertEquals("ok", ours.info("testkit-reset"));
            assertEquals("loaded=1", ours.info("testkit-load:path=" + backup));
            assertEquals(4200, client.get(null, new Key("test", "orders", "o-1")).getInt("total"));
            assertFalse(client.exists(null, new Key("test", "other", "x")));
        }
    }

    @Test
    void badFixtureCommandsAnswerErrors(@TempDir Path dir) throws Exception {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).build().start();
                AerospikeClient client = new AerospikeClient(server.host(), server.port())) {
            Node node = client.getNodes()[0];
            assertEquals("ERROR:4:missing 'path'", Info.request(node, "testkit-load"));
            assertEquals("ERROR:4:missing 'path' value", Info.request(node, "testkit-dump:path="));
            assertTrue(Info.request(node, "testkit-load:path=" + dir.resolve("absent.json")).startsWith("ERROR:4:"));
            assertTrue(Info.request(node, "testkit-dump:path=" + dir.resolve("x.json") + ";format=xml")
                    .startsWith("ERROR:4:format must be json or asbackup"));
            Path broken = dir.resolve("broken.json");
            Files.writeString(broken, "{\"records\": [{\"set\": \"s\"}]}");
            String answer = Info.request(node, "testkit-load:path=" + broken);
            assertTrue(answer.startsWith("ERROR:4:") && answer.contains("namespace"), answer);
            assertEquals("ERROR:4:bad 'limit' value: 0", Info.request(node, "testkit-activity:limit=0"));
        }
    }

    @Test
    void activityListsTheLastRequestsReadably() throws Exception {
        try (EmbeddedAerospike server = EmbeddedAerospike.builder().port(0).build().start();
                AerospikeClient client = new AerospikeClient(server.host(), server.port());
                io.spikesdk.api.AerospikeClient ours = Aerospike.client(ClientConfig.builder()
                        .hosts(List.of(Host.of(server.host(), server.port()))).build()).connect()) {
            client.put(null, new Key("test", "orders", "o-1"), new Bin("note", "a;b"));
            ours.get(io.spikesdk.api.Key.of("test", "orders", "o-2"));
            String answer = Info.request(client.getNodes()[0], "testkit-activity:limit=2");
            String[] entries = answer.split(";");
            assertEquals(2, entries.length, answer);
            assertTrue(entries[0].contains("WRITE test/orders digest ") && entries[0].contains("a%3Bb"), entries[0]);
            assertTrue(entries[1].contains("READ test/orders digest ") && entries[1].contains("-> 2 KEY_NOT_FOUND"),
                    entries[1]);
            String all = ours.info("testkit-activity");
            assertTrue(all.split(";").length >= 3, all);   // the info requests are logged too
        }
    }

    @Test
    void onAClusterNodeTheyActOnTheWholeCluster(@TempDir Path dir) {
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(2).build().start();
                AerospikeClient client = new AerospikeClient("127.0.0.1", cluster.node(0).port())) {
            for (int i = 0; i < 20; i++) {
                client.put(null, new Key("test", "c", i), new Bin("i", i));
            }
            Node node = client.getNodes()[0];
            Path json = dir.resolve("cluster.json");
            assertEquals("ok", Info.request(node, "testkit-dump:path=" + json));
            assertEquals("ok", Info.request(node, "testkit-reset"));
            assertEquals("loaded=20", Info.request(node, "testkit-load:path=" + json));
            for (int i = 0; i < 20; i++) {
                assertEquals(i, client.get(null, new Key("test", "c", i)).getInt("i"));
            }
        }
    }
}
