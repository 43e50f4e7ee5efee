package io.spikesdk.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.Bin;
import com.aerospike.client.Info;
import com.aerospike.client.Key;
import com.aerospike.client.Value;
import com.aerospike.client.cdt.ListOperation;
import com.aerospike.client.cdt.ListOrder;
import com.aerospike.client.cdt.ListPolicy;
import com.aerospike.client.cdt.ListWriteFlags;
import com.aerospike.client.cdt.MapOperation;
import com.aerospike.client.cdt.MapOrder;
import com.aerospike.client.cdt.MapPolicy;
import com.aerospike.client.policy.WritePolicy;
import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.GeoJson;
import io.spikesdk.api.Host;
import io.spikesdk.testkit.support.Clients;
import io.spikesdk.testkit.support.MutableClock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixtures (load and dump, JSON and asbackup) and records() through both clients. */
class FixturesTest {
    private static final long START = 1_780_000_000_000L;

    @TempDir
    Path dir;

    private static EmbeddedAerospike server(MutableClock clock) {
        return EmbeddedAerospike.builder().port(0).namespace("test").namespace("bar").clock(clock).build().start();
    }

    private static AerospikeClient spikeClient(EmbeddedAerospike server) {
        return Aerospike.client(ClientConfig.builder().hosts(Host.of(server.host(), server.port())).build()).connect();
    }

    private static InputStream resource(String name) {
        return FixturesTest.class.getResourceAsStream(name);
    }

    /** Clients turn the void time of a reply into a TTL with their own clock: these tests keep the system clock. */
    private static EmbeddedAerospike systemClockServer() {
        return EmbeddedAerospike.builder().port(0).namespace("test").build().start();
    }

    private static void assertTtl(long expected, long actual) {
        assertTrue(actual <= expected && actual >= expected - 2, "ttl " + actual + ", expected about " + expected);
    }

    @Test
    void aJsonFixtureReadsBackThroughTheOfficialClient() throws Exception {
        try (EmbeddedAerospike server = systemClockServer();
             com.aerospike.client.AerospikeClient client = Clients.connect(server)) {
            assertEquals(3, server.load(resource("orders.json"), FixtureFormat.JSON));
            com.aerospike.client.Record r = client.get(null, new Key("test", "orders", "order-1"));
            assertEquals("paid", r.getString("status"));
            assertEquals(4200L, r.getLong("total"));
            assertEquals(0.2, r.getDouble("rate"));
            assertFalse(r.getBoolean("gift"));
            assertEquals(List.of("book", "pen"), r.getList("items"));
            assertEquals(Map.of("city", "Paris", "zip", "75001"), r.getMap("address"));
            assertEquals("{\"type\":\"Point\",\"coordinates\":[2.35,48.85]}", r.getGeoJSON("pickup"));
            assertArrayEquals(new byte[] {0, 1, 2}, (byte[]) r.getValue("receipt"));
            assertEquals(3, r.generation);
            assertTtl(3600, r.getTimeToLive());
            assertEquals("Ada", client.get(null, new Key("test", "customers", 42)).getString("name"));

            WritePolicy sendKey = new WritePolicy();
            sendKey.sendKey = true;
            client.put(sendKey, new Key("test", "orders", "order-1"), new Bin("status", "shipped"));
            assertEquals(4, client.getHeader(null, new Key("test", "orders", "order-1")).generation,
                    "a write after the load bumps the fixture's generation");
        }
    }

    @Test
    void aJsonFixtureReadsBackThroughOurClient() {
        try (EmbeddedAerospike server = systemClockServer(); AerospikeClient client = spikeClient(server)) {
            server.load(resource("orders.json"), FixtureFormat.JSON);
            io.spikesdk.api.Record r = client.get(io.spikesdk.api.Key.of("test", "orders", "order-1"));
            assertEquals("paid", r.getString("status"));
            assertEquals(4200L, r.getLong("total"));
            assertEquals(List.of("book", "pen"), r.getList("items"));
            assertEquals(GeoJson.of("{\"type\":\"Point\",\"coordinates\":[2.35,48.85]}"), r.getGeoJson("pickup"));
            assertEquals(3, r.generation());
            assertTtl(3600, r.ttl());
        }
    }

