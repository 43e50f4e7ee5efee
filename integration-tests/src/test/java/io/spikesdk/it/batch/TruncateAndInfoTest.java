package io.spikesdk.it.batch;

import io.spikesdk.it.AsyncBridge;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import java.util.HashMap;
import io.spikesdk.api.Aerospike;
import io.spikesdk.api.AerospikeClient;
import io.spikesdk.api.AerospikeException;
import io.spikesdk.api.Bin;
import io.spikesdk.api.Key;
import io.spikesdk.api.NodeInfo;
import io.spikesdk.api.ParameterException;
import io.spikesdk.api.ResultCode;
import io.spikesdk.it.TestTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** truncate and the info variants of our client, against the target server. */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"sync", "async"})
class TruncateAndInfoTest {
    private static final Map<String, AerospikeClient> CLIENTS = new HashMap<>();
    private static AerospikeClient base;
    private AerospikeClient client;

    @Parameter
    String mode;

    @BeforeEach
    void bridge() {
        client = CLIENTS.computeIfAbsent(mode, m -> AsyncBridge.of(m, base));
    }

    @BeforeAll
    static void connect() {
        base = Aerospike.client(TestTarget.config().build()).connect();
        AerospikeClient client = base;
    }

    @AfterAll
    static void close() {
        CLIENTS.forEach((m, c) -> assertEquals(m.equals("async"), AsyncBridge.asyncCalls(c) > 0, "ran " + m));
        base.close();
    }

    private static Key[] write(String set, int count) {
        Key[] keys = new Key[count];
        for (int i = 0; i < count; i++) {
            keys[i] = Key.of(TestTarget.NAMESPACE, set, "k" + i);
            base.put(keys[i], Bin.of("i", (long) i));
        }
        return keys;
    }

    @Test
    void truncateRemovesTheSetsRecordsAndLaterWritesSurvive() {
        Key[] keys = write("it_trunc_set", 3);
        Key other = write("it_trunc_other", 1)[0];
        awaitNextMillisecond();
        client.truncate(TestTarget.NAMESPACE, "it_trunc_set", null);
        assertArrayEquals(new boolean[] {false, false, false}, client.exists(keys));
        assertTrue(client.exists(other), "another set is untouched");
        client.put(keys[0], Bin.of("i", 9L));
        assertEquals(9L, client.get(keys[0]).getLong("i"), "a write after the cut survives");
        String sets = client.infoRandomNode("sets/" + TestTarget.NAMESPACE + "/it_trunc_set");
        assertFalse(sets.contains("truncate_lut=0:"), sets);
    }

    /**
     * The server cuts records whose last-update time (milliseconds) is strictly before the cut, and a cut without
     * a time is the server's now: a record written in the same millisecond as the truncate survives it.
     */
    private static void awaitNextMillisecond() {
        long written = System.currentTimeMillis();
        while (System.currentTimeMillis() <= written) {
            Thread.onSpinWait();
        }
    }

    @Test
    void truncateBeforeAnEarlierTimeKeepsNewerRecords() {
        Key[] keys = write("it_trunc_before", 2);
        client.truncate(TestTarget.NAMESPACE, "it_trunc_before", Instant.now().minusSeconds(3600));
        assertArrayEquals(new boolean[] {true, true}, client.exists(keys));
    }

    @Test
    void truncateArgumentsAndServerErrors() {
        assertThrows(NullPointerException.class, () -> client.truncate(null, "s", null));
        assertThrows(IllegalArgumentException.class, () -> client.truncate(TestTarget.NAMESPACE, "", null));
        ParameterException e = assertThrows(ParameterException.class,
            () -> client.truncate(TestTarget.NAMESPACE, "it_trunc_future", Instant.now().plusSeconds(3600)));
        assertTrue(e.getMessage().contains("future"), e.getMessage());
        // CE 8.1.2.0 accepts a namespace it does not have (the cut is stored in the system metadata as it is)
        client.truncate("no_such_ns", "s", null);
    }

    @Test
    void infoOnEveryNodeOnOneNodeAndOnARandomOne() {
        List<NodeInfo> nodes = client.nodes();
        Map<NodeInfo, String> all = client.infoAll("node");
        assertEquals(nodes.size(), all.size());
        for (Map.Entry<NodeInfo, String> answer : all.entrySet()) {
            assertEquals(answer.getKey().name(), answer.getValue());
        }
        NodeInfo first = nodes.get(0);
        Map<String, String> answers = client.info(first, "node", "namespaces");
        assertEquals(first.name(), answers.get("node"));
        assertTrue(answers.get("namespaces").contains(TestTarget.NAMESPACE));
        assertNotNull(client.infoRandomNode("build"));
    }

    @Test
    void infoOnANodeThatIsNotInTheCluster() {
        NodeInfo stranger = new NodeInfo("BB9000000000000", "127.0.0.1", 1, true, null);
        AerospikeException e = assertThrows(AerospikeException.class, () -> client.info(stranger, "node"));
        assertEquals(ResultCode.INVALID_NODE_ERROR, e.resultCode());
        assertThrows(IllegalArgumentException.class, () -> client.infoAll(""));
        assertThrows(NullPointerException.class, () -> client.info((NodeInfo) null, "node"));
    }
}
