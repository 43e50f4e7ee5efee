package io.spikesdk.it.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Record;
import com.aerospike.client.Value;
import com.aerospike.client.cdt.ListOperation;
import com.aerospike.client.cdt.ListOrder;
import com.aerospike.client.cdt.ListPolicy;
import com.aerospike.client.cdt.ListWriteFlags;
import com.aerospike.client.cdt.MapOperation;
import com.aerospike.client.cdt.MapOrder;
import com.aerospike.client.cdt.MapPolicy;
import com.aerospike.client.policy.ClientPolicy;
import com.aerospike.client.policy.WritePolicy;
import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.ClientConfig;
import io.spikesdk.api.Host;
import io.spikesdk.it.OfficialClientTest;
import io.spikesdk.it.TestTarget;
import io.spikesdk.testkit.EmbeddedAerospike;
import io.spikesdk.testkit.FixtureFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A fixture keeps what a server holds: the same writes go to the target (a real server with AEROSPIKE_HOSTS) and to
 * an embedded server, whose dump is loaded into a fresh embedded server; both clients then read from that copy
 * exactly what the target answers (bins with their types, generation, TTL).
 */
class FixtureParityTest extends OfficialClientTest {
    private static final String SET = "fixture-parity";
    private static final List<Key> KEYS = List.of(new Key(TestTarget.NAMESPACE, SET, "every-type"),
            new Key(TestTarget.NAMESPACE, SET, 7), new Key(TestTarget.NAMESPACE, SET, new byte[] {1, 2}));

    private static void writeRecords(com.aerospike.client.AerospikeClient to) {
        WritePolicy policy = new WritePolicy();
        policy.sendKey = true;
        policy.expiration = 1000;
        for (Key k : KEYS) {
            to.delete(null, k);
        }
        Key k = KEYS.get(0);
        to.put(policy, k, new Bin("s", "text é"), new Bin("i", -7), new Bin("d", 1.25), new Bin("b", true),
                new Bin("bytes", new byte[] {9, 8}), new Bin("list", List.of(1, "x", List.of(2.5))),
                new Bin("map", Map.of(1, "one", "k", List.of())),
                new Bin("geo", Value.getAsGeoJSON("{\"type\":\"Point\",\"coordinates\":[-0.5,51.5]}")));
        to.operate(policy, k,
                ListOperation.appendItems(new ListPolicy(ListOrder.ORDERED, ListWriteFlags.DEFAULT), "ordered",
                        List.of(Value.get(3), Value.get(1), Value.get(2))),
                MapOperation.putItems(new MapPolicy(MapOrder.KEY_ORDERED, 0), "sorted",
                        Map.of(Value.get("b"), Value.get(2), Value.get("a"), Value.get(1))));
        to.put(null, KEYS.get(1), new Bin("n", 1));
        to.put(policy, KEYS.get(2), new Bin("n", 2));
    }

    @Test
    void aDumpLoadedElsewhereReadsBackAsTheTargetHoldsIt() {
        writeRecords(client);
        try (EmbeddedAerospike source = EmbeddedAerospike.builder().port(0).build().start();
             com.aerospike.client.AerospikeClient toSource = connect(source)) {
            writeRecords(toSource);
            for (FixtureFormat format : FixtureFormat.values()) {
                ByteArrayOutputStream dump = new ByteArrayOutputStream();
                source.dump(dump, format, "test", SET);
                try (EmbeddedAerospike copy = EmbeddedAerospike.builder().port(0).build().start();
                     com.aerospike.client.AerospikeClient official = connect(copy);
                     AerospikeClient ours = Aerospike.client(ClientConfig.builder()
                             .hosts(Host.of(copy.host(), copy.port())).build()).connect()) {
                    assertEquals(KEYS.size(), copy.load(new ByteArrayInputStream(dump.toByteArray()), format));
                    for (Key k : KEYS) {
                        Record expected = client.get(null, k);
                        Record actual = official.get(null, k);
                        assertSameRecord(expected, actual, format + " " + k);
                        io.spikesdk.api.Record viaOurs = ours.get(io.spikesdk.api.Key.ofDigest("test", SET, k.digest));
                        assertEquals(expected.generation, viaOurs.generation(), format + " " + k);
                        assertEquals(expected.bins.keySet(), viaOurs.bins().keySet(), format + " " + k);
                    }
                }
            }
        }
    }

    private static void assertSameRecord(Record expected, Record actual, String what) {
        assertEquals(expected.generation, actual.generation, what);
        assertTrue(Math.abs(expected.getTimeToLive() - actual.getTimeToLive()) <= 3, what + ": ttl "
                + expected.getTimeToLive() + " vs " + actual.getTimeToLive());
        assertEquals(expected.bins.keySet(), actual.bins.keySet(), what);
        for (String bin : expected.bins.keySet()) {
            Object e = expected.bins.get(bin);
            Object a = actual.bins.get(bin);
            if (e instanceof byte[] eb) {
                assertTrue(Arrays.equals(eb, (byte[]) a), what + " bin " + bin);
            } else {
                assertEquals(e, a, what + " bin " + bin);
            }
        }
    }

    private static com.aerospike.client.AerospikeClient connect(EmbeddedAerospike server) {
        ClientPolicy policy = new ClientPolicy();
        policy.timeout = 3_000;
        return new com.aerospike.client.AerospikeClient(policy, server.host(), server.port());
    }
}