    @Test
    void recordsAndCountsNeedNoClient() {
        MutableClock clock = new MutableClock(START);
        try (EmbeddedAerospike server = server(clock)) {
            server.load(resource("orders.json"), FixtureFormat.JSON);
            List<ServerRecord> orders = server.records("test", "orders");
            assertEquals(2, orders.size());
            ServerRecord first = orders.stream().filter(r -> "order-1".equals(r.userKey())).findFirst().orElseThrow();
            assertEquals(4200L, first.bin("total"));
            assertEquals(List.of("book", "pen"), first.bin("items"));
            assertEquals(Map.of("city", "Paris", "zip", "75001"), first.bin("address"));
            assertArrayEquals(io.spikesdk.api.Key.digest("orders", "order-1"), first.digest());
            assertEquals(3600, first.ttl());
            assertEquals(3, first.generation());
            assertEquals(-1, orders.stream().filter(r -> "order-2".equals(r.userKey())).findFirst().orElseThrow().ttl());
            assertEquals(3, server.records("test", null).size());
            assertEquals(Map.of("customers", 1L, "orders", 2L), server.setCounts("test"));
            assertEquals(3, server.recordCount("test"));
            assertEquals(0, server.recordCount("bar"));

            clock.advance(Duration.ofSeconds(3600));
            assertEquals(1, server.records("test", "orders").size(), "an expired record is not listed");
            assertEquals(Map.of("customers", 1L, "orders", 1L), server.setCounts("test"));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> server.records("nope", null));
            assertTrue(e.getMessage().contains("\"nope\" is not on this server (namespaces: test, bar)"));
        }
    }

    @Test
    void dumpThenLoadRoundTripsExactlyInBothFormats() throws Exception {
        MutableClock clock = new MutableClock(START);
        try (EmbeddedAerospike source = server(clock);
             com.aerospike.client.AerospikeClient client = Clients.connect(source)) {
            writeEveryType(source, client);
            for (FixtureFormat format : FixtureFormat.values()) {
                Path file = dir.resolve(format == FixtureFormat.JSON ? "snapshot.json" : "snapshot.asb");
                source.dump(file);
                try (EmbeddedAerospike copy = server(clock)) {
                    assertEquals(source.recordCount("test") + source.recordCount("bar"), copy.load(file));
                    assertEquals(source.records("test", null), copy.records("test", null), format.name());
                    assertEquals(source.records("bar", null), copy.records("bar", null), format.name());
                    Path again = dir.resolve("again-" + file.getFileName());
                    copy.dump(again);
                    assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again), format.name());
                }
            }
            ByteArrayOutputStream orders = new ByteArrayOutputStream();
            source.dump(orders, FixtureFormat.JSON, "test", "orders");
            String json = orders.toString(StandardCharsets.UTF_8);
            assertTrue(json.contains("\"key\": \"o-1\""), json);
            assertFalse(json.contains("\"set\": \"other\""), json);
            assertTrue(json.contains("\"ordered\": {\"list\": [1, 2, 3], \"flags\": 1}"), json);
            assertTrue(json.contains("\"sorted\": {\"map\": {\"a\": 1, \"b\": 2}, \"flags\": 1}"), json);
            assertTrue(json.contains("\"visitors\": {\"hll\": "), json);
        }
    }

    /**
     * One record per shape the formats must keep: every bin type, ordered list and map, HLL (loaded: the embedded
     * server has no HLL operations yet), digest-only records, a record without a set.
     */
    private static void writeEveryType(EmbeddedAerospike server, com.aerospike.client.AerospikeClient client) {
        server.load(new ByteArrayInputStream(("[{\"namespace\": \"test\", \"set\": \"orders\", \"key\": \"h\","
                + " \"bins\": {\"visitors\": {\"hll\": \"CAAAAAAAAAAAAAAA\"}}}]").getBytes(StandardCharsets.UTF_8)),
                FixtureFormat.JSON);
        WritePolicy sendKey = new WritePolicy();
        sendKey.sendKey = true;
        sendKey.expiration = 600;
        Key o1 = new Key("test", "orders", "o-1");
        client.put(sendKey, o1, new Bin("s", "text é"), new Bin("i", -7), new Bin("d", 1.25), new Bin("b", true),
                new Bin("bytes", new byte[] {9, 8}), new Bin("geo", Value.getAsGeoJSON(
                        "{\"type\":\"Point\",\"coordinates\":[-0.5,51.5]}")),
                new Bin("list", List.of(1, "x", List.of(2.5))), new Bin("map", Map.of(1, "one", "k", List.of())));
        client.operate(sendKey, o1,
                ListOperation.appendItems(new ListPolicy(ListOrder.ORDERED, ListWriteFlags.DEFAULT), "ordered",
                        List.of(Value.get(3), Value.get(1), Value.get(2))),
                MapOperation.putItems(new MapPolicy(MapOrder.KEY_ORDERED, 0), "sorted",
                        Map.of(Value.get("b"), Value.get(2), Value.get("a"), Value.get(1))));
        client.put(null, new Key("test", "orders", 2), new Bin("n", 2));
        client.put(null, new Key("test", "other", "x"), new Bin("n", 3));
        client.put(null, new Key("bar", null, "no-set"), new Bin("n", 4));
        client.put(sendKey, new Key("bar", "blobs", new byte[] {1, 2, 3}), new Bin("n", 5));
    }

    @Test
    void aFixtureErrorNamesTheFileLineRecordAndProblemAndLoadsNothing() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, """
                {"records": [
                  {"namespace": "test", "key": "a", "bins": {"x": 1}},
                  {"namespace": "test", "key": "b",
                   "bins": {"total": {"flaot": 1.5}}}
                ]}
                """);
        try (EmbeddedAerospike server = server(new MutableClock(START))) {
            FixtureException e = assertThrows(FixtureException.class, () -> server.load(file));
            assertTrue(e.getMessage().startsWith(file + " line 4 (record 2): bin \"total\": unknown value tag "
                    + "\"flaot\""), e.getMessage());
            assertEquals(file.toString(), e.source());
            assertEquals(4, e.line());
            assertEquals(2, e.record());
            assertEquals(0, server.recordCount("test"), "nothing of a broken fixture is loaded");

            Files.writeString(file, "[{\"namespace\": \"prod\", \"key\": \"a\", \"bins\": {\"x\": 1}}]");
            FixtureException ns = assertThrows(FixtureException.class, () -> server.load(file));
            assertEquals(file + " line 1 (record 1): namespace \"prod\" is not on this server (namespaces: test, bar)",
                    ns.getMessage());

            Files.writeString(file, "[{\"namespace\": \"test\", \"key\": \"a\", \"bins\": {\"x\": 1}},\n"
                    + " {\"namespace\": \"test\", \"key\": \"a\", \"bins\": {\"x\": 2}}]");
            FixtureException twice = assertThrows(FixtureException.class, () -> server.load(file));
            assertTrue(twice.getMessage().contains("line 2 (record 2): the same record"), twice.getMessage());

            IllegalArgumentException ext = assertThrows(IllegalArgumentException.class,
                    () -> server.load(dir.resolve("orders.yaml")));
            assertTrue(ext.getMessage().contains(".json (Spike JSON fixture) or .asb"), ext.getMessage());
        }
    }

    @Test
    void anAsbackupFileRegistersItsUdfModules() {
        String udf = "function hello(r)\n  return 'hi'\nend\n";
        String backup = "Version 3.1\n# namespace test\n# first-file\n"
                + "* u L hello.lua " + udf.length() + " " + udf + "\n"
                + "+ k S 1 a\n+ n test\n+ d " + java.util.Base64.getEncoder().encodeToString(
                        io.spikesdk.api.Key.digest("s", "a")) + "\n+ s s\n+ g 1\n+ t 0\n+ b 1\n- I n 1\n";
        try (EmbeddedAerospike server = server(new MutableClock(START));
             com.aerospike.client.AerospikeClient client = Clients.connect(server)) {
            server.load(new ByteArrayInputStream(backup.getBytes(StandardCharsets.UTF_8)), FixtureFormat.ASBACKUP);
            assertTrue(Info.request(null, client.getNodes()[0], "udf-list").contains("filename=hello.lua"));
            assertEquals("hi", client.execute(null, new Key("test", "s", "a"), "hello", "hello"));
        }
    }

    @Test
    void dumpsCarryTheUdfModulesAndLoadsRegisterThem() {
        String udf = "function hello(r)\n  return 'hi \"' .. r['n'] .. '\"'\nend\n";
        try (EmbeddedAerospike server = server(new MutableClock(START));
             com.aerospike.client.AerospikeClient client = Clients.connect(server);
             AerospikeClient ours = Aerospike.client(ClientConfig.builder()
                     .hosts(Host.of(server.host(), server.port())).build()).connect()) {
            client.registerUdfString(null, udf, "hello.lua", com.aerospike.client.Language.LUA).waitTillComplete();
            client.put(null, new Key("test", "s", "a"), new Bin("n", 1));
            for (FixtureFormat format : FixtureFormat.values()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                server.dump(out, format);
                String text = out.toString(StandardCharsets.UTF_8);
                assertTrue(format == FixtureFormat.JSON
                        ? text.contains("\"udfs\": [\n    {\"name\": \"hello.lua\", \"content\": \"function hello(r)\\n")
                        : text.contains("* u L hello.lua " + udf.length() + " function hello(r)\n"), text);

                server.reset();   // drops records and UDF modules
                assertFalse(Info.request(null, client.getNodes()[0], "udf-list").contains("hello.lua"));
                server.load(new ByteArrayInputStream(out.toByteArray()), format);
                assertTrue(Info.request(null, client.getNodes()[0], "udf-list").contains("filename=hello.lua"));
                assertEquals("hi \"1\"", client.execute(null, new Key("test", "s", "a"), "hello", "hello"));
                assertEquals("hi \"1\"", ours.execute(null, io.spikesdk.api.Key.of("test", "s", "a"), "hello", "hello"));
            }
        }
    }

    @Test
    void aClusterLoadsEachRecordOnItsPartitionsNodes() {
        MutableClock clock = new MutableClock(START);
        try (EmbeddedCluster cluster = EmbeddedAerospike.cluster().nodes(3).replicationFactor(2).clock(clock)
                .build().start();
             com.aerospike.client.AerospikeClient client = Clients.connect(cluster.node(0))) {
            assertEquals(3, cluster.load(resource("orders.json"), FixtureFormat.JSON));
            assertEquals("Ada", client.get(null, new Key("test", "customers", 42)).getString("name"));
            assertEquals(3, cluster.records("test", null).size());
            byte[] digest = io.spikesdk.api.Key.digest("orders", "order-2");
            String replica = cluster.partitionOwner("test", digest, 1);
            cluster.killNode(cluster.nodes().stream().map(EmbeddedAerospike::nodeId).toList()
                    .indexOf(cluster.partitionOwner("test", digest, 0)));
            assertEquals(1999L, client.get(null, new Key("test", "orders", "order-2")).getLong("total"),
                    "the replica (" + replica + ") got the record too");
            assertNull(client.get(null, new Key("test", "orders", "nope")));
        }
    }
}
